import type { Kysely } from 'kysely';
import type { EvidenceView } from '../../../shared/schemas/evidence';
import type { DB } from '../../db/types';
import type { EvidenceManifest } from '../../documents/builders/evidence';
import { buildManifest } from './manifest';
import { hasEvidence, readEvidence, trafficByAttendee } from './read';

/** The manifest a meeting's documents print and its minutes versions keep; nothing while no evidence is recorded. */
export async function evidenceManifest(db: Kysely<DB>, meetingId: string): Promise<{ evidence?: EvidenceManifest }> {
  const data = await readEvidence(db, meetingId);
  return hasEvidence(data) ? { evidence: buildManifest(data) } : {};
}

/** The manifest hash the certified version keeps (null: none kept, the meeting had no evidence then). */
async function certifiedManifestHash(db: Kysely<DB>, meetingId: string): Promise<{ certified: boolean; hash: string | null }> {
  const minutes = await db.selectFrom('minutes').select('status').where('meeting_id', '=', meetingId).executeTakeFirst();
  if (minutes?.status !== 'certified') return { certified: false, hash: null };
  const version = await db.selectFrom('minutes_versions').select('content').where('meeting_id', '=', meetingId)
    .where('status', '=', 'certified').orderBy('version', 'desc').executeTakeFirst();
  const kept = version ? (JSON.parse(version.content) as { print?: { evidence?: { sha256?: string } } }).print?.evidence?.sha256 : undefined;
  return { certified: true, hash: kept ?? null };
}

export async function evidenceView(db: Kysely<DB>, meetingId: string): Promise<EvidenceView> {
  const d = await readEvidence(db, meetingId);
  const manifest = buildManifest(d);
  const traffic = trafficByAttendee(d);
  const checks = new Map(d.identity.map((i) => [i.attendanceId, i]));
  const { certified, hash } = await certifiedManifestHash(db, meetingId);
  const rows = d.reports.flatMap((r) => r.rows);
  return {
    meetingId,
    mode: d.meeting.mode,
    secret: d.meeting.secret,
    conferencing: d.meeting.conferencing,
    attendees: d.attendees.map((a) => {
      const t = traffic.get(a.attendanceId);
      const check = checks.get(a.attendanceId);
      return {
        attendanceId: a.attendanceId, name: a.name, presence: a.presence,
        identity: check ? { attendanceId: check.attendanceId, method: check.method, vouchedById: check.vouchedById, checkedAt: check.checkedAt } : null,
        identityVersion: check?.version ?? 0,
        firstJoin: t?.firstJoin ?? null, lastLeave: t?.lastLeave ?? null, minutes: t?.minutes ?? null, sessions: t?.sessions ?? 0,
      };
    }),
    reports: d.reports,
    unmatched: rows.filter((r) => !r.attendanceId && r.matchedBy !== 'ignored'),
    notInReport: d.reports.length ? d.attendees.filter((a) => a.presence === 'electronic' && !traffic.has(a.attendanceId)).map((a) => a.name) : [],
    recording: d.recording,
    sent: d.sent,
    manifestHash: manifest.sha256,
    // Certified with no evidence kept: any evidence now is evidence the certified record does not hold.
    certifiedManifestMatches: certified ? (hash === null ? !hasEvidence(d) : hash === manifest.sha256) : null,
    locked: certified,
  };
}
