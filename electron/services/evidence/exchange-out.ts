import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { ExchangeEvidence } from '../../../shared/exchange-evidence';
import { personName } from '../../../shared/names';
import type { ConferencingSystem, IdentityMethod } from '../../../shared/schemas/evidence';
import type { DB } from '../../db/types';

type Matched = 'email' | 'name' | 'hand' | 'ignored';

/**
 * A meeting's electronic-meeting evidence for its exchange file: attendees by name as `attendance` names
 * them, the kept files as base64 (a participant report always, an invitation or paper when it was kept).
 * Undefined when nothing is recorded, so a meeting without evidence exports exactly what it did before.
 */
export async function exportEvidence(db: Kysely<DB>, filesDir: string, meetingId: string): Promise<ExchangeEvidence | undefined> {
  const attendance = await db.selectFrom('attendance').innerJoin('people', 'people.id', 'attendance.person_id')
    .select(['attendance.id', 'people.title', 'people.first_name', 'people.last_name']).where('attendance.meeting_id', '=', meetingId).execute();
  const names = new Map(attendance.map((a) => [a.id, personName({ title: a.title, firstName: a.first_name, lastName: a.last_name })]));
  const who = (attendanceId: string | null) => (attendanceId ? (names.get(attendanceId) ?? null) : null);
  const file = (stored: string) => readFileSync(join(filesDir, stored)).toString('base64');

  const identity = await db.selectFrom('identity_checks').selectAll().where('meeting_id', '=', meetingId).orderBy('checked_at').orderBy('id').execute();
  const reports = await db.selectFrom('participant_reports').selectAll().where('meeting_id', '=', meetingId).orderBy('imported_at').orderBy('id').execute();
  const rows = reports.length
    ? await db.selectFrom('participant_rows').selectAll().where('report_id', 'in', reports.map((r) => r.id)).orderBy('line').execute()
    : [];
  const recording = await db.selectFrom('meeting_recordings').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
  const sent = await db.selectFrom('sent_documents').selectAll().where('meeting_id', '=', meetingId).orderBy('sent_on').orderBy('kind').orderBy('file_name').execute();
  if (!identity.length && !reports.length && !recording && !sent.length) return undefined;

  return {
    identity: identity.map((i) => ({ person: who(i.attendance_id)!, method: i.method as IdentityMethod, vouchedBy: who(i.vouched_by_id), checkedAt: i.checked_at })),
    reports: reports.map((r) => ({
      system: r.system as ConferencingSystem, fileName: r.file_name, size: r.size, sha256: r.sha256, importedAt: r.imported_at,
      importedBy: r.imported_by, base64: file(r.stored_path),
      rows: rows.filter((x) => x.report_id === r.id).map((x) => ({
        line: x.line, displayName: x.display_name, email: x.email, joinedAt: x.joined_at, leftAt: x.left_at,
        person: who(x.attendance_id), matchedBy: x.matched_by as Matched | null,
      })),
    })),
    recording: recording ? {
      fileName: recording.file_name, durationSeconds: recording.duration_seconds, sha256: recording.sha256, location: recording.location,
      trafficLocation: recording.traffic_location, recordedAt: recording.recorded_at,
    } : null,
    sent: sent.map((s) => ({
      kind: s.kind as 'invitation', fileName: s.file_name, size: s.size, sha256: s.sha256, base64: s.stored_path ? file(s.stored_path) : null,
      agendaItemId: s.agenda_item_id, sentOn: s.sent_on, channel: s.channel, recordedAt: s.recorded_at,
    })),
  };
}
