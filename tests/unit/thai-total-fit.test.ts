import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../../electron/documents/thai/breaks';
import { clusters } from '../../electron/documents/thai/chars';
import { nameVariants } from '../../electron/documents/thai/glue';
import { type LaidLine, type LayoutOptions, layoutLines } from '../../electron/documents/thai/layout';
import { noBreakMatcher, shippedNoBreakWords } from '../../electron/documents/thai/no-break';

/** About Sarabun's proportions: a Thai grapheme cluster is a little over half an em wide (em = 1). */
const measure = (s: string) => clusters(s).length * 0.55;
const noBreak = noBreakMatcher(shippedNoBreakWords);
const distributed = (width: number, extra: Partial<LayoutOptions> = {}): LayoutOptions => ({ width, measure, noBreak, align: 'thaiDistributed', em: 1, ...extra });
const texts = (lines: LaidLine[]) => lines.map((l) => l.text);

/** Extra space per gap between grapheme clusters when a line is drawn distributed, in em. */
const stretch = (line: LaidLine, width: number) => (width - line.width) / (clusters(line.text).length - 1);
const loose = (lines: LaidLine[], width: number, first = width) => lines.filter((l, i) => !l.last && stretch(l, i === 0 ? first : width) >= 0.15);

/** First fit, as Lekha laid lines out before total fit: each piece on the current line if it fits. */
function firstFit(pieces: string[], width: number, first = width): string[] {
  const out = [''];
  for (const p of pieces) {
    if (out[out.length - 1] && measure((out[out.length - 1] + p).trimEnd()) > (out.length === 1 ? first : width) + 1e-9) out.push('');
    out[out.length - 1] += p;
  }
  return out;
}

