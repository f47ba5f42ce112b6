// V8's sampling profile of our PDF path for the generated 40-item minutes, summed by package/file:
//   node --import tsx tests/bench/cpu-profile.ts
// The profiler runs only around the timed renders (after warm-ups), so setup is left out.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Profiler } from 'node:inspector';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/api';
import { openDatabase } from '../../electron/db/open';
import { buildMinutes } from '../../electron/documents/builders/minutes';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { meetingRecord } from '../../electron/services/documents';
import { createLargeMeeting } from './generated-meeting';
import { type Cell, ms, table } from './report';

const RUNS = 10;

type Frame = Profiler.ProfileNode['callFrame'];

/** Where a sampled function lives: a package, a Lekha source file, V8's garbage collector, or Node itself. */
function place(frame: Frame): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (pkg) return pkg[1];
  const own = /\/(electron|shared)\/(.+)$/.exec(frame.url);
  if (own) return `lekha ${own[1]}/${own[2]}`;
  if (frame.url.startsWith('node:')) return frame.url;
  return frame.url || frame.functionName || '(native)';
}

function summarise(profile: Profiler.Profile, runs: number): { places: Cell[][]; functions: Cell[][] } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  // A native function (no url, e.g. zlib's writeSync) is named after the nearest caller that has one.
  const where = (id: number): string => {
    const frame = nodes.get(id)!.callFrame;
    if (frame.url || frame.functionName.startsWith('(')) return place(frame);
    for (let p = parents.get(id); p !== undefined; p = parents.get(p)) {
      const caller = nodes.get(p)!.callFrame;
      if (caller.url) return `${place(caller)} (native ${frame.functionName})`;
    }
    return place(frame);
  };
  const deltas = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  // Each sample's time is the gap to the next sample.
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const frame = nodes.get(samples[i])!.callFrame;
    const at = where(samples[i]);
    const fn = `${frame.functionName || '(anonymous)'} — ${at}`;
    byPlace.set(at, (byPlace.get(at) ?? 0) + dt);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    total += dt;
  }
  const rows = (m: Map<string, number>, limit: number): Cell[][] =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k, v]) => [k, ms(v / runs), `${((100 * v) / total).toFixed(0)}%`]);
  return { places: rows(byPlace, 16), functions: rows(byFunction, 20) };
}

const work = mkdtempSync(join(tmpdir(), 'lekha-cpuprof-'));
const core = await openCore({ dbPath: join(work, 'p.db'), actor: 'bench', log: (e) => console.error(e) });
const { db, close } = openDatabase(join(work, 'p.db'));
const session = new Session();
try {
  const record = await meetingRecord(db, (await createLargeMeeting(core)).id);
  for (let i = 0; i < 3; i++) await renderPdf(buildMinutes(record));
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i++) await renderPdf(buildMinutes(record));
  const wall = (performance.now() - t0) / RUNS;
  const { profile } = await session.post('Profiler.stop');
  const { places, functions } = summarise(profile, RUNS);
  console.log(`Our PDF of the generated 40-item minutes: ${ms(wall)} ms per render (${RUNS} renders under the profiler)\n`);
  console.log('Self time by place (ms per render)\n');
  console.log(table(['place', 'ms', 'share'], places));
  console.log('\nSelf time by function (ms per render)\n');
  console.log(table(['function — place', 'ms', 'share'], functions));
} finally {
  session.disconnect();
  await close();
  await core.close();
  rmSync(work, { recursive: true, force: true });
}
