import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * Issue 11, the action list sorted by meeting in the agenda's order: by the meeting's date, then each
 * item's place in the agenda as the officer reads its number (section, then positions down the tree:
 * 4.1 before 4.1.1 before 4.2), then the action's position. Before, an item sorted by its own position
 * among its siblings, so 3.1, 4.1 and 5.1.1 came together, and meetings of different series with the
 * same number and year were mixed.
 *
 * `agenda_places` holds each item's place as one sortable text, four digits a level (`0004` `0001`
 * `0002` for 4.1.2): a parent's place begins its children's, so a parent comes first. Its rows are
 * derived, never written by a service: the triggers below keep them in the transaction of the write
 * that moves an item (created, moved, renumbered, its section renumbered); deleting an item removes
 * its row by cascade. The agency's key rows (0070) now carry the meeting's date and id and the item's
 * place instead of the meeting's year and number and the item's own position.
 *
 * The same statements on both engines (portable SQL in both trigger bodies), except the triggers'
 * wrapping: SQLite's `BEGIN … END`, PostgreSQL's PL/pgSQL functions.
 */
const pad = (n: string) => `substr('0000' || cast(${n} as text), length(cast(${n} as text)) + 1)`;
const MEETING_DATE = "coalesce(m.date, '9999-12-31')";

/** The place of the item `row` names, from its parent's place (or, at the top, its section's position). */
const placeOf = (row: string) => `coalesce((SELECT p.place FROM agenda_places p WHERE p.item_id = ${row}.parent_id),
    (SELECT ${pad('s.position')} FROM series_sections s WHERE s.id = ${row}.section_id)) || ${pad(`${row}.position`)}`;

/**
 * The places of `row`'s item and every item below it, written or rewritten. Children are found within
 * their meeting (`agenda_items_meeting`): there is no index on the parent alone.
 */
const placeSubtree = (row: string) => `INSERT INTO agenda_places (item_id, meeting_id, place)
  SELECT id, meeting_id, place FROM (WITH RECURSIVE sub(id, meeting_id, place) AS (
      SELECT ${row}.id, ${row}.meeting_id, ${placeOf(row)}
      UNION ALL SELECT c.id, c.meeting_id, sub.place || ${pad('c.position')} FROM agenda_items c JOIN sub ON c.meeting_id = sub.meeting_id AND c.parent_id = sub.id)
    SELECT id, meeting_id, place FROM sub) AS t WHERE true
  ON CONFLICT (item_id) DO UPDATE SET meeting_id = excluded.meeting_id, place = excluded.place;`;

/** A section renumbered: the first level of the places of its items and everything below them. */
const renumberSection = `UPDATE agenda_places SET place = ${pad('new.position')} || substr(place, 5)
  WHERE item_id IN (SELECT id FROM (WITH RECURSIVE sub(id, meeting_id) AS (
      SELECT i.id, i.meeting_id FROM agenda_items i WHERE i.section_id = new.id AND i.parent_id IS NULL
      UNION ALL SELECT c.id, c.meeting_id FROM agenda_items c JOIN sub ON c.meeting_id = sub.meeting_id AND c.parent_id = sub.id)
    SELECT id FROM sub) AS t);`;

const KEY_COLUMNS = '(organisation_id, action_id, due_sort, status, created_at, action_position, meeting_date, meeting_id, item_place)';
/** An agency's key rows (0070) as this migration makes them: where decided is the meeting's date and id and the item's place. */
const SOURCE = `SELECT o.organisation_id, o.action_id, coalesce(a.due_date, '9999-12-31'), a.status, a.created_at, a.position,
    ${MEETING_DATE}, m.id, p.place
  FROM action_owners o JOIN action_items a ON a.id = o.action_id JOIN agenda_places p ON p.item_id = a.agenda_item_id
  JOIN meetings m ON m.id = p.meeting_id`;
const refresh = (where: string) => `UPDATE action_list_keys AS k SET (due_sort, status, created_at, action_position, meeting_date, meeting_id, item_place) = (
    SELECT coalesce(a.due_date, '9999-12-31'), a.status, a.created_at, a.position, ${MEETING_DATE}, m.id, p.place
    FROM action_items a JOIN agenda_places p ON p.item_id = a.agenda_item_id JOIN meetings m ON m.id = p.meeting_id WHERE a.id = k.action_id)
  WHERE ${where};`;
const ownerNew = 'o.action_id = new.action_id AND o.organisation_id = new.organisation_id';
const ownerOld = 'DELETE FROM action_list_keys WHERE action_id = old.action_id AND organisation_id = old.organisation_id;';

