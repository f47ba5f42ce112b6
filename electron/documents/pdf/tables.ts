import { PEOPLE_COLUMNS, type PeopleBlock, type TableBlock } from '../model';
import type { LaidLine } from '../thai/layout';
import { drawLine } from './thai-text';
import type { PdfWriter } from './writer';

const PAD = 4;

interface Column {
  x: number;
  width: number;
  align: 'left' | 'center' | 'right';
}

function columnsOf(writer: PdfWriter, relative: number[], aligns: Column['align'][], gap: number): Column[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  let x = writer.left;
  return relative.map((r, i) => {
    const width = (r / sum) * writer.textWidth;
    const col = { x: x + gap, width: width - 2 * gap, align: aligns[i] };
    x += width;
    return col;
  });
}

/**
 * A person's name breaks only between title-and-first-name and last name: the dictionary may know a
 * place inside a surname (จันทรรวง|ทอง), but nobody writes a name that way.
 */
function nameLines(writer: PdfWriter, text: string, width: number): LaidLine[] {
  const measure = writer.measure('regular');
  const words = text.split(' ');
  if (words.some((w) => measure(w) > width)) return writer.lines(text, 'regular', width);
  const lines: LaidLine[] = [];
  let start = 0;
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > width) {
      lines.push({ text: current, start, end: start + current.length, width: measure(current), last: false });
      start += current.length + 1;
      current = word;
    } else current = candidate;
  }
  lines.push({ text: current, start, end: start + current.length, width: measure(current), last: true });
  return lines;
}

/** One row: every cell laid out with the Thai line breaker; the row is as tall as its tallest cell. */
function drawRow(
  writer: PdfWriter, cols: Column[], cells: string[], font: 'regular' | 'bold', ruled: boolean, header?: () => void, nameColumn = -1, minHeight = 0,
): void {
  const laid: LaidLine[][] = cells.map((text, i) => (i === nameColumn ? nameLines(writer, text, cols[i].width) : writer.lines(text, font, cols[i].width)));
  const height = Math.max(minHeight, Math.max(...laid.map((l) => l.length)) * writer.lineHeight + (ruled ? 2 * PAD : 0));
  const top = writer.y;
  writer.ensure(height);
  if (writer.y !== top && header) header();
  const y0 = writer.y;
  const doc = writer.doc;
  doc.font(font).fontSize(writer.model.font.size);
  for (const [i, lines] of laid.entries()) {
    let y = y0 + (ruled ? PAD : 0);
    for (const line of lines) {
      drawLine(doc, line, cols[i].x, y, cols[i].width, cols[i].align);
      y += writer.lineHeight;
    }
  }
  if (ruled) {
    doc.lineWidth(0.5).strokeColor('black');
    const left = writer.left;
    const right = writer.left + writer.textWidth;
    doc.rect(left, y0, right - left, height).stroke();
    for (const c of cols.slice(1)) doc.moveTo(c.x - PAD, y0).lineTo(c.x - PAD, y0 + height).stroke();
  }
  writer.y = y0 + height;
}

/** Attendees in four aligned columns, no rules: number, name, position, role or reason. */
export function drawPeople(writer: PdfWriter, block: PeopleBlock): void {
  const cols = columnsOf(writer, [...PEOPLE_COLUMNS], ['right', 'left', 'left', 'left'], 3);
  for (const r of block.rows) drawRow(writer, cols, [r.marker, r.name, r.detail, r.role], 'regular', false, undefined, 1);
  writer.y += 3;
}

/** A ruled table; when a row starts a new page, the header row is drawn again first. */
export function drawTable(writer: PdfWriter, block: TableBlock): void {
  const cols = columnsOf(writer, block.columns.map((c) => c.width), block.columns.map((c) => c.align ?? 'left'), PAD);
  const header = () => drawRow(writer, cols.map((c) => ({ ...c, align: 'center' as const })), block.columns.map((c) => c.title), 'bold', true);
  header();
  for (const row of block.rows) drawRow(writer, cols, row, 'regular', true, header, -1, block.minRowHeightPt ?? 0);
  writer.y += 6;
}
