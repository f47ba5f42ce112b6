import { versionOf } from '../db/versioned';
import type { Kysely } from 'kysely';
import { LekhaError } from '../../shared/errors';
import type { Attendance, MeetingDetail, MeetingSummary } from '../../shared/schemas/meeting';
import type { AttendanceTable, DB, MeetingsTable } from '../db/types';
import { listActions } from './actions';
import { listAgendaItems } from './agenda-read';

type MeetingRow = MeetingsTable & { minutes_status: string | null };

export const toAttendance = (r: AttendanceTable): Attendance => ({
  id: r.id, version: versionOf(r), meetingId: r.meeting_id, personId: r.person_id, role: r.role as Attendance['role'], meetingRole: r.meeting_role,
  substituteForId: r.substitute_for_id, position: r.position, presence: r.presence as Attendance['presence'],
  absenceReason: r.absence_reason as Attendance['absenceReason'], absenceNote: r.absence_note, sortOrder: r.sort_order,
});

type SummaryRow = Pick<MeetingRow, 'id' | 'series_id' | 'number' | 'year_be' | 'date' | 'venue' | 'status' | 'minutes_status'>;

export const toSummary = (r: SummaryRow): MeetingSummary => ({
  id: r.id, seriesId: r.series_id, number: r.number, yearBe: r.year_be, date: r.date, venue: r.venue,
  status: r.status as MeetingSummary['status'], minutesStatus: (r.minutes_status ?? 'draft') as MeetingSummary['minutesStatus'],
});

function meetingsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('meetings')
    .leftJoin('minutes', 'minutes.meeting_id', 'meetings.id')
    .selectAll('meetings')
    .select('minutes.status as minutes_status');
}

/** Newest first within each series: the list officers scan. */
export async function listMeetings(db: Kysely<DB>, seriesId?: string): Promise<MeetingSummary[]> {
  // The columns a summary shows only: a meeting's row also holds its illustrative note and officers.
  let q = db.selectFrom('meetings').leftJoin('minutes', 'minutes.meeting_id', 'meetings.id')
    .select(['meetings.id', 'meetings.series_id', 'meetings.number', 'meetings.year_be', 'meetings.date', 'meetings.venue', 'meetings.status', 'minutes.status as minutes_status']);
  if (seriesId) q = q.where('meetings.series_id', '=', seriesId);
  const rows = await q.orderBy('meetings.year_be', 'desc').orderBy('meetings.number', 'desc').execute();
  return rows.map(toSummary);
}

export async function findMeetings(db: Kysely<DB>, number: number, yearBe: number, seriesId?: string): Promise<MeetingSummary[]> {
  let q = meetingsQuery(db).where('meetings.number', '=', number).where('meetings.year_be', '=', yearBe);
  if (seriesId) q = q.where('meetings.series_id', '=', seriesId);
  return (await q.execute()).map(toSummary);
}

/** Actions as the minutes list them: item by item in agenda order, each item's in their recorded order. */
function inReadingOrder<T extends { agendaItemId: string; position: number }>(actions: T[], items: readonly { id: string }[]): T[] {
  const place = new Map(items.map((item, index) => [item.id, index]));
  return [...actions].sort((a, b) => place.get(a.agendaItemId)! - place.get(b.agendaItemId)! || a.position - b.position);
}

export async function readMeeting(db: Kysely<DB>, id: string): Promise<MeetingDetail> {
  const r = await meetingsQuery(db).where('meetings.id', '=', id).executeTakeFirst();
  if (!r) throw new LekhaError('NOT_FOUND', 'ไม่พบการประชุมนี้ อาจถูกลบไปแล้ว', 'id');
  const attendance = await db.selectFrom('attendance').selectAll().where('meeting_id', '=', id).orderBy('sort_order').execute();
  const agendaItems = await listAgendaItems(db, id);
  return {
    ...toSummary(r),
    version: versionOf(r),
    startTime: r.start_time, endTime: r.end_time, mode: r.mode as MeetingDetail['mode'], conferencing: r.conferencing,
    chairId: r.chair_id, secretaryId: r.secretary_id, minuteTakerId: r.minute_taker_id, reviewerId: r.reviewer_id,
    secrecy: r.secrecy as MeetingDetail['secrecy'], illustrativeNote: r.illustrative_note,
    attendance: attendance.map(toAttendance),
    agendaItems,
    actions: inReadingOrder(await listActions(db, agendaItems.map((i) => i.id)), agendaItems),
  };
}
