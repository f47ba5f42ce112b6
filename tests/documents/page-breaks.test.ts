// Where pages break in long minutes (issue 9, officer review B5): a section heading and an item
// heading are never left at the foot of a page without the text they introduce, and a paragraph
// leaves neither its first line alone at a foot nor its last line alone at a head. Checked on the
// drawn lines of the PDF for every position of the break, using real prose.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentModel, Paragraph } from '../../electron/documents/model';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { drawnLines } from '../helpers/pdf-lines';

const PROSE = readFileSync(new URL('../fixtures/real/prose/thaigov-mnre-executives-3-2566.txt', import.meta.url), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l.length > 300);

const SECTION = 'ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา';
const ITEM = '4.1 เรื่อง การขับเคลื่อนนโยบายด้านทรัพยากรธรรมชาติและสิ่งแวดล้อม';

/** `filler` one-line paragraphs, then a section heading, an item heading, and real paragraphs. */
function minutes(filler: number): DocumentModel {
  const body: Paragraph[] = [
    ...Array.from({ length: filler }, (_, i) => ({ type: 'paragraph' as const, text: `ข้อ ${i + 1} ที่ประชุมรับทราบ` })),
    { type: 'paragraph', text: SECTION, bold: true, spaceBefore: 10, keepWithNext: true, align: 'left' },
    { type: 'paragraph', text: ITEM, bold: true, indentCm: 1, spaceBefore: 6, keepWithNext: true, align: 'left' },
    ...PROSE.slice(0, 3).map((text) => ({ type: 'paragraph' as const, text, firstLineCm: 2.5 })),
  ];
  return {
    title: 'รายงานการประชุม', titleLines: ['รายงานการประชุม'], blocks: body,
    page: { marginsCm: { top: 2.5, right: 2, bottom: 2, left: 3 }, digits: 'arabic', secrecy: '', urgency: '', footerNote: '' },
    body: { align: 'thaiDistributed', firstLineCm: 2.5 },
    font: { profile: 'sarabun', size: 16, regularPath: null, boldPath: null },
  };
}

/** The drawn lines of `para`: from its first line on, as long as they go on spelling it. */
function linesOf<L extends { text: string }>(lines: L[], para: string): L[] {
  const bare = para.replaceAll(' ', '');
  const first = lines.findIndex((l) => l.text.length > 8 && bare.startsWith(l.text.replaceAll(' ', '')));
  const own: L[] = [];
  let at = 0;
  for (const l of lines.slice(first)) {
    const text = l.text.replaceAll(' ', '');
    if (at >= bare.length || !bare.startsWith(text, at)) break;
    own.push(l);
    at += text.length;
  }
  expect(at, para.slice(0, 30)).toBe(bare.length);
  return own;
}

describe('page breaks in minutes', () => {
  it('has real paragraphs of several lines to break', () => {
    expect(PROSE.length).toBeGreaterThanOrEqual(3);
  });

  it('never leaves the headings at a foot, nor one line of a paragraph alone, wherever the break falls', async () => {
    let headingsMoved = 0;
    for (let filler = 14; filler <= 34; filler++) {
      // Body lines only: the page number in the footer is drawn apart (and not decoded by this helper).
      const lines = drawnLines(await renderPdf(minutes(filler))).filter((l) => /^[\u0e00-\u0e7f -~]+$/.test(l.text) && !/^- \d+ -$/.test(l.text));
      const page = (text: string) => lines.find((l) => text.startsWith(l.text) && l.text.length > 8)?.page;
      const section = page(SECTION);
      expect(section, `section heading, ${filler} before`).toBeDefined();
      expect(page(ITEM), `item heading, ${filler} before`).toBe(section);
      expect(page(PROSE[0]), `first line of text, ${filler} before`).toBe(section);
      if (section! > 1 && lines.find((l) => l.page === section)?.text === SECTION) headingsMoved++;
      // Each paragraph: the lines on each page it spans, never a single one when it has more.
      for (const para of PROSE.slice(0, 3)) {
        const own = linesOf(lines, para);
        const perPage = [...new Set(own.map((l) => l.page))].map((p) => own.filter((l) => l.page === p).length);
        if (own.length >= 3) for (const n of perPage) expect(n, `${filler} before: ${perPage.join('+')} lines of ${para.slice(0, 20)}`).toBeGreaterThanOrEqual(2);
      }
    }
    // Some position of the break did take the headings over to the next page.
    expect(headingsMoved).toBeGreaterThan(0);
  }, 60_000);
});
