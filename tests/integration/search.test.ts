import { readdirSync, readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { handlers, openCore } from '../../electron/api';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open';
import type { DB } from '../../electron/db/types';
import type { ServiceContext } from '../../electron/services/context';
import { loadReferenceData } from '../../electron/services/reference-data';
import type { Args, Result } from '../../shared/contract';
import { contract } from '../../shared/contract';
import { exchangeFile } from '../../shared/exchange';
import type { SearchHit, SearchKind } from '../../shared/schemas/search';
import { toThaiDigitsInText } from '../../shared/thai';
import { confirmAttendance, type TestCore, tempDir, testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { readRealMeeting, realMeetingFile } from '../helpers/real-meeting';

type Found = Result<'search.query'>;

const search = (t: TestCore, args: Args<'search.query'>) => t.call('search.query', { limit: 100, ...args });
const hitsOf = (r: Found, kind: SearchKind): SearchHit[] => r.groups.find((g) => g.kind === kind)?.hits ?? [];
const marked = (h: SearchHit) => h.snippet.filter((p) => p.hit).map((p) => p.text);
const prose = (name: string) => readFileSync(new URL(`../fixtures/real/prose/${name}.txt`, import.meta.url), 'utf8').split('\n').filter(Boolean);

/** The MNRE file's อสส. is the zoo; the reference list gives the abbreviation to the Attorney General's office. */
const ZOO = { 'อสส.': 'อสส.(สวนสัตว์)' };

/** The demo meeting 2/2568 and the two real meetings (Cabinet 14 March 2566, MNRE executives 3/2566), as `lekha import` brings them. */
async function threeMeetings(t: TestCore) {
  const demo = await loadDemo(t);
  const cabinet = (await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') })).meetingId;
  const mnre = (await t.call('exchange.importMeeting', { file: realMeetingFile('ministry-executives'), renameOrganisations: ZOO })).meetingId;
  return { demo, cabinet, mnre };
}

/** The agenda item of a meeting whose subject is the fixture's item `index`. */
async function itemOf(t: TestCore, meetingId: string, subject: string, summary?: string) {
  const meeting = await t.call('meetings.get', { id: meetingId });
  const found = meeting.agendaItems.filter((i) => i.subject === subject && (summary === undefined || i.summary === summary));
  expect(found).toHaveLength(1);
  return found[0];
}

describe('search: Thai phrases in real meeting records', () => {
  it('finds a phrase across kinds, each hit with its meeting and item and the phrase marked', async () => {
    const t = await testCore();
    const { demo } = await threeMeetings(t);
    const r = await search(t, { text: 'อาชญากรรมทางเทคโนโลยี' });
    expect(r.complete).toBe(true);
    const items = hitsOf(r, 'item');
    expect(items.map((h) => h.title)).toEqual(['การประกาศใช้พระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี']);
    expect(items[0]).toMatchObject({ place: 'ครั้งที่ 2/2568 ระเบียบวาระที่ 4.2', meeting: { id: demo, number: '2/2568' }, item: { number: '4.2' } });
    expect(marked(items[0])).toEqual(['อาชญากรรมทางเทคโนโลยี']);
    // The snippet is the record's own text: the marked part sits where the record has it.
    expect(items[0].snippet.map((p) => p.text).join('')).toContain('ปราบปรามอาชญากรรมทางเทคโนโลยีอยู่ระหว่างการพิจารณา');
    // The decree's directive says อาชญากรรมออนไลน์: found by the shorter word, with its place.
    const directives = hitsOf(await search(t, { text: 'อาชญากรรม' }), 'directive');
    expect(directives).toMatchObject([{ place: 'ครั้งที่ 2/2568 ระเบียบวาระที่ 4.2', item: { id: items[0].id }, directiveId: directives[0].id }]);
    expect(marked(directives[0])).toEqual(['อาชญากรรม']);
  });

  it('finds words of a Cabinet resolution and an MNRE directive, and terms in any order (every term required)', async () => {
    const t = await testCore();
    const { cabinet, mnre } = await threeMeetings(t);
    const fixture = readRealMeeting('cabinet-style').items[8];
    const r = await search(t, { text: 'น้ำตาลทราย ราคาอ้อย' });
    const item = await itemOf(t, cabinet, fixture.subject);
    expect(hitsOf(r, 'item').map((h) => h.id)).toEqual([item.id]);
    expect(marked(hitsOf(r, 'item')[0])).toEqual(expect.arrayContaining(['น้ำตาลทราย']));

    // The MNRE directives on PM 2.5: มลพิษทางอากาศ, กรมควบคุมมลพิษ.
    const pm = await search(t, { text: 'มลพิษ', kinds: ['directive'] });
    expect(pm.groups.map((g) => g.kind)).toEqual(['directive']);
    const directives = hitsOf(pm, 'directive');
    expect(directives).toHaveLength(2);
    expect(directives.every((h) => h.meeting?.id === mnre && h.place.startsWith('ครั้งที่ 3/2566 ระเบียบวาระที่ '))).toBe(true);
    expect((await search(t, { text: 'มลพิษ อีกัวน่า' })).groups).toEqual([]);
  });

  it('refuses an empty query in Thai', async () => {
    const t = await testCore();
    for (const text of ['', '   ', '\u200b', '""']) {
      const refusal = await t.refusal('search.query', { text });
      expect(refusal.code).toBe('INVALID');
      expect(refusal.message).toContain('กรุณาพิมพ์คำที่ต้องการค้นหา');
    }
  });
});

describe('search: how Thai is typed', () => {
  it('matches Thai digits with Arabic ones both ways, marking the digits as the record has them', async () => {
    const t = await testCore();
    const { demo } = await threeMeetings(t);
    // An officer who types Thai digits: a real paragraph (Ministry of Justice executives 7/2568) written so.
    const paragraph = toThaiDigitsInText(prose('thaigov-moj-executives-7-2568')[1]);
    expect(paragraph).toContain('๒๕๖๘');
    const census = await itemOf(t, demo, 'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568');
    await t.call('agenda.update', { id: census.id, discussion: paragraph });

    const arabic = await search(t, { text: '"16 กรกฎาคม 2568"' });
    const hit = hitsOf(arabic, 'item').find((h) => h.id === census.id)!;
    expect(hit.field).toBe('discussion');
    expect(marked(hit)).toEqual(['๑๖ กรกฎาคม ๒๕๖๘']);

    const thai = await search(t, { text: '๒๕๖๘', kinds: ['item'] });
    // The census item's own subject has Arabic digits (พ.ศ. 2568); every item of 2568 that says 2568 is found.
    expect(hitsOf(thai, 'item').map((h) => h.id)).toContain(census.id);
    expect(hitsOf(thai, 'item').find((h) => h.title.includes('สำมะโน'))).toBeDefined();
  });

  it('finds ำ written as ํ + า (real thaigov text) and text with zero-width spaces and runs of spaces', async () => {
    const t = await testCore();
    const { demo } = await threeMeetings(t);
    // Cabinet 19 August 2568, as published: "ดําเนินการ" with nikhahit + sara aa.
    const published = prose('thaigov-cabinet-2568-08-19-selected-items').find((l) => l.includes('มีขั้นตอนในการดําเนินการต่าง ๆ'))!;
    const item = await itemOf(t, demo, 'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568');
    await t.call('agenda.update', { id: item.id, discussion: published.replaceAll(' ', ' \u200b ') });

    const r = await search(t, { text: 'มีขั้นตอนในการดำเนินการต่าง ๆ' });
    const hit = hitsOf(r, 'item').find((h) => h.id === item.id)!;
    expect(hit).toBeDefined();
    expect(marked(hit)[0]).toContain('ดําเนินการ');
    expect((await search(t, { text: 'ขั้นตอน\u200bในการ  ดำเนินการ' })).groups.length).toBeGreaterThan(0);
  });
});

describe('search: one and two characters', () => {
  /**
   * ดี is found where the syllable ดี is written: ที่ดี, ดีขึ้น, ได้ดี, ก็ดี, ดี. ซี., อธิบดี — not in ดิจิทัล
   * (ดิ), not in เดียวกัน (the syllable เดีย), not in ดี้ (another tone).
   */
  it('finds ดี as a syllable in the Cabinet record, never inside ดิจิทัล or เดียว', async () => {
    const t = await testCore();
    const { cabinet } = await threeMeetings(t);
    const items = readRealMeeting('cabinet-style').items;
    const idOf = async (i: number) => (await itemOf(t, cabinet, items[i].subject, items[i].summary)).id;
    const r = await search(t, { text: 'ดี', kinds: ['item'] });
    const found = new Set(hitsOf(r, 'item').map((h) => h.id));
    // ที่ดีของประชาชน, ฟื้นตัวดีขึ้น, ขยายตัวได้ดี, ผลดี ผลเสีย, วอชิงตัน ดี. ซี., อย่างไรก็ดี, รองอธิบดี
    for (const i of [1, 10, 13, 17, 31, 32, 36]) expect(found.has(await idOf(i)), items[i].subject).toBe(true);
    // Only ดิจิทัล or เดียว(กัน) in them.
    for (const i of [4, 6, 8, 11, 22, 26, 29, 34]) expect(found.has(await idOf(i)), items[i].subject).toBe(false);
    const hit = hitsOf(r, 'item').find((h) => h.title === items[10].subject)!;
    expect(marked(hit)).toContain('ดี');
  });

  it('finds ไฟ (ไฟฟ้า, โรงไฟฟ้า) and answers a term that occurs nowhere at once', async () => {
    const t = await testCore();
    const { cabinet } = await threeMeetings(t);
    const r = await search(t, { text: 'ไฟ' });
    const solar = readRealMeeting('cabinet-style').items[20];
    expect(hitsOf(r, 'item').map((h) => h.id)).toContain((await itemOf(t, cabinet, solar.subject)).id);
    expect(hitsOf(r, 'item').every((h) => h.snippet.some((p) => p.hit && p.text === 'ไฟ'))).toBe(true);
    expect((await search(t, { text: 'ฆฬ' })).groups).toEqual([]);
  });

  it('combines a short term with a long one: both must be in the same record', async () => {
    const t = await testCore();
    await threeMeetings(t);
    const r = await search(t, { text: 'ดี ธนาคารโลก', kinds: ['item'] });
    // วอชิงตัน ดี. ซี. is in the World Bank meeting item; no other item has both.
    expect(hitsOf(r, 'item').map((h) => h.title)).toEqual([readRealMeeting('cabinet-style').items[31].subject]);
  });
});

describe('search: the index follows every write', () => {
  it('finds what was just written, and no longer finds what was replaced', async () => {
    const t = await testCore();
    const { demo } = await threeMeetings(t);
    const item = await itemOf(t, demo, 'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568');
    const before = await search(t, { text: 'แอปพลิเคชัน ทางรัฐ' });
    expect(hitsOf(before, 'item').map((h) => h.id)).toContain(item.id);
    const resolution = prose('thaigov-national-ai-committee-2-2568')[2];
    expect(resolution).toContain('รองโฆษกประจำสำนักนายกรัฐมนตรี');
    await t.call('agenda.update', { id: item.id, summary: 'สรุปใหม่', resolution });
    const after = await search(t, { text: 'รองโฆษกประจำสำนักนายกรัฐมนตรี' });
    expect(hitsOf(after, 'item').find((h) => h.id === item.id)?.field).toBe('resolution');
    expect(hitsOf(await search(t, { text: 'แอปพลิเคชัน ทางรัฐ' }), 'item').map((h) => h.id)).not.toContain(item.id);
  });

  it('indexes directives, progress notes, attachment names and policies as they are added', async () => {
    const t = await testCore();
    const { mnre } = await threeMeetings(t);
    const item = (await t.call('meetings.get', { id: mnre })).agendaItems.find((i) => i.subject.includes('PM 2.5'))!;
    const lines = prose('thaigov-mnre-executives-3-2566');
    const action = await t.call('actions.create', { agendaItemId: item.id, kind: 'directive', text: 'เร่งรัดการจัดทำแผนเผชิญเหตุไฟป่าและหมอกควัน' });
    await t.call('actions.addProgress', { actionId: action.id, date: '2023-12-01', text: lines[2] });
    await t.call('attachments.add', { agendaItemId: item.id, fileName: 'แผนเผชิญเหตุไฟป่า-ปี๒๕๖๗.pdf', base64: Buffer.from('%PDF-1.4').toString('base64') });
    const policy = await t.call('policies.create', { kind: 'programme', titleTh: 'แผนปฏิบัติการด้านปัญญาประดิษฐ์แห่งชาติ' });
    const question = await t.call('policies.addQuestion', { policyId: policy.id, question: 'การลงทุนภาครัฐขั้นต่ำ 25,000 ล้านบาท' });
    await t.call('policies.addPosition', { questionId: question.questions[0].id, stakeholder: 'สำนักงบประมาณ', position: 'ขอให้จัดลำดับความสำคัญของโครงการ' });

    const fire = await search(t, { text: 'ไฟป่า' });
    expect(hitsOf(fire, 'directive').map((h) => h.id)).toEqual([action.id]);
    expect(hitsOf(fire, 'attachment')[0]).toMatchObject({ title: 'แผนเผชิญเหตุไฟป่า-ปี๒๕๖๗.pdf', place: expect.stringMatching(/^ครั้งที่ 3\/2566 ระเบียบวาระที่ /) });
    expect(hitsOf(await search(t, { text: '"ปี 2567"', kinds: ['attachment'] }), 'attachment')).toHaveLength(0);
    expect(hitsOf(await search(t, { text: '2567', kinds: ['attachment'] }), 'attachment')).toHaveLength(1);
    const progress = hitsOf(await search(t, { text: lines[2].slice(20, 60) }), 'progress');
    expect(progress).toMatchObject([{ directiveId: action.id, date: '2023-12-01', title: action.text }]);
    const budget = hitsOf(await search(t, { text: 'จัดลำดับความสำคัญ' }), 'policy');
    expect(budget).toMatchObject([{ id: policy.id, field: 'position', place: '' }]);
  });

  it('keeps a certified meeting searchable, its minutes too, and its items locked', async () => {
    const t = await testCore();
    const { demo } = await threeMeetings(t);
    await confirmAttendance(t, demo);
    await t.call('minutes.circulate', { meetingId: demo });
    await t.call('minutes.certify', { meetingId: demo, how: 'circulation', date: '2025-03-10' });
    const r = await search(t, { text: 'อุตสาหกรรมเกม' });
    expect(hitsOf(r, 'item').length).toBeGreaterThan(0);
    const minutes = hitsOf(r, 'minutes');
    expect(minutes).toMatchObject([{ id: demo, kind: 'minutes', place: 'ครั้งที่ 2/2568' }]);
    expect(marked(minutes[0])).toContain('อุตสาหกรรมเกม');
    const item = hitsOf(r, 'item')[0];
    expect((await t.refusal('agenda.update', { id: item.id, subject: 'แก้' })).code).toBe('LOCKED');
    expect(hitsOf(await search(t, { text: 'อุตสาหกรรมเกม' }), 'item').map((h) => h.id)).toContain(item.id);
  });

  it('drops a deleted item, its directives with it, and a deleted meeting', async () => {
    const t = await testCore();
    const { demo } = await threeMeetings(t);
    const decree = await itemOf(t, demo, 'การประกาศใช้พระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี');
    expect(hitsOf(await search(t, { text: 'กฤษฎีกา' }), 'directive').length).toBeGreaterThan(0);
    await t.call('agenda.delete', { id: decree.id });
    const r = await search(t, { text: 'อาชญากรรม' });
    expect(hitsOf(r, 'item')).toEqual([]);
    expect(hitsOf(r, 'directive')).toEqual([]);
    // A meeting not yet held may be deleted: its documents go with it.
    const meeting = await t.call('meetings.create', { seriesId: (await t.call('meetings.get', { id: demo })).seriesId, date: '2025-04-22' });
    const section = (await t.call('series.list', {})).find((s) => s.id === meeting.seriesId)!.sections.find((s) => s.kind === 'consideration')!;
    await t.call('agenda.create', { meetingId: meeting.id, sectionId: section.id, subject: 'ร่างพระราชบัญญัติการรักษาความมั่นคงปลอดภัยไซเบอร์ (ฉบับที่ ..)' });
    expect(hitsOf(await search(t, { text: 'ปลอดภัยไซเบอร์' }), 'item').map((h) => h.meeting?.id)).toEqual([meeting.id]);
    await t.call('meetings.delete', { id: meeting.id, confirmNumber: `${meeting.number}/${meeting.yearBe}` });
    expect((await search(t, { text: 'ปลอดภัยไซเบอร์' })).groups).toEqual([]);
  });

  it('leaves no trace of a write that was refused', async () => {
    const t = await testCore();
    await threeMeetings(t);
    const file = realMeetingFile('cabinet-style');
    file.agendaItems[0].subject = 'เรื่องที่ไม่ควรถูกบันทึกลงดัชนี';
    file.agendaItems[1].presenterOrganisation = 'หน่วยงานที่ไม่มีจริง';
    await t.refusal('exchange.importMeeting', { file, renameOrganisations: {} });
    expect((await search(t, { text: 'ไม่ควรถูกบันทึกลงดัชนี' })).groups).toEqual([]);
  });
});

describe('search: filters', () => {
  it('narrows by series, by B.E. year and by kind', async () => {
    const t = await testCore();
    const { demo, cabinet, mnre } = await threeMeetings(t);
    await t.call('policies.create', {
      kind: 'emergency_decree', titleTh: 'พระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี (ฉบับที่ 2) พ.ศ. ....',
      description: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมเสนอ',
    });
    const series = await t.call('series.list', {});
    const cabinetSeries = series.find((s) => s.nameTh === 'การประชุมคณะรัฐมนตรี')!;
    const everywhere = await search(t, { text: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม' });
    const meetingsOf = (r: Found) => new Set(r.groups.flatMap((g) => g.hits.map((h) => h.meeting?.id ?? 'none')));
    // The policy belongs to no meeting: found without filters, left out by a series or a year.
    expect(meetingsOf(everywhere)).toEqual(new Set([demo, cabinet, 'none']));

    const inCabinet = await search(t, { text: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', seriesId: cabinetSeries.id });
    expect(meetingsOf(inCabinet)).toEqual(new Set([cabinet]));
    const in2568 = await search(t, { text: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', yearFrom: 2568, yearTo: 2568 });
    expect(meetingsOf(in2568)).toEqual(new Set([demo]));
    const to2566 = await search(t, { text: 'กระทรวง', yearTo: 2566 });
    expect(meetingsOf(to2566)).toEqual(new Set([cabinet, mnre]));
    expect((await search(t, { text: 'กระทรวง', yearFrom: 2567 })).groups.flatMap((g) => g.hits).every((h) => h.meeting?.id === demo)).toBe(true);

    const onlyPolicies = await search(t, { text: 'พระราชกำหนด', kinds: ['policy'] });
    expect(onlyPolicies.groups.map((g) => g.kind)).toEqual(['policy']);
    expect((await t.refusal('search.query', { text: 'กระทรวง', yearFrom: 2568, yearTo: 2566 })).message).toContain('ปีเริ่มต้นต้องไม่มากกว่าปีสิ้นสุด');
    expect((await t.refusal('search.query', { text: 'กระทรวง', yearFrom: 2025 })).message).toContain('ปี พ.ศ.');
  });

  it('returns at most `limit` hits per kind and counts the rest', async () => {
    const t = await testCore();
    await threeMeetings(t);
    const r = await search(t, { text: 'กระทรวง', kinds: ['item'], limit: 3 });
    const [group] = r.groups;
    expect(group.hits).toHaveLength(3);
    expect(group.count).toBeGreaterThan(40);
    expect(group.more).toBe(true);
    const parsed = contract['search.query'].result.safeParse(r);
    expect(parsed.success).toBe(true);
  });
});

describe('search: how many', () => {
  it('counts up to a hundred matches of a kind asked alone exactly, and says "more than 100" beyond; every kind at once, to twenty', async () => {
    const t = await testCore();
    const demo = await loadDemo(t);
    const { agendaItems } = await t.call('meetings.get', { id: demo });
    // A subject that returns at every meeting, each time with its own account: real paragraphs of thaigov.go.th.
    const subject = 'รายงานความก้าวหน้าการขับเคลื่อนปัญญาประดิษฐ์แห่งชาติ';
    const paragraphs = readdirSync(new URL('../fixtures/real/prose/', import.meta.url)).flatMap((f) => prose(f.replace(/\.txt$/, '')));
    expect(paragraphs.length).toBeGreaterThan(100);
    const ids: string[] = [];
    for (const summary of paragraphs.slice(0, 101)) {
      ids.push((await t.call('agenda.create', { meetingId: demo, sectionId: agendaItems[0].sectionId, subject, summary })).id);
    }
    const count = async () => (await t.call('search.query', { text: subject, kinds: ['item'] })).groups[0];
    expect(await count()).toMatchObject({ count: 100, exact: false, more: true });
    expect((await count()).hits).toHaveLength(5);
    // Every kind at once (the search box's first answer) counts each to twenty.
    const glance = (await t.call('search.query', { text: subject })).groups.find((g) => g.kind === 'item');
    expect(glance).toMatchObject({ count: 20, exact: false, more: true });
    await t.call('agenda.delete', { id: ids[0] });
    expect(await count()).toMatchObject({ count: 100, exact: true, more: true });
    await t.call('agenda.delete', { id: ids[1] });
    expect(await count()).toMatchObject({ count: 99, exact: true });
  });
});

describe('search: an existing database', () => {
  it('is indexed by migrations 0050 and 0135: a database of version 30 with meetings finds them once migrated', async () => {
    const path = `${tempDir()}/old.db`;
    const { db, close } = openDatabase(path);
    const at = '2026-01-01T09:00:00.000Z';
    await migrate(db, { migrations: migrations.filter((m) => m.version <= 30), onCreate: (trx) => loadReferenceData(trx, at) });
    // The services of this version write the meeting; the search tables do not exist yet.
    const ctx: ServiceContext = { db: db as Kysely<DB>, actor: 'ทดสอบ', now: () => at, emit: () => {}, filesDir: tempDir() };
    const file = exchangeFile.parse(realMeetingFile('ministry-executives'));
    await handlers['exchange.importMeeting']({ file, renameOrganisations: ZOO }, ctx);
    expect(Number((await db.selectFrom('agenda_items').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(8);
    await close();

    const core = await openCore({ dbPath: path, log: () => {} });
    try {
      const answer = await core.invoke('search.query', { text: 'อีกัวน่า' });
      expect(answer.ok).toBe(true);
      const r = (answer as { value: Found }).value;
      expect(hitsOf(r, 'item').map((h) => h.title)).toEqual(['ปัญหาอีกัวน่า รวมถึงปัญหาช้างป่า และลิง']);
      expect(hitsOf(r, 'directive').length).toBe(1);
    } finally {
      await core.close();
    }
    // Migration 0135 indexed the subjects of the items already there (rank.ts puts a subject that names the query first).
    const after = openDatabase(path);
    const count = (sql: string) => Number(after.sqlite.prepare(sql).pluck().get());
    expect(count('SELECT count(*) FROM search_subjects_docsize')).toBe(8);
    expect(count(`SELECT count(*) FROM search_subjects WHERE search_subjects MATCH '"อีกัวน่า"'`)).toBe(1);
    await after.close();
  });
});
