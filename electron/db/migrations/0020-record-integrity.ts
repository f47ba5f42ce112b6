import { type Kysely, sql } from 'kysely';

/**
 * Issue 8, "a record that cannot go wrong":
 * - organisations: kinds for ministries and central agencies, `active` (kept for history, hidden from
 *   pickers) and `abbr_verified` (an abbreviation not checked against a published source);
 * - people: `active`, and `merged_into_id` for a record merged into another (kept: certified minutes name it);
 * - series: default meeting officers and the next number an officer set (adopting Lekha mid-year);
 * - series sections: the series' own headings (kind `custom`, any number of them), and whether an
 *   empty section prints "ไม่มี" or is left out; no longer tied to the six standard templates;
 * - attendance: `unconfirmed` until the officer marks who came;
 * - action items: a stored position, so directives keep the order they were recorded in;
 * - bulk changes of action status, kept so the last one can be undone.
 * Tables whose CHECK constraints change are rebuilt (SQLite cannot alter a CHECK); the runner turns
 * foreign keys off around the migrations and checks them all before committing.
 */
const statements = `
CREATE TABLE organisations_new (
  id TEXT PRIMARY KEY,
  name_th TEXT NOT NULL,
  abbr_th TEXT NOT NULL UNIQUE,
  name_en TEXT,
  abbr_en TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('ministry','central_agency','ministry_office','department','public_organisation','state_enterprise','external_partner')),
  parent_id TEXT REFERENCES organisations(id),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  abbr_verified INTEGER NOT NULL DEFAULT 1 CHECK (abbr_verified IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO organisations_new (id, name_th, abbr_th, name_en, abbr_en, kind, parent_id, created_at, updated_at)
  SELECT id, name_th, abbr_th, name_en, abbr_en, kind, parent_id, created_at, updated_at FROM organisations;
DROP TABLE organisations;
ALTER TABLE organisations_new RENAME TO organisations;

ALTER TABLE people ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1));
ALTER TABLE people ADD COLUMN merged_into_id TEXT REFERENCES people(id);

ALTER TABLE meeting_series ADD COLUMN secretary_id TEXT REFERENCES people(id);
ALTER TABLE meeting_series ADD COLUMN minute_taker_id TEXT REFERENCES people(id);
ALTER TABLE meeting_series ADD COLUMN reviewer_id TEXT REFERENCES people(id);
ALTER TABLE meeting_series ADD COLUMN next_number INTEGER CHECK (next_number IS NULL OR next_number > 0);
ALTER TABLE meeting_series ADD COLUMN next_number_year_be INTEGER;

CREATE TABLE series_sections_new (
  id TEXT PRIMARY KEY,
  series_id TEXT NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position > 0),
  kind TEXT NOT NULL CHECK (kind IN ('announcements','certification','continuing','consideration','information','other','custom')),
  title_th TEXT NOT NULL CHECK (length(trim(title_th)) > 0),
  when_empty TEXT NOT NULL DEFAULT 'none' CHECK (when_empty IN ('none','omit')),
  UNIQUE (series_id, position)
) STRICT;
INSERT INTO series_sections_new (id, series_id, position, kind, title_th)
  SELECT id, series_id, position, kind, title_th FROM series_sections;
DROP TABLE series_sections;
ALTER TABLE series_sections_new RENAME TO series_sections;
CREATE UNIQUE INDEX series_sections_standard_kind ON series_sections(series_id, kind) WHERE kind != 'custom';

CREATE TABLE attendance_new (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id),
  role TEXT NOT NULL CHECK (role IN ('member','substitute','guest','secretariat')),
  meeting_role TEXT NOT NULL DEFAULT '',
  substitute_for_id TEXT REFERENCES people(id),
  position TEXT NOT NULL DEFAULT '',
  presence TEXT NOT NULL CHECK (presence IN ('unconfirmed','onsite','electronic','absent')),
  absence_reason TEXT CHECK (absence_reason IN ('official_duty','sick','personal','other')),
  absence_note TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  UNIQUE (meeting_id, person_id),
  CHECK ((role = 'substitute') = (substitute_for_id IS NOT NULL)),
  CHECK ((presence = 'absent') = (absence_reason IS NOT NULL))
) STRICT;
INSERT INTO attendance_new SELECT id, meeting_id, person_id, role, meeting_role, substitute_for_id, position, presence,
  absence_reason, absence_note, sort_order FROM attendance;
DROP TABLE attendance;
ALTER TABLE attendance_new RENAME TO attendance;
CREATE INDEX attendance_person ON attendance(person_id);

ALTER TABLE action_items ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE action_items SET position = (
  SELECT n FROM (SELECT id, row_number() OVER (PARTITION BY agenda_item_id ORDER BY created_at, id) AS n FROM action_items) AS ranked
  WHERE ranked.id = action_items.id
);
CREATE INDEX action_items_item_position ON action_items(agenda_item_id, position);

CREATE TABLE bulk_changes (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open','in_progress','done','cancelled')),
  changes TEXT NOT NULL CHECK (json_valid(changes)),
  undone_at TEXT
) STRICT;
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
