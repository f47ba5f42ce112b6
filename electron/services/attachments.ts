import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { LekhaError } from '../../shared/errors';
import { type Attachment, MAX_ATTACHMENT_BYTES } from '../../shared/schemas/attachments';
import type { AttachmentsTable, DB } from '../db/types';
import { type HandlerSlice, newId, type ServiceContext } from './context';
import { assertItemEditable } from './lock';
import { write } from './write';

const toAttachment = (r: AttachmentsTable): Attachment => ({
  id: r.id, agendaItemId: r.agenda_item_id, fileName: r.file_name, mediaType: r.media_type, size: r.size, sha256: r.sha256, createdAt: r.created_at,
});

/** `ab/abcdef…`: content-addressed, so the same annex attached twice is stored once. */
const relativePath = (sha256: string) => join(sha256.slice(0, 2), sha256);

async function row(db: Kysely<DB>, id: string): Promise<AttachmentsTable> {
  const found = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!found) throw new LekhaError('NOT_FOUND', 'ไม่พบไฟล์แนบนี้ อาจถูกลบไปแล้ว', 'id');
  return found;
}

/** The stored file of an attachment, for a transport that can open it with the system viewer. */
export async function attachmentFile(ctx: ServiceContext, id: string): Promise<string> {
  const r = await row(ctx.db, id);
  const path = join(ctx.filesDir, r.stored_path);
  if (!existsSync(path)) throw new LekhaError('NOT_FOUND', `ไม่พบไฟล์ "${r.file_name}" ในโฟลเดอร์ข้อมูลของโปรแกรม`, 'id');
  return path;
}

export const attachmentHandlers: HandlerSlice<'attachments.list' | 'attachments.add' | 'attachments.get' | 'attachments.open' | 'attachments.remove'> = {
  'attachments.list': async ({ meetingId }, { db }) =>
    (await db.selectFrom('attachments').innerJoin('agenda_items', 'agenda_items.id', 'attachments.agenda_item_id')
      .selectAll('attachments').where('agenda_items.meeting_id', '=', meetingId).orderBy('attachments.created_at').execute()).map(toAttachment),

  'attachments.add': async (a, ctx) => {
    const bytes = Buffer.from(a.base64, 'base64');
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw new LekhaError('INVALID', 'ไฟล์ใหญ่เกิน 50 MB', 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const stored = relativePath(sha256);
    const path = join(ctx.filesDir, stored);
    // The file is written first and content-addressed: a failed transaction leaves at most an orphan copy, never a row without its file.
    if (!existsSync(path)) {
      mkdirSync(join(ctx.filesDir, sha256.slice(0, 2)), { recursive: true });
      writeFileSync(path, bytes);
    }
    return write(ctx, async (w) => {
      const meetingId = await assertItemEditable(w.trx, a.agendaItemId);
      const r = await w.insert('attachments', {
        id: newId(), agenda_item_id: a.agendaItemId, file_name: a.fileName, media_type: a.mediaType, size: bytes.length,
        sha256, stored_path: stored, created_at: w.at,
      }, meetingId);
      return toAttachment(r);
    });
  },

  'attachments.get': async ({ id }, ctx) => {
    const r = await row(ctx.db, id);
    return { fileName: r.file_name, mediaType: r.media_type, base64: readFileSync(await attachmentFile(ctx, id)).toString('base64') };
  },

  'attachments.open': async ({ id }, ctx) => {
    await attachmentFile(ctx, id);
    return { opened: false };
  },

  'attachments.remove': async ({ id }, ctx) => {
    const r = await row(ctx.db, id);
    await write(ctx, async (w) => {
      const meetingId = await assertItemEditable(w.trx, r.agenda_item_id);
      await w.remove('attachments', id, meetingId);
    });
    const stillUsed = await ctx.db.selectFrom('attachments').select('id').where('sha256', '=', r.sha256).executeTakeFirst();
    if (!stillUsed) rmSync(join(ctx.filesDir, r.stored_path), { force: true });
    return { ok: true as const };
  },
};
