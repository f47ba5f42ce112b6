// One laid-out line written straight into the page's content stream: the very operators pdfkit's
// `doc.text(text, x, y, { lineBreak: false })` inside `markContent('Span', { actual })` writes,
// without pdfkit's text machinery around them. That machinery measured every line twice more
// (its alignment and its cursor: shaping whatever the fixed advances cannot add up), copied the
// options, and sent every operator through its own small buffer: about a fifth of a render of the
// 40-item minutes. The bytes are the same (tests/documents/text-run.test.ts compares them).
/// <reference types="pdfkit" />
import type { GlyphPosition } from './thai-glyph-text';

/** pdfkit's internals this writer reads; any of them missing or unusual sends the line back to pdfkit. */
interface RunDoc {
  _font?: { id: string; ascender: number; ref(): unknown; encode(text: string): [string[], GlyphPosition[]] } | null;
  _fontSize: number;
  _textOptions?: unknown;
  _security?: unknown;
  page: { height: number; fonts: Record<string, unknown>; write(chunk: string): void };
}

/** pdfkit's number formatting (PDFObject.number): six decimals at most. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/** PDF string of `text` as pdfkit writes a unicode string: UTF-16BE with a byte order mark, as bytes in a binary string, escaped. */
function pdfString(text: string): string {
  let out = '\u00fe\u00ff';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += String.fromCharCode(code >> 8, code & 0xff);
  }
  return `(${out.replace(/[\n\r\t\b\f()\\]/g, (c) => ESCAPES[c])})`;
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '(': '\\(', ')': '\\)', '\\': '\\\\' };

/** pdfkit writes a string with no code unit above 0x7f as bytes, without a byte order mark. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Whether `writeSpan` may write for `doc` now: a TrueType font whose `encode` is ours (`encoded`),
 * no encryption (pdfkit would encrypt the ActualText string), no continued-text options pending.
 */
export function canWriteSpan(doc: PDFKit.PDFDocument, encoded: boolean): boolean {
  const d = doc as unknown as RunDoc;
  return encoded && !!d._font && !d._security && !d._textOptions;
}

/**
 * Write `text` at (x, y) (top of the line box, as pdfkit's text() takes it) inside a Span whose
 * ActualText is `actual`, in the document's current font and size. The caller checks `canWriteSpan`.
 * `text` holds no newline (pdfkit would split there).
 */
export function writeSpan(doc: PDFKit.PDFDocument, actual: string, text: string, x: number, y: number): void {
  const d = doc as unknown as RunDoc;
  const font = d._font!;
  const size = d._fontSize;
  const page = d.page;
  // markContent('Span', { actual }): a dictionary of one string, as PDFObject.convert writes it.
  const out = [`/Span <<\n/ActualText ${isAscii(actual) ? asciiString(actual) : pdfString(actual)}\n>> BDC`];
  if (text.trim()) {
    if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
    out.push('q', `1 0 0 -1 0 ${number(page.height)} cm`, 'BT');
    const dy = (font.ascender / 1000) * size;
    const top = page.height - y - dy;
    out.push(`1 0 0 1 ${number(x)} ${number(top)} Tm`, `/${font.id} ${number(size)} Tf`);
    const [encoded, positions] = font.encode(text);
    tjOperators(encoded, positions, x, top, size / 1000, out);
    out.push('ET', 'Q');
  }
  out.push('EMC');
  page.write(out.join('\n'));
}

/** A string of ASCII as pdfkit writes one (no byte order mark), escaped. */
const asciiString = (s: string) => `(${s.replace(/[\n\r\t\b\f()\\]/g, (c) => ESCAPES[c])})`;

/**
 * The TJ arrays and the absolute moves around glyphs with an offset, as pdfkit's `_fragment` makes
 * them: a run of glyphs is cut after a glyph whose advance differs from its width (the difference
 * is the TJ number), and a glyph with an offset is drawn between two Tm moves.
 */
function tjOperators(encoded: string[], positions: GlyphPosition[], x0: number, y: number, scale: number, out: string[]): void {
  let x = x0;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number) => {
    if (last < cur) {
      const pos = positions[cur - 1];
      // As pdfkit: a position without advanceWidth gives NaN here, as it does there.
      commands.push(`<${encoded.slice(last, cur).join('')}> ${number(-(pos.xAdvance - (pos.advanceWidth as number)))}`);
    }
    last = cur;
  };
  const flush = (i: number) => {
    addSegment(i);
    if (commands.length > 0) {
      out.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i];
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      out.push(`1 0 0 1 ${number(x + pos.xOffset * scale)} ${number(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - (pos.advanceWidth as number) !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  flush(i);
}
