import PDFDocument from 'pdfkit';
import { toThaiDigits } from '../../../shared/thai';
import { fontFiles } from '../fonts';
import type { Block, DocumentModel, Paragraph } from '../model';
import type { NameParts } from '../../../shared/names';
import { peopleMatcher } from '../thai/glue';
import { noBreakMatcher, shippedNoBreakWords } from '../thai/no-break';
import { deflatePageFaster } from './page-deflate';
import { pdfFonts } from './pdf-fonts';
import { PdfWriter } from './writer';
import { drawLine, installThaiToUnicodeFix } from './thai-text';
import { drawColumns, drawEmblem } from './letter-blocks';
import { drawSignature, signatureHeight } from './signature';
import { drawPeople, drawTable, peopleWidths } from './tables';

export const PT_PER_CM = 72 / 2.54;

export interface PdfOptions {
  /** Words the officer added in settings, kept on one line unless that would letter-space a line. */
  noBreakWords?: readonly string[];
  /** The people in the directory: a line never breaks inside one of their names where it fits on a line. */
  people?: readonly NameParts[];
  onProgress?: (done: number, total: number) => void;
  /** `- ๒ -` from page 2 unless false: the meeting book numbers its pages itself, across merged attachments. */
  pageNumbers?: boolean;
  /** After each block, the page (from 0) the writer is on: after a page break, the page it began. */
  onBlock?: (block: number, page: number) => void;
  /** pdfkit's cache of shaped words; by default kept for documents under NO_LAYOUT_CACHE_FROM_ROWS table rows. */
  layoutCache?: boolean;
}

