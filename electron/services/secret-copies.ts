import { createHash } from 'node:crypto';
import { LekhaError } from '../../shared/errors';
import { assertTopSecretConfirmed, copyLabel } from '../../shared/secrecy';
import { resolveDocumentSettings } from '../../shared/schemas/document-settings';
import { makeBook } from './book';
import { type MadeDocument, makeDocument } from './documents';
import { type HandlerSlice, newId, toBase64 } from './context';
import { getSeries } from './series';
import { write } from './write';

/** `… ครั้งที่ 2-2568 ฉบับที่ 3.pdf`: each copy its own file. */
const copyFileName = (fileName: string, copyNo: number) => fileName.replace(/(\.[a-z]+)$/, ` ฉบับที่ ${copyNo}$1`);

export const secretCopyHandlers: HandlerSlice<'documents.exportCopies'> = {
  'documents.exportCopies': async (a, ctx) => {
    if (a.kind === 'book' && a.format !== 'pdf') throw new LekhaError('INVALID', 'เอกสารประกอบการประชุมส่งออกได้เป็น PDF เท่านั้น', 'format');
    // The copy number is printed in the document's digits: the series' setting, or this export's.
    const meeting = await ctx.db.selectFrom('meetings').select('series_id').where('id', '=', a.meetingId).executeTakeFirst();
    if (!meeting) throw new LekhaError('NOT_FOUND', 'ไม่พบการประชุมนี้', 'meetingId');
    const { digits } = resolveDocumentSettings((await getSeries(ctx.db, meeting.series_id)).documentSettings, a.settings);
    const made: (Awaited<ReturnType<typeof makeBook>> & Partial<Pick<MadeDocument, 'version'>> & { copyNo: number; recipient: string })[] = [];
    for (let copyNo = 1; copyNo <= a.copies; copyNo++) {
      const copy = copyLabel(copyNo, a.copies, digits);
      const one = a.kind === 'book'
        ? await makeBook(ctx, a.meetingId, a.settings, copy)
        : await makeDocument(ctx, { meetingId: a.meetingId, kind: a.kind, format: a.format, settings: a.settings }, copy);
      if (one.secrecy === 'none') throw new LekhaError('INVALID', 'เอกสารนี้ไม่มีชั้นความลับ จึงไม่ต้องทำสำเนาแบบมีเลขฉบับ ส่งออกตามปกติได้', 'copies');
      assertTopSecretConfirmed(one.secrecy, a.confirmTopSecret);
      made.push({ ...one, copyNo, recipient: a.recipients[copyNo - 1] ?? '' });
    }
    // Every copy is in the register of secret documents, with its own SHA-256 (so `lekha verify` names the copy).
    await write(ctx, async (w) => {
      for (const m of made) {
        const version = m.version ?? null;
        await w.insert('export_register', {
          id: newId(), at: w.at, actor: w.actor, meeting_id: a.meetingId, kind: a.kind, format: a.format, file_name: copyFileName(m.fileName, m.copyNo),
          file_sha256: createHash('sha256').update(m.bytes).digest('hex'), version: version?.number ?? null, version_hash: version?.hash ?? null,
          minutes_status: version?.status ?? (a.kind === 'minutes' ? 'draft' : null), secrecy: m.secrecy, copy_no: m.copyNo,
          copy_count: a.copies, recipient: m.recipient || null,
        }, a.meetingId);
      }
    });
    const mediaType = a.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    return {
      copies: a.copies,
      secrecy: made[0].secrecy,
      files: made.map((m) => ({ copyNo: m.copyNo, recipient: m.recipient, fileName: copyFileName(m.fileName, m.copyNo), mediaType, base64: toBase64(m.bytes) })),
      warnings: [...new Set(made.flatMap((m) => m.warnings))],
    };
  },
};
