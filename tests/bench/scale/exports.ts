// Tracker exports on the 20-year set at about 10,000 and 50,000 rows (the newest actions by due date:
// a due-date range, as an officer would ask), each format in a child process of its own
// (tests/bench/actions/export-memory.ts) so its peak RSS is its own.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import Database from 'better-sqlite3';
import type { Sample } from './dataset';

export interface ExportResult {
  format: string;
  target: '10k' | '50k';
  filter: string;
  rows: number;
  ms: number;
  peakMb: number;
  kb: number;
  load: string;
}

const FORMATS = (process.env.SCALE_FORMATS ?? 'csv,xlsx,docx,pdf').split(',');

/** The due date from which the newest `n` dated actions run (up to the last one). */
function dueFromFor(path: string, n: number): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('select due_date from action_items where due_date is not null order by due_date desc limit 1 offset ?').pluck().get(n - 1) as string;
  } finally {
    db.close();
  }
}

export async function trackerExports(path: string, _s: Sample): Promise<ExportResult[]> {
  const script = new URL('../actions/export-memory.ts', import.meta.url).pathname;
  const out: ExportResult[] = [];
  for (const [target, n] of [['10k', 10_000], ['50k', 50_000]] as const) {
    const filter = { dueFrom: dueFromFor(path, n) };
    for (const format of FORMATS) {
      process.stderr.write(`  export ${format} ${target} …\n`);
      const child = spawnSync(process.execPath, ['--import', 'tsx', script, path, format, JSON.stringify(filter)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (child.status !== 0) {
        out.push({ format, target, filter: `due from ${filter.dueFrom}`, rows: 0, ms: 0, peakMb: 0, kb: 0, load: `failed: ${child.stderr.trim().split('\n').at(-1)}` });
        continue;
      }
      const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Omit<ExportResult, 'target' | 'filter' | 'load'>;
      out.push({ ...r, target, filter: `due from ${filter.dueFrom}`, load: loadavg()[0].toFixed(1) });
    }
  }
  return out;
}
