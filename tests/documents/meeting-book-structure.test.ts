import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBook, outlineOf, rawStamp } from '../helpers/book';
import { seriesWithMeeting, testCore } from '../helpers/core';
import { pageCount, pdfText } from '../helpers/documents';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/book/${name}`, import.meta.url)).toString('base64');
const stampsOf = (pdf: Uint8Array) => pdfText(pdf).split('\f').slice(0, -1).map(rawStamp);

describe('the meeting book of other meetings', () => {
  it('is a cover and the agenda for a meeting with no items yet', async () => {
    const t = await testCore();
    const { meeting } = await seriesWithMeeting(t);
    const { pdf, warnings } = await exportBook(t, meeting.id);
    expect(warnings).toEqual([]);
    const stamps = stampsOf(pdf);
    expect(stamps[0]).toBeNull();
    expect(stamps.slice(1).every((s) => s?.header === 'ระเบียบวาระการประชุม')).toBe(true);
    expect(pageCount(pdf)).toBe(stamps.length);
    expect((await outlineOf(pdf)).map((b) => b.title)).toEqual(['ระเบียบวาระการประชุม']);
  });

  it('puts a sub-item after its item, with its own pages and bookmarks under the item', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const consideration = section('consideration').id;
    const parent = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consideration, subject: 'แผนพัฒนารัฐบาลดิจิทัลของประเทศไทย', summary: 'สำนักงานพัฒนารัฐบาลดิจิทัลเสนอแผนพัฒนารัฐบาลดิจิทัล' });
    const child = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consideration, parentId: parent.id, subject: 'ระบบยืนยันตัวตนทางดิจิทัล', summary: 'การเชื่อมโยงระบบยืนยันตัวตนกับหน่วยงานของรัฐ' });
    const next = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consideration, subject: 'ความร่วมมือด้านความมั่นคงปลอดภัยไซเบอร์' });
    await t.call('attachments.add', { agendaItemId: child.id, fileName: 'ข่าวการประชุม.pdf', mediaType: 'application/pdf', base64: fixture('des-top-executives-8-2568.pdf') });
    // An encrypted PDF (no password to open it, as agencies often publish them) cannot be merged: listed, with a warning.
    await t.call('attachments.add', { agendaItemId: next.id, fileName: 'ข่าวฉบับเข้ารหัส.pdf', mediaType: 'application/pdf', base64: fixture('des-top-executives-8-2568-encrypted.pdf') });
    const { pdf, warnings } = await exportBook(t, meeting.id);
    expect(warnings).toEqual([expect.stringContaining('ไฟล์ "ข่าวฉบับเข้ารหัส.pdf" เป็น PDF ที่เข้ารหัสไว้')]);

    const { agendaItems } = await t.call('meetings.get', { id: meeting.id });
    const number = (id: string) => agendaItems.find((i) => i.id === id)!.number;
    const label = (id: string) => `ระเบียบวาระที่ ${number(id)} เรื่อง ${agendaItems.find((i) => i.id === id)!.subject}`;
    const headers = stampsOf(pdf).map((s) => s?.header ?? '');
    // Item, sub-item, the sub-item's two merged pages, the next item: in that order, each from its own page.
    const firsts = [parent.id, child.id, next.id].map((id) => headers.indexOf(label(id)) + 1);
    expect(firsts[0]).toBeGreaterThan(1);
    expect(firsts[1]).toBeGreaterThan(firsts[0]);
    expect(firsts[2]).toBe(headers.lastIndexOf(label(child.id)) + 2);
    expect(headers.filter((h) => h === label(child.id)).length).toBeGreaterThanOrEqual(3);
    expect(squashed(pdfText(pdf, { first: firsts[2], last: firsts[2] }))).toContain('ข่าวฉบับเข้ารหัส.pdf');

    const outline = await outlineOf(pdf);
    const sectionMark = outline.find((b) => b.title.startsWith('ระเบียบวาระที่ 4 '))!;
    expect(sectionMark.children.map((b) => b.title)).toEqual([label(parent.id), label(next.id)]);
    const [parentMark] = sectionMark.children;
    expect(parentMark.children.map((b) => [b.title, b.page])).toEqual([[label(child.id), firsts[1]]]);
    expect(parentMark.children[0].children.map((b) => b.title)).toEqual(['เอกสารประกอบ: ข่าวการประชุม.pdf']);
  });
});

const squashed = (s: string) => s.replace(/\s+/g, '');
