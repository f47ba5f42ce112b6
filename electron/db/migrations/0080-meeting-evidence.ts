import { type Kysely, sql } from 'kysely';

/**
 * Issue 13, electronic-meeting evidence (พ.ร.ก.ว่าด้วยการประชุมผ่านสื่ออิเล็กทรอนิกส์ พ.ศ. 2563 ม.8, ม.9):
 * how each attendee's identity was checked and when; the conferencing system's participant report
 * (the traffic data) with its rows matched to attendees; the recording's reference; and what was sent
 * before the meeting, each with its SHA-256. Kept in tables of their own so the attendance rows and the
 * exchange format stay as they were.
 */
const statements = `
CREATE TABLE identity_checks (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  attendance_id TEXT NOT NULL UNIQUE REFERENCES attendance(id) ON DELETE CASCADE,
  method TEXT NOT NULL CHECK (method IN ('in_room','password','one_time_code','vouched')),
  vouched_by_id TEXT REFERENCES attendance(id) ON DELETE SET NULL,
  checked_at TEXT NOT NULL,
  CHECK ((method = 'vouched') = (vouched_by_id IS NOT NULL))
) STRICT;
CREATE INDEX identity_checks_meeting ON identity_checks(meeting_id);

CREATE TABLE participant_reports (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  system TEXT NOT NULL CHECK (system IN ('zoom','webex','teams')),
  file_name TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  stored_path TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  UNIQUE (meeting_id, sha256)
) STRICT;

CREATE TABLE participant_rows (
  id TEXT PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES participant_reports(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  display_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  joined_at TEXT,
  left_at TEXT,
  attendance_id TEXT REFERENCES attendance(id) ON DELETE SET NULL,
  matched_by TEXT CHECK (matched_by IN ('email','name','hand','ignored')),
  CHECK ((attendance_id IS NULL) OR (matched_by IN ('email','name','hand')))
) STRICT;
CREATE INDEX participant_rows_report ON participant_rows(report_id, line);

CREATE TABLE participant_aliases (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('email','name')),
  value TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (kind, value)
) STRICT;

CREATE TABLE meeting_recordings (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL UNIQUE REFERENCES meetings(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  duration_seconds INTEGER NOT NULL CHECK (duration_seconds >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  location TEXT NOT NULL,
  traffic_location TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL
) STRICT;

CREATE TABLE sent_documents (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('invitation','enclosure','paper')),
  file_name TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  stored_path TEXT,
  agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
  sent_on TEXT NOT NULL,
  channel TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX sent_documents_meeting ON sent_documents(meeting_id, sent_on);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
