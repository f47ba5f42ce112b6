// `npm run bench` (fifth part): the same list calls and searches on SQLite and on PostgreSQL (issue 15).
// A set of illustrative years (`lekha demo --years N`, ENGINES_YEARS, 2 by default) is built in a SQLite
// file, moved to a fresh PostgreSQL database with `migrate-db` (timed), and each call then runs on both
// cores in turns, ENGINES_ROUNDS rounds (15). Needs LEKHA_TEST_PG_URL (a server whose role may create
// databases); without it, says so. Prints p50 and p95 per engine and their ratio; asserts nothing.
// A set built and moved beforehand (the 20-year one takes far longer than a bench should): ENGINES_SQLITE
// names its SQLite file and ENGINES_PG the PostgreSQL database migrate-db filled from it; neither is
// then built, moved or removed.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildYearsDemo, type LekhaCore, openCore } from '../../../electron/api';
import { migrateDb } from '../../../electron/services/migrate-db/index';
import { createTestDatabase, pgServerUrl, rawQuery } from '../../helpers/pg';
import { type Cell, ms, ratio, table } from '../report';

const YEARS = Number(process.env.ENGINES_YEARS ?? 2);
const ROUNDS = Number(process.env.ENGINES_ROUNDS ?? 15);
const GIVEN = process.env.ENGINES_SQLITE && process.env.ENGINES_PG ? { file: process.env.ENGINES_SQLITE, url: process.env.ENGINES_PG } : undefined;
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

if (!pgServerUrl) {
  console.log('\nSQLite beside PostgreSQL (issue 15): not run, LEKHA_TEST_PG_URL is not set\n');
  process.exit(0);
}

console.log(`\nSQLite beside PostgreSQL (issue 15) — ${cpus().length} cores, load average ${load()} at the start\n`);
const dir = mkdtempSync(join(tmpdir(), 'lekha-engines-'));
const file = GIVEN?.file ?? join(dir, 'lekha.db');
const target = GIVEN ? { url: GIVEN.url, drop: async () => {} } : await createTestDatabase();
try {
  if (GIVEN) console.log(`The set in ${GIVEN.file}, moved beforehand to ${new URL(GIVEN.url).pathname.slice(1)}`);
  else {
    let t0 = performance.now();
    await buildYearsDemo(file, { years: YEARS, seed: 'lekha' });
    console.log(`${YEARS} illustrative years built in SQLite in ${ms(performance.now() - t0)} ms`);
    t0 = performance.now();
    const report = await migrateDb({ from: file, to: target.url, filesFrom: join(dir, 'attachments'), filesTo: join(dir, 'team-files') });
    const rows = report.tables.reduce((n, x) => n + x.rows, 0);
    console.log(`migrate-db: ${rows.toLocaleString('en-US')} rows in ${report.tables.length} tables, ${report.searchDocuments.toLocaleString('en-US')} search documents, in ${ms(performance.now() - t0)} ms (load ${load()})`);
  }

  const lite = await openCore({ dbPath: file, log: (e) => console.error(e) });
  const pg = await openCore({ dbPath: target.url, filesDir: join(dir, 'team-files'), log: (e) => console.error(e) });
  const [org] = await rawQuery<{ id: string; abbr: string }>(file, `select o.id, o.abbr_th abbr from action_owners w join organisations o on o.id = w.organisation_id
    group by o.id order by count(*) desc limit 1`);
  const today = new Date().toISOString().slice(0, 10);
  const cases: [string, string, unknown][] = [
    ['meetings.list', 'meetings.list', {}],
    ['actions.list all, by due', 'actions.list', { today, limit: 200 }],
    [`actions.list ${org.abbr}, by due`, 'actions.list', { today, limit: 200, organisationId: org.id }],
    [`actions.list ${org.abbr}, by meeting`, 'actions.list', { today, limit: 200, organisationId: org.id, sort: 'meeting' }],
    ['actions.list overdue', 'actions.list', { today, limit: 200, overdue: true }],
    ['policies.list', 'policies.list', {}],
    ...['กระทรวง', 'งบประมาณ', 'ดิจิทัล', 'ปี ๒๕๖๗', 'ดี'].map((text): [string, string, unknown] => [`search.query "${text}"`, 'search.query', { text, limit: 5 }]),
  ];
  const time = async (core: LekhaCore, method: string, args: unknown) => {
    const at = performance.now();
    const answer = await core.invoke(method, args);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return performance.now() - at;
  };
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  const cells: Cell[][] = [];
  for (const [label, method, args] of cases) {
    const a: number[] = [];
    const b: number[] = [];
    await time(lite, method, args);
    await time(pg, method, args);
    for (let i = 0; i < ROUNDS; i++) {
      a.push(await time(lite, method, args));
      b.push(await time(pg, method, args));
    }
    cells.push([label, ms(pct(a, 0.5)), ms(pct(a, 0.95)), ms(pct(b, 0.5)), ms(pct(b, 0.95)), ratio(pct(b, 0.5) / pct(a, 0.5))]);
  }
  console.log(`\nEach call ${ROUNDS} rounds, the engines taking turns (ms; load ${load()}):\n`);
  console.log(table(['call', 'SQLite p50', 'p95', 'PostgreSQL p50', 'p95', 'PG / SQLite'], cells));
  await lite.close();
  await pg.close();
} finally {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
}
