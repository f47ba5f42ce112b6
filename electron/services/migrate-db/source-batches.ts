import type Database from 'better-sqlite3';
import { parentsFirst, selfReferences } from './tables';

type Row = Record<string, unknown>;

export interface BatchLimits {
  /** Rows a batch at most (PostgreSQL's parameters a statement). */
  rows: number;
  /** Characters of text (and bytes of blobs) a batch at most; a single longer row is a batch alone. */
  chars: number;
}

export interface Batch {
  rows: Row[];
  /** Characters of text and bytes of blobs in the batch's values. */
  chars: number;
  /** The same, for its longest row. */
  longest: number;
}

/** A row's size as memory sees it: characters of its text, bytes of its blobs, 8 for anything else. */
export function rowChars(row: Row): number {
  let n = 0;
  for (const v of Object.values(row)) n += typeof v === 'string' ? v.length : v instanceof Uint8Array ? v.byteLength : 8;
  return n;
}

/**
 * A SQLite table's rows in batches within `limits`, never the table at once. One statement iterated
 * (a read snapshot of its own; nothing else runs on the source connection meanwhile), with `rowid`
 * where PostgreSQL keeps it (INSERTION_ORDERED). A table that points at itself is put parents first:
 * its keys and references are read first (small), then its rows one by one in that order.
 */
export function* sourceBatches(sqlite: Database.Database, table: string, withRowid: boolean, limits: BatchLimits): Generator<Batch> {
  yield* bounded(sourceRows(sqlite, table, withRowid), limits);
}

function sourceRows(sqlite: Database.Database, table: string, withRowid: boolean): Iterable<Row> {
  const select = `select ${withRowid ? 'rowid as "rowid", ' : ''}* from "${table}"`;
  const selfRefs = selfReferences(sqlite, table);
  if (selfRefs.length === 0) return sqlite.prepare(select).iterate() as Iterable<Row>;
  const withoutRowid = sqlite.prepare('select wr from pragma_table_list where name = ?').pluck().get(table) === 1;
  const key = withoutRowid ? (sqlite.prepare('select name from pragma_table_info(?) where pk > 0 order by pk').pluck().all(table) as string[]) : ['rowid'];
  const keyList = key.map((k) => `"${k}"`).join(', ');
  const ids = [...new Set(['id', ...selfRefs])].map((c) => `"${c}"`).join(', ');
  const skeleton = sqlite.prepare(`select ${key.map((k, i) => `"${k}" as "k${i}"`).join(', ')}, ${ids} from "${table}"`).all() as Row[];
  const one = sqlite.prepare(`${select} where (${keyList}) = (${key.map(() => '?').join(', ')})`);
  return (function* () {
    for (const s of parentsFirst(skeleton, selfRefs)) yield one.get(...key.map((_, i) => s[`k${i}`])) as Row;
  })();
}

function* bounded(rows: Iterable<Row>, limits: BatchLimits): Generator<Batch> {
  let batch: Batch = { rows: [], chars: 0, longest: 0 };
  for (const row of rows) {
    const size = rowChars(row);
    if (batch.rows.length > 0 && (batch.rows.length >= limits.rows || batch.chars + size > limits.chars)) {
      yield batch;
      batch = { rows: [], chars: 0, longest: 0 };
    }
    batch.rows.push(row);
    batch.chars += size;
    batch.longest = Math.max(batch.longest, size);
  }
  if (batch.rows.length > 0) yield batch;
}