describe('total-fit Thai line breaking', () => {
  const RESOLUTION = 'มติที่ประชุม ที่ประชุมรับทราบสำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมและมอบหมายให้ดำเนินการต่อไป';

  it('breaks a long protected name at its own word boundary rather than letter-space the line before it', () => {
    const protectedName = noBreakMatcher([...shippedNoBreakWords, 'สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม']);
    // First fit, with the name as one piece, leaves the first line half empty (the ป ร ะ ชุ ม line).
    const greedy = firstFit(['มติที่ประชุม ', 'ที่ประชุม', 'รับทราบ', 'สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'และ', 'มอบหมาย', 'ให้', 'ดำเนินการ', 'ต่อไป'], 22);
    expect(greedy[0]).toBe('มติที่ประชุม ที่ประชุมรับทราบ');
    const lines = layoutLines(RESOLUTION, distributed(22, { noBreak: protectedName }));
    expect(loose(lines, 22)).toEqual([]);
    expect(loose([{ text: greedy[0], start: 0, end: 0, width: measure(greedy[0]), last: false }], 22)).toHaveLength(1);
    // The name breaks at one of its own word boundaries (สำนักงาน|ปลัดกระทรวง|ดิจิทัล...).
    expect(texts(lines)[0].startsWith('มติที่ประชุม ที่ประชุมรับทราบสำนักงาน')).toBe(true);
    expect(texts(lines).join('')).toBe(RESOLUTION);
  });

  it('keeps a protected name whole when the lines around it can stay tight', () => {
    const text = 'ที่ประชุมได้พิจารณาแล้วและมอบหมายให้สำนักงานสถิติแห่งชาติรวบรวมข้อมูลและรายงานผลการดำเนินงานต่อที่ประชุมในครั้งต่อไป';
    const lines = layoutLines(text, distributed(16));
    expect(loose(lines, 16)).toEqual([]);
    expect(lines.some((l) => text.slice(l.start, l.end + 30).startsWith('สถิติ') || l.text.endsWith('สำนักงานสถิติ'))).toBe(false);
  });

  it('spreads slack over the paragraph: no line is loose where first fit leaves one', () => {
    // A real headline (thaigov.go.th, tests/fixtures/real/prose), at 32 em with a 4 em indent.
    const text = 'กรมการพัฒนาชุมชนขับเคลื่อน PDPA ได้ระดับ "ดีเยี่ยม" พร้อมได้รับมาตรฐานสากล ISO27001 ในการบริหารจัดการข้อมูลความมั่นคงปลอดภัยไซเบอร์ ด้านอธิบดีกรม พช. เน้นย้ำ มุ่ง Change for Good';
    const cuts = [0, ...breakOpportunities(text, noBreak), text.length];
    const greedy = firstFit(cuts.slice(1).map((e, i) => text.slice(cuts[i], e)), 32, 28).map((t, i, all) => ({ text: t.trimEnd(), start: 0, end: 0, width: measure(t.trimEnd()), last: i === all.length - 1 }));
    expect(loose(greedy, 32, 28).length).toBeGreaterThan(0);
    const lines = layoutLines(text, distributed(32, { firstLineWidth: 28 }));
    expect(loose(lines, 32, 28)).toEqual([]);
    expect(lines.every((l, i) => l.width <= (i === 0 ? 28 : 32) + 1e-9)).toBe(true);
    expect(texts(lines).join(' ').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('keeps real minutes prose tight at every body width', () => {
    const text = 'ประธานแจ้งว่า กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมมีภารกิจขับเคลื่อนรัฐบาลดิจิทัลเพื่อเพิ่มประสิทธิภาพการให้บริการประชาชน โดยเตรียมเชื่อมโยงระบบ e-Office ระหว่างหน่วยงานรัฐให้เป็นระบบไร้กระดาษ (Paperless) ร่วมกับสำนักงานปลัดสำนักนายกรัฐมนตรี (สปน.) และติดตามผลการดำเนินงานอย่างต่อเนื่อง';
    for (const width of [24, 28, 32, 36]) {
      const lines = layoutLines(text, distributed(width, { firstLineWidth: width - 4 }));
      expect(loose(lines, width, width - 4), `width ${width}`).toEqual([]);
      expect(lines.every((l, i) => l.width <= (i === 0 ? width - 4 : width) + 1e-9)).toBe(true);
    }
  });

  it('keeps dates, years, times and numbered items together', () => {
    const text = 'ประกาศเมื่อวันที่ 24 มีนาคม 2568 ตามพระราชบัญญัติ พ.ศ. 2561 เวลา 09.30 น. และเมื่อ 3 มี.ค. 2568 ในการประชุมครั้งที่ 8/2568';
    for (const width of [8, 10, 12, 14, 16]) {
      const joined = layoutLines(text, distributed(width)).map((l) => l.text).join('\n');
      for (const together of ['24 มีนาคม 2568', 'พ.ศ. 2561', '09.30 น.', '3 มี.ค. 2568', 'ที่ 8/2568']) expect(joined, `width ${width}`).toContain(together);
    }
    // A number never comes apart from its dot, even in a cell too narrow for it: it overflows instead.
    expect(texts(layoutLines('10.', { width: 1, measure, noBreak, align: 'right' }))).toEqual(['10.']);
    expect(texts(layoutLines('ข้อ 1) และ (2)', { width: 1.2, measure, noBreak }))).toEqual(['ข้อ', '1)', 'และ', '(2)']);
  });

  it('keeps a short Latin phrase in brackets whole in a centred title', () => {
    const title = 'รายงานการประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (Top Executives)';
    for (const width of [20, 26, 32, 40]) {
      const lines = layoutLines(title, { width, measure, noBreak, align: 'center' });
      expect(lines.some((l) => l.text.includes('(Top Executives)')), `width ${width}`).toBe(true);
    }
  });

  it('never breaks a person’s name from the directory where it fits on a line', () => {
    const names = noBreakMatcher(nameVariants(['นายประเสริฐ จันทรรวงทอง', 'นางสาวนภาพร เพ็งส้ม']));
    const text = 'โดยมีนายประเสริฐ จันทรรวงทอง รองนายกรัฐมนตรีเป็นประธาน และนางสาวนภาพร เพ็งส้ม เป็นผู้จดรายงานการประชุม';
    for (const width of [12, 14, 16, 18, 20]) {
      const joined = texts(layoutLines(text, distributed(width, { names }))).join('\n');
      expect(joined, `width ${width}`).toContain('นายประเสริฐ จันทรรวงทอง');
      expect(joined, `width ${width}`).toContain('นางสาวนภาพร เพ็งส้ม');
    }
  });

  it('lets ragged lines be short: a left-aligned cell is filled without regard to stretch', () => {
    const text = 'หน่วยงานรับผิดชอบ สำนักงานสถิติแห่งชาติ';
    const lines = layoutLines(text, { width: 10, measure, noBreak, align: 'left' });
    expect(texts(lines)).toEqual(['หน่วยงานรับผิดชอบ ', 'สำนักงานสถิติแห่งชาติ'].map((t) => t.trim()));
    expect(stretch(lines[0], 10)).toBeGreaterThan(0.15);
  });

  it('leaves no syllable alone on a paragraph’s last line (ต่อ | ไป) where the line above can take a word less', () => {
    // Real minutes (tests/fixtures/real/meetings/ministry-executives.json, item 6.1): printed, its last line was "ไป".
    const text = 'ทั้งนี้ ในช่วงท้ายของการประชุม ยังได้สั่งการให้กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช เร่งแก้ไขปัญหาอีก้วน่า รวมถึงปัญหาช้างป่า และลิง ที่สร้างความเดือดร้อนกับประชาชนพร้อมดูแลเยียวยาประชาชนที่ได้รับความเดือดร้อนต่อไป';
    const runts: string[] = [];
    let seen = 0;
    for (let width = 16; width <= 40; width += 0.25) {
      for (const align of ['justify', 'thaiDistributed'] as const) {
        const lines = layoutLines(text, distributed(width, { align, firstLineWidth: width - 2.5 }));
        const last = lines[lines.length - 1];
        if (lines.length < 2) continue;
        seen++;
        // A runt is let stand only where taking a word down would make the line above loose.
        if (last.width < 2 && loose(lines, width, width - 2.5).length === 0) {
          const above = lines[lines.length - 2];
          const pieces = [0, ...breakOpportunities(text, noBreak)].filter((p) => p > above.start && p < above.end);
          const lastCut = pieces[pieces.length - 1];
          const withWordLess = measure(text.slice(above.start, lastCut).trimEnd());
          if (lastCut !== undefined && (width - withWordLess) / (clusters(text.slice(above.start, lastCut).trimEnd()).length - 1) < 0.15) runts.push(`${width} ${align}: ${last.text}`);
        }
      }
    }
    expect(seen).toBeGreaterThan(150);
    expect(runts).toEqual([]);
  });
});
