import { describe, expect, it } from 'vitest';
import { readPickQuery } from '../../electron/services/meeting-pick';
import { testCore } from '../helpers/core';

/**
 * Issue 11, pages: the tracker's meeting filter no longer reads every meeting of twenty years; it asks
 * `meetings.pick` for what the officer types. Runs on both engines (LIKE, ordering and the number
 * reading must answer alike on SQLite and PostgreSQL).
 */
describe('meetings.pick: the meetings a picker offers as the officer types', () => {
  async function twoSeries() {
    const t = await testCore();
    const board = await t.call('series.create', { nameTh: 'การประชุมคณะผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม' });
    const works = await t.call('series.create', { nameTh: 'การประชุมคณะทำงานด้านความมั่นคงปลอดภัยไซเบอร์' });
    const made: { id: string; label: string }[] = [];
    // Board: 1/2567 … 3/2567 and 1/2568 … 3/2568; working group: 1/2568, 2/2568.
    for (const date of ['2024-01-15', '2024-05-15', '2024-09-15', '2025-01-15', '2025-05-15', '2025-09-15']) {
      const m = await t.call('meetings.create', { seriesId: board.id, date });
      made.push({ id: m.id, label: `board ${m.number}/${m.yearBe}` });
    }
    for (const date of ['2025-02-10', '2025-06-10']) {
      const m = await t.call('meetings.create', { seriesId: works.id, date });
      await t.call('meetings.update', { id: m.id, venue: 'ห้องประชุมศูนย์ราชการ อาคารบี' });
      made.push({ id: m.id, label: `works ${m.number}/${m.yearBe}` });
    }
    const label = (ids: { id: string }[]) => ids.map((x) => made.find((m) => m.id === x.id)?.label);
    return { t, label };
  }

  it('offers the newest first with nothing typed, up to the limit', async () => {
    const { t, label } = await twoSeries();
    expect(label(await t.call('meetings.pick', { query: '', limit: 4 }))).toEqual(['board 3/2568', 'works 2/2568', 'board 2/2568', 'works 1/2568']);
  });

  it('finds a meeting by its number as printed, in Thai digits too, in every series that has it', async () => {
    const { t, label } = await twoSeries();
    expect(label(await t.call('meetings.pick', { query: '2/2567' }))).toEqual(['board 2/2567']);
    expect(label(await t.call('meetings.pick', { query: 'ครั้งที่ ๒/๒๕๖๘' }))).toEqual(['works 2/2568', 'board 2/2568']);
    // Still being typed: meeting 1 of the years 25xx, then a number alone, then a year.
    expect(label(await t.call('meetings.pick', { query: '1/25' }))).toEqual(['works 1/2568', 'board 1/2568', 'board 1/2567']);
    expect(label(await t.call('meetings.pick', { query: '3' }))).toEqual(['board 3/2568', 'board 3/2567']);
    expect(label(await t.call('meetings.pick', { query: '2567' }))).toEqual(['board 3/2567', 'board 2/2567', 'board 1/2567']);
    expect(await t.call('meetings.pick', { query: '9/2568' })).toEqual([]);
  });

  it('finds meetings by a word of the series\' name or the venue, every word required', async () => {
    const { t, label } = await twoSeries();
    expect(label(await t.call('meetings.pick', { query: 'ไซเบอร์' }))).toEqual(['works 2/2568', 'works 1/2568']);
    expect(label(await t.call('meetings.pick', { query: 'ผู้บริหาร', limit: 2 }))).toEqual(['board 3/2568', 'board 2/2568']);
    expect(label(await t.call('meetings.pick', { query: 'คณะทำงาน อาคารบี' }))).toEqual(['works 2/2568', 'works 1/2568']);
    expect(await t.call('meetings.pick', { query: 'ผู้บริหาร อาคารบี' })).toEqual([]);
    // A year among the words.
    expect(label(await t.call('meetings.pick', { query: 'ผู้บริหาร 2567' }))).toEqual(['board 3/2567', 'board 2/2567', 'board 1/2567']);
    expect(await t.call('meetings.pick', { query: 'ไซเบอร์ 2567' })).toEqual([]);
    // LIKE's own characters are taken as typed.
    expect(await t.call('meetings.pick', { query: '%' })).toEqual([]);
    const [first] = await t.call('meetings.pick', { query: 'ไซเบอร์', limit: 1 });
    expect(first).toMatchObject({ number: 2, yearBe: 2568, venue: 'ห้องประชุมศูนย์ราชการ อาคารบี', minutesStatus: 'draft', seriesName: 'การประชุมคณะทำงานด้านความมั่นคงปลอดภัยไซเบอร์' });
  });
});

describe('reading what was typed', () => {
  it('tells a meeting number, a year, a number and words apart', () => {
    expect(readPickQuery('  ')).toEqual({ kind: 'latest' });
    expect(readPickQuery('8/2564')).toEqual({ kind: 'number', number: 8, years: [2564, 2564] });
    expect(readPickQuery('8/')).toEqual({ kind: 'number', number: 8, years: null });
    expect(readPickQuery('๘/๒๕๖')).toEqual({ kind: 'number', number: 8, years: [2560, 2569] });
    expect(readPickQuery('2564')).toEqual({ kind: 'year', yearBe: 2564 });
    expect(readPickQuery('ครั้งที่ 12')).toEqual({ kind: 'number', number: 12, years: null });
    expect(readPickQuery('งบประมาณ 2564')).toEqual({ kind: 'words', words: ['งบประมาณ'], yearBe: 2564 });
    expect(readPickQuery('ห้อง 801')).toEqual({ kind: 'words', words: ['ห้อง', '801'] });
  });
});
