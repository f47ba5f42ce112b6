import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text pdf.js (Firefox's PDF viewer, and the text layer most web viewers use) gives for each
 * page: its text items joined, a line break where pdf.js ends a line. pdf.js reads its own way:
 * a gap of about a tenth of an em between two glyphs becomes a space, a nonspacing mark counts as
 * zero wide.
 */
export async function pdfjsPages(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent({ disableNormalization: true });
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}
