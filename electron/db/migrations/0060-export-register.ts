import { type Kysely, sql } from 'kysely';

/**
 * Issue 13, verification: every export of minutes, and of any document of a secret meeting, is
 * entered in a register (who, when, what, which version, which copy) with the SHA-256 of the very
 * file handed out, so `lekha verify FILE.pdf` can say which export a file is, and whether it is the
 * certified record, a faithful copy of a version not yet certified, or neither.
 */
const statements = `
CREATE TABLE export_register (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  format TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
  version INTEGER,
  version_hash TEXT,
  minutes_status TEXT,
  secrecy TEXT NOT NULL,
  copy_no INTEGER
) STRICT;
CREATE INDEX export_register_file ON export_register(file_sha256);
CREATE INDEX export_register_meeting ON export_register(meeting_id, at);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
