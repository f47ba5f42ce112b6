import { describe, expect, it } from 'vitest';
import { type LaidLine, layoutLines, widthCache } from '../../electron/documents/thai/layout';
import { noBreakMatcher, shippedNoBreakWords } from '../../electron/documents/thai/no-break';

const noBreak = noBreakMatcher(shippedNoBreakWords);
/** One unit per code point: enough to check the filling logic without a font. */
const measure = (s: string) => [...s].length;

const texts = (lines: LaidLine[]) => lines.map((l) => l.text);

describe('Thai line layout', () => {
  it('breaks at break opportunities, keeps every character and never exceeds the width', () => {
    const text = 'ที่ประชุมรับทราบและมอบหมายให้สำนักงานสถิติแห่งชาติดำเนินการต่อไป';
    const lines = layoutLines(text, { width: 24, measure, noBreak });
    // Ragged (the default alignment): as few lines as first fit, the protected name whole.
    expect(texts(lines)).toEqual(['ที่ประชุมรับทราบและ', 'มอบหมายให้', 'สำนักงานสถิติแห่งชาติ', 'ดำเนินการต่อไป']);
    expect(lines.map((l) => l.text).join('')).toBe(text);
    for (const l of lines) {
      expect(l.text).toBe(text.slice(l.start, l.end));
      expect(l.width).toBe(measure(l.text));
      expect(l.width).toBeLessThanOrEqual(24);
    }
    expect(lines.map((l) => l.last)).toEqual([false, false, false, true]);
  });

  it('gives the first line its own width (an indent)', () => {
    const text = 'ที่ประชุมรับทราบและมอบหมายให้สำนักงาน';
    expect(texts(layoutLines(text, { width: 30, firstLineWidth: 12, measure, noBreak }))).toEqual(['ที่ประชุม', 'รับทราบและมอบหมายให้สำนักงาน']);
  });

  it('drops trailing spaces from text and width, keeps them out of the next line', () => {
    const lines = layoutLines('มติที่ประชุม   เห็นชอบ', { width: 14, measure, noBreak });
    expect(lines.map((l) => [l.text, l.start, l.end, l.width])).toEqual([
      ['มติที่ประชุม', 0, 12, 12],
      ['เห็นชอบ', 15, 22, 7],
    ]);
    // A space that still fits stays inside the line.
    expect(texts(layoutLines('มติ ที่ประชุม', { width: 20, measure, noBreak }))).toEqual(['มติ ที่ประชุม']);
  });

  it('breaks at explicit newlines; each line before one is a last line', () => {
    const text = 'ระเบียบวาระที่ ๑\n\nเรื่องที่ประธานแจ้ง  \nทราบ';
    const lines = layoutLines(text, { width: 40, measure, noBreak });
    expect(lines.map((l) => [l.text, l.start, l.last])).toEqual([
      ['ระเบียบวาระที่ ๑', 0, true],
      ['', text.indexOf('\n') + 1, true],
      ['เรื่องที่ประธานแจ้ง', text.indexOf('เรื่อง'), true],
      ['ทราบ', text.indexOf('ทราบ'), true],
    ]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('gives one empty line for empty text', () => {
    expect(layoutLines('', { width: 10, measure, noBreak })).toEqual([{ text: '', start: 0, end: 0, width: 0, last: true }]);
  });

  it('splits a word wider than the line: a protected one at its own word boundaries, else between clusters', () => {
    // สำนักงานสถิติแห่งชาติ is protected, but 21 units do not fit in 10.
    expect(texts(layoutLines('สำนักงานสถิติแห่งชาติ', { width: 10, measure, noBreak }))).toEqual(['สำนักงาน', 'สถิติ', 'แห่งชาติ']);
    // A host name has no break inside: grapheme clusters, never a mark apart from its letter.
    const host = 'tddc.gdcatalog.go.th';
    expect(texts(layoutLines(host, { width: 8, measure, noBreak })).join('')).toBe(host);
    expect(layoutLines(host, { width: 8, measure, noBreak }).every((l) => l.width <= 8)).toBe(true);
    const thai = texts(layoutLines('ปั้นน้ำเป็นตัว'.repeat(2), { width: 3, measure, noBreak: noBreakMatcher(['ปั้นน้ำเป็นตัวปั้นน้ำเป็นตัว']) }));
    expect(thai.join('')).toBe('ปั้นน้ำเป็นตัว'.repeat(2));
    for (const piece of thai) expect('ั้ำ็ุ'.includes(piece[0])).toBe(false);
  });

  it('caches widths', () => {
    let calls = 0;
    const cached = widthCache((s) => {
      calls++;
      return s.length;
    });
    expect(cached('ก') + cached('ก') + cached('ขค')).toBe(4);
    expect(calls).toBe(2);
  });
});
