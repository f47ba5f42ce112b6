import { z } from 'zod';
import { expectedVersion, id, isoDate, optionalText, recordVersion, requiredText } from './common';

// Electronic-meeting evidence (issue 13 point 3; REGULATIONS.md, Emergency Decree B.E. 2563 ม.8, ม.9).

export const identityMethod = z.enum(['in_room', 'password', 'one_time_code', 'vouched']);
export type IdentityMethod = z.infer<typeof identityMethod>;

/** How the decree's "identify themselves" was met, as the minutes and the screen say it. */
export const identityMethodLabels: Record<IdentityMethod, string> = {
  in_room: 'ตรวจสอบตัวตนในห้องประชุม',
  password: 'ชื่อผู้ใช้และรหัสผ่าน',
  one_time_code: 'รหัสผ่านใช้ครั้งเดียว (OTP)',
  vouched: 'ผู้เข้าประชุมอีกคนหนึ่งรับรอง',
};

export const conferencingSystem = z.enum(['zoom', 'webex', 'teams']);
export type ConferencingSystem = z.infer<typeof conferencingSystem>;
export const conferencingSystemNames: Record<ConferencingSystem, string> = { zoom: 'Zoom', webex: 'Webex', teams: 'Microsoft Teams' };

/** A local wall-clock instant as the reports give it: `2025-02-24T09:28:05` (no zone: the meeting's own time). */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: 'วันเวลาไม่ถูกต้อง (ใช้รูปแบบ YYYY-MM-DDTHH:MM)' });
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'SHA-256 ต้องเป็นเลขฐานสิบหก 64 ตัว' });
export const base64 = z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, { error: 'เนื้อไฟล์ไม่ใช่ base64 ที่ถูกต้อง' });
const fileName = requiredText(255);

export const identityCheck = z.object({
  attendanceId: id,
  method: identityMethod,
  /** The attendance line of the attendee who vouched (method `vouched` only). */
  vouchedById: id.nullable().default(null),
  checkedAt: localDateTime,
});
export type IdentityCheck = z.infer<typeof identityCheck>;

/**
 * `versions`: for each attendee whose check this save sets or clears, the version of the check the screen
 * showed (the view's `identityVersion`; 0 when it showed none). A check changed since is refused.
 */
export const setIdentityArgs = z.object({
  meetingId: id, checks: z.array(identityCheck).max(500), clear: z.array(id).max(500).default([]),
  versions: z.record(z.string(), z.number().int().min(0)).optional(),
});

export const importReportArgs = z.object({ meetingId: id, fileName, base64: base64.max(14_000_000, { error: 'ไฟล์รายงานผู้เข้าร่วมใหญ่เกิน 10 MB' }) });
/** Match a row by hand (`attendanceId`), mark it as nobody of the meeting (`ignore`), or undo either (`attendanceId: null`). */
export const matchRowArgs = z.object({ rowId: id, attendanceId: id.nullable(), ignore: z.boolean().default(false), version: expectedVersion });
/** A report removed with its rows: refused when a row was matched by hand since the screen's copy (0130). */
export const removeReportArgs = z.object({ id, version: expectedVersion });
/** The version of the meeting's recording the screen showed: 0 when it showed none. */
const recordingVersion = z.number().int().min(0).optional();
export const clearRecordingArgs = z.object({ meetingId: id, version: recordingVersion });

export const recordingInput = z.object({
  meetingId: id,
  fileName,
  durationSeconds: z.number().int({ error: 'ความยาวต้องเป็นจำนวนวินาทีเต็ม' }).min(1, { error: 'ต้องระบุความยาวของไฟล์บันทึก' }).max(86_400 * 2),
  sha256,
  location: requiredText(500),
  trafficLocation: optionalText(500).default(''),
  version: recordingVersion,
});

export const recordSentArgs = z.object({
  meetingId: id,
  sentOn: isoDate,
  channel: optionalText(200).default('ไปรษณีย์อิเล็กทรอนิกส์'),
  /** The invitation as sent, when it was not made by Lekha; otherwise Lekha freezes its own PDF of the invitation letters. */
  invitation: z.object({ fileName, base64: base64.max(70_000_000) }).optional(),
});

export const participantRow = z.object({
  id,
  reportId: id,
  line: z.number().int(),
  displayName: z.string(),
  email: z.string(),
  joinedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
  attendanceId: id.nullable(),
  matchedBy: z.enum(['email', 'name', 'hand', 'ignored']).nullable(),
  version: recordVersion,
});
export type ParticipantRow = z.infer<typeof participantRow>;

export const participantReport = z.object({
  id,
  system: conferencingSystem,
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  version: recordVersion,
  rows: z.array(participantRow),
});

/** One attendee's evidence: identity check, and the report's rows merged (first join, last leave, minutes connected). */
export const attendeeEvidence = z.object({
  attendanceId: id,
  name: z.string(),
  presence: z.string(),
  identity: identityCheck.nullable(),
  /** The identity check's record version; 0 when there is none (what `setIdentity`'s `versions` sends back). */
  identityVersion: z.number().int().min(0),
  firstJoin: z.string().nullable(),
  lastLeave: z.string().nullable(),
  minutes: z.number().int().nullable(),
  sessions: z.number().int(),
});
export type AttendeeEvidence = z.infer<typeof attendeeEvidence>;

export const recording = z.object({
  fileName: z.string(), durationSeconds: z.number().int(), sha256: z.string(), location: z.string(), trafficLocation: z.string(), recordedAt: z.string(),
  version: recordVersion,
});

export const sentDocument = z.object({
  id, kind: z.enum(['invitation', 'enclosure', 'paper']), fileName: z.string(), size: z.number().int(), sha256: z.string(),
  kept: z.boolean(), agendaItemNumber: z.string().nullable(), sentOn: z.string(), channel: z.string(),
});

export const evidenceView = z.object({
  meetingId: id,
  mode: z.string(),
  secret: z.boolean(),
  conferencing: z.string(),
  attendees: z.array(attendeeEvidence),
  reports: z.array(participantReport),
  /** Report rows matched to nobody and not set aside: the officer matches them by hand. */
  unmatched: z.array(participantRow),
  /** Electronic attendees no report row is matched to. */
  notInReport: z.array(z.string()),
  recording: recording.nullable(),
  sent: z.array(sentDocument),
  /** SHA-256 of the canonical manifest: what the next minutes version will hold. */
  manifestHash: z.string(),
  /** Certified minutes and the evidence as it is now: whether they still agree (null before certification). */
  certifiedManifestMatches: z.boolean().nullable(),
  locked: z.boolean(),
});
export type EvidenceView = z.infer<typeof evidenceView>;

export const importReportResult = z.object({
  view: evidenceView,
  /** Every attendee with the traffic of THIS file only (the view's attendees merge every report of the meeting). */
  inFile: z.array(attendeeEvidence),
  system: conferencingSystem,
  rows: z.number().int(),
  matched: z.array(z.object({ displayName: z.string(), name: z.string(), by: z.string() })),
  unmatched: z.array(z.object({ line: z.number().int(), displayName: z.string(), email: z.string() })),
});
