/** The band of a page that holds the body, in points from the bottom edge (PDF's own coordinates). */
export interface BodyBand {
  bottom: number;
  top: number;
}

/**
 * The text of each page of a PDF as pdf.js reads it (the reader in Firefox and most web viewers):
 * loaded on demand, as only `lekha verify` needs it. Given the body band (the page's margins), only
 * upright text whose baseline lies in it is kept: the page number, secrecy marks, copy number and
 * footer note are drawn in the margins and the `ร่าง` watermark on the diagonal, and read into the
 * page's text they would split a paragraph that runs across the page break.
 */
export async function pdfTextPages(pdf: Uint8Array, body?: (pageHeight: number) => BodyBand): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false, stopAtErrors: true }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const band = body?.(page.getViewport({ scale: 1 }).height);
      const inBody = (t: number[]) => !band || (t[1] === 0 && t[2] === 0 && t[5] >= band.bottom && t[5] <= band.top);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item && inBody(item.transform) ? item.str : '')).join(' '));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
