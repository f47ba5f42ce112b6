import type Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { buildSearchIndex } from './migrations/0135-search-subjects';

/**
 * For a writer of many rows at once (`lekha demo --years`): the search index's triggers stand aside
 * while `write` runs, and the index is then built in bulk, inside the caller's transaction, so nothing
 * outside it ever sees the pause. Row by row, the triggers tripled the CPU time of twenty years of
 * demo data (111 s against 32 s); built in bulk at the end it costs about what migration 0050 does.
 * The bulk build writes every document anew, so it needs an empty index (a new database); with documents
 * already there, the triggers simply index row by row as always.
 * `buildSearchIndex` is the build of the latest migration that defines the index; a later one that
 * redefines it replaces this import.
 */
export async function writeThenIndex<T>(db: Kysely<unknown>, write: () => Promise<T>, onIndexing?: () => void): Promise<T> {
  const { rows } = await sql<{ n: number }>`SELECT EXISTS (SELECT 1 FROM search_docs) AS n`.execute(db);
  if (Number(rows[0].n) > 0) return write();
  await sql`UPDATE search_state SET paused = 1`.execute(db);
  const result = await write();
  onIndexing?.();
  await buildSearchIndex(db);
  await sql`UPDATE search_state SET paused = 0`.execute(db);
  return result;
}

/**
 * Some merging of each search index's segments, when a core closes (SQLite only). Since migration 0135
 * a new document goes below every other in its index, and a transaction that writes many (an import)
 * leaves FTS5 a small segment for each; FTS5 merges them as it goes (`crisismerge` 4, set by 0135), and
 * this finishes the work between sessions: after ten real meetings imported into the 20-year set a
 * search took 4.7 ms of CPU, 3.5 with the setting, 3.0 after this (2.7 as built). At most 500 pages
 * of work an index, and none where a level holds fewer than four segments.
 */
export function mergeSearchIndex(sqlite: Database.Database): void {
  const tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'search%' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5(%'").pluck().all() as string[];
  for (const table of tables) sqlite.prepare(`INSERT INTO "${table}" ("${table}", rank) VALUES ('merge', 500)`).run();
}
