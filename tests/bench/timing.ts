// Wall-clock timing: a few warm-up runs (JIT, font analysis caches), then the median of the rest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface Timed<T> extends Timing {
  /** What the last run returned (the bytes, for sizes and page counts). */
  result: T;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Milliseconds per call of `fn`: `warmup` untimed calls, then `runs` timed ones. */
export async function time<T>(fn: () => Promise<T> | T, { warmup = 2, runs = 7 } = {}): Promise<Timed<T>> {
  let result: T | undefined;
  for (let i = 0; i < warmup; i++) result = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn();
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs, result: result as T };
}

export interface Task<T> {
  name: string;
  fn: () => Promise<T> | T;
  /** Timed runs; fewer than the rounds means the runs are spread evenly over them. */
  runs: number;
  warmup: number;
}

/**
 * Time several tasks in alternation, round by round, so that a burst of load from elsewhere on the
 * machine falls on all of them alike and the ratios between them stay fair.
 */
export async function timeInterleaved<T>(tasks: Task<T>[], rounds: number): Promise<Map<string, Timed<T>>> {
  const samples = new Map<string, number[]>(tasks.map((t) => [t.name, []]));
  const results = new Map<string, T>();
  for (const t of tasks) for (let i = 0; i < t.warmup; i++) results.set(t.name, await t.fn());
  for (let r = 0; r < rounds; r++) {
    for (const t of tasks) {
      const runs = Math.min(t.runs, rounds);
      if (Math.floor(((r + 1) * runs) / rounds) === Math.floor((r * runs) / rounds)) continue;
      const t0 = performance.now();
      results.set(t.name, await t.fn());
      samples.get(t.name)!.push(performance.now() - t0);
    }
  }
  return new Map(tasks.map((t) => {
    const xs = samples.get(t.name)!;
    return [t.name, { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length, result: results.get(t.name) as T }];
  }));
}

/** Pages of a PDF as poppler counts them. */
export function pdfPages(pdf: Uint8Array): number {
  const dir = mkdtempSync(join(tmpdir(), 'lekha-bench-pages-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
