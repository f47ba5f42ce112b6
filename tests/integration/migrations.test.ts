import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { LEKHA_APPLICATION_ID, migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open';
import { loadReferenceData } from '../../electron/services/reference-data';
import { tempDir } from '../helpers/core';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly("SQLite's own migration history before version 100; PostgreSQL starts at the baseline (pg-schema.test.ts)");

const at = '2026-11-25T09:00:00.000Z';
const freshPath = () => join(tempDir(), 'lekha.db');

describeSqlite('migration 0010-initial on a new database', () => {
  it('creates every record of DOMAIN.md as STRICT tables, WAL, with foreign keys on', async () => {
    const { db, sqlite, close } = openDatabase(freshPath());
    const report = await migrate(db, { onCreate: (trx) => loadReferenceData(trx, at) });
    expect(report).toEqual({ from: 0, to: 135, applied: ['0010-initial', '0020-record-integrity', '0030-scale', '0045-list-keys', '0050-search', '0060-export-register', '0070-agency-list-keys', '0075-minutes-text', '0080-meeting-evidence', '0090-secrecy', '0100-disclosure-retention', '0105-status-due-keys', '0110-record-versions', '0120-officers', '0125-agenda-order', '0130-evidence-versions', '0135-search-subjects'] });
    const tables = sqlite.prepare("select name, strict from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite_%'").all() as { name: string; strict: number }[];
    const names = tables.map((t) => t.name);
    for (const table of [
      'meeting_series', 'meetings', 'organisations', 'people', 'attendance', 'agenda_items', 'attachments', 'minutes',
      'minutes_versions', 'action_items', 'action_owners', 'progress_updates', 'policies', 'policy_stage_history',
      'policy_questions', 'policy_positions', 'policy_milestones', 'indicators', 'indicator_values', 'audit_log', 'settings',
      'export_register', 'identity_checks', 'participant_reports', 'participant_rows', 'participant_aliases', 'meeting_recordings', 'sent_documents', 'officers', 'officer_sessions',
    ]) expect(names).toContain(table);
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(135);
    expect(sqlite.pragma('application_id', { simple: true })).toBe(LEKHA_APPLICATION_ID);
    await close();
  });

  it('loads the reference data: agencies, agenda sections and stage templates', async () => {
    const { db, close } = openDatabase(freshPath());
    await migrate(db, { onCreate: (trx) => loadReferenceData(trx, at) });
    const abbrs = (await db.selectFrom('organisations').select('abbr_th').execute()).map((r) => r.abbr_th);
    expect(abbrs).toEqual(expect.arrayContaining(['สสช.', 'สดช.', 'ดีป้า', 'สพธอ.', 'สกมช.', 'NT', 'ปณท.', 'สปน.', 'สพร.']));
    const sections = await db.selectFrom('section_templates').select(['default_position', 'title_th']).orderBy('default_position').execute();
    expect(sections.map((s) => s.title_th)).toEqual([
      'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ', 'เรื่องรับรองรายงานการประชุม', 'เรื่องสืบเนื่องจากการประชุมครั้งก่อน',
      'เรื่องเพื่อพิจารณา', 'เรื่องเพื่อทราบ', 'เรื่องอื่น ๆ (ถ้ามี)',
    ]);
    const bill = await db.selectFrom('stage_templates').innerJoin('template_stages', 'template_stages.template_id', 'stage_templates.id')
      .select(['template_stages.name_th', 'template_stages.position']).where('stage_templates.kind', '=', 'bill').orderBy('position').execute();
    expect(bill[3].name_th).toBe('สำนักงานคณะกรรมการกฤษฎีกาตรวจพิจารณา');
    expect(bill.map((s) => s.name_th)).toContain('ประกาศในราชกิจจานุเบกษา');
    await close();
  });

  it('does nothing the second time', async () => {
    const path = freshPath();
    await (await openCore({ dbPath: path })).close();
    const { db, close } = openDatabase(path);
    expect(await migrate(db)).toEqual({ from: 135, to: 135, applied: [] });
    await close();
  });
});

describeSqlite('the migration runner', () => {
  it('refuses a database written by a newer Lekha, in Thai, and leaves it untouched', async () => {
    const path = freshPath();
    await (await openCore({ dbPath: path })).close();
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.close();
    await expect(openCore({ dbPath: path })).rejects.toThrow(/รุ่นที่ใหม่กว่า.*999/);
    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(999);
    again.close();
  });

  it('refuses a SQLite file that is not Lekha\'s', async () => {
    const path = freshPath();
    const raw = new Database(path);
    raw.exec('create table invoices (id integer primary key)');
    raw.close();
    await expect(openCore({ dbPath: path })).rejects.toThrow(/ไม่ใช่ของโปรแกรมเลขา/);
  });

  it('runs pending migrations in one transaction: a failing one leaves the database as it was', async () => {
    const path = freshPath();
    const { db, sqlite, close } = openDatabase(path);
    const broken = [...migrations, {
      version: 990, name: '0990-broken',
      up: async (trx: typeof db) => {
        await sql`create table half_done (id text) strict`.execute(trx);
        await sql`select * from no_such_table`.execute(trx);
      },
    }];
    await expect(migrate(db, { migrations: broken as typeof migrations })).rejects.toThrow();
    expect(sqlite.pragma('user_version', { simple: true })).toBe(0);
    expect(sqlite.prepare("select count(*) n from sqlite_schema where type='table'").get()).toEqual({ n: 0 });
    await close();
  });

  it('carries data from the previous version through a later migration', async () => {
    const path = freshPath();
    const core = await openCore({ dbPath: path });
    const person = await core.invoke('people.create', { firstName: 'มาลี', lastName: 'สายสุวรรณ' });
    expect(person.ok).toBe(true);
    await core.close();
    const { db, close } = openDatabase(path);
    const next = [...migrations, {
      version: 990, name: '0990-nickname',
      up: async (trx: typeof db) => void (await sql`alter table people add column nickname text not null default ''`.execute(trx)),
    }];
    expect((await migrate(db, { migrations: next as typeof migrations })).applied).toEqual(['0990-nickname']);
    const rows = await sql<{ first_name: string; nickname: string }>`select first_name, nickname from people`.execute(db);
    expect(rows.rows).toEqual([{ first_name: 'มาลี', nickname: '' }]);
    await close();
  });
});
