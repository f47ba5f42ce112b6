// Drawing laid-out Thai lines with pdfkit (THAI-DOCUMENTS.md §5): copy-out that equals the source,
// and alignment that never pulls a mark off its letter.
/// <reference types="pdfkit" />
import { clusters } from '../thai/chars';
import type { LaidLine } from '../thai/layout';
import { justifyShares } from '../thai/justify';
import { canWriteSpan, writeSpan } from './text-run';
import { type EmbeddedFontLike, encodesWithFix, patchEmbeddedFontClass, withSpacedRun } from './thai-to-unicode';

type Doc = PDFKit.PDFDocument;

export type Align = 'left' | 'center' | 'right' | 'justify' | 'thaiDistributed';

/** pdfkit internals not in its types: the current font object and the registered fonts. */
interface DocInternals {
  _font?: { font?: unknown; encode?: unknown } | null;
  _fontSize: number;
  _fontFamilies: Record<string, unknown>;
  _registeredFonts: Record<string, unknown>;
  _fontSource: unknown;
  _fontFamily: unknown;
}

const internals = (doc: Doc) => doc as unknown as DocInternals;

/** pdfkit's StandardFont (Helvetica …) has an AFM `font` without `layout`; an EmbeddedFont wraps fontkit. */
function isEmbedded(font: unknown): font is EmbeddedFontLike {
  const f = font as { font?: { layout?: unknown } } | null | undefined;
  return typeof f?.font?.layout === 'function';
}

/**
 * Make Thai copy out of the PDF as typed (สำนักงาน, not สำานักงาน): patches pdfkit's EmbeddedFont
 * class, so every TrueType font of every document is covered, bold as well as regular. Idempotent.
 * Needs one TrueType font registered or selected; when the current font is a standard font it
 * opens a registered one just to reach the class (an unused font is not written to the PDF).
 */
export function installThaiToUnicodeFix(doc: Doc): void {
  const d = internals(doc);
  let font: unknown = d._font;
  if (!isEmbedded(font)) font = Object.values(d._fontFamilies).find(isEmbedded);
  if (!isEmbedded(font)) {
    const saved = { font: d._font, source: d._fontSource, family: d._fontFamily };
    for (const name of Object.keys(d._registeredFonts)) {
      doc.font(name);
      if (isEmbedded(d._font)) {
        font = d._font;
        break;
      }
    }
    d._font = saved.font;
    d._fontSource = saved.source;
    d._fontFamily = saved.family;
  }
  if (!isEmbedded(font)) throw new Error('installThaiToUnicodeFix: register or select a TrueType font (Sarabun) first');
  patchEmbeddedFontClass(Object.getPrototypeOf(font));
}

/**
 * Characters of `text` that the current font has no glyph for (each once, in order of first use);
 * a renderer can refuse them before pdfkit draws a .notdef box. Controls (\n, \t) are not drawn.
 */
export function missingGlyphs(doc: Doc, text: string): string[] {
  const font = internals(doc)._font;
  if (!isEmbedded(font)) throw new Error('missingGlyphs: the current font is not a TrueType font');
  const drawn = text.replace(/\p{Cc}/gu, '');
  if (!font.font.layout(drawn).glyphs.some((g) => g.id === 0)) return [];
  // fontkit caches glyph 0 with the first code point it met, so each character is asked alone.
  const out: string[] = [];
  for (const ch of new Set(drawn)) {
    if (font.font.layout(ch).glyphs.some((g) => g.id === 0)) out.push(ch);
  }
  return out;
}

/**
 * Without the fix (a standard font, or the fix not installed) a stretched line is drawn piece by
 * piece, each at its place: slower, and its gaps may copy out as spaces in some viewers.
 */
