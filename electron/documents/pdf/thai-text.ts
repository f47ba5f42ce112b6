// Drawing laid-out Thai lines with pdfkit (THAI-DOCUMENTS.md §5): copy-out that equals the source,
// and alignment that never pulls a mark off its letter.
/// <reference types="pdfkit" />
import { graphemes } from '../thai/chars';
import type { LaidLine } from '../thai/layout';
import { type EmbeddedFontLike, patchEmbeddedFontClass, STRETCH_STEP, withTrailingStretch } from './thai-to-unicode';

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

/** Widths per font and size, shared by all lines of a document. */
const widthCaches = new WeakMap<Doc, Map<string, number>>();

function measurer(doc: Doc): (s: string) => number {
  let cache = widthCaches.get(doc);
  if (!cache) {
    cache = new Map();
    widthCaches.set(doc, cache);
  }
  const d = internals(doc);
  const prefix = `${(d._font as { name?: string } | null)?.name}|${d._fontSize}|`;
  const map = cache;
  return (s) => {
    const key = prefix + s;
    let w = map.get(key);
    if (w === undefined) {
      w = doc.widthOfString(s);
      map.set(key, w);
    }
    return w;
  };
}

/**
 * Draw one laid-out line at (x, y) in a box `width` wide, with the document's current font, size
 * and fill. The line is one ActualText span, so copy-out gives `line.text` however it was spaced.
 * 'thaiDistributed' spreads the spare width evenly between grapheme clusters (each cluster keeps
 * its marks; pdfkit's characterSpacing would pull them off); 'justify' spreads it over the spaces
 * only. Neither stretches a line marked `last`. doc.x and doc.y are left as they were.
 */
export function drawLine(doc: Doc, line: LaidLine, x: number, y: number, width: number, align: Align): void {
  if (!line.text) return;
  const { x: savedX, y: savedY } = doc;
  const measure = measurer(doc);
  const draw = (s: string, at: number) => {
    if (s.trim()) doc.text(s, at, y, { lineBreak: false });
  };
  doc.markContent('Span', { actual: line.text });
  if (align === 'thaiDistributed' && !line.last) {
    const clusters = graphemes(line.text).map((g) => g.segment);
    const widths = clusters.map(measure);
    const spare = width - widths.reduce((a, b) => a + b, 0);
    const extra = clusters.length > 1 ? Math.max(0, spare) / (clusters.length - 1) : 0;
    // Whole tenths of an em of each gap travel inside the cluster's last glyph (thai-to-unicode.ts).
    const inside = Math.floor((extra * 1000) / internals(doc)._fontSize / STRETCH_STEP) * STRETCH_STEP;
    let cx = x;
    clusters.forEach((c, i) => {
      withTrailingStretch(i < clusters.length - 1 ? inside : 0, () => draw(c, cx));
      cx += widths[i] + extra;
    });
  } else if (align === 'justify' && !line.last && / /.test(line.text.trim())) {
    const parts = line.text.split(/( +)/).filter(Boolean);
    const widths = parts.map(measure);
    // Spaces between words stretch; an indent of leading spaces does not.
    const stretches = (p: string, i: number) => i > 0 && !p.trim();
    const gaps = parts.filter(stretches).length;
    const extra = Math.max(0, width - widths.reduce((a, b) => a + b, 0)) / gaps;
    let cx = x;
    parts.forEach((p, i) => {
      draw(p, cx);
      cx += widths[i] + (stretches(p, i) ? extra : 0);
    });
  } else {
    const dx = align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
    draw(line.text, x + dx);
  }
  doc.endMarkedContent();
  doc.x = savedX;
  doc.y = savedY;
}
