import { type Kysely, sql } from 'kysely';

/**
 * Issue 11, the action list sorted by meeting with a status or due-date filter and no agency (overdue,
 * due in a year): SQLite takes the matching actions from the status–due index, then needs each one's
 * item and position to sort by where it was decided. With the index ending on the id those were read
 * from the action's row (about 500 bytes of Thai text each, 1,800–3,800 rows on the 20-year set); the
 * index now carries them, so the sort reads index entries only. It replaces the narrower index of the
 * same leading columns (0030), so every plan that used that one can use this one.
 */
const statements = [
  "CREATE INDEX action_items_status_due_keys ON action_items(status, coalesce(due_date, '9999-12-31'), id, agenda_item_id, position)",
  'DROP INDEX action_items_status_due_sort',
  'ANALYZE action_items_status_due_keys',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
