import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { latestVersion } from '../../electron/db/migrations/index';
import { testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { backTo60 } from '../helpers/back-to-60';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly("SQLite's migrations before 100");

describeSqlite('migration 0120-officers', () => {
  it('adds officers and sessions to an older database with a meeting and its history, which read the same afterwards', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    await t.call('minutes.circulate', { meetingId });
    const before = await t.call('meetings.get', { id: meetingId });
    const history = await t.call('audit.list', { meetingId, limit: 1000 });
    await t.core.close();
    t.core.close = async () => {};

    // An earlier version as it shipped (60: the helper every migration test starts from; 0120 adds to no
    // table after 60 but audit_log), without officers, sessions or actor_id; every later migration runs.
    await backTo60(t.dbPath);
    const raw = new Database(t.dbPath, { readonly: true });
    expect(raw.prepare("select count(*) from pragma_table_info('audit_log') where name = 'actor_id'").pluck().get()).toBe(0);
    raw.close();

    const core = await openCore({ dbPath: t.dbPath, actor: 'os-user', log: () => {} });
    try {
      expect(await core.invoke('meetings.get', { id: meetingId })).toEqual({ ok: true, value: before });
      expect(await core.invoke('audit.list', { meetingId, limit: 1000 })).toEqual({ ok: true, value: history });
      // No accounts: one-officer mode goes on as before.
      expect(await core.auth.hasOfficers()).toBe(false);
      await core.auth.addOfficer({ name: 'อรุณี สารบรรณ', username: 'arunee', role: 'secretariat', password: 'ฝ่ายเลขา-2569!' });
      expect(await core.auth.hasOfficers()).toBe(true);
    } finally {
      await core.close();
    }
    const check = new Database(t.dbPath);
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion);
    // The entries written before 0120 name nobody by id; the table refuses a reporter without an agency itself.
    expect(check.prepare('select count(*) from audit_log where actor_id is not null').pluck().get()).toBe(0);
    expect(() => check.prepare("insert into officers (id, name, username, role, organisation_id, clearance, active, password_hash, created_at, updated_at) values ('x', 'ก', 'kk', 'reporter', null, 'none', 1, 'h', 'a', 'a')").run()).toThrow(/CHECK/);
    expect(() => check.prepare("insert into officers (id, name, username, role, organisation_id, clearance, active, password_hash, created_at, updated_at) values ('y', 'ข', 'ARUNEE2', 'admin', null, 'none', 1, 'h', 'a', 'a')").run()).toThrow(/CHECK/);
    check.close();
  });
});
