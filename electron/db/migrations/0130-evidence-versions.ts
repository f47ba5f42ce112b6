import type { Kysely } from 'kysely';
import { wholeNumber } from './portable';

/**
 * Issue 15, point 2, for the evidence of an electronic meeting: a participant report gets a record version
 * too, raised when one of its rows is matched by hand (services/evidence/handlers.ts), so an officer who
 * removes the report over a copy loaded before another officer's matching is refused, not silently
 * throwing that work away. (Identity checks, report rows and recordings have had versions since 0110.)
 * Written out here, not imported, so this migration stays what it was when it shipped; the schema
 * builder's statement is the same on SQLite and PostgreSQL.
 */
export const evidenceVersionedTables = ['participant_reports'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('participant_reports').addColumn('version', wholeNumber(db), (c) => c.notNull().defaultTo(1)).execute();
}
