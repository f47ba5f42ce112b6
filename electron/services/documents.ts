import type { Kysely } from 'kysely';
import type { ParsedArgs } from '../../shared/contract';
import { formatMeetingNumber } from '../../shared/numbering';
import { resolveDocumentSettings } from '../../shared/schemas/document-settings';
import type { DB } from '../db/types';
import { buildAgenda } from '../documents/builders/agenda';
import { buildMinutes } from '../documents/builders/minutes';
import type { MeetingRecord } from '../documents/builders/record';
import { buildSignIn } from '../documents/builders/sign-in';
import type { HandlerSlice } from './context';
import { toOrganisation, toPerson } from './directory';
import { readMeeting } from './meeting-read';
import { certifiedRecord } from './printed-record';
import { getSeries } from './series';
import { renderModel } from './render';

type ExportArgs = ParsedArgs<'documents.export'>;

/** Gathers a meeting's record as plain data for the builders. */
export async function meetingRecord(db: Kysely<DB>, meetingId: string, override?: ExportArgs['settings']): Promise<MeetingRecord> {
  const meeting = await readMeeting(db, meetingId);
  const series = await getSeries(db, meeting.seriesId);
  const minutes = await db.selectFrom('minutes').select(['status', 'content_hash']).where('meeting_id', '=', meetingId).executeTakeFirst();
  const attachments = await db.selectFrom('attachments').innerJoin('agenda_items', 'agenda_items.id', 'attachments.agenda_item_id')
    .select(['attachments.agenda_item_id as agendaItemId', 'attachments.file_name as fileName'])
    .where('agenda_items.meeting_id', '=', meetingId).orderBy('attachments.created_at').orderBy('attachments.id').execute();
  return {
    meeting,
    series,
    people: (await db.selectFrom('people').selectAll().execute()).map(toPerson),
    organisations: (await db.selectFrom('organisations').selectAll().execute()).map(toOrganisation),
    settings: resolveDocumentSettings(series.documentSettings, override),
    certifiedHash: minutes?.status === 'certified' ? minutes.content_hash : null,
    attachments,
  };
}

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
    const model = builders[a.kind](record);
    const task = `documents.export:${a.meetingId}:${a.kind}:${a.format}`;
    const { bytes, warnings } = await renderModel(ctx, model, a.format, task, a.settings, record.people);
    const number = formatMeetingNumber(record.meeting.number, record.meeting.yearBe).replace('/', '-');
    return {
      fileName: `${titles[a.kind]} ครั้งที่ ${number}.${a.format}`,
      mediaType: mediaTypes[a.format],
      base64: Buffer.from(bytes).toString('base64'),
      warnings,
    };
  },
};
