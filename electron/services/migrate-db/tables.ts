import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/types';

/** Tables PostgreSQL keeps by its own means (search) or for itself (the version): not copied, not compared. */
const OWN_TO_POSTGRES = new Set(['search_docs', 'search_totals', 'lekha_schema']);

/** The record's tables on the target, in the order they were created (each after those it references). */
export async function copiedTables(pg: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid`.execute(pg);
  return rows.map((r) => r.name).filter((n) => !OWN_TO_POSTGRES.has(n));
}

/** The columns both engines have (PostgreSQL's `rowid` is SQLite's implicit one, copied apart). */
export function sqliteColumns(sqlite: Database.Database, table: string): string[] {
  return (sqlite.prepare('select name from pragma_table_info(?) order by cid').all(table) as { name: string }[]).map((c) => c.name);
}

/** One row as the hash sees it: its values in column order, numbers as numbers, text as text. */
const rowText = (row: Record<string, unknown>, columns: readonly string[]) =>
  JSON.stringify(columns.map((c) => (typeof row[c] === 'bigint' ? Number(row[c]) : (row[c] ?? null))));

/**
 * A table's fingerprint: its row count and a SHA-256 over its rows' hashes sorted, so the order each
 * engine reads them in does not matter (collations and physical order differ) and a row changed,
 * missing or added anywhere changes it.
 */
export function fingerprint(rows: Iterable<Record<string, unknown>>, columns: readonly string[]): { rows: number; sha256: string } {
  const hashes: string[] = [];
  for (const row of rows) hashes.push(createHash('sha256').update(rowText(row, columns)).digest('hex'));
  hashes.sort();
  const all = createHash('sha256');
  for (const h of hashes) all.update(h);
  return { rows: hashes.length, sha256: all.digest('hex') };
}

/**
 * Rows of a table that points at itself (an organisation's parent, an item's parent or the item it
 * continues) put after the rows they point at, so each insert finds its target already there.
 */
export function parentsFirst(rows: Record<string, unknown>[], selfRefs: readonly string[]): Record<string, unknown>[] {
  if (selfRefs.length === 0) return rows;
  const ids = new Set(rows.map((r) => r.id));
  const placed = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  let pending = rows;
  while (pending.length) {
    const later: Record<string, unknown>[] = [];
    for (const r of pending) {
      const ready = selfRefs.every((c) => r[c] === null || !ids.has(r[c]) || placed.has(r[c]) || r[c] === r.id);
      if (ready) {
        out.push(r);
        placed.add(r.id);
      } else later.push(r);
    }
    // A cycle would never settle; the insert then says which key it is.
    if (later.length === pending.length) return [...out, ...later];
    pending = later;
  }
  return out;
}

/** The columns of `table` that reference `table` itself (SQLite's foreign-key list). */
export function selfReferences(sqlite: Database.Database, table: string): string[] {
  return (sqlite.prepare('select "from", "table" from pragma_foreign_key_list(?)').all(table) as { from: string; table: string }[])
    .filter((k) => k.table === table).map((k) => k.from);
}
