import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceBatches } from '../../electron/services/migrate-db/source-batches';

// `lekha migrate-db` reads a SQLite table in batches bounded by rows AND characters: a bound on rows
// alone took the 20-year set's minutes versions (2,011 rows of up to 312,000 characters) in one batch,
// 2.8 GB of memory. Long Thai text here, as minutes versions hold it.

const thai = 'ที่ประชุมรับทราบและมอบหมายให้หน่วยงานที่เกี่ยวข้องดำเนินการต่อไป';
let db: Database.Database;
afterEach(() => db?.close());

function table(rows: { id: string; parent: string | null; length: number }[]) {
  db = new Database(':memory:');
  db.exec('create table items (id text primary key, parent_id text references items(id), body text not null) strict');
  db.pragma('foreign_keys = OFF');
  const insert = db.prepare('insert into items values (?, ?, ?)');
  // Children written before their parents, as a moved or renumbered item is.
  for (const r of [...rows].reverse()) insert.run(r.id, r.parent, thai.repeat(Math.ceil(r.length / thai.length)).slice(0, r.length));
  return rows;
}

describe('migrate-db: source batches', () => {
  it('bounds each batch by characters as well as rows; a row longer than the bound goes alone; every row once', () => {
    const rows = table(Array.from({ length: 40 }, (_, i) => ({ id: `i${String(i).padStart(2, '0')}`, parent: null, length: i === 7 ? 50_000 : 3_000 + i * 10 })));
    const batches = [...sourceBatches(db, 'items', false, { rows: 1_000, chars: 10_000 })];
    for (const b of batches) {
      expect(b.rows.length === 1 || b.chars <= 10_000).toBe(true);
      expect(b.chars).toBe(b.rows.reduce((n, r) => n + String(r.id).length + String(r.body).length + 8, 0));
    }
    expect(batches.find((b) => b.rows.some((r) => r.id === 'i07'))?.rows).toHaveLength(1);
    expect(batches.flatMap((b) => b.rows.map((r) => r.id)).sort()).toEqual(rows.map((r) => r.id));
    // The bound on rows still holds where rows are short.
    expect([...sourceBatches(db, 'items', false, { rows: 3, chars: 10_000_000 })].map((b) => b.rows.length)).toEqual([...Array(13).fill(3), 1]);
  });

  it('a table that points at itself comes parents first, still in bounded batches, with the rowid where asked', () => {
    const rows = table([
      { id: 'a', parent: null, length: 4_000 },
      { id: 'b', parent: 'a', length: 4_000 },
      { id: 'c', parent: 'b', length: 4_000 },
      { id: 'd', parent: 'a', length: 4_000 },
    ]);
    const batches = [...sourceBatches(db, 'items', true, { rows: 1_000, chars: 9_000 })];
    expect(batches.map((b) => b.rows.length)).toEqual([2, 2]);
    const order = batches.flatMap((b) => b.rows.map((r) => r.id));
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
    expect(order.indexOf('b')).toBeLessThan(order.indexOf('c'));
    expect(order.sort()).toEqual(rows.map((r) => r.id));
    // Written in reverse: the last row written (a) has rowid 4.
    expect(batches[0].rows.find((r) => r.id === 'a')?.rowid).toBe(4);
  });
});
