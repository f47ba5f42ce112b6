import type { ColumnsBlock } from './model';

/** Room kept between the left column and the right one, in points. */
const GUTTER = 12;
/** The right column may start left of the page's centre for a long line, but not left of this share of the text width. */
const FURTHEST_LEFT = 1 / 3;
/** Room kept at the right margin, so a word processor that measures a little wider does not wrap a line again. */
const SLACK = 3;

export interface ColumnsLayout {
  /** Where the right column starts, in points from the left margin. */
  rightX: number;
  /** Row by row: the left and the right line (either may be empty), already wrapped to their columns. */
  rows: { left: string; right: string }[];
}

/**
 * A letter's `ที่` and the agency's name and address, the same in the PDF and the DOCX: the right
 * column is flush with the right margin (its widest line ends there) and starts no further left than the
 * page's centre, where form 1 puts it; a line wider than the room wraps (`wrap`: Thai line layout,
 * ragged). A line too long for that starts the column a little left of the centre (not left of a third of
 * the text width): `สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม` is about 9.6 cm at 14 pt against a
 * half page of 8 cm. `centre` is the page's centre from the left margin.
 */
export function columnsLayout(
  block: ColumnsBlock, page: { textWidth: number; centre: number }, measure: (s: string) => number,
  wrap: (text: string, width: number) => string[],
): ColumnsLayout {
  const widest = Math.max(0, ...block.right.map(measure));
  const leftWidest = Math.max(0, ...block.left.map(measure));
  // From the centre; further left only as far as a long agency name needs, and never into the left column.
  const rightX = Math.max(Math.min(page.centre, page.textWidth - SLACK - widest), page.textWidth * FURTHEST_LEFT, leftWidest + GUTTER);
  const right = block.right.flatMap((line) => (line ? wrap(line, page.textWidth - SLACK - rightX) : ['']));
  const left = block.left.flatMap((line) => (line ? wrap(line, rightX - GUTTER) : ['']));
  const rows = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({ left: left[i] ?? '', right: right[i] ?? '' }));
  return { rightX, rows };
}
