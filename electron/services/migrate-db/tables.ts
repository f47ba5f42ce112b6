import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/types';

/** Tables PostgreSQL keeps by its own means (search) or for itself (the version): not copied, not compared. */
const OWN_TO_POSTGRES = new Set(['search_docs', 'lekha_schema']);

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

const MOD = 1n << 256n;

/**
 * A table's fingerprint, taken as rows pass: its row count and a SHA-256 over the sum (mod 2^256) of
 * its rows' SHA-256s. A sum, so the order each engine reads them in does not matter (collations and
 * physical order differ) and nothing but one number is kept however long the table; a row changed,
 * missing, added or doubled anywhere changes it (unlike XOR, a row twice does not cancel out).
 */
export class Fingerprint {
  private count = 0;
  private sum = 0n;
  constructor(private readonly columns: readonly string[]) {}

  add(row: Record<string, unknown>): void {
    this.count += 1;
    this.sum = (this.sum + BigInt(`0x${createHash('sha256').update(rowText(row, this.columns)).digest('hex')}`)) % MOD;
  }

  result(): { rows: number; sha256: string } {
    return { rows: this.count, sha256: createHash('sha256').update(this.sum.toString(16).padStart(64, '0')).digest('hex') };
  }
}

/** The fingerprint of rows all at hand (what the streamed one must equal). */
export function fingerprint(rows: Iterable<Record<string, unknown>>, columns: readonly string[]): { rows: number; sha256: string } {
  const f = new Fingerprint(columns);
  for (const row of rows) f.add(row);
  return f.result();
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