function drawPieces(doc: Doc, pieces: string[], stretch: number[], x: number, y: number, width: number): void {
  const widths = pieces.map((p) => doc.widthOfString(p));
  const gaps = stretch.reduce((a, b) => a + b, 0);
  const extra = gaps > 0 ? Math.max(0, width - widths.reduce((a, b) => a + b, 0)) / gaps : 0;
  let at = x;
  pieces.forEach((p, i) => {
    if (p.trim()) doc.text(p, at, y, { lineBreak: false });
    at += widths[i] + stretch[i] * extra;
  });
}

/**
 * A justified line in grapheme clusters, with the extra space that follows each (justify.ts): at
 * a Thai word joint (LaidLine.joints) and after a space between words (not after a leading
 * indent) first, and what they cannot take between every two clusters.
 */
export function justifiedPieces(text: string, joints: readonly number[], extra: number, em: number): { pieces: string[]; stretch: number[] } {
  const pieces = clusters(text);
  const at: ('joint' | 'space' | null)[] = [];
  let end = 0;
  let j = 0;
  let words = false;
  let spaces = 0;
  for (let i = 0; i < pieces.length - 1; i++) {
    end += pieces[i].length;
    while (j < joints.length && joints[j] < end) j++;
    const space = pieces[i] === ' ';
    words ||= !space;
    const kind = joints[j] === end ? 'joint' : space && words && text[end] !== ' ' ? 'space' : null;
    if (kind === 'space') spaces++;
    at.push(kind);
  }
  const share = justifyShares(extra, { clusterGaps: pieces.length - 1, joints: joints.length, spaces }, em);
  const stretch = at.map((kind) => share.cluster + (kind ? share[kind] : 0));
  stretch.push(0);
  return { pieces, stretch };
}

/**
 * Draw one laid-out line at (x, y) in a box `width` wide, with the document's current font, size
 * and fill, as one text run. The line is one ActualText span, so copy-out gives `line.text` however
 * it was spaced. 'thaiDistributed' spreads the spare width evenly between grapheme clusters (each
 * cluster keeps its marks; pdfkit's characterSpacing would pull them off); 'justify' spreads it in
 * shares, most at spaces between words and Thai word joints, a little between clusters (`justifiedPieces`). Both carry the extra space inside the run (thai-to-unicode.ts,
 * `withSpacedRun`), so viewers read no space into it. Neither stretches a line marked `last`.
 * doc.x and doc.y are left as they were.
 */
export function drawLine(doc: Doc, line: LaidLine, x: number, y: number, width: number, align: Align): void {
  if (!line.text) return;
  const text = line.text;
  const font = internals(doc)._font;
  const fixed = encodesWithFix(font);
  // Our own writer where it can (text-run.ts: the same operators, without pdfkit's text() around them).
  const direct = canWriteSpan(doc, fixed);
  const draw = (at: number) => (direct ? writeSpan(doc, text, text, at, y) : doc.text(text, at, y, { lineBreak: false }));
  const { x: savedX, y: savedY } = doc;
  if (!direct) doc.markContent('Span', { actual: text });
  if (!text.trim()) {
    if (direct) writeSpan(doc, text, text, x, y);
  } else {
    const spaced = (pieces: string[], stretch: number[]) => {
      if (!fixed) return drawPieces(doc, pieces, stretch, x, y, width);
      withSpacedRun({ text, pieces, stretch, width: (width * 1000) / internals(doc)._fontSize }, () => draw(x));
    };
    if (align === 'thaiDistributed' && !line.last) {
      const pieces = clusters(text);
      spaced(pieces, pieces.map((_, i) => (i < pieces.length - 1 ? 1 : 0)));
    } else if (align === 'justify' && !line.last) {
      const { pieces, stretch } = justifiedPieces(text, line.joints ?? [], width - line.width, internals(doc)._fontSize);
      spaced(pieces, stretch);
    } else {
      const dx = align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
      draw(x + dx);
    }
  }
  if (!direct) doc.endMarkedContent();
  doc.x = savedX;
  doc.y = savedY;
}
