import type { Kysely } from 'kysely';
import type { ParsedArgs } from '../../shared/contract';
import { resolveDocumentSettings } from '../../shared/schemas/document-settings';
import type { Secrecy } from '../../shared/secrecy';
import type { DB } from '../db/types';
import type { MeetingRecord } from '../documents/builders/record';
import { toOrganisation, toPerson } from './directory';
import { readMeeting } from './meeting-read';
import { evidenceManifest } from './evidence/state';
import { getSeries } from './series';

/** Gathers a meeting's record as plain data for the builders. */
export async function meetingRecord(db: Kysely<DB>, meetingId: string, override?: ParsedArgs<'documents.export'>['settings']): Promise<MeetingRecord> {
  const meeting = await readMeeting(db, meetingId);
  const series = await getSeries(db, meeting.seriesId);
  const minutes = await db.selectFrom('minutes').select(['status', 'content_hash']).where('meeting_id', '=', meetingId).executeTakeFirst();
  const attachments = await db.selectFrom('attachments').innerJoin('agenda_items', 'agenda_items.id', 'attachments.agenda_item_id')
    .select(['attachments.agenda_item_id as agendaItemId', 'attachments.file_name as fileName', 'attachments.secrecy'])
    .where('agenda_items.meeting_id', '=', meetingId).orderBy('attachments.created_at').orderBy('attachments.id').execute();
  return {
    meeting,
    series,
    people: (await db.selectFrom('people').selectAll().execute()).map(toPerson),
    organisations: (await db.selectFrom('organisations').selectAll().execute()).map(toOrganisation),
    settings: resolveDocumentSettings(series.documentSettings, override),
    certifiedHash: minutes?.status === 'certified' ? minutes.content_hash : null,
    attachments: attachments.map((f) => ({ ...f, secrecy: f.secrecy as Secrecy })),
    ...(await evidenceManifest(db, meetingId)),
  };
}