/** Each trigger: name, timing, table, the columns whose change it waits for (none: every row), body. */
type Trigger = { name: string; on: string; table: string; changed?: string[]; body: string };
const triggers: Trigger[] = [
  { name: 'agenda_places_ai', on: 'AFTER INSERT', table: 'agenda_items', body: placeSubtree('new') },
  { name: 'agenda_places_au', on: 'AFTER UPDATE OF position, parent_id, section_id, meeting_id', table: 'agenda_items',
    changed: ['position', 'parent_id', 'section_id', 'meeting_id'], body: placeSubtree('new') },
  { name: 'agenda_places_section_au', on: 'AFTER UPDATE OF position', table: 'series_sections', changed: ['position'], body: renumberSection },
  { name: 'action_list_keys_owner_ai', on: 'AFTER INSERT', table: 'action_owners', body: `INSERT INTO action_list_keys ${KEY_COLUMNS} ${SOURCE} WHERE ${ownerNew};` },
  { name: 'action_list_keys_owner_ad', on: 'AFTER DELETE', table: 'action_owners', body: ownerOld },
  { name: 'action_list_keys_owner_au', on: 'AFTER UPDATE OF action_id, organisation_id', table: 'action_owners',
    body: `${ownerOld}\n    INSERT INTO action_list_keys ${KEY_COLUMNS} ${SOURCE} WHERE ${ownerNew};` },
  { name: 'action_list_keys_action_au', on: 'AFTER UPDATE OF due_date, status, created_at, position, agenda_item_id', table: 'action_items',
    changed: ['due_date', 'status', 'created_at', 'position', 'agenda_item_id'], body: refresh('k.action_id = new.id') },
  { name: 'action_list_keys_place_au', on: 'AFTER UPDATE OF place, meeting_id', table: 'agenda_places', changed: ['place', 'meeting_id'],
    body: refresh('k.action_id IN (SELECT a.id FROM action_items a WHERE a.agenda_item_id = new.item_id)') },
  { name: 'action_list_keys_meeting_au', on: 'AFTER UPDATE OF date', table: 'meetings', changed: ['date'],
    body: refresh('k.action_id IN (SELECT a.id FROM agenda_items i JOIN action_items a ON a.agenda_item_id = i.id WHERE i.meeting_id = new.id)') },
];
/** 0070's, replaced: the item's own position and the meeting's number are no longer keys. */
const oldTriggers = [
  ['action_list_keys_owner_ai', 'action_owners'], ['action_list_keys_owner_ad', 'action_owners'], ['action_list_keys_owner_au', 'action_owners'],
  ['action_list_keys_action_au', 'action_items'], ['action_list_keys_item_au', 'agenda_items'], ['action_list_keys_meeting_au', 'meetings'],
];

function statements(sqlite: boolean): string[] {
  const changedWhen = (columns: string[]) => columns.map((c) => (sqlite ? `old.${c} IS NOT new.${c}` : `old.${c} IS DISTINCT FROM new.${c}`)).join(' OR ');
  const create = (t: Trigger) => (sqlite
    ? [`CREATE TRIGGER ${t.name} ${t.on} ON ${t.table}${t.changed ? ` WHEN ${changedWhen(t.changed)}` : ''} BEGIN\n    ${t.body}\n  END`]
    : [`CREATE FUNCTION ${t.name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${t.body} RETURN NULL; END $$`,
      `CREATE TRIGGER ${t.name} ${t.on} ON ${t.table} FOR EACH ROW ${t.changed ? `WHEN (${changedWhen(t.changed)})` : ''} EXECUTE FUNCTION ${t.name}()`]);
  const drop = ([name, table]: string[]) => (sqlite ? [`DROP TRIGGER ${name}`] : [`DROP TRIGGER ${name} ON ${table}`, `DROP FUNCTION ${name}()`]);
  return [
    ...oldTriggers.flatMap(drop),
    `CREATE TABLE agenda_places (
      item_id TEXT PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
      meeting_id TEXT NOT NULL,
      place TEXT NOT NULL
    )${sqlite ? ' STRICT, WITHOUT ROWID' : ''}`,
    // Every item's place, top-level items first and each level from the one above.
    `INSERT INTO agenda_places (item_id, meeting_id, place)
      SELECT id, meeting_id, place FROM (WITH RECURSIVE sub(id, meeting_id, place) AS (
          SELECT i.id, i.meeting_id, ${pad('s.position')} || ${pad('i.position')} FROM agenda_items i JOIN series_sections s ON s.id = i.section_id WHERE i.parent_id IS NULL
          UNION ALL SELECT c.id, c.meeting_id, sub.place || ${pad('c.position')} FROM agenda_items c JOIN sub ON c.meeting_id = sub.meeting_id AND c.parent_id = sub.id)
        SELECT id, meeting_id, place FROM sub) AS t`,
    // A meeting's items in the agenda's order (the list by meeting walks the meetings, then these).
    'CREATE INDEX agenda_places_meeting ON agenda_places(meeting_id, place, item_id)',
    // The meetings by date, and each meeting's date read by its id without its row (the sort's keys).
    `CREATE INDEX meetings_date_order ON meetings((${MEETING_DATE.replace('m.date', 'date')}), id)`,
    `CREATE INDEX meetings_date_keys ON meetings(id, (${MEETING_DATE.replace('m.date', 'date')}))`,
    'DROP INDEX action_list_keys_meeting',
    'ALTER TABLE action_list_keys DROP COLUMN year_be',
    'ALTER TABLE action_list_keys DROP COLUMN number',
    'ALTER TABLE action_list_keys DROP COLUMN item_position',
    "ALTER TABLE action_list_keys ADD COLUMN meeting_date TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE action_list_keys ADD COLUMN meeting_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE action_list_keys ADD COLUMN item_place TEXT NOT NULL DEFAULT ''",
    refresh('true').replace(/;$/, ''),
    'CREATE INDEX action_list_keys_meeting ON action_list_keys(organisation_id, meeting_date, meeting_id, item_place, action_position, action_id)',
    ...triggers.flatMap(create),
    'ANALYZE agenda_places', 'ANALYZE action_list_keys', 'ANALYZE meetings',
  ];
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const statement of statements(sqlite)) await sql.raw(statement).execute(db);
}
