import { AlignmentType, BorderStyle, HeightRule, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { PEOPLE_COLUMNS, type PeopleBlock, type TableBlock } from '../model';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const grid = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
const tight = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 40 };
/** Narrower than about 42 pt and Word breaks `ลำดับ` inside the word (THAI-DOCUMENTS.md §6). */
const MIN_COLUMN = 850;

const cell = (text: string, width: number, options: { bold?: boolean; align?: 'left' | 'center' | 'right' } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    children: [
      new Paragraph({
        children: [new TextRun({ text, bold: options.bold })],
        alignment: { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[options.align ?? 'left'],
        spacing: tight,
      }),
    ],
  });

function widths(relative: number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const raw = relative.map((r) => Math.max(MIN_COLUMN, Math.round((r / sum) * total)));
  raw[raw.length - 1] += total - raw.reduce((a, b) => a + b, 0);
  return raw;
}

/** Attendees as a borderless table so names, positions and roles line up in columns. */
export function peopleTable(block: PeopleBlock, total: number): Table {
  const w = widths([...PEOPLE_COLUMNS], total);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: w,
    borders: noBorders,
    rows: block.rows.map(
      (r) => new TableRow({ cantSplit: true, children: [cell(r.marker, w[0], { align: 'right' }), cell(r.name, w[1]), cell(r.detail, w[2]), cell(r.role, w[3])] }),
    ),
  });
}

/** A ruled table whose header row repeats on every page. */
export function table(block: TableBlock, total: number): Table {
  const w = widths(block.columns.map((c) => c.width), total);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: w,
    borders: grid,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c.title, w[i], { bold: true, align: 'center' })) }),
      ...block.rows.map((row) => new TableRow({
        cantSplit: true,
        // twentieths of a point, "at least": room to sign by hand on the sign-in sheet
        ...(block.minRowHeightPt ? { height: { value: block.minRowHeightPt * 20, rule: HeightRule.ATLEAST } } : {}),
        children: row.map((text, i) => cell(text, w[i], { align: block.columns[i].align })),
      })),
    ],
  });
}
