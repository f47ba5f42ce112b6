import type { Measurer } from '../columns/measure';
import { allPeople, peopleColumnWidths } from '../columns/people-widths';
import { tableColumnWidths } from '../columns/table-widths';
import type { Block, PeopleBlock, TableBlock } from '../model';
import type { LaidLine } from '../thai/layout';
import { linesAtSpaces } from '../thai/space-lines';
import { drawLine } from './thai-text';
import type { PdfWriter } from './writer';

/** Inside the left and right cell edges, in points (the DOCX sets the same cell margins). */
const PAD = 3;
/**
 * Above and below a ruled row's lines. A Thai line box (1.55 × the size) already holds about 0.25 em
 * below the descenders and a little above the highest marks, so 2 pt above and 1 pt below look even.
 */
const PAD_TOP = 2;
const PAD_BOTTOM = 1;
const PAD_ROW = PAD_TOP + PAD_BOTTOM;
/**
 * A row of more than two lines may continue on the next page, keeping a line on each side (as Word
 * breaks a row that may break across pages); a row of two lines moves whole.
 */
const MIN_SPLIT_LINES = 1;
const SPLIT_ROWS_FROM = 3;

interface Column {
  x: number;
  width: number;
  align: 'left' | 'center' | 'right';
}

export const measurerOf = (writer: PdfWriter): Measurer => ({ regular: writer.measure('regular'), bold: writer.measure('bold'), noBreak: writer.noBreak });

/** Columns side by side from the left margin; `gap` inside each edge. */
function columnsOf(writer: PdfWriter, widths: number[], aligns: Column['align'][], gap: number): Column[] {
  let x = writer.left;
  return widths.map((width, i) => {
    const col = { x: x + gap, width: width - 2 * gap, align: aligns[i] };
    x += width;
    return col;
  });
}

/** Lines broken only at spaces (thai/space-lines.ts), or by the Thai line breaker when a word is wider than the column. */
function spaceLines(writer: PdfWriter, text: string, font: 'regular' | 'bold', width: number): LaidLine[] {
  return linesAtSpaces(text, width, writer.measure(font)) ?? writer.lines(text, font, width);
}

/**
 * Lines `from`..`to` of every cell at the cursor, ruled when `ruled`, at least `minHeight` tall;
 * moves the cursor below them.
 */
function drawSlice(
  writer: PdfWriter, cols: Column[], laid: LaidLine[][], font: 'regular' | 'bold', from: number, to: number, ruled: boolean, minHeight = 0,
): void {
  const height = Math.max(minHeight, (to - from) * writer.lineHeight + (ruled ? PAD_ROW : 0));
  const y0 = writer.y;
  const doc = writer.doc;
  doc.font(font).fontSize(writer.model.font.size);
  for (const [i, lines] of laid.entries()) {
    let y = y0 + (ruled ? PAD_TOP : 0);
    for (const line of lines.slice(from, to)) {
      drawLine(doc, line, cols[i].x, y, cols[i].width, cols[i].align);
      y += writer.lineHeight;
    }
  }
  if (ruled) {
    doc.lineWidth(0.5).strokeColor('black');
    const right = writer.left + writer.textWidth;
    doc.rect(writer.left, y0, right - writer.left, height).stroke();
    for (const c of cols.slice(1)) doc.moveTo(c.x - PAD, y0).lineTo(c.x - PAD, y0 + height).stroke();
  }
  writer.y = y0 + height;
}

const bottomOf = (writer: PdfWriter) => writer.doc.page.height - writer.doc.page.margins.bottom;

const PEOPLE_GAP = 3;

/** Widths of the attendee columns shared by every list of the document (columns/people-widths.ts). */
export const peopleWidths = (writer: PdfWriter, blocks: Block[]): number[] =>
  peopleColumnWidths(allPeople(blocks), writer.textWidth, measurerOf(writer), PEOPLE_GAP);

/** Attendees in four aligned columns, no rules: number, name, position, role or reason. */
export function drawPeople(writer: PdfWriter, block: PeopleBlock, widths: number[]): void {
  const cols = columnsOf(writer, widths, ['right', 'left', 'left', 'left'], PEOPLE_GAP);
  for (const r of block.rows) {
    const laid = [
      writer.lines(r.marker, 'regular', cols[0].width),
      spaceLines(writer, r.name, 'regular', cols[1].width),
      writer.lines(r.detail, 'regular', cols[2].width),
      writer.lines(r.role, 'regular', cols[3].width),
    ];
    const lines = Math.max(...laid.map((l) => l.length));
    writer.ensure(lines * writer.lineHeight);
    drawSlice(writer, cols, laid, 'regular', 0, lines, false);
  }
  writer.y += 3;
}

/**
 * A ruled table, column widths from its content. The header row is drawn at the top of the table
 * and of every page the table continues on; a row that does not fit the rest of a page continues on
 * the next one (a line at least on each side; a row of two lines moves whole).
 */
export async function drawTable(writer: PdfWriter, block: TableBlock, afterRow: () => Promise<void> = async () => {}): Promise<void> {
  const widths = tableColumnWidths(block, writer.textWidth, measurerOf(writer), PAD);
  const cols = columnsOf(writer, widths, block.columns.map((c) => c.align ?? 'left'), PAD);
  const headerCols = cols.map((c) => ({ ...c, align: 'center' as const }));
  const headerLaid = block.columns.map((c, i) => c.title.split('\n').flatMap((part) => spaceLines(writer, part, 'bold', cols[i].width)));
  const headerLines = Math.max(...headerLaid.map((l) => l.length));
  let pageTop = 0;
  const header = () => {
    drawSlice(writer, headerCols, headerLaid, 'bold', 0, headerLines, true);
    pageTop = writer.y;
  };
  writer.ensure((headerLines + 2) * writer.lineHeight + 2 * PAD_ROW);
  header();
  for (const row of block.rows) {
    await afterRow();
    const laid = row.map((text, i) => (block.columns[i].names ? spaceLines(writer, text, 'regular', cols[i].width) : writer.lines(text, 'regular', cols[i].width)));
    const total = Math.max(1, ...laid.map((l) => l.length));
    // A row kept tall to sign by hand (the sign-in sheet) is never split: it moves whole to the next page.
    if (block.minRowHeightPt) {
      const height = Math.max(block.minRowHeightPt, total * writer.lineHeight + PAD_ROW);
      const top = writer.y;
      writer.ensure(height);
      if (writer.y !== top) header();
      drawSlice(writer, cols, laid, 'regular', 0, total, true, block.minRowHeightPt);
      continue;
    }
    let from = 0;
    while (from < total) {
      const room = Math.floor((bottomOf(writer) - writer.y - PAD_ROW) / writer.lineHeight + 1e-9);
      const rest = total - from;
      const atTop = writer.y <= pageTop + 1e-6;
      // A page too short for one line (absurd margins) takes the rest rather than adding pages forever.
      if (rest <= room || (atTop && room <= 0)) {
        drawSlice(writer, cols, laid, 'regular', from, total, true);
        break;
      }
      const take = total >= SPLIT_ROWS_FROM ? Math.min(room, rest - MIN_SPLIT_LINES) : 0;
      if (take >= MIN_SPLIT_LINES || (atTop && room > 0)) {
        const n = take >= MIN_SPLIT_LINES ? take : room;
        drawSlice(writer, cols, laid, 'regular', from, from + n, true);
        from += n;
      }
      writer.newPage();
      header();
    }
  }
  writer.y += 6;
}
