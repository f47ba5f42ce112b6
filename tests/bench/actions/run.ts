// `npm run bench` (second part): the action tracker at scale (issue 5). Listing and filtering 100,000
// actions through the contract beside the same query in raw SQL; exporting a 10,000-action tracker
// in each format. Prints figures and ratios; asserts nothing about time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openCore } from '../../../electron/api';
import { time } from '../timing';
import { seedActions } from './seed';

const dir = mkdtempSync(join(tmpdir(), 'lekha-bench-actions-'));
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

async function prepare(name: string, count: number) {
  const dbPath = join(dir, `${name}.db`);
  const core = await openCore({ dbPath, log: () => {} });
  const s = await core.invoke('series.create', { nameTh: 'การประชุมทดสอบปริมาณ' });
  if (!s.ok) throw new Error(s.error.message);
  await core.close();
  seedActions(dbPath, count);
  return { dbPath, core: await openCore({ dbPath, log: () => {} }) };
}

const big = await prepare('big', 100_000);
const org = (await big.core.invoke('organisations.list', {})) as { ok: true; value: { id: string; abbrTh: string }[] };
const nso = org.value.find((o) => o.abbrTh === 'สสช.')!.id;
const today = '2026-01-01';
const raw = new Database(big.dbPath, { readonly: true });
const rawCount = raw.prepare(`select count(*) n from action_items a where a.status in ('open','in_progress') and a.due_date < ?
  and exists (select 1 from action_owners o where o.action_id = a.id and o.organisation_id = ?)`);
const rawPage = raw.prepare(`select a.*, m.number, m.year_be, i.subject from action_items a join agenda_items i on i.id = a.agenda_item_id
  join meetings m on m.id = i.meeting_id where a.status in ('open','in_progress') and a.due_date < ?
  and exists (select 1 from action_owners o where o.action_id = a.id and o.organisation_id = ?) order by coalesce(a.due_date, '9999-12-31'), a.id limit 100`);

console.log('\nAction tracker at scale (100,000 actions)\n');
const cases = [
  ['all, first page by due date', { today, limit: 100 }],
  ['one organisation, overdue', { today, organisationId: nso, overdue: true, limit: 100 }],
  ['one organisation, overdue, page 50', { today, organisationId: nso, overdue: true, limit: 100, offset: 4900 }],
  ['due in one month, by meeting', { today, dueFrom: '2025-06-01', dueTo: '2025-06-30', sort: 'meeting', limit: 100 }],
] as const;
for (const [label, query] of cases) {
  const t = await time(() => big.core.invoke('actions.list', query), { warmup: 2, runs: 9 });
  const answer = t.result as { ok: true; value: { total: number } };
  console.log(`  actions.list — ${label}: ${fmt(t.median)} ms (min ${fmt(t.min)}, max ${fmt(t.max)}), ${answer.value.total} matching`);
}
const sql = await time(() => [rawCount.get(today, nso), rawPage.all(today, nso)], { warmup: 2, runs: 9 });
const lekha = await time(() => big.core.invoke('actions.list', cases[1][1]), { warmup: 2, runs: 9 });
console.log(`  raw SQL, same filter (count + first page): ${fmt(sql.median)} ms → actions.list is ${(lekha.median / sql.median).toFixed(1)}× raw SQL`);
raw.close();
await big.core.close();

console.log('\nExporting a 10,000-action tracker\n');
const tracker = await prepare('tracker', 10_000);
for (const format of ['csv', 'xlsx', 'docx', 'pdf'] as const) {
  const t = await time(() => tracker.core.invoke('reports.actions', { format }), { warmup: 0, runs: format === 'pdf' ? 1 : 3 });
  const answer = t.result as { ok: boolean; value?: { base64: string } };
  const size = answer.value ? Math.round((answer.value.base64.length * 3) / 4 / 1024) : 0;
  console.log(`  ${format.toUpperCase().padEnd(4)}: ${fmt(t.median)} ms (${t.runs} run${t.runs > 1 ? 's' : ''}), ${size} KB`);
}
await tracker.core.close();
rmSync(dir, { recursive: true, force: true });
