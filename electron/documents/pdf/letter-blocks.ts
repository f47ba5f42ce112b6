import { columnsLayout } from '../columns-layout';
import type { ColumnsBlock, DocumentModel } from '../model';
import { drawLine } from './thai-text';
import type { PdfWriter } from './writer';

const PT_PER_CM = 72 / 2.54;

/** A letter's `ที่` at the left margin and the agency's name and address at the right (columns-layout.ts). */
export function drawColumns(writer: PdfWriter, block: ColumnsBlock): void {
  const doc = writer.doc;
  const measure = writer.measure('regular');
  const wrap = (text: string, width: number) => writer.lines(text, 'regular', width).map((l) => l.text);
  const { rightX, rows } = columnsLayout(block, { textWidth: writer.textWidth, centre: doc.page.width / 2 - writer.left }, measure, wrap);
  writer.ensure(writer.lineHeight * rows.length);
  doc.font('regular').fontSize(writer.model.font.size);
  for (const row of rows) {
    for (const [text, x] of [[row.left, 0], [row.right, rightX]] as const) {
      if (text) drawLine(doc, { text, start: 0, end: text.length, width: measure(text), last: true }, writer.left + x, writer.y, measure(text), 'left');
    }
    writer.y += writer.lineHeight;
  }
  writer.y += 3;
}

const FRAME_GREY = '#A0A0A0';
const LABEL_SIZE = 9;
/** Room between the Garuda's feet and the first line (`ที่`), in points. */
export const EMBLEM_GAP = 2;

/**
 * The room for the Garuda emblem on the first page, centred, `topCm` from the top edge: a light dashed
 * frame of the emblem's size with a small grey label, so the officer sees where it goes. No emblem is
 * drawn (Lekha ships none). Returns where the text may start, in points from the top edge.
 */
export function drawEmblem(doc: PDFKit.PDFDocument, emblem: NonNullable<DocumentModel['page']['emblem']>, bodySize: number): number {
  const width = emblem.widthCm * PT_PER_CM;
  const height = emblem.heightCm * PT_PER_CM;
  const x = (doc.page.width - width) / 2;
  const y = emblem.topCm * PT_PER_CM;
  doc.save();
  doc.lineWidth(0.5).dash(3, { space: 3 }).strokeColor(FRAME_GREY).rect(x, y, width, height).stroke();
  doc.undash();
  doc.restore();
  doc.font('regular').fontSize(LABEL_SIZE).fillColor(FRAME_GREY);
  const w = doc.widthOfString(emblem.label);
  drawLine(doc, { text: emblem.label, start: 0, end: emblem.label.length, width: w, last: true }, (doc.page.width - w) / 2, y + height / 2 - LABEL_SIZE * 0.75, w, 'left');
  doc.fillColor('black').font('regular').fontSize(bodySize);
  return y + height + EMBLEM_GAP;
}
