
import { withoutRecordVersions } from '../helpers/record-versions';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { latestVersion } from '../../electron/db/migrations/index';
import { backToShipped, coreWithRealMeetings, readAfterMigrating } from '../helpers/back-to-60';
import { keysNow } from '../helpers/list-keys';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('a SQLite migration before version 100');


describeSqlite('migration 0070-agency-list-keys', () => {
  it('fills every agency\'s sort keys from a version-60 database\'s record, and its trackers read the same afterwards', async () => {
    const t = await coreWithRealMeetings();
    const all = await t.call('actions.list', { today: '2026-06-30', limit: 1000 });
    // Some directives done and one undated, so the keys carry more than one status and the undated sort.
    await t.call('actions.bulkStatus', { ids: all.rows.slice(0, 4).map((r) => r.id), status: 'done' });
    await t.call('actions.update', { id: all.rows[5].id, dueDate: null });
    const agencies = [...new Set(all.rows.flatMap((r) => [r.leadOrgId, ...r.supportOrgIds]).filter((o): o is string => o !== null))];
    const lists = async (invoke: (args: object) => Promise<unknown>) => {
      const out: unknown[] = [];
      for (const organisationId of agencies) {
        for (const sort of ['due', 'status', 'created', 'meeting']) out.push(await invoke({ organisationId, sort, today: '2026-06-30', limit: 1000 }));
      }
      return out;
    };
    const before = await lists((args) => t.call('actions.list', args as never));

    // Version 60 as it shipped: this migration's table and triggers taken out, with what later ones add
    // (tests/helpers/back-to-60.ts), gives the schema a database migrated to 0060 has (checked against a fresh one).
    await backToShipped(t, 60);

    const after = await readAfterMigrating(t.dbPath, (invoke) => lists((args) => invoke('actions.list', args)));
    const check = new Database(t.dbPath, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion);
    check.close();
    const { stored, expected } = await keysNow(t.dbPath);
    expect(stored.length).toBe(all.rows.reduce((n, r) => n + (r.leadOrgId ? 1 : 0) + r.supportOrgIds.length, 0));
    expect(stored).toEqual(expected);
    expect(new Set(stored.map((k) => k.status))).toEqual(new Set(['open', 'done']));
    expect(stored.some((k) => k.due_sort === '9999-12-31')).toBe(true);
    expect(withoutRecordVersions(after)).toEqual(withoutRecordVersions(before));
  });
});
