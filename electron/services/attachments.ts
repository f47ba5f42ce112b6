import { versionOf } from '../db/versioned';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Kysely } from 'kysely';
import { LekhaError } from '../../shared/errors';
import { visibleFileName } from '../../shared/names';
import { assertTopSecretConfirmed, highestSecrecy, type Secrecy } from '../../shared/secrecy';
import { type Attachment, MAX_ATTACHMENT_BYTES } from '../../shared/schemas/attachments';
import type { AttachmentsTable, DB } from '../db/types';
import { type HandlerSlice, newId, type ServiceContext } from './context';
import { writeFileAtomic } from '../files';
import { itemsSecrecy } from './item-secrecy';
import { assertItemEditable } from './lock';
import { registerSecretExport } from './secret-register';
import { write } from './write';

const toAttachment = (r: AttachmentsTable): Attachment => ({
  id: r.id, version: versionOf(r), agendaItemId: r.agenda_item_id, fileName: visibleFileName(r.file_name), mediaType: r.media_type, size: r.size, sha256: r.sha256, createdAt: r.created_at,
  secrecy: r.secrecy as Attachment['secrecy'],
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

/** A file's class as handed out (its own, its item's or its meeting's); ลับที่สุด refused unless confirmed again. */
async function handedOutSecrecy(ctx: ServiceContext, r: { secrecy: string; agenda_item_id: string }, confirmTopSecret: boolean | undefined): Promise<Secrecy> {
  const secrecy = highestSecrecy(r.secrecy as Secrecy, await itemsSecrecy(ctx.db, [r.agenda_item_id]));
  assertTopSecretConfirmed(secrecy, confirmTopSecret);
  return secrecy;
}

export const attachmentHandlers: HandlerSlice<'attachments.list' | 'attachments.add' | 'attachments.get' | 'attachments.open' | 'attachments.remove' | 'attachments.setSecrecy'> = {
  'attachments.list': async ({ meetingId }, { db }) =>
    (await db.selectFrom('attachments').innerJoin('agenda_items', 'agenda_items.id', 'attachments.agenda_item_id')
      .selectAll('attachments').where('agenda_items.meeting_id', '=', meetingId).orderBy('attachments.created_at').execute()).map(toAttachment),

  'attachments.add': async (a, ctx) => {
    const bytes = Buffer.from(a.base64, 'base64');
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw new LekhaError('INVALID', 'ไฟล์ใหญ่เกิน 50 MB', 'base64');
    // Refused before any file is written: a locked or missing item leaves nothing behind.
    await assertItemEditable(ctx.db, a.agendaItemId);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const stored = relativePath(sha256);
    const written = storeContent(join(ctx.filesDir, stored), bytes, sha256);
    try {
      return await write(ctx, async (w) => {
        const meetingId = await assertItemEditable(w.trx, a.agendaItemId);
        const r = await w.insert('attachments', {
          id: newId(), agenda_item_id: a.agendaItemId, file_name: visibleFileName(a.fileName), media_type: a.mediaType, size: bytes.length,
          sha256, stored_path: stored, created_at: w.at, secrecy: a.secrecy,
        }, meetingId);
        return toAttachment(r);
      });
    } catch (error) {
      if (written) await removeIfUnused(ctx, sha256, stored);
      throw error;
    }
  },

  // The contract's download, not the book's or the backup's reading of the stored file: a ลับที่สุด file
  // (its own class or its item's or meeting's) is handed out only when confirmed again, and a secret one
  // is entered in the register like any secret document handed out (issue 14).
  'attachments.get': async ({ id, confirmTopSecret }, ctx) => {
    const r = await row(ctx.db, id);
    const secrecy = await handedOutSecrecy(ctx, r, confirmTopSecret);
    const bytes = readFileSync(await attachmentFile(ctx, id));
    if (secrecy !== 'none') {
      const item = await ctx.db.selectFrom('agenda_items').select('meeting_id').where('id', '=', r.agenda_item_id).executeTakeFirstOrThrow();
      await registerSecretExport(ctx, { meetingId: item.meeting_id, kind: 'attachment', format: extname(r.file_name).slice(1) || 'bin', fileName: r.file_name, bytes, secrecy });
    }
    return { fileName: r.file_name, mediaType: r.media_type, base64: bytes.toString('base64') };
  },

  // The desktop opens the stored file with the system's viewer once this answers: a ลับที่สุด file only
  // when confirmed again, as a download. (Browser mode downloads through attachments.get, which registers it.)
  'attachments.open': async ({ id, confirmTopSecret }, ctx) => {
    await handedOutSecrecy(ctx, await row(ctx.db, id), confirmTopSecret);
    await attachmentFile(ctx, id);
    return { opened: false };
  },

  // A class is part of the record: locked with the item's minutes, and in the audit log like any change.
  'attachments.setSecrecy': async ({ id, secrecy }, ctx) => {
    const r = await row(ctx.db, id);
    return write(ctx, async (w) => {
      const meetingId = await assertItemEditable(w.trx, r.agenda_item_id);
      return toAttachment(await w.update('attachments', id, { secrecy }, meetingId));
    });
  },

  'attachments.remove': async ({ id }, ctx) => {
    const r = await row(ctx.db, id);
    await write(ctx, async (w) => {
      const meetingId = await assertItemEditable(w.trx, r.agenda_item_id);
      await w.remove('attachments', id, meetingId);
    });
    await removeIfUnused(ctx, r.sha256, r.stored_path);
    return { ok: true as const };
  },
};

/**
 * Puts the content under its SHA-256 name, whole or not at all. A file already there is trusted only
 * when its own hash matches (a disk that filled up once may have left it truncated); otherwise it is
 * written again. Returns whether a file was written, so a refused add can take it away again.
 */
function storeContent(path: string, bytes: Buffer, sha256: string): boolean {
  if (existsSync(path) && createHash('sha256').update(readFileSync(path)).digest('hex') === sha256) return false;
  try {
    writeFileAtomic(path, bytes);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new LekhaError('INTERNAL', 'พื้นที่ดิสก์เต็ม จึงเก็บไฟล์แนบไม่ได้ ไม่มีสิ่งใดถูกบันทึก กรุณาเพิ่มพื้นที่ว่างแล้วแนบใหม่');
    }
    throw error;
  }
  return true;
}

async function removeIfUnused(ctx: ServiceContext, sha256: string, stored: string): Promise<void> {
  const stillUsed = await ctx.db.selectFrom('attachments').select('id').where('sha256', '=', sha256).executeTakeFirst();
  if (!stillUsed) rmSync(join(ctx.filesDir, stored), { force: true });
}
