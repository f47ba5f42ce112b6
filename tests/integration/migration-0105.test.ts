
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { latestVersion } from '../../electron/db/migrations/index';
import { backToShipped, coreWithRealMeetings, readAfterMigrating } from '../helpers/back-to-60';
import { sqliteOnly } from '../helpers/pg';
import { withoutRecordVersions } from '../helpers/record-versions';

const describeSqlite = sqliteOnly("SQLite's migrations before 100");


describeSqlite('migration 0105-status-due-keys', () => {
  it('widens the status–due index of a version-100 database, whose action lists read the same afterwards, from the new index', async () => {
    const t = await coreWithRealMeetings();
    const all = await t.call('actions.list', { today: '2026-06-30', limit: 1000 });
    await t.call('actions.bulkStatus', { ids: all.rows.slice(0, 4).map((r) => r.id), status: 'done' });
    await t.call('actions.update', { id: all.rows[5].id, dueDate: null });
    // The filters the index serves (status, overdue, due dates), by each sort, the meeting's among them.
    const filters = [{ overdue: true }, { statuses: ['done'] }, { statuses: ['open', 'in_progress'] }, { dueFrom: '2026-01-01', dueTo: '2026-12-31' }];
    const lists = async (invoke: (args: object) => Promise<unknown>) => {
      const out: unknown[] = [];
      for (const f of filters) for (const sort of ['due', 'status', 'created', 'meeting']) out.push(await invoke({ ...f, sort, today: '2026-06-30', limit: 1000 }));
      return out;
    };
    const before = await lists((args) => t.call('actions.list', args as never));

    // Version 100 as it shipped: the index this migration replaced back in its place (checked against a fresh database).
    // (And without what later migrations added: versions, officers.)
    await backToShipped(t, 100);

    const after = await readAfterMigrating(t.dbPath, (invoke) => lists((args) => invoke('actions.list', args)));
    const check = new Database(t.dbPath, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion);
    const indexes = check.prepare("select name from sqlite_schema where type = 'index' and tbl_name = 'action_items'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['action_items_status_due_keys', 'action_items_active_due_keys']));
    expect(indexes).not.toContain('action_items_status_due_sort');
    expect(indexes).not.toContain('action_items_active_due');
    // Overdue by meeting sorts the actions it found by keys read from the index alone, never from their rows.
    const plan = check.prepare(`explain query plan select a.id from action_items a join agenda_items i on i.id = a.agenda_item_id
      join meetings m on m.id = i.meeting_id where a.status in ('open', 'in_progress') and coalesce(a.due_date, '9999-12-31') < '2026-06-30'
      order by m.year_be, m.number, i.position, a.position, a.id limit 200`).all() as { detail: string }[];
    expect(plan.map((l) => l.detail)).toContainEqual(expect.stringMatching(/^SEARCH a USING COVERING INDEX action_items_(status|active)_due_keys/));
    check.close();
    expect((before as { total: number }[]).some((l) => l.total > 0)).toBe(true);
    expect(withoutRecordVersions(after)).toEqual(withoutRecordVersions(before));
  });
});
