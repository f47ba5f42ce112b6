// One tracker export in a process of its own, so its peak memory is its own: prints
// `{"format", "rows", "ms", "peakMb", "kb"}` as JSON. Run by tests/bench/actions/run.ts and
// tests/bench/scale/exports.ts for each format and size:
// `node --import tsx tests/bench/actions/export-memory.ts DB FORMAT [FILTER-JSON]`, the filter being
// the tracker's (organisation, statuses, due dates …) as `reports.actions` takes it.
import { performance } from 'node:perf_hooks';
import { openCore } from '../../../electron/api';

const [dbPath, format, filterJson] = process.argv.slice(2) as [string, 'csv' | 'xlsx' | 'docx' | 'pdf', string | undefined];
const filter = filterJson ? (JSON.parse(filterJson) as Record<string, unknown>) : {};
const core = await openCore({ dbPath, log: () => {} });
const started = performance.now();
const answer = await core.invoke('reports.actions', { format, ...filter });
const ms = performance.now() - started;
if (!answer.ok) throw new Error(answer.error.message);
const value = answer.value as { base64: string };
const count = await core.invoke('actions.list', { ...filter, limit: 1 });
await core.close();
console.log(JSON.stringify({
  format, rows: count.ok ? (count.value as { total: number }).total : 0, ms: Math.round(ms),
  peakMb: Math.round(process.resourceUsage().maxRSS / 1024), kb: Math.round((value.base64.length * 3) / 4 / 1024),
}));
