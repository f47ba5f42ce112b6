import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ParsedArgs } from '../../shared/contract';
import { localIsoDate } from '../../shared/local-time';
import { formatMeetingNumber } from '../../shared/numbering';
import { resolveDocumentSettings } from '../../shared/schemas/document-settings';
import type { RegisterEntry } from '../../shared/schemas/secrets';
import type { Secrecy } from '../../shared/secrecy';
import type { DB } from '../db/types';
import { buildSecretRegister } from '../documents/builders/secret-register';
import { type HandlerSlice, newId, type ServiceContext, toBase64 } from './context';
import { mediaTypes } from './documents';
import { renderModel } from './render';
import { write } from './write';

/** One file with a class handed out, not a numbered copy: a row of the register (the tracker's; minutes and books write their own). */
export async function registerSecretExport(
  ctx: ServiceContext, e: { meetingId: string | null; kind: string; format: string; fileName: string; bytes: Uint8Array; secrecy: Secrecy },
): Promise<void> {
  await write(ctx, (w) => w.insert('export_register', {
    id: newId(), at: w.at, actor: w.actor, meeting_id: e.meetingId, kind: e.kind, format: e.format, file_name: e.fileName,
    file_sha256: createHash('sha256').update(e.bytes).digest('hex'), version: null, version_hash: null, minutes_status: null, secrecy: e.secrecy, copy_no: null,
  }, e.meetingId));
}

/** Every export of a document that printed a class, oldest first, within the dates and meeting asked. */
export async function secretRegister(db: Kysely<DB>, q: ParsedArgs<'secrets.register'>): Promise<RegisterEntry[]> {
  let query = db.selectFrom('export_register as r').leftJoin('meetings as m', 'm.id', 'r.meeting_id')
    .select(['r.id', 'r.at', 'r.actor', 'r.meeting_id', 'm.number', 'm.year_be', 'r.kind', 'r.format', 'r.file_name', 'r.file_sha256',
      'r.secrecy', 'r.copy_no', 'r.copy_count', 'r.recipient'])
    .where('r.secrecy', '<>', 'none');
  if (q.meetingId) query = query.where('r.meeting_id', '=', q.meetingId);
  // Dates are days: `to` takes the whole day.
  if (q.from) query = query.where('r.at', '>=', q.from);
  if (q.to) query = query.where('r.at', '<', `${q.to}T99`);
  const rows = await query.orderBy('r.at').orderBy('r.copy_no').orderBy('r.id').execute();
  return rows.map((r) => ({
    id: r.id, at: r.at, actor: r.actor, meetingId: r.meeting_id,
    meetingNumber: r.number === null || r.year_be === null ? null : formatMeetingNumber(r.number, r.year_be),
    kind: r.kind, format: r.format, fileName: r.file_name, sha256: r.file_sha256, secrecy: r.secrecy as Secrecy,
    copyNo: r.copy_no, copyCount: r.copy_count, recipient: r.recipient,
  }));
}

export const secretRegisterHandlers: HandlerSlice<'secrets.register' | 'secrets.printRegister'> = {
  'secrets.register': async (q, ctx) => secretRegister(ctx.db, q),
  'secrets.printRegister': async (a, ctx) => {
    const { format, settings, ...q } = a;
    const model = buildSecretRegister(await secretRegister(ctx.db, q), resolveDocumentSettings(settings), localIsoDate(ctx.now()));
    const { bytes, warnings } = await renderModel(ctx, model, format, `secrets.printRegister:${format}`, settings);
    return { fileName: `ทะเบียนหนังสือลับ.${format}`, mediaType: mediaTypes[format], base64: toBase64(bytes), warnings };
  },
};
