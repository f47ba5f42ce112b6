import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Args, Result } from '../../shared/contract';
import type { SearchHit } from '../../shared/schemas/search';
import { type TestCore, testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { readRealMeeting, realMeetingFile } from '../helpers/real-meeting';

// Issue 12: "results ranked", as the search dialog says: the records whose title names the query first,
// newest first, from any year; then the rest, newest first (electron/services/search/rank.ts).

const search = async (t: TestCore, args: Args<'search.query'>): Promise<SearchHit[]> =>
  ((await t.call('search.query', { limit: 100, kinds: ['item'], ...args })) as Result<'search.query'>).groups[0]?.hits ?? [];
const prose = (name: string) => readFileSync(new URL(`../fixtures/real/prose/${name}.txt`, import.meta.url), 'utf8').split('\n').filter(Boolean);

describe('search: ranking', () => {
  it('puts an item whose subject holds the phrase above a newer item that mentions it in a long summary', async () => {
    const t = await testCore();
    // The Cabinet of 14 March 2566: one subject names the loan-screening committee (เงินกู้).
    const cabinet = (await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') })).meetingId;
    const titled = readRealMeeting('cabinet-style').items.filter((i) => i.subject.includes('เงินกู้'));
    expect(titled).toHaveLength(1);
    // The demo meeting 2/2568, newer: an item on the Social Bond whose summary is the Cabinet's own
    // 2,854-character account of it (19 August 2568), which says เงินกู้ twice along the way.
    const demo = await loadDemo(t);
    const account = prose('thaigov-cabinet-2568-08-19-selected-items').find((line) => line.includes('เงินกู้') && line.length > 2000)!;
    expect(account.split('เงินกู้')).toHaveLength(3);
    const { agendaItems } = await t.call('meetings.get', { id: demo });
    const bond = await t.call('agenda.create', {
      meetingId: demo, sectionId: agendaItems[0].sectionId, subject: 'การกู้ยืมเงินโดยการออกพันธบัตรเพื่อสังคม (Social Bond)', summary: account,
    });

    const hits = await search(t, { text: 'เงินกู้' });
    const ids = hits.map((h) => h.id);
    expect(hits[0]).toMatchObject({ title: titled[0].subject, meeting: { id: cabinet, number: expect.stringMatching(/\/2566$/) } });
    expect(ids).toContain(bond.id);
    expect(ids.indexOf(bond.id)).toBeGreaterThan(0);
    // Newest first would have put it on top: its meeting is two years newer.
    expect(hits.find((h) => h.id === bond.id)?.meeting?.number).toBe('2/2568');
    // The snippet still shows where the long text says it.
    const marked = hits.find((h) => h.id === bond.id)?.snippet.filter((p) => p.hit).map((p) => p.text) ?? [];
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m) => m === 'เงินกู้')).toBe(true);
  });

  it('gives records that match alike to the newer meeting (a later year), whatever order they were written in', async () => {
    const t = await testCore();
    // The same real MNRE agenda twice: a year later (3/2567), imported first, then the original 3/2566.
    const later = realMeetingFile('ministry-executives');
    later.meeting = { ...later.meeting, yearBe: 2567, date: '2024-11-13' };
    // The file's อสส. is the zoo; the reference list gives the abbreviation to the Attorney General's office.
    const renameOrganisations = { 'อสส.': 'อสส.(สวนสัตว์)' };
    const newer = (await t.call('exchange.importMeeting', { file: later, renameOrganisations })).meetingId;
    const older = (await t.call('exchange.importMeeting', { file: realMeetingFile('ministry-executives'), renameOrganisations })).meetingId;
    for (const text of ['อีกัวน่า', 'ฝุ่นละอองขนาดเล็ก', 'ภัยแล้ง']) {
      const hits = await search(t, { text });
      expect(hits.map((h) => h.meeting?.id)).toEqual([newer, older]);
      expect(hits[0].title).toBe(hits[1].title);
    }
  });

  it('finds the items whose subject names the query in an older meeting, though over a hundred newer items mention it', async () => {
    const t = await testCore();
    // The Cabinet of 14 March 2566: many subjects say การ (การขออนุมัติ…, การแต่งตั้ง…).
    const cabinet = (await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') })).meetingId;
    const demo = await loadDemo(t);
    const { agendaItems } = await t.call('meetings.get', { id: demo });
    // A hundred and one newer items (2/2568) that say การ only in their summary: sentences of real thaigov.go.th prose.
    const sentences = readdirSync(new URL('../fixtures/real/prose/', import.meta.url))
      .flatMap((f) => prose(f.replace(/\.txt$/, ''))).flatMap((p) => p.split(' ')).filter((x) => x.includes('การ') && x.length > 40);
    expect(sentences.length).toBeGreaterThan(100);
    const mentions = new Set<string>();
    for (const summary of sentences.slice(0, 101)) {
      mentions.add((await t.call('agenda.create', { meetingId: demo, sectionId: agendaItems[0].sectionId, subject: 'เรื่องเพื่อทราบจากหน่วยงาน', summary })).id);
    }

    const hits = await search(t, { text: 'การ' });
    const named = (h: SearchHit) => h.title.includes('การ');
    const firstMention = hits.findIndex((h) => !named(h));
    expect(firstMention).toBeGreaterThan(0);
    // Every item of the Cabinet's whose subject says การ, before any newer item that only mentions it.
    const cabinetTitled = (await t.call('meetings.get', { id: cabinet })).agendaItems.filter((i) => i.subject.includes('การ')).map((i) => i.id);
    expect(cabinetTitled.length).toBeGreaterThan(20);
    expect(hits.slice(0, firstMention).map((h) => h.id)).toEqual(expect.arrayContaining(cabinetTitled));
    // Titles newest first (the demo's 2568 before the Cabinet's 2566), then the mentions, newest first.
    const years = hits.slice(0, firstMention).map((h) => Number(h.meeting?.number.split('/')[1]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(hits.slice(firstMention).every((h) => !named(h) && mentions.has(h.id))).toBe(true);
  });

  it('follows a subject as it is edited: named, the item comes first; renamed, it falls back among the newest', async () => {
    const t = await testCore();
    const demo = await loadDemo(t);
    const { agendaItems } = await t.call('meetings.get', { id: demo });
    const older = (await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') })).meetingId;
    const [item] = (await t.call('meetings.get', { id: older })).agendaItems;
    const newer = await t.call('agenda.create', { meetingId: demo, sectionId: agendaItems[0].sectionId, subject: 'เรื่องเพื่อทราบ', summary: 'รายงานผลการตรวจสอบอีกัวน่าในพื้นที่' });
    const ids = async () => (await search(t, { text: 'อีกัวน่า' })).map((h) => h.id);
    await t.call('agenda.update', { id: item.id, summary: 'พบอีกัวน่าในพื้นที่' });
    expect(await ids()).toEqual([newer.id, item.id]);
    await t.call('agenda.update', { id: item.id, subject: 'ปัญหาอีกัวน่า' });
    expect(await ids()).toEqual([item.id, newer.id]);
    await t.call('agenda.update', { id: item.id, subject: item.subject });
    expect(await ids()).toEqual([newer.id, item.id]);
  });
});
