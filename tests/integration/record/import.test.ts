import { rawQuery } from '../../helpers/pg';
import { describe, expect, it } from 'vitest';
import type { ExchangeFile } from '../../../shared/exchange';
import { testCore } from '../../helpers/core';
import { demoFile } from '../../helpers/demo';
import { realMeetingFile } from '../../helpers/real-meeting';

const rowCounts = async (path: string) => {
  const tables = ['organisations', 'people', 'meetings', 'agenda_items', 'action_items', 'series_sections', 'audit_log'];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, (await rawQuery<{ n: number }>(path, `select count(*) n from ${t}`))[0].n])));
};

// The zoo organisation writes itself อสส., which the reference list gives the Attorney General's office.
const ZOO = { 'อสส.': 'อสส.(สวนสัตว์)' };

describe('importing a real meeting the database has never seen', () => {
  it('goes in at the first try: the Cabinet meeting of 14 March 2566 creates the organisations it lists and keeps its own sections', async () => {
    const t = await testCore();
    const file = realMeetingFile('cabinet-style');
    const before = new Set((await t.call('organisations.list', {})).map((o) => o.abbrTh));
    const lacking = file.organisations.filter((o) => !before.has(o.abbrTh)).map((o) => o.abbrTh);
    expect(lacking.length).toBeGreaterThanOrEqual(3);

    const result = await t.call('exchange.importMeeting', { file });
    // Those the database has under another abbreviation (same name) are used, not made twice.
    expect([...result.createdOrganisations.map((o) => o.abbrTh), ...result.reusedOrganisations.map((o) => o.fileAbbr)].sort()).toEqual([...lacking].sort());
    for (const o of result.reusedOrganisations) expect(before.has(o.abbrTh)).toBe(true);
    const orgs = await t.call('organisations.list', {});
    // Created from a file nobody here checked: flagged, unless the file vouched for the abbreviation.
    const created = orgs.filter((o) => lacking.includes(o.abbrTh));
    expect(created).toHaveLength(result.createdOrganisations.length);
    expect(created.every((o) => o.active)).toBe(true);
    expect(created.some((o) => !o.abbrVerified)).toBe(true);
    const history = await t.call('audit.list', { entity: 'organisations', limit: 500 });
    expect(history.filter((h) => h.action === 'create').length).toBe(created.length);

    const meeting = await t.call('meetings.get', { id: result.meetingId });
    const series = (await t.call('series.list', {})).find((s) => s.id === meeting.seriesId)!;
    expect(series.sections.map((s) => `${s.position} ${s.titleTh}`)).toEqual(['1 กฎหมาย', '2 เศรษฐกิจ-สังคม', '3 ต่างประเทศ', '4 แต่งตั้ง']);
    expect(meeting.agendaItems.filter((i) => i.parentId === null)).toHaveLength(file.agendaItems.length);
    expect(meeting.agendaItems.map((i) => i.number)).toContain('2.22');
  });

  it('keeps the order of directives through import, export and a second import', async () => {
    const a = await testCore();
    const file = realMeetingFile('ministry-executives');
    const { meetingId } = await a.call('exchange.importMeeting', { file, renameOrganisations: ZOO });
    const wanted = file.agendaItems.flatMap((i) => i.actions.map((x) => x.text));
    expect(wanted.length).toBeGreaterThanOrEqual(5);
    const first = await a.call('meetings.get', { id: meetingId });
    expect(first.actions.map((x) => x.text)).toEqual(wanted);
    const exported = await a.call('exchange.exportMeeting', { id: meetingId });
    expect(exported.version).toBe(2);
    const b = await testCore();
    const again = await b.call('meetings.get', { id: (await b.call('exchange.importMeeting', { file: exported, renameOrganisations: {} })).meetingId });
    expect(again.actions.map((x) => x.text)).toEqual(wanted);
    // Reordered on purpose, the order is kept too.
    const item = first.agendaItems.find((i) => first.actions.filter((x) => x.agendaItemId === i.id).length >= 3)!;
    const ids = first.actions.filter((x) => x.agendaItemId === item.id).map((x) => x.id).reverse();
    const reordered = await a.call('actions.reorder', { agendaItemId: item.id, ids });
    expect(reordered.map((x) => x.id)).toEqual(ids);
  });
});

