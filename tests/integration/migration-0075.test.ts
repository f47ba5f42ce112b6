import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { latestVersion } from '../../electron/db/migrations/index';
import { backTo60 } from '../helpers/back-to-60';
import type { Result } from '../../shared/contract';
import { testCore } from '../helpers/core';
import { realMeetingFile } from '../helpers/real-meeting';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('a SQLite migration before version 100');

// Migration 0075-minutes-text: each meeting's latest minutes as plain lines beside the versions' JSON,
// filled for an existing database and kept by triggers (issue 12, search speed).

const textOf = (sqlite: Database.Database, meetingId: string) =>
  sqlite.prepare('SELECT version, text FROM minutes_text WHERE meeting_id = ?').get(meetingId) as { version: number; text: string } | undefined;
const linesOf = (sqlite: Database.Database, meetingId: string) =>
  (sqlite.prepare("SELECT json_extract(content, '$.text') FROM minutes_versions WHERE meeting_id = ? ORDER BY version DESC LIMIT 1").pluck().get(meetingId) as string);

describeSqlite('migration 0075-minutes-text', () => {
  it('fills the text of a version-60 database from the latest version of each meeting, and the search finds it', async () => {
    const t = await testCore();
    const renameOrganisations = { 'อสส.': 'อสส.(สวนสัตว์)' };
    const mnre = (await t.call('exchange.importMeeting', { file: realMeetingFile('ministry-executives'), renameOrganisations })).meetingId;
    await t.call('minutes.circulate', { meetingId: mnre });
    const item = (await t.call('meetings.get', { id: mnre })).agendaItems.find((i) => i.subject.includes('อีกัวน่า'))!;
    await t.call('agenda.update', { id: item.id, resolution: 'ที่ประชุมรับทราบ และมอบกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช ควบคุมประชากรอีกัวน่าในพื้นที่ระบาด' });
    await t.call('minutes.circulate', { meetingId: mnre });
    await t.core.close();
    t.core.close = async () => {};

    // Version 60 as it shipped: no minutes_text, no triggers of it (nor what later migrations add).
    await backTo60(t.dbPath);

    const core = await openCore({ dbPath: t.dbPath, log: () => {} });
    const answer = await core.invoke('search.query', { text: 'ควบคุมประชากรอีกัวน่า', kinds: ['minutes'] });
    await core.close();
    const check = new Database(t.dbPath, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion);
    const row = textOf(check, mnre);
    expect(row?.version).toBe(2);
    expect(row?.text.split('\n')).toEqual(JSON.parse(linesOf(check, mnre)));
    expect(row?.text).toContain('ควบคุมประชากรอีกัวน่าในพื้นที่ระบาด');
    check.close();
    const found = (answer as { ok: true; value: Result<'search.query'> }).value.groups[0];
    expect(found.hits).toMatchObject([{ id: mnre, kind: 'minutes', place: 'ครั้งที่ 3/2566' }]);
    expect(found.hits[0].snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['ควบคุมประชากรอีกัวน่า']);
  });

  it('keeps the text of the latest version as versions are written and taken out', async () => {
    const t = await testCore();
    const renameOrganisations = { 'อสส.': 'อสส.(สวนสัตว์)' };
    const mnre = (await t.call('exchange.importMeeting', { file: realMeetingFile('ministry-executives'), renameOrganisations })).meetingId;
    const raw = new Database(t.dbPath, { readonly: true });
    expect(textOf(raw, mnre)).toBeUndefined();
    await t.call('minutes.circulate', { meetingId: mnre });
    expect(textOf(raw, mnre)?.version).toBe(1);
    const item = (await t.call('meetings.get', { id: mnre })).agendaItems.find((i) => i.subject.includes('ภัยแล้ง'))!;
    await t.call('agenda.update', { id: item.id, resolution: 'ที่ประชุมมอบกรมทรัพยากรน้ำบาดาลเร่งขุดเจาะบ่อน้ำบาดาลในพื้นที่ขาดแคลนน้ำ' });
    await t.call('minutes.circulate', { meetingId: mnre });
    expect(textOf(raw, mnre)?.version).toBe(2);
    expect(textOf(raw, mnre)?.text).toContain('เร่งขุดเจาะบ่อน้ำบาดาลในพื้นที่ขาดแคลนน้ำ');
    raw.close();
    // A version taken out (nothing in Lekha does it once circulated; a repair tool might): the one before
    // it is the text again, and with none left there is no text.
    await t.core.close();
    t.core.close = async () => {};
    const tool = new Database(t.dbPath);
    tool.prepare('DELETE FROM minutes_versions WHERE meeting_id = ? AND version = 2').run(mnre);
    expect(textOf(tool, mnre)?.version).toBe(1);
    expect(textOf(tool, mnre)?.text).not.toContain('เร่งขุดเจาะบ่อน้ำบาดาล');
    tool.prepare('DELETE FROM minutes_versions WHERE meeting_id = ?').run(mnre);
    expect(textOf(tool, mnre)).toBeUndefined();
    tool.close();
  });
});
