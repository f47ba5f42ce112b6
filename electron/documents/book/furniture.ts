import PDFDocument from 'pdfkit';
import { fontFiles } from '../fonts';
import type { DocumentModel, FontChoice, Paragraph } from '../model';
import { pdfFonts } from '../pdf/pdf-fonts';
import { PT_PER_CM } from '../pdf/render-pdf';
import { drawLine, installThaiToUnicodeFix } from '../pdf/thai-text';
import { PdfWriter } from '../pdf/writer';
import { type LaidLine, layoutLines, widthCache } from '../thai/layout';
import type { NoBreakMatcher } from '../thai/no-break';
import { BAND, CAPTION_SIZE, HEADER_SIZE, SECRECY_SIZE } from './bands';

/** What is stamped on one page of the book. */
export interface PageFurniture {
  width: number;
  height: number;
  /** The item (or the agenda) the page belongs to, at the top left; none on the cover. */
  header: string;
  /** `หน้า ๗`, at the top right; none on the cover. */
  number: string;
  /** On a merged attachment's page, under the header: which file, which of its pages. */
  caption: string;
  /** ลับ, ลับมาก, ลับที่สุด, or empty. */
  secrecy: string;
  /** `ฉบับที่ 2 ของ 5 ฉบับ` at the top right, on the mark's line, of a numbered copy; or empty. */
  copy: string;
}

/** The cover's lines, largest first: what the book is, the series, the number, when and where. */
export interface Cover {
  lines: { text: string; size: number; bold: boolean; spaceBefore: number }[];
  urgency: string;
}

const RED = '#C00000';
const GREY = '#333333';

/**
 * One PDF page per page of the book, drawn with Lekha's own Thai line layout and Sarabun (pdf-lib
 * cannot shape Thai: its marks would sit wrong): the cover on the first, the running header, page
 * number, caption and secrecy marks on the others, on a transparent page to be laid over the book's.
 */
export async function renderFurniture(
  pages: PageFurniture[], cover: Cover, font: FontChoice, marginsCm: DocumentModel['page']['marginsCm'], noBreak: NoBreakMatcher,
): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Creator: 'Lekha', Producer: 'Lekha' }, lang: 'th-TH' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // pdfkit takes an open fontkit font in place of the bytes (its types do not say so), as render-pdf.ts does.
  const open = pdfFonts(fontFiles(font)) as unknown as { regular: Buffer; bold: Buffer };
  doc.registerFont('regular', open.regular);
  doc.registerFont('bold', open.bold);
  doc.font('bold');
  installThaiToUnicodeFix(doc);
  doc.font('regular');
  installThaiToUnicodeFix(doc);

  const margins = { top: marginsCm.top * PT_PER_CM, right: marginsCm.right * PT_PER_CM, bottom: 0, left: marginsCm.left * PT_PER_CM };
  const fitLine = fitter(doc, noBreak);
  let added = 0;
  doc.on('pageAdded', () => added++);
  for (const [index, p] of pages.entries()) {
    doc.addPage({ size: [p.width, p.height], margins });
    const right = p.width - margins.right;
    if (p.secrecy) {
      centred(doc, fitLine(p.secrecy, 'bold', SECRECY_SIZE, p.width), p.width, BAND.secrecyTop, RED);
      centred(doc, fitLine(p.secrecy, 'bold', SECRECY_SIZE, p.width), p.width, p.height - BAND.secrecyBottom - SECRECY_SIZE * 1.3, RED);
    }
    if (p.copy) {
      const copy = fitLine(p.copy, 'regular', HEADER_SIZE, p.width);
      draw(doc, copy, right - copy.line.width, BAND.secrecyTop + 4, 'black');
    }
    if (index === 0) {
      if (cover.urgency) draw(doc, fitLine(cover.urgency, 'bold', 24, p.width), margins.left, BAND.headerTop, RED);
      drawCover(doc, cover, font, noBreak);
    }
    if (p.number) {
      const number = fitLine(p.number, 'regular', HEADER_SIZE, p.width);
      draw(doc, number, right - number.line.width, BAND.headerTop, GREY);
      draw(doc, fitLine(p.header, 'regular', HEADER_SIZE, right - margins.left - number.line.width - 12), margins.left, BAND.headerTop, GREY);
      doc.moveTo(margins.left, BAND.rule).lineTo(right, BAND.rule).lineWidth(0.5).strokeColor('#999999').stroke();
    }
    if (p.caption) draw(doc, fitLine(p.caption, 'regular', CAPTION_SIZE, right - margins.left), margins.left, BAND.captionTop, GREY);
  }
  // A cover line too long for its page would have made pdfkit add one: the pages would no longer match the book's.
  if (added !== pages.length) throw new Error(`the book's furniture took ${added} pages for ${pages.length}`);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The cover: centred lines from a third of the way down, wrapped by the Thai line breaker where long. */
function drawCover(doc: PDFKit.PDFDocument, cover: Cover, font: FontChoice, noBreak: NoBreakMatcher): void {
  doc.y = doc.page.height * 0.3;
  for (const line of cover.lines) {
    // PdfWriter reads only the model's font and body alignment.
    const model = { title: '', titleLines: [], blocks: [], page: {} as DocumentModel['page'], body: { align: 'center', firstLineCm: 0 }, font: { ...font, size: line.size } } satisfies DocumentModel;
    const paragraph: Paragraph = { type: 'paragraph', text: line.text, bold: line.bold, align: 'center', spaceBefore: line.spaceBefore };
    doc.fillColor('black');
    new PdfWriter(doc, model, noBreak).paragraph(paragraph);
  }
}

type Font = 'regular' | 'bold';
interface Fitted {
  line: LaidLine;
  font: Font;
  size: number;
}

/** One line of `text` no wider than `width`: cut at a place the line breaker allows, with `…`, when too long. */
function fitter(doc: PDFKit.PDFDocument, noBreak: NoBreakMatcher) {
  const measures = new Map<string, (s: string) => number>();
  const fitted = new Map<string, Fitted>();
  return (text: string, font: Font, size: number, width: number): Fitted => {
    const key = `${font} ${size} ${width.toFixed(1)} ${text}`;
    const known = fitted.get(key);
    if (known) return known;
    let measure = measures.get(`${font} ${size}`);
    if (!measure) {
      measure = widthCache((s) => doc.font(font).fontSize(size).widthOfString(s));
      measures.set(`${font} ${size}`, measure);
    }
    let shown = text;
    if (measure(text) > width) {
      const [first] = layoutLines(text, { width: width - measure('…'), measure, noBreak, align: 'left', em: size });
      shown = `${text.slice(first.start, first.end).trimEnd()}…`;
    }
    const result = { line: { text: shown, start: 0, end: shown.length, width: measure(shown), last: true }, font, size };
    fitted.set(key, result);
    return result;
  };
}

function draw(doc: PDFKit.PDFDocument, f: Fitted, x: number, y: number, color: string): void {
  doc.font(f.font).fontSize(f.size).fillColor(color);
  drawLine(doc, f.line, x, y, f.line.width, 'left');
}

function centred(doc: PDFKit.PDFDocument, f: Fitted, pageWidth: number, y: number, color: string): void {
  draw(doc, f, (pageWidth - f.line.width) / 2, y, color);
}
