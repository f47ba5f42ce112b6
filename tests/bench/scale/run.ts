// `npm run bench` (third part): twenty years on one desktop (issue 11). On the 20-year set
// (dataset.ts), every list the UI offers through the contract beside raw SQL and the floor; tracker
// exports at 10,000 and 50,000 rows, each in a process of its own for its peak memory; the next
// meeting's preparation; the database by table; the tracker and meeting pages in browser mode.
// Prints figures, ratios and the issue's targets beside them; asserts nothing about time.
// LEKHA_SCALE_DB: the set's file; SCALE_ROUNDS: timed rounds per list (30); SCALE_PARTS: a comma
// list of lists,prep,exports,sizes,pages (all by default); SCALE_ONLY: a pattern, only the list calls whose
// label it matches (for measuring a few again).
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openCore } from '../../../electron/api';
import { tracingCore } from '../../helpers/query-plans';
import { type Cell, ms, ratio, table } from '../report';
import { actionCases, otherCases, preparationCases } from './cases';
import { ensureDataset, sample } from './dataset';
import { trackerExports } from './exports';
import { type Case, type Measured, measure } from './measure';
import { pageTimes } from './pages';
import { sizesByTable } from './sizes';

const ROUNDS = Number(process.env.SCALE_ROUNDS ?? 30);
const PARTS = new Set((process.env.SCALE_PARTS ?? 'lists,prep,exports,sizes,pages').split(','));
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const started = performance.now();

console.log(`\nTwenty years on one desktop (issue 11) — ${cpus().length} cores, load average ${load()} at the start\n`);
const data = await ensureDataset();
const s = sample(data.path);
console.log(`Data set: ${data.path}${data.builtMs === null ? ' (reused)' : ` (built in ${(data.builtMs / 1000).toFixed(0)} s)`}; opened and migrated in ${ms(data.migrateMs)} ms`);
console.log(`  ${s.actions.toLocaleString('en-US')} actions, ${s.series.reduce((n, x) => n + x.meetings, 0).toLocaleString('en-US')} meetings in ${s.series.length} series, ${s.orgs.length} agencies owning actions; today ${s.today}`);

async function measureAll(cases: Case[]): Promise<Measured[]> {
  const core = await openCore({ dbPath: data.path, log: (e) => console.error('[scale]', e) });
  const tracing = tracingCore(data.path);
  const raw = new Database(data.path, { readonly: true });
  // The page cache the app's own connection has (electron/db/open.ts), so raw SQL and floor read alike.
  raw.pragma('cache_size = -32768');
  const out: Measured[] = [];
  const only = process.env.SCALE_ONLY ? new RegExp(process.env.SCALE_ONLY) : null;
  try {
    for (const c of cases.filter((x) => !only || only.test(x.label))) {
      process.stderr.write(`  ${c.label} …\n`);
      const { statements } = await tracing.call(c.method, c.args);
      out.push(await measure(core, raw, c, statements, ROUNDS));
    }
  } finally {
    raw.close();
    await tracing.close();
    await core.close();
  }
  return out;
}

function printLists(title: string, rows: Measured[], target: (m: Measured) => string) {
  console.log(`\n${title} (${ROUNDS} rounds each, service / raw SQL / floor taking turns; ms; load ${load()})\n`);
  const cells: Cell[][] = rows.map((m) => [
    m.label, m.total ?? '', m.statements, ms(m.service.p50), ms(m.service.p95), ms(m.serviceCpu.p50), ms(m.raw.p50), m.floor ? ms(m.floor.p50) : '—',
    m.floorCpu ? ms(m.floorCpu.p50) : '—', m.floor ? ratio(m.service.p50 / m.floor.p50) : '—', m.floorCpu ? ratio(m.serviceCpu.p50 / m.floorCpu.p50) : '—',
    ratio(m.service.p50 / m.raw.p50), target(m),
  ]);
  console.log(table(['call', 'rows', 'stmts', 'p50', 'p95', 'cpu p50', 'raw p50', 'floor p50', 'floor cpu', '÷ floor', '÷ floor cpu', '÷ raw', 'target'], cells));
  console.log('(p50, p95: wall time through the contract; cpu: this process\'s CPU time per call, which a busy machine inflates less)');
}

