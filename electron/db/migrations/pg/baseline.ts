import { type Kysely, sql } from 'kysely';
import { baselineTables } from './baseline-tables';
import { derivedRowsSql } from './derived-rows';
import { searchSql } from './search';

/** SQLite's `json_valid`, which the tables' CHECKs call (PostgreSQL 15 has no `IS JSON` yet). */
const compatibility = [
  `CREATE FUNCTION json_valid(t text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
   BEGIN PERFORM t::json; RETURN true; EXCEPTION WHEN others THEN RETURN false; END $$`,
];

/** Entries 0010–0090 are in the baseline on PostgreSQL: nothing to do there. */
export async function inBaseline(): Promise<void> {}

/**
 * Version 100 on PostgreSQL, whole: the tables and indexes SQLite has at 100 (generated, see
 * scripts/pg-baseline.mts), the rows SQLite's triggers derive (action list keys, minutes text) kept
 * by PL/pgSQL triggers, and search by PostgreSQL's own means.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...compatibility, ...baselineTables, ...derivedRowsSql, ...searchSql]) await sql.raw(statement).execute(db);
}
