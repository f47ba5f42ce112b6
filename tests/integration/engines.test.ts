import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { openCore } from '../../electron/api';
import type { LekhaEvent } from '../../shared/contract';
import { foldCase, normaliseSearchText } from '../../shared/search-text';
import { seriesWithMeeting, testCore } from '../helpers/core';
import { onPostgres, rawQuery } from '../helpers/pg';

// Issue 15: one core on two engines. These run on both: on SQLite against a file, on the PostgreSQL run
// of the matrix against the test's own database.

// On SQLite two cores in one process cannot overlap a write: the second's BEGIN IMMEDIATE waits in the
// one thread the first needs to finish (officers on SQLite are separate processes, each with the busy timeout).
describe.skipIf(!onPostgres)('two officers writing at once on a server', () => {
  it('take turns: twenty meetings created at the same moment from two cores get the numbers 1 to 20, none twice', async () => {
    const t = await testCore();
    const { series } = await seriesWithMeeting(t, '2026-01-05');
    // A second core on the same database: a second officer's screen, another client of the server.
    const other = await openCore({ dbPath: t.dbPath, filesDir: t.filesDir, actor: 'เจ้าหน้าที่คนที่สอง', log: () => {} });
    try {
      const create = (core: typeof other, day: number) => core.invoke('meetings.create', { seriesId: series.id, date: `2026-02-${String(day).padStart(2, '0')}` });
      const answers = await Promise.all(Array.from({ length: 19 }, (_, i) => create(i % 2 ? other : t.core, i + 1)));
      expect(answers.filter((a) => !a.ok)).toEqual([]);
      const numbers = (await rawQuery<{ number: number }>(t.dbPath, 'select number from meetings order by number')).map((r) => r.number);
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      // Each change is in the audit log under the officer who made it.
      const actors = await rawQuery<{ actor: string; n: number }>(t.dbPath, "select actor, count(*) as n from audit_log where entity = 'meetings' and action = 'create' group by actor order by actor");
      expect(new Map(actors.map((a) => [a.actor, Number(a.n)]))).toEqual(new Map([['ทดสอบ', 11], ['เจ้าหน้าที่คนที่สอง', 9]]));
    } finally {
      await other.close();
    }
  });
});

describe.skipIf(!onPostgres)('live updates between two servers on one PostgreSQL database', () => {
  it("reach a screen of the other server (LISTEN/NOTIFY): the item's new version and who saved it, and nothing for a refused save", async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t, '2026-01-05');
    const other = await openCore({ dbPath: t.dbPath, filesDir: t.filesDir, actor: 'เจ้าหน้าที่คนที่สอง', log: () => {} });
    try {
      const heard: LekhaEvent[] = [];
      other.subscribe((e) => heard.push(e));
      let item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: 'รายงานผลการดำเนินงาน' });
      // The listener connects a moment after the screen subscribes, and a save before it listens is not
      // heard (as a screen opened after a save shows it by reading): save until one is heard.
      await vi.waitFor(async () => {
        if (heard.some((e) => e.type === 'changed' && e.id === item.id)) return;
        item = await t.call('agenda.update', { id: item.id, version: item.version, summary: `ฉบับที่ ${item.version + 1}` });
        throw new Error('not heard yet');
      }, { timeout: 10_000, interval: 200 });
      const updated = await t.call('agenda.update', { id: item.id, version: item.version, subject: 'รายงานผลการดำเนินงาน ไตรมาสที่ 1' });
      await vi.waitFor(() => expect(heard).toContainEqual(expect.objectContaining({ type: 'changed', entity: 'agenda_items', id: item.id, version: updated.version })), { timeout: 10_000 });
      const count = heard.length;
      // A save on the stale copy is refused, and announces nothing.
      expect(await other.invoke('agenda.update', { id: item.id, version: item.version, subject: 'ฉบับเก่า' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      await new Promise((r) => setTimeout(r, 300));
      expect(heard.length).toBe(count);
    } finally {
      await other.close();
    }
  });
});

describe.skipIf(!onPostgres)('search text on PostgreSQL', () => {
  it('is normalised in SQL exactly as shared/search-text.ts does it, on real government prose', async () => {
    const t = await testCore();
    const dir = new URL('../fixtures/real/prose/', import.meta.url);
    const lines = readdirSync(dir).flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split('\n')).filter((l) => l.trim()).slice(0, 400);
    // The passes each matter somewhere: Thai digits, ำ typed in two, zero-width and odd spaces, capitals.
    const made = ['ดําเนินการ ๒๕๖๘', 'ขั้นตอน\u200bใน\u00a0การ   ดำเนินการ\t', 'Social Bond ครั้งที่ ๑/๒๕๖๗'];
    for (const text of [...made, ...lines]) {
      const [{ n }] = await rawQuery<{ n: string }>(t.dbPath, 'select lekha_search_text($1) as n', [text]);
      expect(n, text.slice(0, 60)).toBe(foldCase(normaliseSearchText(text)));
    }
  });
});

describe('the engine a core runs on', () => {
  it('is the one the test matrix chose', async () => {
    const t = await testCore();
    expect(t.core.engine).toBe(onPostgres ? 'postgres' : 'sqlite');
    expect(t.dbPath.startsWith('postgres://')).toBe(onPostgres);
    // A server's password is never shown where the database is named.
    if (onPostgres) expect(t.core.dbPath).not.toContain(':lekha@');
  });
});
