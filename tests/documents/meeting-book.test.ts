import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Bookmark, exportBook, flatten, outlineOf, pageColumn, pageKinds, rawStamp, topBands } from '../helpers/book';
import { type TestCore, testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { pageCount, pdfFonts, pdfText, squash } from '../helpers/documents';

/** A real two-page PDF made by LibreOffice from a government news release (tests/fixtures/book/SOURCES.md). */
const annex = readFileSync(new URL('../fixtures/book/des-top-executives-8-2568.pdf', import.meta.url));
const annexName = 'ข่าวการประชุม Top Executives ครั้งที่ 8-2568.pdf';

/** The meeting's items in the agenda's order (sections by position, items by position), with their sections. */
async function agendaOrder(t: TestCore, meetingId: string) {
  const meeting = await t.call('meetings.get', { id: meetingId });
  const series = (await t.call('series.list', {})).find((s) => s.id === meeting.seriesId)!;
  return [...series.sections].sort((a, b) => a.position - b.position).flatMap((section) =>
    meeting.agendaItems.filter((i) => i.sectionId === section.id && i.parentId === null).sort((a, b) => a.position - b.position)
      .map((item) => ({ ...item, section })),
  );
}

describe('the meeting book', () => {
  it('is the cover, the agenda with page numbers, each summary, and a two-page PDF merged after item 4.1', { timeout: 60_000 }, async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const items = await agendaOrder(t, meetingId);
    const before = await exportBook(t, meetingId);
    const item41 = items.find((i) => i.number === '4.1')!;
    await t.call('attachments.add', { agendaItemId: item41.id, fileName: annexName, mediaType: 'application/pdf', base64: annex.toString('base64') });
    const { pdf, warnings, fileName } = await exportBook(t, meetingId);
    expect(warnings).toEqual([]);
    expect(fileName).toBe('เอกสารประกอบการประชุม ครั้งที่ 2-2568.pdf');
    // Nothing in it is secret, so it is not entered in the export register (as the agenda of an ordinary meeting).
    expect((await t.call('documents.verify', { base64: Buffer.from(pdf).toString('base64') })).message).toContain('ไม่พบไฟล์นี้ในทะเบียนการส่งออก');

    const pages = pageKinds(await topBands(pdf), items);
    expect(pages.filter((p) => p.kind === '?')).toEqual([]);
    const count = (kind: string) => pages.filter((p) => p.kind === kind).length;
    expect(pages[0].kind).toBe('cover');
    expect(count('cover')).toBe(1);
    expect(count('agenda')).toBeGreaterThanOrEqual(1);
    // Every item starts on a page of its own, in the agenda's order.
    const firstPage = (id: string) => pages.find((p) => p.itemId === id)!.page;
    expect(items.map((i) => firstPage(i.id))).toEqual([...items.map((i) => firstPage(i.id))].sort((a, b) => a - b));
    expect(count('summary')).toBeGreaterThanOrEqual(items.length);
    // The issue's own check: cover + agenda + summaries + the attachment's two pages.
    expect(pageCount(pdf)).toBe(1 + count('agenda') + count('summary') + 2);
    const without = pageKinds(await topBands(before.pdf), items);
    expect(pageCount(before.pdf)).toBe(pageCount(pdf) - 2);
    expect(without.filter((p) => p.kind === 'summary').length).toBe(count('summary'));

    // The running header names the item on the attachment's pages, which follow 4.1's summary, and says which page of the file.
    const annexPages = pages.filter((p) => p.kind === 'attachment');
    const last41 = Math.max(...pages.filter((p) => p.itemId === item41.id && p.kind === 'summary').map((p) => p.page));
    expect(annexPages.map((p) => p.page)).toEqual([last41 + 1, last41 + 2]);
    for (const [k, p] of annexPages.entries()) {
      expect(p.band).toContain(`ระเบียบวาระที่ 4.1 เรื่อง ${item41.subject}`);
      expect(p.band).toContain(`เอกสารประกอบ 1: ${annexName} (หน้า ${k + 1} จาก 2)`);
      // poppler reads the same header stamped after the page's content, and the attachment's own text, page for page.
      const raw = pdfText(pdf, { first: p.page, last: p.page });
      expect(rawStamp(raw)).toEqual({
        number: `หน้า ${p.page}`, header: `ระเบียบวาระที่ 4.1 เรื่อง ${item41.subject}`, caption: `เอกสารประกอบ 1: ${annexName} (หน้า ${k + 1} จาก 2)`,
      });
      expect(squash(raw)).toContain(squash(pdfText(annex, { first: k + 1, last: k + 1 })));
    }
    // A book page number on every page but the cover.
    for (const p of pages.slice(1)) expect(p.band).toContain(`หน้า ${p.page}`);

    // The agenda's page column says where each section, item and file starts.
    const agendaPages = pages.filter((p) => p.kind === 'agenda').map((p) => p.page);
    const expected = items.flatMap((item, i) => [
      ...(i === 0 || items[i - 1].section.id !== item.section.id ? [firstPage(item.id)] : []),
      firstPage(item.id),
      ...(item.id === item41.id ? [annexPages[0].page] : []),
    ]);
    expect((await pageColumn(pdf, agendaPages, 480)).map(Number)).toEqual(expected);

    // Bookmarks: the agenda, each section with items, each item and the merged file, each opening its page (read by pdf.js).
    const marks = flatten(await outlineOf(pdf));
    const opens = (title: string) => marks.find((m: Bookmark) => m.title === title)?.page;
    expect(opens('ระเบียบวาระการประชุม')).toBe(agendaPages[0]);
    for (const item of items) expect(opens(`ระเบียบวาระที่ ${item.number} เรื่อง ${item.subject}`)).toBe(firstPage(item.id));
    expect(opens(`ระเบียบวาระที่ 4 ${item41.section.titleTh}`)).toBe(firstPage(item41.id));
    expect(opens(`เอกสารประกอบ: ${annexName}`)).toBe(annexPages[0].page);
    const item41Mark = marks.find((m) => m.title.startsWith('ระเบียบวาระที่ 4.1 '))!;
    expect(item41Mark.children.map((c) => c.title)).toEqual([`เอกสารประกอบ: ${annexName}`]);

    // The cover names the meeting; every font is embedded (Sarabun for Lekha's text, the attachment's own).
    const cover = squash(pdfText(pdf, { first: 1, last: 1 }));
    for (const s of ['เอกสารประกอบการประชุม', 'ครั้งที่2/2568', 'วันจันทร์ที่24กุมภาพันธ์2568เวลา09.30น.', 'ณห้องประชุม801']) expect(cover).toContain(s);
    const fonts = pdfFonts(pdf);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => f.name.endsWith('+Sarabun-Regular'))).toBe(true);
    expect(fonts.some((f) => f.name.endsWith('+Laksaman'))).toBe(true);
    // Copy-out of the stamped headers is the typed text, ำ included (พระราชกำหนด of item 4.2).
    expect(pages.map((p) => p.band).join('\n')).not.toContain('ำา');
  });
});
