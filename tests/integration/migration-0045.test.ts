import { join } from 'node:path';
import { withoutRecordVersions } from '../helpers/record-versions';
import { versionedTables } from '../../electron/db/migrations/0110-record-versions';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { migrate } from '../../electron/db/migrate';
import { latestVersion, migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open';
import { seriesWithMeeting, tempDir, testCore } from '../helpers/core';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('a SQLite migration before version 100');

const ADDED = ['action_items_keys', 'agenda_items_keys', 'meetings_keys', 'progress_updates_latest', 'agenda_items_section',
  'policy_questions_policy', 'policy_positions_question', 'policy_milestones_policy', 'indicators_policy'];

const schemaOf = (sqlite: Database.Database) =>
  (sqlite.prepare("select type, name, sql from sqlite_schema where name not like 'sqlite_%' order by name").all() as { sql: string }[]);

describeSqlite('migration 0045-list-keys', () => {
  it('adds the list indexes to a version-30 database with its record (and the later migrations run too), which reads the same afterwards', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t, '2026-10-07');
    const orgs = await t.call('organisations.list', {});
    const nso = orgs.find((o) => o.abbrTh === 'สสช.')!;
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: 'สำมะโนประชากรและเคหะ' });
    const action = await t.call('actions.create', { agendaItemId: item.id, kind: 'directive', text: 'ประชาสัมพันธ์แอปทางรัฐ', dueDate: '2026-12-31', leadOrgId: nso.id });
    await t.call('actions.addProgress', { actionId: action.id, date: '2026-10-20', text: 'เริ่มประชาสัมพันธ์แล้ว', percent: 20 });
    await t.call('actions.addProgress', { actionId: action.id, date: '2026-11-10', text: 'ประชาสัมพันธ์ครบทุกจังหวัด', percent: 60 });
    const before = await t.call('actions.list', { organisationId: nso.id, today: '2026-11-25' });
    // The test's core is closed after the test; until then it must not hold the file the migration changes.
    await t.core.close();
    t.core.close = async () => {};

    // Version 30 as it shipped: this migration only adds and drops indexes, so taking them back out
    // gives exactly the schema a database migrated to 0030 has (checked against a fresh one).
    const raw = new Database(t.dbPath);
    for (const name of ADDED) raw.exec(`drop index ${name}`);
    raw.exec('CREATE INDEX progress_updates_action ON progress_updates(action_id, date)');
    const fresh = openDatabase(join(tempDir(), 'v30.db'));
    await migrate(fresh.db, { migrations: migrations.filter((m) => m.version <= 30) });
    // The later migrations (search, export register) only add tables, triggers and indexes: whatever a
    // version-30 database lacks goes too (a table's own triggers and indexes with it).
    const known = new Set((schemaOf(fresh.sqlite) as unknown as { name: string }[]).map((o) => o.name));
    const later = (schemaOf(raw) as unknown as { type: string; name: string; sql: string | null }[]).filter((o) => !known.has(o.name));
    for (const o of later.filter((x) => x.type === 'table' && x.sql?.startsWith('CREATE VIRTUAL'))) raw.exec(`drop table if exists "${o.name}"`);
    for (const type of ['trigger', 'table', 'index']) for (const o of later.filter((x) => x.type === type)) raw.exec(`drop ${type} if exists "${o.name}"`);
    // 0090 adds a column to a table version 30 has: out it goes again. 0105 replaced two of 0030's indexes: back they come.
    raw.exec('ALTER TABLE attachments DROP COLUMN secrecy');
    raw.exec("CREATE INDEX action_items_status_due_sort ON action_items(status, coalesce(due_date, '9999-12-31'), id)");
    raw.exec("CREATE INDEX action_items_active_due ON action_items(coalesce(due_date, '9999-12-31'), id) WHERE status IN ('open', 'in_progress')");
    // 0120 adds the officer's id to the audit log.
    raw.exec('ALTER TABLE audit_log DROP COLUMN actor_id');
    // 0110 adds a record version to tables version 30 has: out with those too.
    const v30Tables = new Set((schemaOf(fresh.sqlite) as unknown as { type: string; name: string }[]).filter((o) => o.type === 'table').map((o) => o.name));
    for (const table of versionedTables.filter((name) => v30Tables.has(name))) raw.exec(`ALTER TABLE ${table} DROP COLUMN version`);
    raw.pragma('user_version = 30');
    expect(schemaOf(raw)).toEqual(schemaOf(fresh.sqlite));
    await fresh.close();
    raw.close();

    const core = await openCore({ dbPath: t.dbPath, log: () => {} });
    const after = await core.invoke('actions.list', { organisationId: nso.id, today: '2026-11-25' });
    await core.close();
    const check = new Database(t.dbPath, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion);
    const indexes = (check.prepare("select name from sqlite_schema where type = 'index'").pluck().all() as string[]);
    expect(indexes).toEqual(expect.arrayContaining(ADDED));
    expect(indexes).not.toContain('progress_updates_action');
    expect(check.prepare('select count(*) from progress_updates').pluck().get()).toBe(2);
    check.close();
    expect(withoutRecordVersions(after)).toEqual({ ok: true, value: withoutRecordVersions(before) });
    expect(before.rows[0].lastProgress).toMatchObject({ date: '2026-11-10', percent: 60 });
  });
});
