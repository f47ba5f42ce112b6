// The DOCX spaces its lines as the PDF does, 1.55 × the font size (officer review C13): a page of the
// DOCX opened in LibreOffice holds as many lines of body text as the same page of Lekha's PDF.
// (Single spacing would not: LibreOffice gives Sarabun 1.3 × the size, and a page held six lines more.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../electron/documents/model';
import { renderDocx, renderPdf } from '../../electron/documents/renderers';
import { libreOfficePdf, pageCount, pdfLayoutLines, pdfText } from '../helpers/documents';

// Long real paragraphs: the MNRE executives' meeting 3/2566 and the NESDC's income-per-capita release.
const PROSE = ['thaigov-mnre-executives-3-2566', 'thaigov-nesdc-income-per-capita-2566-05-23']
  .flatMap((name) => readFileSync(new URL(`../fixtures/real/prose/${name}.txt`, import.meta.url), 'utf8').split('\n'))
  .map((l) => l.trim()).filter((l) => l.length > 200);

/** One paragraph several pages long, so each middle page is nothing but its lines. */
const model = (size: number): DocumentModel => ({
  title: 'ทดสอบระยะบรรทัด', titleLines: [],
  blocks: [{ type: 'paragraph', text: PROSE.join(' ') }],
  page: { marginsCm: { top: 2.5, right: 2, bottom: 2, left: 3 }, digits: 'arabic', secrecy: '', urgency: '', footerNote: '' },
  body: { align: 'thaiDistributed', firstLineCm: 2.5 },
  font: { profile: 'sarabun', size, regularPath: null, boldPath: null },
});

const isPageNumber = (text: string) => /^- ?\d+ ?-$/.test(text.trim());

describe('DOCX line spacing (officer review C13)', () => {
  for (const size of [16, 14]) {
    it(`puts as many lines on a page as the PDF, ${size} pt Sarabun`, async () => {
      const pdf = await renderPdf(model(size));
      const docx = libreOfficePdf(await renderDocx(model(size)));
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(3);
      expect(pageCount(docx)).toBeGreaterThanOrEqual(3);

      // Page 2's lines as pdftotext reads them, the page number aside.
      const lines = (file: Uint8Array) => pdfText(file, { first: 2, last: 2 }).split('\n').filter((l) => l.trim() && !isPageNumber(l));
      const ours = lines(pdf).length;
      const theirs = lines(docx).length;
      expect(ours).toBeGreaterThan(20);
      expect(Math.abs(theirs - ours), `LibreOffice ${theirs} lines, the PDF ${ours}`).toBeLessThanOrEqual(1);
      // And the lines LibreOffice draws are 1.55 × the size apart, as the PDF's.
      const boxes = pdfLayoutLines(docx, 2).filter((l) => !isPageNumber(l.text));
      const gaps = boxes.slice(1).map((l, i) => l.yMin - boxes[i].yMin);
      expect(gaps.length).toBe(theirs - 1);
      for (const gap of gaps) expect(gap).toBeCloseTo(size * 1.55, 0);
    }, 60_000);
  }
});
