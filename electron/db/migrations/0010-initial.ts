import { type Kysely, sql } from 'kysely';

/**
 * The whole record of DOMAIN.md, even where later issues add the services.
 * STRICT tables, text UUIDs, ISO 8601 Gregorian dates (`YYYY-MM-DD`), times as `HH:MM`,
 * timestamps as ISO instants, booleans as 0/1 with a CHECK.
 */
const statements = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name_th TEXT NOT NULL,
  abbr_th TEXT NOT NULL UNIQUE,
  name_en TEXT,
  abbr_en TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('ministry_office','department','public_organisation','state_enterprise','external_partner')),
  parent_id TEXT REFERENCES organisations(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT '',
  organisation_id TEXT REFERENCES organisations(id),
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX people_organisation ON people(organisation_id);

CREATE TABLE section_templates (
  kind TEXT PRIMARY KEY,
  default_position INTEGER NOT NULL UNIQUE,
  title_th TEXT NOT NULL,
  title_en TEXT NOT NULL
) STRICT;

CREATE TABLE meeting_series (
  id TEXT PRIMARY KEY,
  name_th TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  numbering TEXT NOT NULL DEFAULT 'per_year' CHECK (numbering IN ('per_year','running')),
  recording_style TEXT NOT NULL DEFAULT 'summary' CHECK (recording_style IN ('verbatim','summary','resolution_only')),
  document_settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(document_settings)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE series_sections (
  id TEXT PRIMARY KEY,
  series_id TEXT NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position > 0),
  kind TEXT NOT NULL REFERENCES section_templates(kind),
  title_th TEXT NOT NULL,
  UNIQUE (series_id, position),
  UNIQUE (series_id, kind)
) STRICT;

CREATE TABLE series_members (
  series_id TEXT NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id),
  meeting_role TEXT NOT NULL CHECK (meeting_role IN ('chair','vice_chair','member','member_secretary','assistant_secretary')),
  sort_order INTEGER NOT NULL,
  PRIMARY KEY (series_id, person_id)
) STRICT;

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  series_id TEXT NOT NULL REFERENCES meeting_series(id),
  number INTEGER NOT NULL CHECK (number > 0),
  year_be INTEGER NOT NULL CHECK (year_be BETWEEN 2400 AND 2800),
  date TEXT,
  start_time TEXT,
  end_time TEXT,
  venue TEXT NOT NULL DEFAULT '',
  mode TEXT NOT NULL DEFAULT 'onsite' CHECK (mode IN ('onsite','electronic','hybrid')),
  conferencing TEXT NOT NULL DEFAULT '',
  chair_id TEXT REFERENCES people(id),
  secretary_id TEXT REFERENCES people(id),
  minute_taker_id TEXT REFERENCES people(id),
  reviewer_id TEXT REFERENCES people(id),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','scheduled','held','cancelled')),
  secrecy TEXT NOT NULL DEFAULT 'none' CHECK (secrecy IN ('none','confidential','secret','top_secret')),
  illustrative_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (series_id, year_be, number)
) STRICT;
CREATE INDEX meetings_series ON meetings(series_id, year_be, number);

CREATE TABLE attendance (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id),
  role TEXT NOT NULL CHECK (role IN ('member','substitute','guest','secretariat')),
  meeting_role TEXT NOT NULL DEFAULT '',
  substitute_for_id TEXT REFERENCES people(id),
  position TEXT NOT NULL DEFAULT '',
  presence TEXT NOT NULL CHECK (presence IN ('onsite','electronic','absent')),
  absence_reason TEXT CHECK (absence_reason IN ('official_duty','sick','personal','other')),
  absence_note TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  UNIQUE (meeting_id, person_id),
  CHECK ((role = 'substitute') = (substitute_for_id IS NOT NULL)),
  CHECK ((presence = 'absent') = (absence_reason IS NOT NULL))
) STRICT;

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  section_id TEXT NOT NULL REFERENCES series_sections(id),
  parent_id TEXT REFERENCES agenda_items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position > 0),
  subject TEXT NOT NULL,
  presenter_org_id TEXT REFERENCES organisations(id),
  presenter_person_id TEXT REFERENCES people(id),
  summary TEXT NOT NULL DEFAULT '',
  proposal TEXT NOT NULL DEFAULT '',
  discussion TEXT NOT NULL DEFAULT '',
  resolution TEXT NOT NULL DEFAULT '',
  resolution_kind TEXT CHECK (resolution_kind IN ('noted','approved','approved_in_principle','rejected','deferred','assigned')),
  secrecy TEXT NOT NULL DEFAULT 'none' CHECK (secrecy IN ('none','confidential','secret','top_secret')),
  continues_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
  carry_forward INTEGER NOT NULL DEFAULT 0 CHECK (carry_forward IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, section_id, parent_id, position);
