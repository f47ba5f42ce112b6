import type { Kysely } from 'kysely';
import { LekhaError } from '../../../shared/errors';
import { personName } from '../../../shared/names';
import type { ConferencingSystem, IdentityMethod, ParticipantRow } from '../../../shared/schemas/evidence';
import type { DB } from '../../db/types';
import { versionOf } from '../../db/versioned';
import { listAgendaItems } from '../agenda-read';
import type { Attendee } from './match';
import { secondsBetween } from './report-time';

/** A meeting's evidence as stored, with the names it prints: what the view, the manifest and the minutes read. */
export interface EvidenceData {
  meeting: { id: string; date: string | null; mode: string; conferencing: string; secret: boolean };
  attendees: (Attendee & { name: string; presence: string })[];
  // `version`: the record versions the screen sends back with a change (issue 15); the manifest leaves them out.
  identity: { attendanceId: string; method: IdentityMethod; vouchedById: string | null; checkedAt: string; version: number }[];
  reports: { id: string; system: ConferencingSystem; fileName: string; size: number; sha256: string; importedAt: string; importedBy: string; version: number; rows: ParticipantRow[] }[];
  recording: { fileName: string; durationSeconds: number; sha256: string; location: string; trafficLocation: string; recordedAt: string; version: number } | null;
  sent: { id: string; kind: 'invitation' | 'enclosure' | 'paper'; fileName: string; size: number; sha256: string; kept: boolean; agendaItemNumber: string | null; sentOn: string; channel: string }[];
}

export async function readEvidence(db: Kysely<DB>, meetingId: string): Promise<EvidenceData> {
  const m = await db.selectFrom('meetings').select(['id', 'date', 'mode', 'conferencing', 'secrecy']).where('id', '=', meetingId).executeTakeFirst();
  if (!m) throw new LekhaError('NOT_FOUND', 'ไม่พบการประชุมนี้ อาจถูกลบไปแล้ว', 'meetingId');
  const attendance = await db.selectFrom('attendance').innerJoin('people', 'people.id', 'attendance.person_id')
    .select(['attendance.id', 'attendance.person_id', 'attendance.presence', 'people.title', 'people.first_name', 'people.last_name'])
    .where('attendance.meeting_id', '=', meetingId).orderBy('attendance.sort_order').execute();
  const identity = await db.selectFrom('identity_checks').selectAll().where('meeting_id', '=', meetingId).execute();
  const reports = await db.selectFrom('participant_reports').selectAll().where('meeting_id', '=', meetingId).orderBy('imported_at').orderBy('id').execute();
  const rows = reports.length
    ? await db.selectFrom('participant_rows').selectAll().where('report_id', 'in', reports.map((r) => r.id)).orderBy('line').execute()
    : [];
  const recording = await db.selectFrom('meeting_recordings').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
  const sent = await db.selectFrom('sent_documents').selectAll().where('meeting_id', '=', meetingId).orderBy('sent_on').orderBy('kind').orderBy('file_name').execute();
  const numbers = sent.some((s) => s.agenda_item_id) ? new Map((await listAgendaItems(db, meetingId)).map((i) => [i.id, i.number])) : new Map<string, string>();
  return {
    meeting: { id: m.id, date: m.date, mode: m.mode, conferencing: m.conferencing, secret: m.secrecy !== 'none' },
    attendees: attendance.map((a) => ({
      attendanceId: a.id, personId: a.person_id, title: a.title, firstName: a.first_name, lastName: a.last_name, presence: a.presence,
      name: personName({ title: a.title, firstName: a.first_name, lastName: a.last_name }),
    })),
    identity: identity.map((i) => ({ attendanceId: i.attendance_id, method: i.method as IdentityMethod, vouchedById: i.vouched_by_id, checkedAt: i.checked_at, version: versionOf(i) })),
    reports: reports.map((r) => ({
      id: r.id, system: r.system as ConferencingSystem, fileName: r.file_name, size: r.size, sha256: r.sha256, importedAt: r.imported_at, importedBy: r.imported_by,
      version: versionOf(r), rows: rows.filter((x) => x.report_id === r.id).map((x) => ({
        id: x.id, reportId: x.report_id, line: x.line, displayName: x.display_name, email: x.email, joinedAt: x.joined_at, leftAt: x.left_at,
        attendanceId: x.attendance_id, matchedBy: x.matched_by as ParticipantRow['matchedBy'], version: versionOf(x),
      })),
    })),
    recording: recording ? {
      fileName: recording.file_name, durationSeconds: recording.duration_seconds, sha256: recording.sha256, location: recording.location,
      trafficLocation: recording.traffic_location, recordedAt: recording.recorded_at, version: versionOf(recording),
    } : null,
    sent: sent.map((s) => ({
      id: s.id, kind: s.kind as 'invitation', fileName: s.file_name, size: s.size, sha256: s.sha256, kept: s.stored_path !== null,
      agendaItemNumber: s.agenda_item_id ? (numbers.get(s.agenda_item_id) ?? null) : null, sentOn: s.sent_on, channel: s.channel,
    })),
  };
}

export const hasEvidence = (d: EvidenceData): boolean => d.identity.length > 0 || d.reports.length > 0 || d.recording !== null || d.sent.length > 0;

export interface Traffic {
  firstJoin: string | null;
  lastLeave: string | null;
  /** Minutes connected, overlapping connections (two devices, a rejoin before the old one dropped) counted once. */
  minutes: number | null;
  sessions: number;
}

/** Each attendee's rows of the given reports (every report of the meeting, or one just imported), merged. */
export function trafficByAttendee(d: { attendees: { attendanceId: string }[]; reports: { rows: ParticipantRow[] }[] }): Map<string, Traffic> {
  const out = new Map<string, Traffic>();
  const rows = d.reports.flatMap((r) => r.rows).filter((r) => r.attendanceId);
  for (const a of d.attendees) {
    const own = rows.filter((r) => r.attendanceId === a.attendanceId);
    if (own.length === 0) continue;
    const joins = own.map((r) => r.joinedAt).filter((t): t is string => t !== null).sort();
    const leaves = own.map((r) => r.leftAt).filter((t): t is string => t !== null).sort();
    const spans = own.filter((r) => r.joinedAt && r.leftAt && r.leftAt >= r.joinedAt).map((r) => [r.joinedAt!, r.leftAt!] as const).sort((x, y) => x[0].localeCompare(y[0]));
    let seconds = 0;
    let end: string | null = null;
    let start: string | null = null;
    for (const [from, to] of spans) {
      if (end === null || from > end) {
        if (start && end) seconds += secondsBetween(start, end);
        start = from;
        end = to;
      } else if (to > end) end = to;
    }
    if (start && end) seconds += secondsBetween(start, end);
    out.set(a.attendanceId, {
      firstJoin: joins[0] ?? null, lastLeave: leaves.at(-1) ?? null, minutes: spans.length ? Math.round(seconds / 60) : null, sessions: own.length,
    });
  }
  return out;
}
