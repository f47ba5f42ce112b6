import { createHash } from 'node:crypto';
import type { EvidenceManifest } from '../../documents/builders/evidence';
import { type EvidenceData, trafficByAttendee } from './read';

/**
 * The evidence manifest: the meeting's evidence as one canonical JSON value (keys in a fixed order,
 * lists in a fixed order, names as printed, every file by name, size and SHA-256). It goes into the
 * record a minutes version keeps (minutes-snapshot.ts), so it is inside the hash of every circulated
 * and certified version: the decree makes the recording and the traffic data part of the minutes.
 */
export function buildManifest(d: EvidenceData): EvidenceManifest {
  const names = new Map(d.attendees.map((a) => [a.attendanceId, a.name]));
  const checks = new Map(d.identity.map((i) => [i.attendanceId, i]));
  const traffic = trafficByAttendee(d);
  const body: Omit<EvidenceManifest, 'sha256'> = {
    format: 'lekha-evidence/1',
    meetingId: d.meeting.id,
    mode: d.meeting.mode,
    conferencing: d.meeting.conferencing,
    secret: d.meeting.secret,
    attendees: d.attendees.map((a) => {
      const check = checks.get(a.attendanceId);
      const t = traffic.get(a.attendanceId);
      return {
        name: a.name,
        presence: a.presence,
        identity: check ? { method: check.method, vouchedBy: check.vouchedById ? (names.get(check.vouchedById) ?? '') : null, checkedAt: check.checkedAt } : null,
        traffic: t ? { firstJoin: t.firstJoin, lastLeave: t.lastLeave, minutes: t.minutes, sessions: t.sessions } : null,
      };
    }),
    reports: d.reports.map((r) => ({
      system: r.system, fileName: r.fileName, size: r.size, sha256: r.sha256, importedAt: r.importedAt,
      rows: r.rows.length, unmatched: r.rows.filter((x) => !x.attendanceId && x.matchedBy !== 'ignored').length,
    })),
    recording: d.recording ? {
      fileName: d.recording.fileName, durationSeconds: d.recording.durationSeconds, sha256: d.recording.sha256,
      location: d.recording.location, trafficLocation: d.recording.trafficLocation,
    } : null,
    sent: d.sent.map((s) => ({ kind: s.kind, fileName: s.fileName, size: s.size, sha256: s.sha256, agendaItemNumber: s.agendaItemNumber, sentOn: s.sentOn, channel: s.channel })),
  };
  return { ...body, sha256: createHash('sha256').update(JSON.stringify(body)).digest('hex') };
}