if (PARTS.has('lists')) {
  const listTarget = (m: Measured) => {
    const misses = [m.floor && m.service.p50 > 2 * m.floor.p50 ? '> 2× floor' : '', m.service.p95 >= 30 ? 'p95 ≥ 30 ms' : ''].filter(Boolean);
    return misses.length ? `MISS ${misses.join(', ')}` : 'met';
  };
  printLists('Action list, first page of 200 (target: within 2× floor, p95 < 30 ms)', await measureAll(actionCases(s)), listTarget);
  printLists('Other lists (target: lists p95 < 30 ms; policy detail within 2× raw)', await measureAll(otherCases(s)), (m) => {
    if (m.label.startsWith('policies.get')) return m.service.p50 <= 2 * m.raw.p50 ? 'met (2× raw)' : 'MISS > 2× raw';
    if (m.label.startsWith('meetings.get')) return '';
    return m.service.p95 < 30 && (!m.floor || m.service.p50 <= 2 * m.floor.p50) ? 'met' : 'MISS';
  });
}

if (PARTS.has('prep')) {
  printLists('Preparing the next meeting (target: < 300 ms)', await measureAll(preparationCases(s)), (m) => (m.service.p95 < 300 ? 'met' : 'MISS ≥ 300 ms'));
}

if (PARTS.has('exports')) {
  console.log(`\nTracker exports, one process per export (targets: peak RSS < 400 MB at 10k rows, < 600 MB at 50k; load ${load()})\n`);
  const results = await trackerExports(data.path, s);
  console.log(table(['format', 'filter', 'rows', 's', 'peak RSS', 'file', 'target', 'load'], results.map((r) => [
    r.format.toUpperCase(), r.filter, r.rows, (r.ms / 1000).toFixed(1), `${r.peakMb} MB`, `${r.kb} KB`,
    r.peakMb < (r.target === '10k' ? 400 : 600) ? 'met' : 'MISS', r.load,
  ])));
}

if (PARTS.has('sizes')) {
  const { file, tables } = sizesByTable(data.path);
  const audit = tables.find((t) => t.table === 'audit_log');
  const auditBytes = audit ? audit.tableBytes + audit.indexBytes : 0;
  console.log(`\nDatabase by table (dbstat): file ${mb(file)}; audit log ${mb(auditBytes)} = ${((100 * auditBytes) / file).toFixed(1)}% of the file (target ≤ 25%)\n`);
  console.log(table(['table', 'rows of data', 'indexes', 'together', 'share'], tables.slice(0, 16).map((t) => [
    t.table, mb(t.tableBytes), mb(t.indexBytes), mb(t.tableBytes + t.indexBytes), `${((100 * (t.tableBytes + t.indexBytes)) / file).toFixed(1)}%`,
  ])));
}

if (PARTS.has('pages')) {
  console.log(`\nPages in browser mode on the 20-year set (lekha serve + Chromium; target < 1 s; load ${load()})\n`);
  const pages = await pageTimes(data.path, s);
  const compared = pages.some((p) => p.before);
  console.log(table(['page', 'shows', 'runs', 'p50 ms', 'max ms', ...(compared ? ['base p50', 'base max', 'base ÷ this'] : []), 'scripts ms', 'first call ms', 'calls', 'answers KB', 'JS before paint', 'main thread ms', 'last answer ms', 'slowest call (worst run)', 'target'], pages.map((p) => [
    p.page, p.what, p.runs, ms(p.p50), ms(p.max), ...(compared && p.before ? [ms(p.before.p50), ms(p.before.max), ratio(p.before.p50 / p.p50)] : []),
    ms(p.scriptsMs), ms(p.firstCallMs), p.apiCalls, p.apiKb.toFixed(0), p.scriptsBeforePaint, p.mainThread, ms(p.lastAnswerMs), p.slowest, p.max < 1000 ? 'met' : 'MISS',
  ])));
  if (compared) {
    console.log('\nThe base build, the same columns:');
    console.log(table(['page', 'p50 ms', 'scripts ms', 'first call ms', 'calls', 'answers KB', 'JS before paint', 'main thread ms', 'last answer ms'], pages.filter((p) => p.before).map((p) => {
      const b = p.before!;
      return [p.page, ms(b.p50), ms(b.scriptsMs), ms(b.firstCallMs), b.apiCalls, b.apiKb.toFixed(0), b.scriptsBeforePaint, b.mainThread, ms(b.lastAnswerMs)];
    })));
  }
  if (compared) console.log(`(base: the build in PAGES_BASE_ROOT=${process.env.PAGES_BASE_ROOT}, loaded in turn with this one on the same server data)`);
  console.log('(p50, max: from the navigation\'s start to the first animation frame with the content in the page, on the page\'s own clock; scripts: DOMContentLoaded after the navigation began; first call: when the first contract call was sent; answers: bytes of all the calls\' answers; JS before paint: script files and their KB fetched before the first contentful paint; main thread: the page\'s main-thread tasks / of which scripts until shown (Chromium\'s Performance metrics); last answer: when the last contract call of the load answered; medians)');
}

console.log(`\nScale bench done in ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${load()} at the end.`);
