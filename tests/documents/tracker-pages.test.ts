import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noBreakMatcher, shippedNoBreakWords } from '../../electron/documents/thai/no-break';
import { breakOpportunities } from '../../electron/documents/thai/breaks';
import { tempDir, testCore } from '../helpers/core';
import { pageCount, pdfText } from '../helpers/documents';
import { trackerOf } from '../helpers/tracker-data';

const bytes = (f: { base64: string }) => new Uint8Array(Buffer.from(f.base64, 'base64'));
const hasSwath = spawnSync('swath', ['-h']).error === undefined;
if (!hasSwath) console.log('swath is not installed: the line-end check against a second dictionary is skipped');

function pageSize(pdf: Uint8Array): string {
  const file = join(tempDir('lekha-pdf-'), 'doc.pdf');
  writeFileSync(file, pdf);
  return /Page size:\s+([\d.]+ x [\d.]+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

/** Where swath (`-m long`, a dictionary of its own) puts word boundaries in `text`; null when it changed the text. */
function swathBoundaries(text: string): Set<number> | null {
  const out = execFileSync('swath', ['-m', 'long', '-u', 'u,u'], { input: `${text}\n`, encoding: 'utf8' }).replace(/\n$/, '');
  if (out.replaceAll('|', '') !== text) return null;
  const at = new Set<number>();
  let i = 0;
  for (const ch of out) {
    if (ch === '|') at.add(i);
    else i += ch.length;
  }
  return at;
}

/** The tracker's rows as `pdftotext -raw` lines, the header and page numbers left out. */
const bodyLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe('the action tracker PDF at scale', () => {
  it('fits 58 real directives on at most 8 landscape pages, the header on each', async () => {
    const t = await testCore();
    // The 22 directives of the real Cabinet meeting of 14 March 2566 and the MNRE executives' meeting
    // 3/2566 (tests/fixtures/real), 62–203 characters, each used two or three times.
    await trackerOf(t, 58);
    const pdf = bytes(await t.call('reports.actions', { format: 'pdf' }));
    expect(pageSize(pdf)).toBe('841.89 x 595.28');
    const pages = pageCount(pdf);
    console.log(`58 actions, the real meetings' directives: ${pages} pages`);
    // Issue 9: at most 8, with compounds the dictionary knows kept whole in cells (ตรวจสอบ, ขึ้นทะเบียน)
    // and the table's own 2 cm margins (the series' 3 cm binding margin cost a page).
    expect(pages).toBeLessThanOrEqual(8);
    for (let p = 1; p <= pages; p++) {
      const lines = bodyLines(pdfText(pdf, { first: p, last: p }));
      // Header words whole: each is on one line of the page (never ลำดั|บ).
      for (const word of ['ลำดับ', 'เรื่อง', 'ที่มา', 'หน่วยงาน', 'กำหนด', 'เสร็จ', 'สถานะ', 'ความคืบหน้า']) {
        expect(lines.some((l) => l.includes(word)), `page ${p}: ${word}`).toBe(true);
      }
    }
    const all = pdfText(pdf);
    for (let n = 1; n <= 58; n++) expect(all).toMatch(new RegExp(`^${n}$`, 'm'));
    // Where a row comes from is its meeting and item number, not the item's whole subject.
    expect(all).toContain('ครั้งที่ 2/2567\nระเบียบวาระที่ 4.1');
    expect(all).not.toContain('มาตรการรับมือฤดูฝน');
  });

  it('lets a long row continue on the next page under the header, and never cuts a word in a cell', async () => {
    const t = await testCore();
    const { directives } = await trackerOf(t, 58, { progress: true, source: 'cabinet' });
    const pdf = bytes(await t.call('reports.actions', { format: 'pdf' }));
    const pages = pageCount(pdf);
    // Every real directive at full length (79–459 characters) and a progress report on every third row:
    // more than 8 pages (printed for the record), but never a page for a row or two.
    console.log(`58 actions, directives 79–459 characters, progress on every third: ${pages} pages`);
    expect(pages).toBeLessThanOrEqual(Math.ceil(58 / 3));

    let continued = 0;
    for (let p = 2; p <= pages; p++) {
      const lines = bodyLines(pdfText(pdf, { first: p, last: p }));
      const afterHeader = lines[lines.indexOf('ความคืบหน้า') + 1];
      if (afterHeader && !/^\d+$/.test(afterHeader)) continued++;
    }
    expect(continued, 'pages that start with the rest of a row').toBeGreaterThan(0);

    // Every line of a directive's cell ends where the line breaker may break (never between two
    // letters of a word because the column was too narrow), and, where swath is installed, the
    // places where swath sees no word boundary are printed: those are the dictionary's, not the widths'.
    const cells = [...new Set(directives.flatMap((d) => [`ข้อสั่งการ: ${d}`, `มติ: ${d}`]))];
    const noBreak = noBreakMatcher(shippedNoBreakWords);
    let checked = 0;
    const forced: string[] = [];
    const dictionary: string[] = [];
    for (const line of bodyLines(pdfText(pdf))) {
      const cell = cells.find((c) => c.includes(line));
      if (!cell || line.length < 8) continue;
      // A line ends before the spaces it broke at; the break itself is after them.
      let end = cell.indexOf(line) + line.length;
      while (cell[end] === ' ') end++;
      if (end >= cell.length) continue;
      checked++;
      const around = `${cell.slice(end - 10, end)}|${cell.slice(end, end + 10)}`;
      if (!breakOpportunities(cell, noBreak).includes(end)) forced.push(around);
      if (hasSwath && cell[end - 1] !== ' ' && !swathBoundaries(cell)?.has(end)) dictionary.push(around);
    }
    expect(checked).toBeGreaterThan(100);
    expect(forced).toEqual([]);
    if (dictionary.length) console.log(`line ends inside a word by swath's dictionary (the segmenter's choice): ${dictionary.join('  ')}`);
  });
});
