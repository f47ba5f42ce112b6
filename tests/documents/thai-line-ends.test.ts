import { readFileSync } from 'node:fs';
import LineBreaker from 'linebreak';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Align, drawLine, installThaiToUnicodeFix } from '../../electron/documents/pdf/thai-text';
import { type LaidLine, layoutLines, widthCache } from '../../electron/documents/thai/layout';
import { noBreakMatcher, shippedNoBreakWords } from '../../electron/documents/thai/no-break';
import { newA4, pdfTextRaw, SARABUN, savePdf } from '../helpers/thai-pdf';

/**
 * A long run of Thai with no spaces at all (the press release of the 2/2568 executives' meeting,
 * spaces and newlines removed, repeated): every line end must come from Lekha's own breaker.
 */
const PRESS = readFileSync(new URL('../fixtures/press-release-2-2568.txt', import.meta.url), 'utf8').replace(/\s+/g, '');
const SOURCE = PRESS.repeat(Math.ceil(5000 / PRESS.length));
const SIZE = 16;

// The rules of THAI-DOCUMENTS.md §4, written out again here rather than taken from the code under test.
const NEVER_STARTS_A_LINE = 'ะัาำิีึืฺุูๅ็่้๊๋์ํ๎ๆฯ';
const NEVER_ENDS_A_LINE = 'เแโใไ';

/** Places a line may end: dictionary word boundaries, UAX #14 breaks, and the edges of protected words. */
function allowedEnds(text: string): (p: number) => string | null {
  const boundaries = new Set(Array.from(new Intl.Segmenter('th', { granularity: 'word' }).segment(text), (s) => s.index));
  const uax14 = new Set<number>();
  const lb = new LineBreaker(text);
  for (let bk = lb.nextBreak(); bk; bk = lb.nextBreak()) uax14.add(bk.position);
  const protectedSpans: [number, number][] = [];
  for (const word of shippedNoBreakWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) protectedSpans.push([at, at + word.length]);
  }
  return (p) => {
    const around = `${text.slice(p - 8, p)}|${text.slice(p, p + 8)}`;
    const inside = protectedSpans.find(([a, b]) => a < p && p < b);
    if (inside) return `inside protected ${text.slice(...inside)}: ${around}`;
    const edge = protectedSpans.some(([a, b]) => a === p || b === p);
    if (!boundaries.has(p) && !uax14.has(p) && !edge) return `not a word boundary: ${around}`;
    if (NEVER_STARTS_A_LINE.includes(text[p])) return `line starts with ${text[p]}: ${around}`;
    if (NEVER_ENDS_A_LINE.includes(text[p - 1])) return `line ends with ${text[p - 1]}: ${around}`;
    return null;
  };
}

describe('the line-end check', () => {
  it('can fail: it catches breaks inside protected words and before marks', () => {
    const check = allowedEnds(SOURCE);
    const unprotected = layoutLines(SOURCE, { width: 400, measure: (s) => s.length * 7, noBreak: noBreakMatcher([]) });
    const problems = unprotected.slice(0, -1).map((l) => check(l.end));
    expect(problems.some((p) => p?.startsWith('inside protected'))).toBe(true);
    expect(check(SOURCE.indexOf('ำ'))).not.toBeNull();
    expect(check(SOURCE.indexOf('เ') + 1)).not.toBeNull();
    expect(check(SOURCE.indexOf('ประชุม') + 'ประชุม'.length)).toBeNull();
  });
});

describe.each<Align>(['thaiDistributed', 'left'])('5,000 characters of Thai without spaces, %s', (align) => {
  let lines: LaidLine[];
  let width: number;
  let widthsInPdfkit: number[];
  let file: string;

  beforeAll(async () => {
    const { doc, bytes } = newA4();
    doc.registerFont('regular', SARABUN.regular);
    doc.font('regular').fontSize(SIZE);
    installThaiToUnicodeFix(doc);
    width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const measure = widthCache((s) => doc.widthOfString(s));
    lines = layoutLines(SOURCE, { width, measure, noBreak: noBreakMatcher(shippedNoBreakWords) });
    widthsInPdfkit = lines.map((l) => doc.widthOfString(l.text));
    const lineHeight = SIZE * 1.55;
    let y = doc.page.margins.top;
    for (const line of lines) {
      if (y + lineHeight > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        y = doc.page.margins.top;
      }
      drawLine(doc, line, doc.page.margins.left, y, width, align);
      y += lineHeight;
    }
    doc.end();
    file = savePdf(await bytes);
  });

  it('lays out the whole text', () => {
    expect(SOURCE.length).toBeGreaterThanOrEqual(5000);
    expect(lines.length).toBeGreaterThan(60);
    expect(lines.map((l) => l.text).join('')).toBe(SOURCE);
    expect(lines.at(-1)?.last).toBe(true);
  });

  it('ends every line at an allowed boundary', () => {
    const check = allowedEnds(SOURCE);
    const problems = lines.slice(0, -1).map((l) => check(l.end)).filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('makes no line wider than the text width', () => {
    const tooWide = lines.filter((l, i) => l.width > width + 1e-6 || widthsInPdfkit[i] > width + 1e-6);
    expect(tooWide).toEqual([]);
    // Greedy filling leaves little room: most lines are more than 3/4 full.
    expect(lines.filter((l) => l.width > 0.75 * width).length).toBeGreaterThan(lines.length * 0.75);
  });

  it('copies out of the PDF as the source text, line by line', () => {
    const out = pdfTextRaw(file);
    expect(out.split('\n').join('')).toBe(SOURCE);
    expect(out.split('\n').filter(Boolean)).toEqual(lines.map((l) => l.text));
  });
});
