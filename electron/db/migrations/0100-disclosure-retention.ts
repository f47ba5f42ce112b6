import { type Kysely, sql } from 'kysely';

/**
 * Issue 14, points 3 and 4: what of a meeting may be published and how long its records are kept.
 *
 * - `item_disclosure`: an agenda item's resolution is public unless withheld, and a withheld one names
 *   its category of section 15 of the Official Information Act B.E. 2540 and a reason (para. 2 of that
 *   section asks for both). No row means public: ม.9(7) makes resolutions open by default. Its id is the
 *   item's, so the audited writer (write.ts) can keep its history like any other record.
 * - `retention_classes`: years each kind of record is kept; NULL is permanent (minutes by default: the
 *   National Archives Act B.E. 2556 ม.7-8, and REGULATIONS.md). The id is the kind.
 * - `destruction_decisions`: the recorded decision to destroy one kind of record of one meeting, with the
 *   approval it rests on (the committee's and the Fine Arts Department's reply to the destruction list);
 *   Lekha deletes nothing without one, and notes when it carried it out.
 */
const statements = `
CREATE TABLE item_disclosure (
  id TEXT PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('public','withheld')),
  category TEXT CHECK (category IN ('1','2','3','4','5','6')),
  reason TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  CHECK ((status = 'public' AND category IS NULL) OR (status = 'withheld' AND category IS NOT NULL AND length(trim(reason)) > 0))
) STRICT;
CREATE TABLE retention_classes (
  id TEXT PRIMARY KEY CHECK (id IN ('minutes','working_papers','attachments')),
  years INTEGER CHECK (years IS NULL OR years BETWEEN 1 AND 100),
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO retention_classes (id, years, updated_at) VALUES
  ('minutes', NULL, '2026-01-01T00:00:00.000Z'),
  ('working_papers', 10, '2026-01-01T00:00:00.000Z'),
  ('attachments', 10, '2026-01-01T00:00:00.000Z');
CREATE TABLE destruction_decisions (
  id TEXT PRIMARY KEY,
  year_be INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('minutes','working_papers','attachments')),
  meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,
  meeting_label TEXT NOT NULL,
  reference TEXT NOT NULL CHECK (length(trim(reference)) > 0),
  decided_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  carried_out_at TEXT,
  carried_out_by TEXT,
  removed INTEGER
) STRICT;
CREATE UNIQUE INDEX destruction_decisions_record ON destruction_decisions(meeting_id, kind) WHERE meeting_id IS NOT NULL;
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
