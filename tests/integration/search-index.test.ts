import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { openDatabase } from '../../electron/db/open';
import type { SearchHit } from '../../shared/schemas/search';
import { tempDir } from '../helpers/core';
import { onPostgres } from '../helpers/pg';
import { realMeetingFile } from '../helpers/real-meeting';

// Issue 12 and migration 0135: every index holds its documents under their ids negated, so a meeting
// imported (many documents in one transaction) goes in below everything there is, a segment a document;
// FTS5 merges as it goes and the core merges more when it closes. The index must stay whole through it.

const indexes = ['search_meeting', 'search_item', 'search_minutes', 'search_directive', 'search_progress', 'search_policy', 'search_attachment', 'search_subjects'];

describe.skipIf(onPostgres)('the search index through imports and a close', () => {
  it('finds the newest meeting first, passes FTS5\'s own check of every index, and again after the core closed and merged', async () => {
    const path = `${tempDir()}/imports.db`;
    const core = await openCore({ dbPath: path, log: () => {} });
    // The same real Cabinet agenda in three years, imported oldest first, each in its own transaction.
    const ids: string[] = [];
    for (const [yearBe, date] of [[2566, '2023-03-14'], [2567, '2024-03-12'], [2568, '2025-03-11']] as const) {
      const file = realMeetingFile('cabinet-style');
      file.meeting = { ...file.meeting, yearBe, date };
      const imported = await core.invoke('exchange.importMeeting', { file });
      expect(imported.ok).toBe(true);
      ids.push((imported as { value: { meetingId: string } }).value.meetingId);
    }
    const newestFirst = async () => {
      const r = await core.invoke('search.query', { text: 'เงินกู้', kinds: ['item'] });
      const hits = (r as { value: { groups: { hits: SearchHit[] }[] } }).value.groups[0].hits;
      return [...new Set(hits.map((h) => h.meeting?.id))];
    };
    expect(await newestFirst()).toEqual([ids[2], ids[1], ids[0]]);
    await core.close();

    const { sqlite, close } = openDatabase(path);
    for (const table of indexes) expect(() => sqlite.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run(), table).not.toThrow();
    // Every document is in its index once, under its id negated.
    const docs = Number(sqlite.prepare("SELECT count(*) FROM search_docs WHERE kind = 'item'").pluck().get());
    expect(Number(sqlite.prepare('SELECT count(*) FROM search_item_docsize WHERE id < 0').pluck().get())).toBe(docs);
    expect(Number(sqlite.prepare('SELECT count(*) FROM search_subjects_docsize').pluck().get())).toBe(docs);
    await close();

    const again = await openCore({ dbPath: path, log: () => {} });
    const r = await again.invoke('search.query', { text: 'เงินกู้', kinds: ['item'] });
    expect((r as { value: { groups: { count: number }[] } }).value.groups[0].count).toBeGreaterThanOrEqual(3);
    await again.close();
  });
});
