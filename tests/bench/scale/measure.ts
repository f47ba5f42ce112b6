// One list call measured three ways in the same rounds, so a burst of load from elsewhere falls on all
// of them alike: through the contract (validation, Kysely, the service's own JavaScript), as raw SQL
// (the very statements the service ran, replayed on better-sqlite3, prepared once) and at the floor
// (floors.ts). p50 and p95 of each.
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import type { LekhaCore } from '../../../electron/api';
import type { Method } from '../../../shared/contract';
import type { Statement } from '../../helpers/query-plans';
import type { Floor } from './floors';

export interface Stats {
  p50: number;
  p95: number;
  n: number;
}

export const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), n: s.length };
};

export interface Measured {
  label: string;
  service: Stats;
  /** CPU time of this process per call: what the call costs when the machine is not shared. */
  serviceCpu: Stats;
  floorCpu: Stats | null;
  raw: Stats;
  floor: Stats | null;
  /** Which floor shape was fastest, when there were two. */
  floorShape: string | null;
  statements: number;
  total: number | null;
}

export interface Case {
  label: string;
  method: Method;
  args: Record<string, unknown>;
  floors?: (db: Database.Database) => Floor[];
}

/** Wall time of one call, and this process's CPU time in it (user + system). */
async function timeOnce(fn: () => unknown, cpu?: number[]): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  cpu?.push((c.user + c.system) / 1000);
  return wall;
}

/** `statements` are what the service ran for this call (captured once with tracingCore). */
export async function measure(core: LekhaCore, raw: Database.Database, c: Case, statements: Statement[], rounds: number): Promise<Measured> {
  const prepared = statements.map((s) => ({ stmt: raw.prepare(s.sql), params: s.parameters.map((p) => (typeof p === 'boolean' ? Number(p) : p)) }));
  const replay = () => {
    for (const p of prepared) {
      if (p.stmt.reader) p.stmt.all(...p.params);
      else p.stmt.run(...p.params);
    }
  };
  let answer: unknown;
  const service = async () => {
    const a = await core.invoke(c.method, c.args);
    if (!a.ok) throw new Error(`${c.method}: ${a.error.message}`);
    answer = a.value;
  };
  const floors = c.floors?.(raw) ?? [];
  const samples = { service: [] as number[], raw: [] as number[], floors: floors.map(() => [] as number[]) };
  const cpu = { service: [] as number[], floors: floors.map(() => [] as number[]) };
  for (let i = 0; i < 3; i++) {
    await service();
    replay();
    for (const f of floors) f.run();
  }
  for (let r = 0; r < rounds; r++) {
    samples.service.push(await timeOnce(service, cpu.service));
    samples.raw.push(await timeOnce(replay));
    for (const [i, f] of floors.entries()) samples.floors[i].push(await timeOnce(f.run, cpu.floors[i]));
  }
  const floorStats = samples.floors.map(stats);
  const best = floorStats.reduce<number>((b, s, i) => (b < 0 || s.p50 < floorStats[b].p50 ? i : b), -1);
  const total = answer && typeof answer === 'object' && 'total' in answer ? Number((answer as { total: number }).total)
    : Array.isArray(answer) ? answer.length : null;
  return {
    label: c.label, service: stats(samples.service), serviceCpu: stats(cpu.service), raw: stats(samples.raw),
    floor: best >= 0 ? floorStats[best] : null, floorCpu: best >= 0 ? stats(cpu.floors[best]) : null,
    floorShape: best >= 0 && floors.length > 1 ? floors[best].label : null, statements: statements.length, total,
  };
}
