import { type DocumentModel, LINE_HEIGHT_FACTOR, type ListBlock, type Paragraph } from '../model';
import { type LaidLine, type LineAlign, layoutLines, widthCache } from '../thai/layout';
import type { NoBreakMatcher } from '../thai/no-break';
import { drawLine } from './thai-text';

const PT_PER_CM = 72 / 2.54;
const PARAGRAPH_AFTER = 3;

/** Lines of a paragraph that must start on the same page: two, or all three of a three-line one. */
const kept = (lines: number) => (lines === 3 ? 3 : Math.min(lines, 2));

/** Flows blocks down the pages: the cursor, page breaks, and the measured Thai lines. */
export class PdfWriter {
  readonly lineHeight: number;
  readonly left: number;
  readonly textWidth: number;
  private readonly measures = new Map<string, (s: string) => number>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly model: DocumentModel,
    readonly noBreak: NoBreakMatcher,
    /** People's names in the directory: a line never breaks inside one that fits on it. */
    readonly names?: NoBreakMatcher,
  ) {
    this.lineHeight = model.font.size * LINE_HEIGHT_FACTOR;
    this.left = doc.page.margins.left;
    this.textWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.fontSize(model.font.size);
  }

  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }
  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Measuring with a cache per font: the same words recur through a document. */
  measure(font: 'regular' | 'bold'): (s: string) => number {
    let m = this.measures.get(font);
    if (!m) {
      const doc = this.doc;
      const size = this.model.font.size;
      m = widthCache((s) => doc.font(font).fontSize(size).widthOfString(s));
      this.measures.set(font, m);
    }
    return m;
  }

  /** `align` is how the lines will be drawn: stretched lines are chosen to stay tight, ragged ones to avoid very short lines. */
  lines(text: string, font: 'regular' | 'bold', width: number, firstLineWidth = width, align: LineAlign = 'left'): LaidLine[] {
    const { noBreak, names } = this;
    return layoutLines(text, { width, firstLineWidth, measure: this.measure(font), noBreak, names, align, em: this.model.font.size });
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
  }

  /** Starts a new page unless `height` still fits; never leaves a page that starts empty. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.doc.page.margins.top + 1) this.newPage();
  }

  space(points: number): void {
    if (this.y > this.doc.page.margins.top + 1) this.y += points;
  }

  /**
   * Each paragraph the officer typed (a '\n' in the text) starts on its own line with the same
   * first-line indent, as in a typed Thai memo; the lead (bold number) goes before the first only.
   */
  /**
   * `tail`: the height of what must follow the paragraph's last two lines on their page (a letter's
   * signature block: a page never holds the signature alone).
   */
  paragraph(p: Paragraph, tail = 0): void {
    const font = p.bold ? 'bold' : 'regular';
    const leadFont = p.leadPlain ? 'regular' : 'bold';
    const leadWidth = p.lead ? this.measure(leadFont)(`${p.lead} `) : 0;
    // A hanging lead: every line but the lead's own starts where the text after the lead does.
    const hang = p.hangingLead ? leadWidth : 0;
    const indent = (p.indentCm ?? 0) * PT_PER_CM + hang;
    const first = (p.firstLineCm ?? 0) * PT_PER_CM - hang;
    const width = this.textWidth - indent;
    const align = p.align ?? this.model.body.align;
    const parts = p.text.split('\n').map((text, n) => {
      const firstWidth = n === 0 ? width - first - leadWidth : hang ? width : width - first;
      return this.lines(text, font, width, firstWidth, align);
    });
    this.space(p.spaceBefore ?? 0);
    // Keep a heading with what follows it, and never leave a single line of a paragraph alone.
    const opening = parts[0].length;
    this.ensure(this.lineHeight * (p.keepWithNext ? Math.min(opening, 3) + 2 : kept(opening)));
    for (const [n, lines] of parts.entries()) {
      const last = n === parts.length - 1;
      if (n > 0) this.ensure(this.lineHeight * kept(lines.length));
      // A short last part goes over whole with what must follow it rather than leave a line behind.
      if (last && tail > 0 && lines.length <= 3) this.ensure(this.lineHeight * lines.length + tail);
      for (const [i, line] of lines.entries()) {
        // Nor its last line alone at the top of a page: the line before goes over with it (and with them what must follow).
        const lastTwo = i === lines.length - 2 && lines.length >= 4;
        this.ensure(this.lineHeight * (lastTwo ? 2 : 1) + (lastTwo && last ? tail : 0));
        let x = this.left + indent;
        let w = width;
        if (i === 0 && (n === 0 || !hang)) {
          x += first;
          w -= first;
          if (n === 0 && p.lead) {
            this.doc.font(leadFont).fontSize(this.model.font.size);
            drawLine(this.doc, { text: p.lead, start: 0, end: p.lead.length, width: leadWidth, last: true }, x, this.y, leadWidth, 'left');
            x += leadWidth;
            w -= leadWidth;
          }
        }
        this.doc.font(font).fontSize(this.model.font.size);
        drawLine(this.doc, line, x, this.y, w, align);
        this.y += this.lineHeight;
      }
    }
    this.y += PARAGRAPH_AFTER;
  }

  /** The height `p` takes when drawn in full, with the space before and after it. */
  paragraphHeight(p: Paragraph): number {
    const indent = (p.indentCm ?? 0) * PT_PER_CM;
    const first = (p.firstLineCm ?? 0) * PT_PER_CM;
    const width = this.textWidth - indent;
    const count = p.text.split('\n').reduce((sum, text) => sum + this.lines(text, p.bold ? 'bold' : 'regular', width, width - first).length, 0);
    return (p.spaceBefore ?? 0) + count * this.lineHeight + PARAGRAPH_AFTER;
  }

  /**
   * A run of headings kept with what follows (section, item, ข้อสั่งการ) moves to the next page as
   * one with the first two lines after it, rather than leaving a heading alone at the foot.
   */
  keepChain(chain: Paragraph[], next: { lines: number }): void {
    if (chain.length < 2) return;
    this.ensure(chain.reduce((sum, p) => sum + this.paragraphHeight(p), 0) + this.lineHeight * next.lines);
  }

  list(block: ListBlock): void {
    const hang = 0.75 * PT_PER_CM;
    const x = this.left + block.indentCm * PT_PER_CM;
    const width = this.textWidth - block.indentCm * PT_PER_CM - hang;
    for (const item of block.items) {
      const lines = this.lines(item.text, 'regular', width, width, this.model.body.align);
      this.ensure(this.lineHeight * Math.min(lines.length, 2));
      this.doc.font('regular').fontSize(this.model.font.size);
      drawLine(this.doc, { text: item.marker, start: 0, end: item.marker.length, width: 0, last: true }, x, this.y, hang, 'left');
      for (const line of lines) {
        this.ensure(this.lineHeight);
        drawLine(this.doc, line, x + hang, this.y, width, this.model.body.align);
        this.y += this.lineHeight;
      }
      this.y += PARAGRAPH_AFTER;
    }
  }
}
