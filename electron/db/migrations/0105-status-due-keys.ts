import { type Kysely, sql } from 'kysely';

/**
 * Issue 11, the action list sorted by meeting with a status or due-date filter and no agency (overdue,
 * due in a year): SQLite takes the matching actions from the status–due index, then needs each one's
 * item and position to sort by where it was decided. With the index ending on the id those were read
 * from the action's row (about 500 bytes of Thai text each, 1,800–3,800 rows on the 20-year set); the
 * indexes now carry them, so the sort reads index entries only. Each replaces the narrower index of the
 * same leading columns (0030), so every plan that used that one can use this one: the status–due index
 * and the partial index of active actions (which SQLite may prefer for "overdue").
 */
const statements = [
  "CREATE INDEX action_items_status_due_keys ON action_items(status, coalesce(due_date, '9999-12-31'), id, agenda_item_id, position)",
  'DROP INDEX action_items_status_due_sort',
  "CREATE INDEX action_items_active_due_keys ON action_items(coalesce(due_date, '9999-12-31'), id, agenda_item_id, position) WHERE status IN ('open', 'in_progress')",
  'DROP INDEX action_items_active_due',
  'ANALYZE action_items',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
