import { createHash } from 'node:crypto';
import { formatMeetingNumber } from '../../shared/numbering';
import { buildAgenda } from '../documents/builders/agenda';
import { buildMinutes } from '../documents/builders/minutes';
import { buildSignIn } from '../documents/builders/sign-in';
import { type HandlerSlice, newId, toBase64 } from './context';
import { meetingRecord } from './meeting-record';
import { printedVersion } from './minutes-snapshot';
import { certifiedRecord } from './printed-record';
import { renderModel } from './render';
import { write } from './write';

export { meetingRecord } from './meeting-record';

const titles = { minutes: 'รายงานการประชุม', agenda: 'ระเบียบวาระการประชุม', signin: 'ใบลงชื่อผู้เข้าประชุม' } as const;
const builders = { minutes: buildMinutes, agenda: buildAgenda, signin: buildSignIn } as const;
const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export const documentHandlers: HandlerSlice<'documents.export'> = {
  'documents.export': async (a, ctx) => {
    const frozen = a.kind === 'minutes' ? await certifiedRecord(ctx.db, a.meetingId, a.settings) : null;
    const record = frozen ?? (await meetingRecord(ctx.db, a.meetingId, a.settings));
    const version = a.kind === 'minutes' ? await printedVersion(ctx.db, a.meetingId) : null;
    const model = builders[a.kind]({ ...record, printedVersion: version });
    const task = `documents.export:${a.meetingId}:${a.kind}:${a.format}`;
    const { bytes, warnings } = await renderModel(ctx, model, a.format, task, a.settings, record.people);
    const number = formatMeetingNumber(record.meeting.number, record.meeting.yearBe).replace('/', '-');
    const fileName = `${titles[a.kind]} ครั้งที่ ${number}.${a.format}`;
    // Minutes, and every document of a secret meeting, are entered in the export register with the
    // SHA-256 of the very file handed out: `lekha verify` finds a file there (issue 13).
    if (a.kind === 'minutes' || record.meeting.secrecy !== 'none') {
      await write(ctx, (w) => w.insert('export_register', {
        id: newId(), at: w.at, actor: w.actor, meeting_id: a.meetingId, kind: a.kind, format: a.format, file_name: fileName,
        file_sha256: createHash('sha256').update(bytes).digest('hex'), version: version?.number ?? null, version_hash: version?.hash ?? null,
        minutes_status: version?.status ?? (a.kind === 'minutes' ? 'draft' : null), secrecy: record.meeting.secrecy, copy_no: null,
      }, a.meetingId));
    }
    return { fileName, mediaType: mediaTypes[a.format], base64: toBase64(bytes), warnings };
  },
};
