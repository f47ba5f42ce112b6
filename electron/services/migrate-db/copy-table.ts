import type Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { LekhaError } from '../../../shared/errors';
import { INSERTION_ORDERED } from '../../db/migrations/pg/insertion-order';
import type { DB } from '../../db/types';
import { type Batch, type BatchLimits, rowChars, sourceBatches } from './source-batches';
import { Fingerprint, sqliteColumns } from './tables';

export interface TableCheck {
  table: string;
  rows: number;
  sha256: string;
}

/** PostgreSQL takes at most 65,535 parameters a statement: rows are inserted this many values at a time. */
const VALUES_PER_INSERT = 30_000;
/**
 * Characters of row text in one batch, read or written. A bound on rows alone let the 20-year set's
 * minutes versions (2,011 rows of up to 312,000 characters, 395 million in all) into one batch: the
 * whole table as JS strings, then as one INSERT message, then read back whole — 2.8 GB of RSS.
 */
const CHARS_PER_BATCH = 4_000_000;
/** Rows fetched at a time from PostgreSQL when the copy is checked (fewer where rows are long). */
const ROWS_PER_CHECK = 10_000;

type Row = Record<string, unknown>;

export interface CopyOptions {
  /** Rows a batch at most (a test's few rows); else as many as VALUES_PER_INSERT allows. */
  batchRows?: number;
  /** Characters a batch at most; CHARS_PER_BATCH by default. */
  batchChars?: number;
  /** Sees each batch: copied (after it is fingerprinted, before the INSERT) and read back. For tests. */
  onBatch?: (table: string, stage: 'copy' | 'check', batch: Batch) => void | Promise<void>;
}

/**
 * One table, streamed: read from SQLite in batches bounded by rows and by characters (one statement
 * iterated; a table that points at itself parents first), each batch one multi-row INSERT, fingerprinted
 * as it passes; then read back from PostgreSQL through a cursor, as many rows a fetch as the source's
 * longest row allows within the same bound, and fingerprinted again. Memory holds one batch.
 */
export async function copyTable(sqlite: Database.Database, pg: Kysely<DB>, table: string, options: CopyOptions = {}): Promise<TableCheck> {
  const columns = sqliteColumns(sqlite, table);
  const withRowid = INSERTION_ORDERED.includes(table);
  const width = columns.length + (withRowid ? 1 : 0);
  const limits: BatchLimits = {
    rows: options.batchRows ?? Math.max(1, Math.floor(VALUES_PER_INSERT / width)),
    chars: options.batchChars ?? CHARS_PER_BATCH,
  };
  // biome-ignore lint/suspicious/noExplicitAny: a table chosen at run time; its rows are the source's own
  const loose = pg as Kysely<any>;
  const from = new Fingerprint(columns);
  let longest = 1;
  for (const batch of sourceBatches(sqlite, table, withRowid, limits)) {
    for (const r of batch.rows) from.add(r);
    longest = Math.max(longest, batch.longest);
    await options.onBatch?.(table, 'copy', batch);
    await loose.insertInto(table).values(batch.rows).execute();
  }
  const perFetch = Math.max(1, Math.min(options.batchRows ?? ROWS_PER_CHECK, Math.floor(limits.chars / longest)));
  const to = await targetFingerprint(pg, table, columns, perFetch, options.onBatch);
  const a = from.result();
  const b = to.result();
  if (a.rows !== b.rows || a.sha256 !== b.sha256) {
    throw new LekhaError('INTERNAL', `ตรวจแล้วข้อมูลตาราง ${table} ที่ย้ายไม่ตรงกับต้นทาง (ต้นทาง ${a.rows} แถว ปลายทาง ${b.rows} แถว) จึงยกเลิกทั้งหมด ฐานข้อมูลปลายทางไม่ถูกเปลี่ยนแปลง`);
  }
  return { table, ...a };
}

/**
 * The copied table read back through a cursor (in the copy's own transaction), `perFetch` rows at a
 * time. Not by ranges of heap pages: a page holds only a pointer to a long value (TOAST), so 500
 * pages of minutes versions were the whole table.
 */
async function targetFingerprint(pg: Kysely<DB>, table: string, columns: string[], perFetch: number, onBatch: CopyOptions['onBatch']): Promise<Fingerprint> {
  const out = new Fingerprint(columns);
  const cols = sql.join(columns.map((c) => sql.ref(c)));
  await sql`DECLARE lekha_check NO SCROLL CURSOR FOR SELECT ${cols} FROM ${sql.table(table)}`.execute(pg);
  for (;;) {
    const { rows } = await sql.raw<Row>(`FETCH FORWARD ${perFetch} FROM lekha_check`).execute(pg);
    for (const r of rows) out.add(r);
    if (onBatch && rows.length > 0) {
      const sizes = rows.map(rowChars);
      await onBatch(table, 'check', { rows, chars: sizes.reduce((a, b) => a + b, 0), longest: Math.max(...sizes) });
    }
    if (rows.length < perFetch) break;
  }
  await sql`CLOSE lekha_check`.execute(pg);
  return out;
}
