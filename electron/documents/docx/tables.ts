import { AlignmentType, BorderStyle, HeightRule, type ISpacingProperties, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Measurer } from '../columns/measure';
import { allPeople, peopleColumnWidths } from '../columns/people-widths';
import { tableColumnWidths } from '../columns/table-widths';
import type { Block, PeopleBlock, TableBlock } from '../model';
import type { NoBreakMatcher } from '../thai/no-break';
import { linesAtSpaces } from '../thai/space-lines';
import { type RunStyle, textRuns } from './runs';
import { cellToken, type SplicedTable } from './spliced-rows';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const grid = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
/** Cell margins, left and right, in points: the `pad` the shared widths allow for (as in the PDF). */
const CELL_MARGIN_PT = 3;
const TWIPS_PER_PT = 20;
const cellMargins = { left: CELL_MARGIN_PT * TWIPS_PER_PT, right: CELL_MARGIN_PT * TWIPS_PER_PT, top: 40, bottom: 20 };
/**
 * The padding the widths allow for: the margins and then some, as LibreOffice (and Word) take the
 * borders and their own rounding out of a cell too; with the margins alone LibreOffice cut `25|67`.
 */
const WIDTH_PAD_PT = CELL_MARGIN_PT + 2.5;

/** What the tables need of the document: run style, measuring, and the text width in points. */
export interface TableContext {
  style: RunStyle;
  measurer: Measurer;
  widthPt: number;
  /** The attendee columns, in twips, shared by every list of the document. */
  peopleTwips: number[];
  /** People's names in the directory (thai/glue.ts `peopleMatcher`). */
  names?: NoBreakMatcher;
  /** Text with no-break spaces inside dates, times, names… that fit `widthPt` (thai/glue.ts `joinGlued`). */
  glue: (text: string, widthPt: number, bold?: boolean) => string;
  /** Paragraph spacing (line rule and factor) with this much before and after, in points. */
  spacing: (before?: number, after?: number) => ISpacingProperties;
  /** Large tables' rows, spliced in after docx has written the rest (spliced-rows.ts). */
  spliced: SplicedTable[];
}

/** From this many rows a table's body is spliced in rather than built as docx objects. */
const SPLICE_FROM = 200;

interface CellOptions {
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** A person's name: broken only at its spaces, and by us, never by the word processor's dictionary. */
  name?: boolean;
}

/** The room for text in a cell `width` twips wide, in points: the shared widths allow one point more, for rounding to twips. */
const innerPt = (width: number) => width / TWIPS_PER_PT - 2 * WIDTH_PAD_PT;

/**
 * A name wider than its cell is broken at its spaces here, with line breaks: Word and LibreOffice
 * would fill the line and cut the surname with their own dictionaries (จันทรรวง|ทอง).
 */
function cellText(ctx: TableContext, text: string, width: number, options: CellOptions): string {
  const room = innerPt(width);
  const measure = options.bold ? ctx.measurer.bold : ctx.measurer.regular;
  const lines = options.name ? linesAtSpaces(text, room, measure) : null;
  return (lines ? lines.map((l) => l.text) : text.split('\n')).map((line) => ctx.glue(line, room, options.bold)).join('\n');
}

const cell = (ctx: TableContext, text: string, width: number, options: CellOptions = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    children: [
      new Paragraph({
        children: textRuns(ctx.style, cellText(ctx, text, width, options), { bold: options.bold }),
        alignment: { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[options.align ?? 'left'],
        spacing: ctx.spacing(0, 2),
      }),
    ],
  });

/** Points to twips, the rounding put on the last column so the table spans the text width exactly. */
function twips(widths: number[], totalPt: number): number[] {
  const out = widths.map((w) => Math.round(w * TWIPS_PER_PT));
  out[out.length - 1] += Math.round(totalPt * TWIPS_PER_PT) - out.reduce((a, b) => a + b, 0);
  return out;
}

/** Widths of the attendee columns, in twips, for every list of the document (columns/people-widths.ts). */
export const peopleTwips = (blocks: Block[], measurer: Measurer, widthPt: number): number[] =>
  twips(peopleColumnWidths(allPeople(blocks), widthPt, measurer, WIDTH_PAD_PT), widthPt);

/** Attendees as a borderless table so names, positions and roles line up in columns (widths as in the PDF). */
export function peopleTable(block: PeopleBlock, ctx: TableContext): Table {
  const w = ctx.peopleTwips;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: w.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: w,
    margins: cellMargins,
    borders: noBorders,
    rows: block.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [cell(ctx, r.marker, w[0], { align: 'right' }), cell(ctx, r.name, w[1], { name: true }), cell(ctx, r.detail, w[2]), cell(ctx, r.role, w[3])],
        }),
    ),
  });
}

/** A ruled table, widths from its content as in the PDF; the header row repeats, a body row may continue on the next page. */
export function table(block: TableBlock, ctx: TableContext): Table {
  const w = twips(tableColumnWidths(block, ctx.widthPt, ctx.measurer, WIDTH_PAD_PT), ctx.widthPt);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: w.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: w,
    margins: cellMargins,
    borders: grid,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(ctx, c.title, w[i], { bold: true, align: 'center' })) }),
      ...bodyRows(block, ctx, w).map((row) => new TableRow({
        // A row kept tall to sign in (twentieths of a point, "at least") stays whole; others may continue on the next page.
        ...(block.minRowHeightPt ? { cantSplit: true, height: { value: block.minRowHeightPt * 20, rule: HeightRule.ATLEAST } } : {}),
        children: row.map((text, i) => cell(ctx, text, w[i], { align: block.columns[i].align, name: block.columns[i].names })),
      })),
    ],
  });
}

/**
 * The body rows to build: all of a small table; of a large one, a template row of tokens, its rows
 * kept for splicing with the same text of each cell as `cell` gives (names broken at spaces, glue).
 */
function bodyRows(block: TableBlock, ctx: TableContext, w: number[]): string[][] {
  if (block.rows.length < SPLICE_FROM) return block.rows;
  const k = ctx.spliced.length;
  ctx.spliced.push({ rows: block.rows, text: (text, i) => cellText(ctx, text, w[i], { name: block.columns[i].names }) });
  return [block.columns.map((_, i) => cellToken(k, i))];
}
