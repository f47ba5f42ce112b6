import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { latestVersion } from '../../electron/db/migrations/index';
import { backTo60 } from '../helpers/back-to-60';
import { testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('a SQLite migration from version 90');

describeSqlite('migration 0100-disclosure-retention', () => {
  it('adds disclosure, retention and destruction decisions to a version-60 database with a meeting, which reads the same afterwards', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    await t.call('minutes.circulate', { meetingId });
    const before = await t.call('meetings.get', { id: meetingId });
    await t.core.close();
    t.core.close = async () => {};

    // Version 60 as it shipped: without 0100's tables (nor what other migrations after 60 add).
    await backTo60(t.dbPath);

    const core = await openCore({ dbPath: t.dbPath, log: () => {} });
    try {
      expect(await core.invoke('meetings.get', { id: meetingId })).toEqual({ ok: true, value: before });
      // Minutes permanent, the others ten years; every item public until someone says otherwise.
      expect(await core.invoke('retention.get', {})).toEqual({ ok: true, value: [
        { kind: 'minutes', years: null, version: 1 }, { kind: 'working_papers', years: 10, version: 1 }, { kind: 'attachments', years: 10, version: 1 },
      ] });
      expect(await core.invoke('disclosure.list', { meetingId })).toEqual({ ok: true, value: [] });
      const item = before.agendaItems[0];
      const set = await core.invoke('disclosure.set', { agendaItemId: item.id, status: 'withheld', category: '4', reason: 'มีรายละเอียดที่ตั้งของศูนย์ข้อมูล' });
      expect(set.ok).toBe(true);
    } finally {
      await core.close();
    }
    const check = new Database(t.dbPath, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion);
    // The table itself refuses a withholding without its reason, whatever writes to it.
    const sql = "insert into item_disclosure (id, status, category, reason, updated_at) values (?, 'withheld', '1', '  ', 'x')";
    check.close();
    const write = new Database(t.dbPath);
    expect(() => write.prepare(sql).run(before.agendaItems[1].id)).toThrow(/CHECK/);
    write.close();
  });
});
