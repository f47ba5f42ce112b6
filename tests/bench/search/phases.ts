// Where the time of `search.query` goes, phase by phase, on the twenty-year set (not part of `npm run bench`):
//   BENCH_SEARCH_DB=/path/to/copy.db node --import tsx tests/bench/search/phases.ts
// The phases are the handler's own (electron/services/search/index.ts), called in its order and timed
// apart; wall-clock means and medians, and CPU time, over 6 rounds of the bench's dozen queries after 2 untimed rounds.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../../electron/db/open';
import { kindMatches } from '../../../electron/services/search/candidates';
import { rankMatches } from '../../../electron/services/search/rank';
import { describeHits } from '../../../electron/services/search/records';
import { makeSnippet } from '../../../electron/services/search/snippet';
import { planQuery } from '../../../electron/services/search/terms';
import { type SearchKind, searchKinds } from '../../../shared/schemas/search';
import { parseCall } from '../../../shared/validation';
import { ms, table } from '../report';
import { median } from '../timing';
import { queries } from './queries';

const { db, close } = openDatabase(process.env.BENCH_SEARCH_DB ?? join(tmpdir(), 'lekha-bench-search-20y.db'));
const samples = new Map<string, number[]>();
// CPU time too: on a shared machine the wall clock counts other people's work.
const cpuSamples = new Map<string, number[]>();
for (let round = 0; round < 8; round++) {
  for (const text of queries) {
    let t = performance.now();
    let c = process.cpuUsage();
    const tick = (phase: string) => {
      const now = performance.now();
      const cpu = process.cpuUsage();
      if (round >= 2) {
        samples.set(phase, [...(samples.get(phase) ?? []), now - t]);
        cpuSamples.set(phase, [...(cpuSamples.get(phase) ?? []), (cpu.user - c.user + cpu.system - c.system) / 1000]);
      }
      t = now;
      c = cpu;
    };
    parseCall('search.query', { text });
    const plan = planQuery(text);
    tick('validation and plan');
    const found: { kind: SearchKind; top: number[] }[] = [];
    for (const kind of searchKinds) {
      const m = await kindMatches(db, kind, plan, { limit: 5, kindsAsked: searchKinds.length });
      tick(`lookup: ${kind}`);
      found.push({ kind, top: rankMatches(m, 5) });
      tick(`ranking: ${kind}`);
    }
    const described = await describeHits(db, found.map((m) => [m.kind, m.top]), plan.terms);
    tick('records, meetings and items');
    for (const [kind, records] of described) {
      for (const r of records.values()) makeSnippet(r.texts, plan.terms);
      tick(`snippets: ${kind}`);
    }
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rows = [...samples].map(([phase, xs]) => [phase, ms(mean(xs)), ms(median(xs)), ms(mean(cpuSamples.get(phase)!))]);
const total = (m: Map<string, number[]>) => [...m.values()].reduce((n, xs) => n + mean(xs), 0);
rows.push(['whole call', ms(total(samples)), '-', ms(total(cpuSamples))]);
console.log(table(['phase', 'wall mean ms', 'wall median ms', 'CPU mean ms'], rows));
await close();
