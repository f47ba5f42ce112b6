import { type Kysely, sql } from 'kysely';

/**
 * Issue 11, a bounded next meeting: how far back (in months) a series looks for items whose
 * directives are still open when it prepares its next meeting, and the index that finds a series'
 * meetings by date.
 */
const statements = `
ALTER TABLE meeting_series ADD COLUMN carry_window_months INTEGER NOT NULL DEFAULT 12 CHECK (carry_window_months BETWEEN 1 AND 240);
CREATE INDEX meetings_series_date ON meetings(series_id, date);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
