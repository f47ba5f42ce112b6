import { describe, expect, it } from 'vitest';
import type { GlyphPosition } from '../../electron/documents/pdf/thai-glyph-text';
import { foldSideways, STRETCH_STEP } from '../../electron/documents/pdf/thai-to-unicode';

/**
 * A mark moved only sideways is placed with TJ adjustments instead of pdfkit's two `Tm` moves
 * (thai-to-unicode.ts, item 5). What must hold: every glyph lands where it did; a raised mark keeps
 * its move; no adjustment reaches a tenth of an em; and a mark with a width (which pdf.js counts as
 * zero wide) is not folded before a glyph that keeps its move.
 */
const base = (advance: number): GlyphPosition => ({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
const mark = (xOffset: number, yOffset = 0, width = 0): GlyphPosition => ({ xAdvance: 0, yAdvance: 0, xOffset, yOffset, advanceWidth: width });
/** Where pdfkit draws each glyph: the pen plus the glyph's offset. */
const placed = (positions: GlyphPosition[]) => {
  let pen = 0;
  return positions.map((p) => {
    const at = [pen + p.xOffset, p.yOffset];
    pen += p.xAdvance;
    return at;
  });
};
const codes = (n: number, marks: number[] = []) => Array.from({ length: n }, (_, i) => (marks.includes(i) ? `m${i}` : `b${i}`));
const isMark = (code: string) => code.startsWith('m');

describe('foldSideways', () => {
  it('places a sideways mark by adjustments, every glyph where it was', () => {
    const run = [base(500), mark(-46), base(520)];
    const folded = foldSideways(codes(3, [1]), run.slice(), isMark);
    expect(folded.map((p) => p.xOffset)).toEqual([0, 0, 0]);
    expect(placed(folded)).toEqual(placed(run));
    for (const p of folded) expect(Math.abs(p.xAdvance - (p.advanceWidth ?? 0))).toBeLessThan(STRETCH_STEP);
  });

  it('keeps the move of a raised mark and of a mark moved a tenth of an em or more', () => {
    const run = [base(500), mark(-30, 40), base(500), mark(-150), base(500)];
    const folded = foldSideways(codes(5, [1, 3]), run.slice(), isMark);
    expect(folded[1]).toEqual(run[1]);
    expect(folded[3]).toEqual(run[3]);
    expect(placed(folded)).toEqual(placed(run));
  });

  it('does not fold a mark with a width before a glyph that keeps its move, and folds it after', () => {
    // A mark reaching back to the pen (width 46), then a raised mark, then the same again.
    const run = [base(500), mark(-46, 0, 46), base(500), mark(-20, 30), base(500), mark(-46, 0, 46), base(500)];
    const folded = foldSideways(codes(7, [1, 3, 5]), run.slice(), isMark);
    expect(folded[1]).toEqual(run[1]); // would put pdf.js's pen 46 units behind at the raised mark
    expect(folded[3]).toEqual(run[3]);
    expect(folded[5].xOffset).toBe(0); // nothing after it keeps a move: folded
    expect(placed(folded)).toEqual(placed(run));
    // Without the raised mark, both fold.
    const plain = [base(500), mark(-46, 0, 46), base(500), mark(-46, 0, 46), base(500)];
    expect(foldSideways(codes(5, [1, 3]), plain.slice(), isMark).every((p) => p.xOffset === 0)).toBe(true);
  });

  it('never changes the positions it was given (pieces share them)', () => {
    const run = [base(500), mark(-46), base(520)];
    const frozen = run.map((p) => Object.freeze({ ...p }));
    expect(() => foldSideways(codes(3, [1]), frozen.slice(), isMark)).not.toThrow();
    expect(frozen[1].xOffset).toBe(-46);
  });
});
