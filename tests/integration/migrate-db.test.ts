import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { pdfText } from '../helpers/documents';
import { migrateDb } from '../../electron/services/migrate-db/index';
import { fingerprint, sqliteColumns } from '../../electron/services/migrate-db/tables';
import { createTestDatabase, pgServerUrl, rawQuery } from '../helpers/pg';

// Issue 15, point 5: `lekha migrate-db --from lekha.db --to postgres://…` copies a whole record and its
// files and checks every table; the demo moved to PostgreSQL prints the same minutes as on SQLite.
// Needs a PostgreSQL server (LEKHA_TEST_PG_URL, which `.ci/run` sets): both runs of the matrix need one.

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;
const lekha = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LEKHA_DATABASE_URL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (drops.length) await drops.pop()!();
});

/** The demo in a SQLite file of its own, and an empty PostgreSQL database dropped after the test. */
async function demoAndTarget() {
  const dir = tempDir();
  const file = join(dir, 'lekha.db');
  expect(lekha(['demo', '--db', file]).code).toBe(0);
  const target = await createTestDatabase();
  drops.push(target.drop);
  return { dir, file, target };
}

describe.skipIf(!pgServerUrl)('lekha migrate-db (SQLite to PostgreSQL)', () => {
  it('moves the demo whole, each table checked, and its minutes PDF says the same on PostgreSQL', async () => {
    const { dir, file, target } = await demoAndTarget();
    const files = join(dir, 'team-files');

    const moved = lekha(['migrate-db', '--from', file, '--to', target.url, '--files', files]);
    expect(moved.err).toBe('');
    expect(moved.code).toBe(0);
    expect(moved.out).toContain('จำนวนแถวและค่าแฮชตรงกับต้นทางทุกตาราง');
    // Every table of the record was checked, its rows counted (the demo's meeting, its items and directives among them).
    for (const table of ['meetings', 'agenda_items', 'action_items', 'audit_log', 'minutes_versions', 'action_list_keys', 'minutes_text']) {
      expect(moved.out).toMatch(new RegExp(`  ${table}: \\d+ แถว sha256 [0-9a-f]{16}… ตรงกัน`));
    }
    const [{ n }] = await rawQuery<{ n: number }>(target.url, 'select count(*)::int as n from meetings');
    expect(n).toBeGreaterThan(0);

    const onSqlite = join(dir, 'sqlite.pdf');
    const onPostgres = join(dir, 'postgres.pdf');
    expect(lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'pdf', '--out', onSqlite, '--db', file]).code).toBe(0);
    const exported = lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'pdf', '--out', onPostgres, '--database', target.url, '--files', files]);
    expect(exported.err).toBe('');
    const text = pdfText(readFileSync(onPostgres));
    expect(text).toContain('2/2568');
    expect(text).toBe(pdfText(readFileSync(onSqlite)));
    // Search works on the moved record at once (its index built by PostgreSQL's own means).
    const found = lekha(['search', 'อาชญากรรมทางเทคโนโลยี', '--json', '--database', target.url]);
    expect(JSON.parse(found.out).groups.length).toBeGreaterThan(0);
  });

  it('refuses a target that already holds tables, in Thai, and changes nothing there', async () => {
    const { dir, file, target } = await demoAndTarget();
    await rawQuery(target.url, 'create table someone_elses (x integer)');
    await rawQuery(target.url, 'insert into someone_elses values (1)');
    const refused = lekha(['migrate-db', '--from', file, '--to', target.url, '--files', join(dir, 'files')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('ฐานข้อมูลปลายทางไม่ว่าง');
    const tables = await rawQuery<{ name: string }>(target.url, "select table_name as name from information_schema.tables where table_schema = 'public'");
    expect(tables.map((t) => t.name)).toEqual(['someone_elses']);
    expect(() => readdirSync(join(dir, 'files'))).toThrow();
  });

  it('streams tables larger than one batch whole: every row there, each hash that of the source table read at once', async () => {
    const { dir, file, target } = await demoAndTarget();
    // Two rows a batch: the demo's tables then take several keyset batches (the 20-year set's do at 30,000 values).
    const report = await migrateDb({ from: file, to: target.url, filesFrom: join(dir, 'attachments'), filesTo: join(dir, 'team-files'), batchRows: 2 });
    const { default: Database } = await import('better-sqlite3');
    const sqlite = new Database(file, { readonly: true });
    try {
      const multiBatch = report.tables.filter((t) => t.rows > 2).map((t) => t.table);
      expect(multiBatch).toEqual(expect.arrayContaining(['audit_log', 'action_items', 'action_list_keys']));
      for (const check of report.tables) {
        const rows = sqlite.prepare(`select * from "${check.table}"`).all() as Record<string, unknown>[];
        expect({ table: check.table, ...fingerprint(rows, sqliteColumns(sqlite, check.table)) }).toEqual(check);
        const [{ n }] = await rawQuery<{ n: number }>(target.url, `select count(*)::int as n from "${check.table}"`);
        expect([check.table, n]).toEqual([check.table, rows.length]);
      }
      // A rowid table and the WITHOUT ROWID one (keyset on its primary key), row for row.
      const audit = sqlite.prepare('select id, action, entity_id from audit_log order by id').all();
      expect(await rawQuery(target.url, 'select id, action, entity_id from audit_log order by id')).toEqual(audit);
      const keys = sqlite.prepare('select * from action_list_keys').all() as Record<string, unknown>[];
      const pgKeys = await rawQuery<Record<string, unknown>>(target.url, 'select * from action_list_keys');
      const text = (rs: Record<string, unknown>[]) => rs.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => r[k]))).sort();
      expect(text(pgKeys)).toEqual(text(keys));
    } finally {
      sqlite.close();
    }
  });
});
