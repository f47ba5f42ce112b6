import type { SignatureBlock } from '../model';
import { CONTACT_GAP_LINES, signatureLayout } from '../signature-layout';
import { linesAtSpaces } from '../thai/space-lines';
import { drawLine } from './thai-text';
import type { PdfWriter } from './writer';

/** Blank lines above a signature block. */
const LINES_BEFORE = 1.5;

/** A signature block's lines: centred ones (signature-layout.ts, shared with the DOCX), then a letter's contact lines at the left. */
function signatureLines(writer: PdfWriter, block: SignatureBlock) {
  const measure = writer.measure('regular');
  const wrap = (text: string, width: number, name: boolean) =>
    (name ? linesAtSpaces(text, width, measure) : null)?.map((l) => l.text) ?? writer.lines(text, 'regular', width).map((l) => l.text);
  const { half, paragraphs } = signatureLayout(block, { textWidth: writer.textWidth, centre: writer.doc.page.width / 2 - writer.left }, measure, wrap);
  const lines = [...paragraphs.closing, ...paragraphs.sign, ...paragraphs.name, ...paragraphs.position, ...paragraphs.role];
  const contact = (block.contact ?? []).flatMap((text) => writer.lines(text, 'regular', writer.textWidth).map((l) => l.text));
  const height = writer.lineHeight * (lines.length + contact.length + (contact.length ? CONTACT_GAP_LINES : 0));
  return { half, lines, contact, height, measure };
}

/** The height a signature block takes on its page, with the space above it. */
export function signatureHeight(writer: PdfWriter, block: SignatureBlock): number {
  return writer.lineHeight * LINES_BEFORE + signatureLines(writer, block).height;
}

/**
 * `(ลงชื่อ) …………` (or a letter's `ขอแสดงความนับถือ` and room to sign), the name in brackets, the position
 * and the role, each line centred on the block's axis; a letter's owning unit, telephone and e-mail at
 * the left below. The block is kept on one page.
 */
export function drawSignature(writer: PdfWriter, block: SignatureBlock): void {
  const { half, lines, contact, height, measure } = signatureLines(writer, block);
  const doc = writer.doc;
  writer.space(writer.lineHeight * LINES_BEFORE);
  writer.ensure(height);
  doc.font('regular').fontSize(writer.model.font.size);
  const draw = (text: string, at: (width: number) => number) => {
    const width = measure(text);
    // A blank line is room to sign a letter: nothing is drawn there.
    if (text) drawLine(doc, { text, start: 0, end: text.length, width, last: true }, at(width), writer.y, width, 'left');
    writer.y += writer.lineHeight;
  };
  for (const text of lines) draw(text, (width) => writer.left + half.x + (half.width - width) / 2);
  if (contact.length) writer.y += writer.lineHeight * CONTACT_GAP_LINES;
  for (const text of contact) draw(text, () => writer.left);
}