CREATE INDEX agenda_items_continues ON agenda_items(continues_item_id);

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  stored_path TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_item ON attachments(agenda_item_id);

CREATE TABLE minutes (
  meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','circulated','certified')),
  certified_how TEXT CHECK (certified_how IN ('next_meeting','same_meeting','circulation')),
  certified_at_item_id TEXT REFERENCES agenda_items(id),
  certified_on TEXT,
  amended INTEGER NOT NULL DEFAULT 0 CHECK (amended IN (0,1)),
  amendment_text TEXT NOT NULL DEFAULT '',
  content_hash TEXT,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'certified') = (certified_how IS NOT NULL AND certified_on IS NOT NULL))
) STRICT;

CREATE TABLE minutes_versions (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version > 0),
  status TEXT NOT NULL CHECK (status IN ('draft','circulated','certified')),
  content TEXT NOT NULL CHECK (json_valid(content)),
  content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (meeting_id, version)
) STRICT;

CREATE TABLE action_items (
  id TEXT PRIMARY KEY,
  agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('directive','follow_up')),
  text TEXT NOT NULL,
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','done','cancelled')),
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX action_items_item ON action_items(agenda_item_id);
CREATE INDEX action_items_status_due ON action_items(status, due_date);

CREATE TABLE action_owners (
  action_id TEXT NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  is_lead INTEGER NOT NULL DEFAULT 0 CHECK (is_lead IN (0,1)),
  PRIMARY KEY (action_id, organisation_id)
) STRICT;
CREATE INDEX action_owners_org ON action_owners(organisation_id, action_id);
CREATE UNIQUE INDEX action_owners_one_lead ON action_owners(action_id) WHERE is_lead = 1;

CREATE TABLE progress_updates (
  id TEXT PRIMARY KEY,
  action_id TEXT NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  percent INTEGER CHECK (percent BETWEEN 0 AND 100),
  reported_by TEXT NOT NULL DEFAULT '',
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0,1)),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX progress_updates_action ON progress_updates(action_id, date);

CREATE TABLE stage_templates (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('bill','emergency_decree','programme','project')),
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE template_stages (
  id TEXT PRIMARY KEY,
  template_id TEXT NOT NULL REFERENCES stage_templates(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name_th TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  terminal TEXT CHECK (terminal IN ('in_force','lapsed','withdrawn')),
  UNIQUE (template_id, position)
) STRICT;

CREATE TABLE policies (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('bill','emergency_decree','programme','project')),
  title_th TEXT NOT NULL,
  short_title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  owner_org_id TEXT REFERENCES organisations(id),
  template_id TEXT REFERENCES stage_templates(id),
  current_stage_id TEXT REFERENCES template_stages(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE policy_stage_history (
  id TEXT PRIMARY KEY,
  policy_id TEXT NOT NULL REFERENCES policies(id) ON DELETE CASCADE,
  stage_id TEXT NOT NULL REFERENCES template_stages(id),
  date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX policy_stage_history_policy ON policy_stage_history(policy_id, date);

CREATE TABLE agenda_item_policies (
  agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  policy_id TEXT NOT NULL REFERENCES policies(id) ON DELETE CASCADE,
  PRIMARY KEY (agenda_item_id, policy_id)
) STRICT;
CREATE INDEX agenda_item_policies_policy ON agenda_item_policies(policy_id);

CREATE TABLE policy_questions (
  id TEXT PRIMARY KEY,
  policy_id TEXT NOT NULL REFERENCES policies(id) ON DELETE CASCADE,
  question TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved')),
  resolution TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE policy_positions (
  id TEXT PRIMARY KEY,
  question_id TEXT NOT NULL REFERENCES policy_questions(id) ON DELETE CASCADE,
  stakeholder TEXT NOT NULL,
  organisation_id TEXT REFERENCES organisations(id),
  position TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'unknown' CHECK (status IN ('unknown','supports','opposes','conditional','undecided'))
) STRICT;

CREATE TABLE policy_milestones (
  id TEXT PRIMARY KEY,
  policy_id TEXT NOT NULL REFERENCES policies(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','done','missed')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  policy_id TEXT NOT NULL REFERENCES policies(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE indicator_values (
  id TEXT PRIMARY KEY,
  indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  as_of TEXT NOT NULL,
  value REAL NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0,1))
) STRICT;
CREATE INDEX indicator_values_indicator ON indicator_values(indicator_id, as_of);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create','update','delete')),
  meeting_id TEXT,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_meeting ON audit_log(meeting_id, id);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
