import { AlignmentType, BorderStyle, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType, VerticalAlign, WidthType } from 'docx';
import { columnsLayout } from '../columns-layout';
import type { ColumnsBlock, DocumentModel } from '../model';
import { layoutLines } from '../thai/layout';
import { thaiRun } from './runs';
import type { TableContext } from './tables';

const TWIPS_PER_CM = 566.93;
const twips = (pt: number) => Math.round(pt * 20);

/**
 * Two columns of lines as one paragraph: each row is the left line, a tab to a left tab stop where the
 * right column starts, and the right line, rows apart by line breaks; lines wrapped where the PDF wraps
 * them (columns-layout.ts). An officer editing the letter sees ordinary text and one tab stop.
 * `centre`: the page's centre from the left margin, in points.
 */
export function columnsParagraph(block: ColumnsBlock, ctx: TableContext, centre: number): Paragraph {
  const measure = ctx.measurer.regular;
  const wrap = (text: string, width: number) =>
    layoutLines(text, { width, measure, noBreak: ctx.measurer.noBreak, names: ctx.names, em: ctx.style.halfPoints / 2 }).map((l) => l.text);
  const { rightX, rows } = columnsLayout(block, { textWidth: ctx.widthPt, centre }, measure, wrap);
  return new Paragraph({
    children: rows.map((row, i) => thaiRun(ctx.style, { text: `${row.left}\t${row.right}`, break: i > 0 ? 1 : undefined })),
    tabStops: [{ type: TabStopType.LEFT, position: twips(rightX) }],
    spacing: ctx.spacing(0, 3),
    keepLines: true,
  });
}

const dashed = { style: BorderStyle.DASHED, size: 4, color: 'A0A0A0' };

/**
 * The room kept for the Garuda emblem, in the first page's header (which starts `topCm` from the top
 * edge, so the body starts below it as in the PDF): a one-cell table of the emblem's size on the page's
 * centre (`centre`, in points from the left margin), its
 * height exact, with a light dashed frame and a small grey label the officer deletes or replaces.
 */
export function emblemTable(block: NonNullable<DocumentModel['page']['emblem']>, ctx: TableContext, centre: number): Table {
  const width = Math.round(block.widthCm * TWIPS_PER_CM);
  return new Table({
    // On the page's centre (where the PDF puts it), not the text's: the margins are 3 and 2 cm.
    alignment: AlignmentType.LEFT,
    indent: { size: twips(centre) - Math.round(width / 2), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    borders: { top: dashed, bottom: dashed, left: dashed, right: dashed, insideHorizontal: dashed, insideVertical: dashed },
    rows: [
      new TableRow({
        height: { value: Math.round(block.heightCm * TWIPS_PER_CM), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [thaiRun(ctx.style, { text: block.label, size: 18, color: '808080' })] })],
          }),
        ],
      }),
    ],
  });
}
