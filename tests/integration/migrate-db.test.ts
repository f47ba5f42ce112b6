import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** The target's own tables: none after a migration that did not finish. */
const targetTables = async (url: string) =>
  (await rawQuery<{ name: string }>(url, "select table_name as name from information_schema.tables where table_schema = 'public'")).map((t) => t.name);

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

  it('a row the target refuses part-way leaves it without any Lekha table or row, says so in Thai naming the table, and a second run then works', async () => {
    const { dir, file, target } = await demoAndTarget();
    // SQLite keeps a NUL character in text; PostgreSQL refuses it. audit_log comes after most tables,
    // so meetings, agenda items and directives were already inserted when the refusal comes.
    const [last] = await rawQuery<{ id: number; actor: string }>(file, 'select id, actor from audit_log order by id desc limit 1');
    await rawQuery(file, 'update audit_log set actor = $1 where id = $2', [`${last.actor}\u0000`, last.id]);
    const files = join(dir, 'team-files');

    const refused = lekha(['migrate-db', '--from', file, '--to', target.url, '--files', files]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/ {2}meetings: \d+ แถว/);
    expect(refused.err).toContain('ย้ายข้อมูลไม่สำเร็จขณะคัดลอกตาราง audit_log');
    expect(refused.err).toContain('ฐานข้อมูลปลายทางไม่รับค่าในบางแถว');
    expect(refused.err).toContain('ฐานข้อมูลปลายทางไม่ถูกเปลี่ยนแปลง');
    expect(await targetTables(target.url)).toEqual([]);

    await rawQuery(file, 'update audit_log set actor = $1 where id = $2', [last.actor, last.id]);
    const again = lekha(['migrate-db', '--from', file, '--to', target.url, '--files', files]);
    expect(again.err).toBe('');
    expect(again.out).toContain('จำนวนแถวและค่าแฮชตรงกับต้นทางทุกตาราง');
    const [{ n }] = await rawQuery<{ n: number }>(target.url, 'select count(*)::int as n from audit_log');
    expect(n).toBe(last.id);
  });

  it('a copy whose hash differs from the source is not kept: the target stays empty and the message names the table', async () => {
    const { dir, file, target } = await demoAndTarget();
    const options = { from: file, to: target.url, filesFrom: join(dir, 'attachments'), filesTo: join(dir, 'team-files') };
    // One value changed after the source's fingerprint was taken, as a fault on the way would.
    const run = migrateDb({
      ...options,
      onBatch: (table, stage, batch) => {
        if (table === 'action_items' && stage === 'copy') batch.rows[0].text = `${batch.rows[0].text}?`;
      },
    });
    await expect(run).rejects.toThrow(/ตรวจแล้วข้อมูลตาราง action_items ที่ย้ายไม่ตรงกับต้นทาง.*ฐานข้อมูลปลายทางไม่ถูกเปลี่ยนแปลง/);
    expect(await targetTables(target.url)).toEqual([]);
    const report = await migrateDb(options);
    expect(report.tables.find((t) => t.table === 'action_items')?.rows).toBeGreaterThan(0);
  });

  it('a file whose bytes differ from its SHA-256 stops the move: no table kept, no file left in the folder; the next run moves both', async () => {
    const { dir, file, target } = await demoAndTarget();
    const fixtures = new URL('../fixtures/', import.meta.url).pathname;
    for (const pdf of ['book/des-top-executives-8-2568.pdf', 'evidence/certified-before-0080.pdf']) {
      expect(lekha(['attach', '--meeting', '2/2568', '--item', '4.1', join(fixtures, pdf), '--db', file]).code).toBe(0);
    }
    const stored = await rawQuery<{ stored_path: string }>(file, 'select stored_path from attachments order by stored_path');
    expect(stored).toHaveLength(2);
    // One file changed on disk after it was recorded (a disk fault, a hand edit).
    const damaged = join(dir, 'attachments', stored[1].stored_path);
    const bytes = readFileSync(damaged);
    writeFileSync(damaged, Buffer.concat([bytes, Buffer.from('x')]));
    const files = join(dir, 'team-files');

    const refused = lekha(['migrate-db', '--from', file, '--to', target.url, '--files', files]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('ไม่ตรงกับค่า SHA-256');
    expect(refused.err).toContain('ฐานข้อมูลปลายทางไม่ถูกเปลี่ยนแปลง');
    expect(await targetTables(target.url)).toEqual([]);
    const left = readdirSync(files, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(left).toEqual([]);

    writeFileSync(damaged, bytes);
    const again = lekha(['migrate-db', '--from', file, '--to', target.url, '--files', files]);
    expect(again.err).toBe('');
    expect(again.out).toContain('ไฟล์แนบ 2 ไฟล์');
    for (const { stored_path } of stored) expect(readFileSync(join(files, stored_path))).toEqual(readFileSync(join(dir, 'attachments', stored_path)));
  });

  it('two migrations into one empty database at once: one moves the record, the other is refused and changes nothing', async () => {
    const { dir, file, target } = await demoAndTarget();
    const options = { from: file, to: target.url, filesFrom: join(dir, 'attachments'), filesTo: join(dir, 'team-files') };
    const [first, second] = await Promise.allSettled([migrateDb(options), migrateDb(options)]);
    const outcomes = [first, second].map((o) => (o.status === 'fulfilled' ? 'moved' : String((o.reason as Error).message)));
    expect(outcomes.filter((o) => o === 'moved')).toHaveLength(1);
    expect(outcomes.find((o) => o !== 'moved')).toContain('ฐานข้อมูลปลายทางไม่ว่าง');
    const moved = (first.status === 'fulfilled' ? first : (second as PromiseFulfilledResult<Awaited<ReturnType<typeof migrateDb>>>)).value;
    const audit = moved.tables.find((t) => t.table === 'audit_log')!;
    const [{ n }] = await rawQuery<{ n: number }>(target.url, 'select count(*)::int as n from audit_log');
    expect(n).toBe(audit.rows);
  });

  it('a migration killed part-way leaves no Lekha table behind, and the next run moves the record whole', async () => {
    const { dir, file, target } = await demoAndTarget();
    const files = join(dir, 'team-files');
    const child = spawn(process.execPath, [bin, 'migrate-db', '--from', file, '--to', target.url, '--files', files], { env: { ...process.env, LEKHA_DATABASE_URL: '' } });
    let out = '';
    const killed = new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Killed as soon as it reports its first table copied: the rest (and search) still to do.
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/ {2}\w+: \d+ แถว/.test(out)) child.kill('SIGKILL');
    });
    expect(await killed).toBe('SIGKILL');
    expect(out).not.toContain('จำนวนแถวและค่าแฮชตรงกับต้นทางทุกตาราง');
    expect(await targetTables(target.url)).toEqual([]);
    // The killed connection's transaction is rolled back by the server; the second run waits for that if need be.
    const again = lekha(['migrate-db', '--from', file, '--to', target.url, '--files', files]);
    expect(again.err).toBe('');
    expect(again.out).toContain('จำนวนแถวและค่าแฮชตรงกับต้นทางทุกตาราง');
  });

  it('never holds more than one bounded batch: a table of long rows is split by characters both ways', async () => {
    const { dir, file, target } = await demoAndTarget();
    // The demo's audit log: 80 rows of up to ~1,300 characters, one batch by rows (30,000 values), many by characters.
    const chars = 2_000;
    const seen: { table: string; stage: string; rows: number; chars: number }[] = [];
    const report = await migrateDb({
      from: file,
      to: target.url,
      filesFrom: join(dir, 'attachments'),
      filesTo: join(dir, 'team-files'),
      batchChars: chars,
      onBatch: (table, stage, batch) => {
        seen.push({ table, stage, rows: batch.rows.length, chars: batch.chars });
      },
    });
    // Each batch within the bound, or a single row longer than it.
    for (const b of seen) expect(b.rows === 1 || b.chars <= chars, JSON.stringify(b)).toBe(true);
    // Rowid tables, and those that point at themselves (agenda items, put parents first), each row once each way.
    for (const table of ['audit_log', 'agenda_items']) {
      const rows = report.tables.find((t) => t.table === table)!.rows;
      for (const stage of ['copy', 'check']) {
        const batches = seen.filter((b) => b.table === table && b.stage === stage);
        expect([table, stage, batches.length > 1]).toEqual([table, stage, true]);
        expect([table, stage, batches.reduce((n, b) => n + b.rows, 0)]).toEqual([table, stage, rows]);
      }
    }
  });
});
