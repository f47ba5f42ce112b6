import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../helpers/core';
import { libreOfficePdf, pageCount, pdfText } from '../helpers/documents';
import { realMeetingFile } from '../helpers/real-meeting';

/**
 * Issue 14: the class stamped at the top centre and the bottom centre of every page, larger than the
 * text, with the copy number of a numbered copy — in Lekha's PDF and in its DOCX as LibreOffice prints
 * it. Checked on a real Cabinet meeting, from the boxes poppler finds for each line.
 */
/** Red ink of one page at 40 dpi: where the stamps are (the body is black, the ร่าง watermark grey). */
function redInk(pdf: Uint8Array, page: number): { width: number; height: number; red: { x: number; y: number }[] } {
  const dir = tempDir('lekha-red-');
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'doc.pdf'), join(dir, 'page')]);
  const ppm = readFileSync(join(dir, 'page.ppm'));
  // P6 header: magic, width, height, max, each followed by one whitespace byte.
  const [, w, h] = /^P6\s+(\d+)\s+(\d+)\s+\d+\s/.exec(ppm.subarray(0, 40).toString('latin1'))!.map(Number);
  const start = ppm.length - w * h * 3;
  const red: { x: number; y: number }[] = [];
  for (let i = 0; i < w * h; i++) {
    const [r, g, b] = [ppm[start + i * 3], ppm[start + i * 3 + 1], ppm[start + i * 3 + 2]];
    if (r > 140 && g < 90 && b < 90) red.push({ x: i % w, y: Math.floor(i / w) });
  }
  return { width: w, height: h, red };
}

/**
 * Every page: red ink centred in the top band and in the bottom band (the stamps, and nothing red
 * between them), the class twice as a line of its own in the copied-out text, and the copy number.
 */
function expectMarked(pdf: Uint8Array, label: string, copy: string, what: string, look = true) {
  const count = pageCount(pdf);
  expect(count, what).toBeGreaterThan(1);
  const texts = pdfText(pdf).split('\f');
  for (let page = 1; page <= count; page++) {
    const where = `${what} page ${page}`;
    const text = texts[page - 1];
    expect(text.split('\n').filter((l) => l.trim() === label).length, `${where}: the class top and bottom`).toBe(2);
    expect(text, `${where}: the copy number`).toContain(copy);
    if (!look) continue;
    const { width, height, red } = redInk(pdf, page);
    const top = red.filter((p) => p.y < height * 0.1);
    const bottom = red.filter((p) => p.y > height * 0.9);
    expect(top.length, `${where}: red at the top`).toBeGreaterThan(20);
    expect(bottom.length, `${where}: red at the bottom`).toBeGreaterThan(20);
    expect(red.length - top.length - bottom.length, `${where}: no red in the body`).toBe(0);
    for (const band of [top, bottom]) {
      const centre = band.reduce((s, p) => s + p.x, 0) / band.length;
      expect(Math.abs(centre - width / 2), `${where}: centred`).toBeLessThan(width * 0.03);
    }
    // Larger than the text: the mark's ink is taller than a body line's 14 pt at 40 dpi would make it (about 5 px of x-height).
    const rows = new Set(bottom.map((p) => p.y)).size;
    expect(rows, `${where}: mark height in pixels`).toBeGreaterThanOrEqual(6);
  }
}

describe('secrecy marks on every page', () => {
  it('prints ลับมาก top and bottom centre with ฉบับที่ n ของ m ฉบับ on every page of each numbered copy: PDF, and DOCX as LibreOffice prints it', { timeout: 240_000 }, async () => {
    const t = await testCore();
    const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style'), renameOrganisations: {} });
    const { agendaItems } = await t.call('meetings.get', { id: meetingId });
    const item = agendaItems.find((i) => i.subject.startsWith('ขออนุมัติโครงการโทรศัพท์เคลื่อนที่ 4G/5G'))!;
    await t.call('agenda.update', { id: item.id, secrecy: 'secret' });

    const pdf = await t.call('documents.exportCopies', { meetingId, kind: 'minutes', format: 'pdf', copies: 2, recipients: ['ปลัดกระทรวง'] });
    // Copy 2 differs from copy 1 only in its number: its pages are read, not looked at.
    for (const f of pdf.files) expectMarked(new Uint8Array(Buffer.from(f.base64, 'base64')), 'ลับมาก', `ฉบับที่ ${f.copyNo} ของ 2 ฉบับ`, `PDF copy ${f.copyNo}`, f.copyNo === 1);

    const docx = await t.call('documents.exportCopies', { meetingId, kind: 'minutes', format: 'docx', copies: 2 });
    const printed = libreOfficePdf(new Uint8Array(Buffer.from(docx.files[1].base64, 'base64')));
    expectMarked(printed, 'ลับมาก', 'ฉบับที่ 2 ของ 2 ฉบับ', 'DOCX copy 2');
  });
});