/** A PDF of the model: Sarabun embedded as a subset, Thai laid out by Lekha's own line breaker. */
export async function renderPdf(model: DocumentModel, options: PdfOptions = {}): Promise<Uint8Array> {
  const fonts = fontFiles(model.font);
  const m = model.page.marginsCm;
  const doc = new PDFDocument({
    size: 'A4',
    layout: model.page.orientation ?? 'portrait',
    margins: { top: m.top * PT_PER_CM, right: m.right * PT_PER_CM, bottom: m.bottom * PT_PER_CM, left: m.left * PT_PER_CM },
    info: { Title: model.title, Creator: 'Lekha', Producer: 'Lekha', ...(model.keywords ? { Keywords: model.keywords } : {}) },
    lang: 'th-TH',
    displayTitle: true,
    fontLayoutCache: options.layoutCache ?? tableRows(model) < NO_LAYOUT_CACHE_FROM_ROWS,
  });
  const output = byteSink();
  doc.on('data', output.push);
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  // pdfkit takes an open fontkit font in place of the bytes (its types do not say so).
  const open = pdfFonts(fonts) as unknown as { regular: Buffer; bold: Buffer };
  doc.registerFont('regular', open.regular);
  doc.registerFont('bold', open.bold);
  doc.font('bold');
  installThaiToUnicodeFix(doc);
  doc.font('regular');
  installThaiToUnicodeFix(doc);
  // Drawn on each page as it starts, watermark first so it lies behind the text and copies out
  // before it, never inside it. Pages are written out as they fill (no page buffer): a tracker of
  // thousands of pages never holds more than the page being drawn.
  let page = 0;
  const furnish = () => {
    deflatePageFaster(doc);
    if (model.page.watermark) drawWatermark(doc, model.page.watermark, model.font.size);
    drawFurniture(doc, model, page++, options.pageNumbers ?? true);
  };
  furnish();
  doc.on('pageAdded', furnish);
  // A letter's first page: the Garuda's room, and the text below it.
  const below = model.page.emblem ? drawEmblem(doc, model.page.emblem, model.font.size) : 0;

  const writer = new PdfWriter(doc, model, noBreakMatcher([...shippedNoBreakWords, ...(options.noBreakWords ?? [])]), peopleMatcher(options.people));
  writer.y = Math.max(writer.y, below);
  for (const line of model.titleLines) writer.paragraph({ type: 'paragraph', text: line, bold: true, align: 'center', keepWithNext: true });
  if (model.titleLines.length) writer.space(writer.lineHeight * 0.5);
  // Progress counts blocks, and a table's rows one by one: a 50,000-row tracker is one block.
  const total = model.blocks.reduce((sum, b) => sum + (b.type === 'table' ? b.rows.length : 1), 0);
  let drawn = 0;
  let reported = 0;
  const step = async () => {
    drawn += 1;
    if (drawn - reported >= 10) {
      reported = drawn;
      options.onProgress?.(drawn, total);
      // Let the event loop send the progress out (and serve other calls) while a long document is made.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const people = peopleWidths(writer, model.blocks);
  for (const [index, block] of model.blocks.entries()) {
    if (startsChain(model.blocks, index)) keepChain(writer, model.blocks, index);
    if (block.type === 'table') await drawTable(writer, block, step);
    else {
      drawBlock(writer, block, people, model.blocks[index + 1]);
      await step();
    }
    options.onBlock?.(index, page - 1);
  }
  options.onProgress?.(total, total);

  doc.end();
  await done;
  return output.bytes();
}

/**
 * pdfkit keeps, per document and font, the shaped glyphs of every word it measures or draws and never
 * lets them go. Thai words are long unspaced runs that seldom recur, so on a large tracker the cache
 * outgrows the file: at 25,000 rows the peak RSS was 384 MB with it, 303 MB without (and emptying it
 * every 20 pages did not help: the garbage came back as a larger heap). Documents this large go
 * without it, paying for shaping again what the writer's own width cache does not hold.
 */
const NO_LAYOUT_CACHE_FROM_ROWS = 2000;
const tableRows = (model: DocumentModel) => model.blocks.reduce((n, b) => n + (b.type === 'table' ? b.rows.length : 0), 0);

const kept = (b: Block | undefined): b is Paragraph => b?.type === 'paragraph' && !!b.keepWithNext;
const startsChain = (blocks: Block[], index: number) => kept(blocks[index]) && !kept(blocks[index - 1]);

/** Headings in a row go to the next page together with the first two lines of what follows them. */
function keepChain(writer: PdfWriter, blocks: Block[], index: number): void {
  const chain: Paragraph[] = [];
  for (let i = index; kept(blocks[i]); i++) chain.push(blocks[i] as Paragraph);
  writer.keepChain(chain, { lines: blocks[index + chain.length] ? 2 : 0 });
}

/**
 * Collects pdfkit's output. pdfkit writes many small Buffers, each cut from Node's shared 8 KB pool, so
 * keeping them keeps whole pool slabs alive (five times the PDF's size on a 5,000-page tracker): they
 * are copied together a megabyte at a time and let go.
 */
function byteSink() {
  const parts: Buffer[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const settle = () => {
    parts.push(Buffer.concat(pending));
    pending = [];
    pendingBytes = 0;
  };
  return {
    push: (chunk: Buffer) => {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= 1 << 20) settle();
    },
    // A Buffer is a Uint8Array: handing it on as it is spares a copy of the whole file (43 MB on a
    // 50,000-row tracker), and letting the parts go frees them before the caller encodes the file.
    bytes: (): Uint8Array => {
      settle();
      const whole = Buffer.concat(parts);
      parts.length = 0;
      return whole;
    },
  };
}

function drawBlock(writer: PdfWriter, block: Block, people: number[], next: Block | undefined): void {
  // A letter's last paragraph takes its close along: a page never holds the signature alone.
  if (block.type === 'paragraph') writer.paragraph(block, next?.type === 'signature' && next.closing !== undefined ? signatureHeight(writer, next) : 0);
  else if (block.type === 'list') writer.list(block);
  else if (block.type === 'people') drawPeople(writer, block, people);
  else if (block.type === 'signature') drawSignature(writer, block);
  else if (block.type === 'columns') drawColumns(writer, block);
  else writer.newPage();
}

/** Of the page's diagonal, the watermark's length. */
const WATERMARK_SPAN = 0.5;
const WATERMARK_GREY = '#DCDCDC';

/**
 * `ร่าง` large and light grey along the page's diagonal, centred. Leaves the regular font at the
 * body size and black fill, as a page added in the middle of a block expects.
 */
function drawWatermark(doc: PDFKit.PDFDocument, text: string, bodySize: number): void {
  const { width, height } = doc.page;
  doc.font('bold').fontSize(100);
  const size = (100 * WATERMARK_SPAN * Math.hypot(width, height)) / doc.widthOfString(text);
  doc.fontSize(size);
  const w = doc.widthOfString(text);
  doc.save();
  doc.rotate((-Math.atan2(height, width) * 180) / Math.PI, { origin: [width / 2, height / 2] });
  doc.fillColor(WATERMARK_GREY);
  drawLine(doc, { text, start: 0, end: text.length, width: w, last: true }, (width - w) / 2, height / 2 - size * 0.75, w, 'left');
  doc.restore();
  doc.fillColor('black').font('regular').fontSize(bodySize);
}

/** Where the secrecy and urgency stamps start on a letter's first page, in points from the top edge (inside what printers print). */
const STAMP_TOP_ABOVE_EMBLEM = 12;

/** Page numbers `- ๒ -` from page 2, secrecy in red top and bottom, urgency on page 1, the footer note. */
function drawFurniture(doc: PDFKit.PDFDocument, model: DocumentModel, index: number, numbers: boolean): void {
  const size = 14;
  const red = '#C00000';
  const { width, height, margins } = doc.page;
  // Drawing in the margins must not make pdfkit start a new page.
  const savedBottom = margins.bottom;
  doc.page.margins.bottom = 0;
  const centred = (text: string, y: number, font: string, fontSize: number, color: string) => {
    doc.font(font).fontSize(fontSize).fillColor(color);
    const w = doc.widthOfString(text);
    drawLine(doc, { text, start: 0, end: text.length, width: w, last: true }, (width - w) / 2, y, w, 'left');
  };
  // Above a letter's Garuda (1.5 cm from the edge) the stamps sit higher, clear of its room.
  const raised = index === 0 && model.page.emblem ? STAMP_TOP_ABOVE_EMBLEM : null;
  if (model.page.secrecy) {
    centred(model.page.secrecy, raised ?? margins.top / 2 - 12, 'bold', 18, red);
    centred(model.page.secrecy, height - savedBottom / 2 - 6, 'bold', 18, red);
  }
  if (model.page.copy) {
    // Right of the top mark, on its line: the copy number is read with the class (issue 14).
    doc.font('regular').fontSize(size).fillColor('black');
    const text = model.page.copy;
    const w = doc.widthOfString(text);
    drawLine(doc, { text, start: 0, end: text.length, width: w, last: true }, width - margins.right - w, (raised ?? margins.top / 2 - 12) + 3, w, 'left');
  }
  if (index > 0 && numbers) {
    const n = String(index + 1);
    const label = `- ${model.page.digits === 'thai' ? toThaiDigits(n) : n} -`;
    centred(label, model.page.secrecy ? margins.top / 2 + 8 : margins.top / 2 - 6, 'regular', size, 'black');
  }
  if (index === 0 && model.page.urgency) {
    doc.font('bold').fontSize(24).fillColor(red);
    const text = model.page.urgency;
    drawLine(doc, { text, start: 0, end: text.length, width: doc.widthOfString(text), last: true }, margins.left, raised ?? margins.top / 2 - 14, width, 'left');
  }
  if (model.page.footerNote) {
    doc.font('regular').fontSize(9).fillColor('#444444');
    const lines = model.page.footerNote.split('\n');
    for (const [i, text] of lines.entries()) {
      const w = doc.widthOfString(text);
      const y = height - savedBottom / 2 + 4 - (lines.length - 1 - i) * 11;
      drawLine(doc, { text, start: 0, end: text.length, width: w, last: true }, width - margins.right - w, y, w, 'left');
    }
  }
  doc.page.margins.bottom = savedBottom;
  doc.fillColor('black').font('regular').fontSize(model.font.size);
}
