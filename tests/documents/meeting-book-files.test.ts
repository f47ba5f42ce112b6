import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { bottomBands, exportBook, pageKinds, pageSizes, topBands } from '../helpers/book';
import { tempDir, testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { pageCount, pageGreys, pdfText, squash } from '../helpers/documents';

const annexPath = new URL('../fixtures/book/des-top-executives-8-2568.pdf', import.meta.url).pathname;
const annex = readFileSync(annexPath);

/** A page of the real annex as a scan would come: an image file made by poppler. */
function scanned(format: 'png' | 'jpeg', page: number): Buffer {
  const out = join(tempDir('lekha-scan-'), 'scan');
  execFileSync('pdftoppm', [`-${format}`, '-r', '100', '-f', String(page), '-l', String(page), '-singlefile', annexPath, out]);
  return readFileSync(`${out}.${format === 'png' ? 'png' : 'jpg'}`);
}

/** Share of dark pixels below the header band of a page: what was placed there shows. */
function inkBelowHeader(pdf: Uint8Array, page: number): number {
  const dpi = 30;
  const greys = pageGreys(pdf, page, dpi);
  const width = Math.round((pageSizes(pdf)[page - 1].width / 72) * dpi);
  const below = greys.subarray(Math.ceil((80 / 72) * dpi) * width);
  return below.filter((g) => g < 160).length / below.length;
}

const base64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe('the meeting book with other kinds of files', () => {
  it('puts images on pages, lists other files by name and size, marks a secret item and warns of a damaged PDF', { timeout: 60_000 }, async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const { agendaItems } = await t.call('meetings.get', { id: meetingId });
    const item = (n: string) => agendaItems.find((i) => i.number === n)!;
    const before = pageCount((await exportBook(t, meetingId)).pdf);

    await t.call('agenda.update', { id: item('5.1').id, secrecy: 'secret' });
    const sheet = Buffer.from((await t.call('reports.actions', { format: 'xlsx' })).base64, 'base64');
    const add = (n: string, fileName: string, bytes: Uint8Array, mediaType: string) =>
      t.call('attachments.add', { agendaItemId: item(n).id, fileName, mediaType, base64: base64(bytes) });
    await add('5.1', 'แผนภาพฐานข้อมูลกองทุนหมู่บ้าน.png', scanned('png', 1), 'image/png');
    await add('5.1', 'ตารางติดตามข้อสั่งการ.xlsx', sheet, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await add('4.2', 'ภาพถ่ายเอกสาร.jpg', scanned('jpeg', 2), 'image/jpeg');
    await add('4.2', 'ร่างพระราชกำหนด (ไฟล์เสีย).pdf', annex.subarray(0, 4000), 'application/pdf');

    const { pdf, warnings } = await exportBook(t, meetingId);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('ร่างพระราชกำหนด (ไฟล์เสีย).pdf');

    // The two images take a page each; the spreadsheet and the damaged PDF are listed only (their rows may lengthen the agenda).
    const tops = await topBands(pdf);
    const kinds = pageKinds(tops, agendaItems);
    const count = (kind: string) => kinds.filter((k) => k.kind === kind).length;
    expect(kinds.filter((k) => k.kind === '?')).toEqual([]);
    expect(count('attachment')).toBe(2);
    expect(pageCount(pdf)).toBe(1 + count('agenda') + count('summary') + 2);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(before + 2);
    const feet = await bottomBands(pdf);
    const pngPage = tops.findIndex((b) => b.includes('เอกสารประกอบ 1: แผนภาพฐานข้อมูลกองทุนหมู่บ้าน.png')) + 1;
    const jpgPage = tops.findIndex((b) => b.includes('เอกสารประกอบ 1: ภาพถ่ายเอกสาร.jpg')) + 1;
    expect(tops[pngPage - 1]).toContain('ระเบียบวาระที่ 5.1 เรื่อง การพัฒนาระบบฐานข้อมูล');
    expect(inkBelowHeader(pdf, pngPage)).toBeGreaterThan(0.01);
    expect(inkBelowHeader(pdf, jpgPage)).toBeGreaterThan(0.01);

    // 5.1's summary lists both its files; the spreadsheet by name and size, not in the book.
    const summary51 = tops.findIndex((b) => b.includes('ระเบียบวาระที่ 5.1 เรื่อง')) + 1;
    const listed = squash(pdfText(pdf, { first: summary51, last: summary51 }));
    const kb = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(sheet.length / 1024);
    expect(listed).toContain(squash(`1) แผนภาพฐานข้อมูลกองทุนหมู่บ้าน.png`));
    expect(listed).toContain(squash(`ภาพ อยู่ที่หน้า ${pngPage}`));
    expect(listed).toContain(squash(`2) ตารางติดตามข้อสั่งการ.xlsx (${kb} KB) ไม่ได้รวมไว้ในเล่ม`));
    const summary42 = tops.findIndex((b) => b.includes('ระเบียบวาระที่ 4.2 เรื่อง')) + 1;
    expect(squash(pdfText(pdf, { first: summary42, last: summary42 }))).toContain(squash('ร่างพระราชกำหนด (ไฟล์เสีย).pdf'));

    // Secrecy: the book is one document and takes the highest class it holds (issue 14): every page —
    // cover, agenda, every item's pages, the secret item's image — is ลับมาก at the top and at the foot.
    const pages51 = tops.flatMap((b, i) => (b.includes('ระเบียบวาระที่ 5.1 เรื่อง') ? [i] : []));
    expect(pages51).toContain(pngPage - 1);
    expect(tops).toHaveLength(pageCount(pdf));
    for (const i of tops.keys()) {
      expect(tops[i].split('\n'), `page ${i + 1}`).toContain('ลับมาก');
      expect(feet[i].split('\n'), `page ${i + 1}`).toContain('ลับมาก');
    }
    // A book printing a secrecy class is in the export register: lekha verify knows the file.
    const verdict = await t.call('documents.verify', { base64: base64(pdf) });
    expect(verdict.message).toContain('เป็นไฟล์ เอกสารประกอบการประชุม ครั้งที่ 2-2568.pdf ที่ส่งออกจากฐานข้อมูลนี้');
  });

  it('puts a landscape page on a landscape page and turns a rotated page as a viewer shows it, upright', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const { agendaItems } = await t.call('meetings.get', { id: meetingId });
    const item = agendaItems.find((i) => i.number === '5.2')!;
    // Lekha's own action tracker: A4 on its side.
    const tracker = Buffer.from((await t.call('reports.actions', { format: 'pdf' })).base64, 'base64');
    // A page drawn on its side and turned by /Rotate, as some scanners and word processors write landscape pages.
    const turned = await PDFDocument.create();
    const page = turned.addPage([595, 842]);
    page.drawText('Annex B: budget table printed landscape', { x: 300, y: 100, size: 18, font: await turned.embedFont(StandardFonts.Helvetica), rotate: degrees(90) });
    page.setRotation(degrees(90));
    const turnedBytes = await turned.save();
    for (const [fileName, bytes] of [['tracker.pdf', tracker], ['annex-b.pdf', turnedBytes]] as const) {
      await t.call('attachments.add', { agendaItemId: item.id, fileName, mediaType: 'application/pdf', base64: base64(bytes) });
    }
    const { pdf } = await exportBook(t, meetingId);
    const tops = await topBands(pdf);
    const sizes = pageSizes(pdf);
    const trackerPages = tops.flatMap((b, i) => (b.includes('เอกสารประกอบ 1: tracker.pdf') ? [i + 1] : []));
    const turnedPage = tops.findIndex((b) => b.includes('เอกสารประกอบ 2: annex-b.pdf')) + 1;
    expect(trackerPages).toHaveLength(pageCount(tracker));
    for (const p of [...trackerPages, turnedPage]) expect(sizes[p - 1].width).toBeGreaterThan(sizes[p - 1].height);
    expect(squash(pdfText(pdf, { first: trackerPages[0], last: trackerPages[0] }))).toContain(squash(pdfText(tracker, { first: 1, last: 1 })).slice(0, 40));

    // Upright: pdf.js places the turned page's text left to right, not up the page.
    const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
    const content = await (await doc.getPage(turnedPage)).getTextContent();
    const run = content.items.find((i) => 'str' in i && i.str.includes('Annex B'));
    await doc.destroy();
    const [a, b] = (run as { transform: number[] }).transform;
    expect(a).toBeGreaterThan(0);
    expect(Math.abs(b)).toBeLessThan(0.01 * a);
  });

  it('turns a photo as its EXIF orientation says, as viewers do', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const { agendaItems } = await t.call('meetings.get', { id: meetingId });
    const dir = tempDir('lekha-scan-');
    const jpeg = (pdfPath: string, name: string) => {
      execFileSync('pdftoppm', ['-jpeg', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(dir, name)]);
      return readFileSync(join(dir, `${name}.jpg`));
    };
    // A phone held upright stores the page sideways (here: the annex turned a quarter to the left) and tags it 6, "turn right".
    const source = await PDFDocument.load(annex);
    source.getPage(0).setRotation(degrees(270));
    writeFileSync(join(dir, 'sideways.pdf'), await source.save());
    const add = (fileName: string, bytes: Buffer) =>
      t.call('attachments.add', { agendaItemId: agendaItems[0].id, fileName, mediaType: 'image/jpeg', base64: base64(bytes) });
    await add('upright.jpg', jpeg(annexPath, 'upright'));
    await add('photo.jpg', withExifOrientation(jpeg(join(dir, 'sideways.pdf'), 'sideways'), 6));
    const { pdf } = await exportBook(t, meetingId);
    const tops = await topBands(pdf);
    const [upright, photo] = ['upright.jpg', 'photo.jpg'].map((name) => tops.findIndex((b) => b.includes(name)) + 1);
    expect(pageSizes(pdf)[photo - 1]).toEqual(pageSizes(pdf)[upright - 1]);
    // Turned right, the photo's page looks like the upright scan's: the same pixels below the header, give or
    // take the JPEG's blur (compared at 20 dpi, where the blur matters least).
    const [a, b] = [upright, photo].map((p) => pageGreys(pdf, p, 20).subarray(Math.ceil((595.28 / 72) * 20) * 25));
    const difference = a.reduce((sum, g, i) => sum + Math.abs(g - b[i]), 0) / a.length;
    // Measured: 2.3 grey levels in 255 turned right, 13 turned the wrong way (upside down).
    expect(difference).toBeLessThan(6);
  });
});

/** A JPEG with an EXIF block (APP1) holding only the orientation tag, put first as cameras write it. */
function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}
