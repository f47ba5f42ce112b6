import { create } from 'fontkit';
import type { FontFiles } from '../fonts';

/**
 * A font file opened by fontkit, to be given to pdfkit's `registerFont` in place of the bytes.
 * pdfkit would open the bytes afresh for every document: reading the tables of both Sarabun files
 * again, and shaping with cold caches (fontkit keeps its glyphs and its OpenType lookups per open
 * font). An open font holds no state of one document (pdfkit keeps the subset, the widths and the
 * text layout cache per document), so one is shared by every document of the process, per file.
 */
const opened = new WeakMap<Buffer, object>();

function open(bytes: Buffer): object {
  let font = opened.get(bytes);
  if (!font) {
    font = create(bytes);
    opened.set(bytes, font);
  }
  return font;
}

/** The regular and bold fonts of a document, opened once per process (fonts.ts keeps the bytes per path). */
export function pdfFonts(files: FontFiles): { regular: object; bold: object } {
  return { regular: open(files.regular), bold: open(files.bold) };
}
