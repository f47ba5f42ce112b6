import { createHash } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import { formatMeetingNumber } from '../../shared/numbering';
import { assertTopSecretConfirmed, secrecyOfLabel, type Secrecy } from '../../shared/secrecy';
import { buildAgenda } from '../documents/builders/agenda';
import { buildMinutes } from '../documents/builders/minutes';
import { buildSignIn } from '../documents/builders/sign-in';
import { type HandlerSlice, newId, type ServiceContext, toBase64 } from './context';
import { meetingRecord } from './meeting-record';
import { printedVersion } from './minutes-snapshot';
import { certifiedRecord } from './printed-record';
import { renderModel } from './render';
import { write } from './write';

export { meetingRecord } from './meeting-record';

const titles = { minutes: 'รายงานการประชุม', agenda: 'ระเบียบวาระการประชุม', signin: 'ใบลงชื่อผู้เข้าประชุม' } as const;
const builders = { minutes: buildMinutes, agenda: buildAgenda, signin: buildSignIn } as const;
export const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

type DocumentArgs = Pick<ParsedArgs<'documents.export'>, 'meetingId' | 'kind' | 'format' | 'settings'>;

/** A meeting document made: its bytes and name, the class it printed, and the minutes version it is. */
export interface MadeDocument {
  bytes: Uint8Array;
  fileName: string;
  warnings: string[];
  secrecy: Secrecy;
  version: Awaited<ReturnType<typeof printedVersion>>;
}

/** The minutes, agenda or sign-in sheet; `copy` (`ฉบับที่ 2 ของ 5 ฉบับ`) printed on every page of a numbered copy. */
export async function makeDocument(ctx: ServiceContext, a: DocumentArgs, copy?: string): Promise<MadeDocument> {
  const frozen = a.kind === 'minutes' ? await certifiedRecord(ctx.db, a.meetingId, a.settings) : null;
  const record = frozen ?? (await meetingRecord(ctx.db, a.meetingId, a.settings));
  const version = a.kind === 'minutes' ? await printedVersion(ctx.db, a.meetingId) : null;
  const built = builders[a.kind]({ ...record, printedVersion: version });
  const model = copy ? { ...built, page: { ...built.page, copy } } : built;
  const task = `documents.export:${a.meetingId}:${a.kind}:${a.format}`;
  const { bytes, warnings } = await renderModel(ctx, model, a.format, task, a.settings, record.people);
  const number = formatMeetingNumber(record.meeting.number, record.meeting.yearBe).replace('/', '-');
  return { bytes, fileName: `${titles[a.kind]} ครั้งที่ ${number}.${a.format}`, warnings, secrecy: secrecyOfLabel(model.page.secrecy), version };
}

export const documentHandlers: HandlerSlice<'documents.export'> = {
  'documents.export': async (a, ctx) => {
    const made = await makeDocument(ctx, a);
    assertTopSecretConfirmed(made.secrecy, a.confirmTopSecret);
    const { bytes, fileName, version, secrecy } = made;
    // Minutes, and every document printing a class, are entered in the export register with the
    // SHA-256 of the very file handed out: `lekha verify` finds a file there (issue 13), and the
    // register of secret documents lists it (issue 14).
    if (a.kind === 'minutes' || secrecy !== 'none') {
      await write(ctx, (w) => w.insert('export_register', {
        id: newId(), at: w.at, actor: w.actor, meeting_id: a.meetingId, kind: a.kind, format: a.format, file_name: fileName,
        file_sha256: createHash('sha256').update(bytes).digest('hex'), version: version?.number ?? null, version_hash: version?.hash ?? null,
        minutes_status: version?.status ?? (a.kind === 'minutes' ? 'draft' : null), secrecy, copy_no: null,
      }, a.meetingId));
    }
    return { fileName, mediaType: mediaTypes[a.format], base64: toBase64(bytes), warnings: made.warnings };
  },
};
