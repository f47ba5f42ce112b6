import { type Kysely, sql } from 'kysely';

/**
 * Issue 11, an agency's page of the action list as one index range: `action_list_keys` holds one row
 * per owner (agency, action) carrying the action's sort keys — its due date as the list sorts it
 * (undated last), status, creation, and where it was decided (meeting year and number, item and
 * action positions). Without it an agency's page either sorts all the agency's actions (13,000 for a
 * middling agency over 20 years) or walks the whole order checking owners.
 *
 * The rows are derived, never written by a service: the triggers below keep them current in the same
 * transaction as the write that changes a key (an owner added or removed, an action's due date,
 * status, position or item changed, an item moved or renumbered, a meeting renumbered); deleting an
 * action or a meeting removes its owners by cascade, and with them these rows.
 */
export const SOURCE = `SELECT o.organisation_id, o.action_id, coalesce(a.due_date, '9999-12-31'), a.status, a.created_at,
    m.year_be, m.number, i.position, a.position
  FROM action_owners o JOIN action_items a ON a.id = o.action_id JOIN agenda_items i ON i.id = a.agenda_item_id
  JOIN meetings m ON m.id = i.meeting_id`;

/** Recomputes the keys of the rows `where` picks (a condition on `k`) from the action, its item and meeting. */
export const refresh = (where: string) => `UPDATE action_list_keys AS k SET (due_sort, status, created_at, year_be, number, item_position, action_position) = (
    SELECT coalesce(a.due_date, '9999-12-31'), a.status, a.created_at, m.year_be, m.number, i.position, a.position
    FROM action_items a JOIN agenda_items i ON i.id = a.agenda_item_id JOIN meetings m ON m.id = i.meeting_id WHERE a.id = k.action_id)
  WHERE ${where};`;

/** Services rewrite whole rows; a trigger does its work only where a key really changed. */
const changed = (columns: string[]) => columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');

const statements = [
  `CREATE TABLE action_list_keys (
    organisation_id TEXT NOT NULL,
    action_id TEXT NOT NULL,
    due_sort TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    year_be INTEGER NOT NULL,
    number INTEGER NOT NULL,
    item_position INTEGER NOT NULL,
    action_position INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, due_sort, action_id)
  ) STRICT, WITHOUT ROWID`,
  // Filled in the table's own order before its indexes exist: each index is then built in one sort.
  `INSERT INTO action_list_keys SELECT * FROM (${SOURCE}) ORDER BY 1, 3, 2`,
  // The table itself is the due-date order; each other sort has its own range, every one ending on
  // the action's id (the list's last tie-break) so a page is read in order, never sorted.
  'CREATE INDEX action_list_keys_action ON action_list_keys(action_id)',
  'CREATE INDEX action_list_keys_status ON action_list_keys(organisation_id, status, due_sort, action_id)',
  'CREATE INDEX action_list_keys_created ON action_list_keys(organisation_id, created_at, action_id)',
  'CREATE INDEX action_list_keys_meeting ON action_list_keys(organisation_id, year_be, number, item_position, action_position, action_id)',
  `CREATE TRIGGER action_list_keys_owner_ai AFTER INSERT ON action_owners BEGIN
    INSERT INTO action_list_keys ${SOURCE} WHERE o.action_id = new.action_id AND o.organisation_id = new.organisation_id;
  END`,
  `CREATE TRIGGER action_list_keys_owner_ad AFTER DELETE ON action_owners BEGIN
    DELETE FROM action_list_keys WHERE action_id = old.action_id AND organisation_id = old.organisation_id;
  END`,
  `CREATE TRIGGER action_list_keys_owner_au AFTER UPDATE OF action_id, organisation_id ON action_owners BEGIN
    DELETE FROM action_list_keys WHERE action_id = old.action_id AND organisation_id = old.organisation_id;
    INSERT INTO action_list_keys ${SOURCE} WHERE o.action_id = new.action_id AND o.organisation_id = new.organisation_id;
  END`,
  `CREATE TRIGGER action_list_keys_action_au AFTER UPDATE OF due_date, status, created_at, position, agenda_item_id ON action_items
    WHEN ${changed(['due_date', 'status', 'created_at', 'position', 'agenda_item_id'])} BEGIN
    ${refresh('k.action_id = new.id')}
  END`,
  `CREATE TRIGGER action_list_keys_item_au AFTER UPDATE OF position, meeting_id ON agenda_items WHEN ${changed(['position', 'meeting_id'])} BEGIN
    ${refresh('k.action_id IN (SELECT a.id FROM action_items a WHERE a.agenda_item_id = new.id)')}
  END`,
  `CREATE TRIGGER action_list_keys_meeting_au AFTER UPDATE OF year_be, number ON meetings WHEN ${changed(['year_be', 'number'])} BEGIN
    ${refresh('k.action_id IN (SELECT a.id FROM agenda_items i JOIN action_items a ON a.agenda_item_id = i.id WHERE i.meeting_id = new.id)')}
  END`,
  'ANALYZE action_list_keys',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
