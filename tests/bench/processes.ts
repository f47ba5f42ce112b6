// Whole processes, timed from spawn to exit: `node -e ''` (what any Node program costs to start),
// `lekha --help`, and `lekha export …` writing a PDF. Run as people run it: `node bin/lekha.mjs`
// (npx adds about 2 s of its own), with the built command line (the bench builds it first).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, type Timing } from './timing';

export interface Proc {
  name: string;
  args: string[];
}

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;

/** `node bin/lekha.mjs …args`. */
export const lekha = (name: string, ...args: string[]): Proc => ({ name, args: [bin, ...args] });

function once(p: Proc): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, p.args, { encoding: 'utf8' });
  const elapsed = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${p.name} exited ${r.status}: ${r.stderr}`);
  // The fallback (TypeScript through tsx) says so on stderr: it is not what is meant to be timed.
  if (r.stderr.includes('running from TypeScript')) throw new Error(`${p.name} did not run the built command line: ${r.stderr}`);
  return elapsed;
}

/** Each process `runs` times after one untimed run, taking turns round by round (as timeInterleaved does). */
export function timeProcesses(procs: Proc[], runs: number): Map<string, Timing> {
  for (const p of procs) once(p);
  const samples = new Map<string, number[]>(procs.map((p) => [p.name, []]));
  for (let r = 0; r < runs; r++) for (const p of procs) samples.get(p.name)!.push(once(p));
  return new Map(procs.map((p) => {
    const xs = samples.get(p.name)!;
    return [p.name, { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length }];
  }));
}
