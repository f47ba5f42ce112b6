import { AlignmentType, BorderStyle, HeightRule, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Measurer } from '../columns/measure';
import { allPeople, peopleColumnWidths } from '../columns/people-widths';
import { tableColumnWidths } from '../columns/table-widths';
import type { Block, PeopleBlock, TableBlock } from '../model';
import { type RunStyle, textRuns } from './runs';
import { cellToken } from './spliced-rows';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const grid = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
const tight = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 40 };
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
  /** Large tables' rows, spliced in after docx has written the rest (spliced-rows.ts). */
  spliced: string[][][];
}

/** From this many rows a table's body is spliced in rather than built as docx objects. */
const SPLICE_FROM = 200;

const cell = (ctx: TableContext, text: string, width: number, options: { bold?: boolean; align?: 'left' | 'center' | 'right' } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    children: [
      new Paragraph({
        children: textRuns(ctx.style, text, { bold: options.bold }),
        alignment: { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[options.align ?? 'left'],
        spacing: tight,
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
          children: [cell(ctx, r.marker, w[0], { align: 'right' }), cell(ctx, r.name, w[1]), cell(ctx, r.detail, w[2]), cell(ctx, r.role, w[3])],
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
      ...bodyRows(block, ctx).map((row) => new TableRow({
        // A row kept tall to sign in (twentieths of a point, "at least") stays whole; others may continue on the next page.
        ...(block.minRowHeightPt ? { cantSplit: true, height: { value: block.minRowHeightPt * 20, rule: HeightRule.ATLEAST } } : {}),
        children: row.map((text, i) => cell(ctx, text, w[i], { align: block.columns[i].align })),
      })),
    ],
  });
}

/** The body rows to build: all of a small table; of a large one, a template row of tokens, its rows kept for splicing. */
function bodyRows(block: TableBlock, ctx: TableContext): string[][] {
  if (block.rows.length < SPLICE_FROM) return block.rows;
  const k = ctx.spliced.length;
  ctx.spliced.push(block.rows);
  return [block.columns.map((_, i) => cellToken(k, i))];
}
