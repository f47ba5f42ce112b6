import { type Kysely, sql } from 'kysely';

/**
 * Issue 11, twenty years on one desktop:
 * - a bounded next meeting: how far back (in months) a series looks for items whose directives are
 *   still open, and the index that finds a series' meetings by date;
 * - every list the action tracker offers answered from an index: the due-date sort as an expression
 *   index (undated last), by status then due date, by creation, and the meetings in their order.
 */
const statements = `
ALTER TABLE meeting_series ADD COLUMN carry_window_months INTEGER NOT NULL DEFAULT 12 CHECK (carry_window_months BETWEEN 1 AND 240);
CREATE INDEX meetings_series_date ON meetings(series_id, date);
CREATE INDEX meetings_order ON meetings(year_be, number);
CREATE INDEX action_items_due_sort ON action_items(coalesce(due_date, '9999-12-31'), id);
CREATE INDEX action_items_status_due_sort ON action_items(status, coalesce(due_date, '9999-12-31'), id);
CREATE INDEX action_items_created ON action_items(created_at, id);
CREATE INDEX action_items_active_due ON action_items(coalesce(due_date, '9999-12-31'), id) WHERE status IN ('open', 'in_progress');
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
