import type Database from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { LekhaError } from '../../../shared/errors';
import { INSERTION_ORDERED } from '../../db/migrations/pg/insertion-order';
import type { DB } from '../../db/types';
import { Fingerprint, parentsFirst, selfReferences, sqliteColumns } from './tables';

export interface TableCheck {
  table: string;
  rows: number;
  sha256: string;
}

/** PostgreSQL takes at most 65,535 parameters a statement: rows are inserted this many values at a time. */
const VALUES_PER_INSERT = 30_000;
/** PostgreSQL pages (8 kB) read back at a time when the copy is checked: a few MB of rows in memory. */
const PAGES_PER_READ = 500;

type Row = Record<string, unknown>;

/**
 * One table, streamed: read from SQLite in batches by key (keyset on its rowid, or on its primary key
 * for a WITHOUT ROWID table), each batch one multi-row INSERT, fingerprinted as it passes; then read
 * back from PostgreSQL a range of pages at a time and fingerprinted again. Memory holds one batch,
 * whatever the table's size. A table that points at itself is the exception: its rows are put parents
 * first, which needs the whole table (organisations and agenda items: thousands of rows, not millions).
 */
export async function copyTable(sqlite: Database.Database, pg: Kysely<DB>, table: string, batchRows?: number): Promise<TableCheck> {
  // A batch given (a test's few rows) reads back a page at a time, so the page ranges are tested too.
  const pages = batchRows ? 1 : PAGES_PER_READ;
  const columns = sqliteColumns(sqlite, table);
  const withRowid = INSERTION_ORDERED.includes(table);
  const width = columns.length + (withRowid ? 1 : 0);
  const batch = batchRows ?? Math.max(1, Math.floor(VALUES_PER_INSERT / width));
  // biome-ignore lint/suspicious/noExplicitAny: a table chosen at run time; its rows are the source's own
  const loose = pg as Kysely<any>;
  const from = new Fingerprint(columns);
  const write = async (rows: Row[]) => {
    for (let at = 0; at < rows.length; at += batch) await loose.insertInto(table).values(rows.slice(at, at + batch)).execute();
  };
  const selfRefs = selfReferences(sqlite, table);
  if (selfRefs.length > 0) {
    const all = sqlite.prepare(`select ${withRowid ? 'rowid as rowid, ' : ''}* from "${table}"`).all() as Row[];
    for (const r of all) from.add(r);
    await write(parentsFirst(all, selfRefs));
  } else {
    for (const rows of keysetBatches(sqlite, table, withRowid, batch)) {
      for (const r of rows) from.add(r);
      await write(rows);
    }
  }
  const to = await pgFingerprint(pg, table, columns, pages);
  const a = from.result();
  const b = to.result();
  if (a.rows !== b.rows || a.sha256 !== b.sha256) {
    throw new LekhaError('INTERNAL', `ตรวจแล้วข้อมูลตาราง ${table} ที่ย้ายไม่ตรงกับต้นทาง (ต้นทาง ${a.rows} แถว ปลายทาง ${b.rows} แถว) จึงยกเลิกทั้งหมด ฐานข้อมูลปลายทางไม่ถูกเปลี่ยนแปลง`);
  }
  return { table, ...a };
}

/** A table's rows a batch at a time, each batch after the last key of the one before (never OFFSET). */
function* keysetBatches(sqlite: Database.Database, table: string, withRowid: boolean, batch: number): Generator<Row[]> {
  const withoutRowid = sqlite.prepare('select wr from pragma_table_list where name = ?').pluck().get(table) === 1;
  const key = withoutRowid
    ? (sqlite.prepare('select name from pragma_table_info(?) where pk > 0 order by pk').pluck().all(table) as string[])
    : ['rowid'];
  const keyList = key.map((k) => `"${k}"`).join(', ');
  const select = `select ${withRowid || !withoutRowid ? 'rowid as "rowid", ' : ''}* from "${table}"`;
  const first = sqlite.prepare(`${select} order by ${keyList} limit ?`);
  const next = sqlite.prepare(`${select} where (${keyList}) > (${key.map(() => '?').join(', ')}) order by ${keyList} limit ?`);
  let rows = first.all(batch) as Row[];
  while (rows.length > 0) {
    const last = rows[rows.length - 1];
    // The rowid read only to page by is not the table's: PostgreSQL has it only where INSERTION_ORDERED says.
    const out = withRowid || withoutRowid ? rows : rows.map(({ rowid: _, ...r }) => r);
    yield out;
    if (rows.length < batch) return;
    rows = next.all(...key.map((k) => last[k]), batch) as Row[];
  }
}

/** The copied table read back from PostgreSQL a range of heap pages at a time (a TID range scan each). */
async function pgFingerprint(pg: Kysely<DB>, table: string, columns: string[], perRead: number): Promise<Fingerprint> {
  const out = new Fingerprint(columns);
  const { rows } = await sql<{ pages: number }>`SELECT (pg_relation_size(${table}::regclass) / current_setting('block_size')::int)::int AS pages`.execute(pg);
  const cols = sql.join(columns.map((c) => sql.ref(c)));
  for (let page = 0; page <= rows[0].pages; page += perRead) {
    const part = await sql<Row>`SELECT ${cols} FROM ${sql.table(table)}
      WHERE ctid >= ${`(${page},0)`}::tid AND ctid < ${`(${page + perRead},0)`}::tid`.execute(pg);
    for (const r of part.rows) out.add(r);
  }
  return out;
}