describe('a refused file', () => {
  it('is refused once, naming every problem with its path and Thai label, and nothing is written', async () => {
    const t = await testCore();
    const before = await rowCounts(t.dbPath);
    const file = demoFile() as ExchangeFile;
    file.meeting.date = '2564-05-24'; // a B.E. year typed where the Gregorian one belongs
    file.agendaItems[1].presenterOrganisation = 'สอร.'; // neither in the database nor in the file's list
    file.agendaItems[2].subject = '';
    const e = await t.refusal('exchange.importMeeting', { file });
    expect(e.code).toBe('INVALID');
    expect(e.problems?.map((p) => p.field)).toEqual(['meeting.date', 'agendaItems.2.subject', 'agendaItems.1.presenterOrganisation']);
    expect(e.message).toContain('(3 จุด)');
    expect(e.message).toMatch(/"การประชุม › วันที่" \(meeting\.date\): ปี ค\.ศ\. 2564 อยู่นอกช่วงที่เป็นไปได้/);
    expect(e.message).toContain('ไม่รู้จักหน่วยงานอักษรย่อ "สอร."');
    expect(e.message).toContain('ไม่มีข้อมูลใดถูกบันทึก');
    expect(await rowCounts(t.dbPath)).toEqual(before);

  });

  it('is refused when the date lies in another Buddhist year than its number says', async () => {
    const t = await testCore();
    const file = demoFile() as ExchangeFile;
    file.meeting.date = '2026-02-24'; // 2569, while the number is 2/2568
    const e = await t.refusal('exchange.importMeeting', { file });
    expect(e.field).toBe('meeting.date');
    expect(e.message).toContain('ปี พ.ศ. 2569 แต่ครั้งที่ระบุปี พ.ศ. 2568');
  });

  it('still imports a version 1 file (standard sections by kind)', async () => {
    const t = await testCore();
    const file = { ...(demoFile() as ExchangeFile), version: 1 as const };
    const { meetingId } = await t.call('exchange.importMeeting', { file });
    expect((await t.call('meetings.get', { id: meetingId })).agendaItems.map((i) => i.number)).toContain('4.1');
  });

  it('refuses an abbreviation the database gives another organisation, naming both, and takes it under one the officer gives', async () => {
    const t = await testCore();
    // The real file writes the zoo organisation อสส., which the reference list gives the Attorney General's office.
    const file = realMeetingFile('ministry-executives');
    const at = file.organisations.findIndex((o) => o.abbrTh === 'อสส.');
    expect(file.organisations[at].nameTh).toBe('องค์การสวนสัตว์แห่งประเทศไทย ในพระบรมราชูปถัมภ์');
    const before = await rowCounts(t.dbPath);
    const refused = await t.refusal('exchange.importMeeting', { file });
    expect(refused.code).toBe('INVALID');
    expect(refused.problems?.map((p) => p.field)).toEqual([`organisations.${at}.abbrTh`]);
    expect(refused.message).toContain('อักษรย่อ "อสส." ในฐานข้อมูลเป็นของ "สำนักงานอัยการสูงสุด" ไม่ใช่ "องค์การสวนสัตว์แห่งประเทศไทย ในพระบรมราชูปถัมภ์"');
    expect(await rowCounts(t.dbPath)).toEqual(before);

    // Brought in under an abbreviation the officer gives it, the directive goes to the zoo.
    const { meetingId, createdOrganisations } = await t.call('exchange.importMeeting', { file, renameOrganisations: ZOO });
    expect(createdOrganisations).toContainEqual({ abbrTh: 'อสส.(สวนสัตว์)', nameTh: 'องค์การสวนสัตว์แห่งประเทศไทย ในพระบรมราชูปถัมภ์' });
    const orgs = await t.call('organisations.list', {});
    const zoo = orgs.find((o) => o.abbrTh === 'อสส.(สวนสัตว์)')!;
    expect(orgs.find((o) => o.abbrTh === 'อสส.')!.nameTh).toBe('สำนักงานอัยการสูงสุด');
    const directive = (await t.call('meetings.get', { id: meetingId })).actions.find((a) => a.text.startsWith('สั่งการให้องค์การสวนสัตว์'))!;
    expect(directive.leadOrgId).toBe(zoo.id);
    // An abbreviation to rename that the file does not list is refused, not ignored.
    const typo = await t.refusal('exchange.importMeeting', { file: realMeetingFile('ministry-executives'), renameOrganisations: { 'อสส': 'x' } });
    expect(typo.message).toContain('"อสส"');
  });

  it('files directives under the organisation the database has by the same name, whatever abbreviation the file gives it', async () => {
    const t = await testCore();
    const file = realMeetingFile('ministry-executives');
    const mdes = (await t.call('organisations.list', {})).find((o) => o.nameTh === 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม')!;
    file.organisations.push({ abbrTh: 'ดีอี', nameTh: ' กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', nameEn: null, abbrEn: null, kind: 'ministry', abbrVerified: false });
    const text = 'ให้เร่งรัดการจัดทำร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....';
    file.agendaItems[0].actions.push({ id: crypto.randomUUID(), kind: 'directive', text, dueDate: null, status: 'open', lead: 'ดีอี', support: [mdes.abbrTh], illustrative: false });
    const result = await t.call('exchange.importMeeting', { file, renameOrganisations: ZOO });
    expect(result.reusedOrganisations).toEqual([{ fileAbbr: 'ดีอี', abbrTh: mdes.abbrTh, nameTh: mdes.nameTh }]);
    expect(result.createdOrganisations.map((o) => o.abbrTh)).not.toContain('ดีอี');
    expect((await t.call('organisations.list', {})).filter((o) => o.nameTh === mdes.nameTh)).toHaveLength(1);
    const directive = (await t.call('meetings.get', { id: result.meetingId })).actions.find((a) => a.text === text)!;
    expect(directive.leadOrgId).toBe(mdes.id);
    expect(directive.supportOrgIds).toEqual([]);
  });
});
