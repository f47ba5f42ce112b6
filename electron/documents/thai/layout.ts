// Greedy line filling for Thai (THAI-DOCUMENTS.md §4–5): pdfkit's own wrapping treats a Thai run as
// one word and cuts it anywhere, so lines are laid out here and drawn one by one.
import { breakOpportunities } from './breaks';
import { graphemes } from './chars';
import type { NoBreakMatcher } from './no-break';

export interface LaidLine {
  /** The line as drawn: `source.slice(start, end)`, trailing spaces and the newline left out. */
  text: string;
  start: number;
  end: number;
  /** Width of `text` as measured (trailing spaces not counted). */
  width: number;
  /** Last line of the paragraph or before an explicit '\n' (not stretched when distributed/justified). */
  last: boolean;
}

export interface LayoutOptions {
  /** Width available to every line but the first. */
  width: number;
  /** Width available to the first line of the text (a first-line indent); defaults to `width`. */
  firstLineWidth?: number;
  /** Width of a string in the font and size the lines will be drawn in; wrap it in `widthCache`. */
  measure: (s: string) => number;
  noBreak: NoBreakMatcher;
}

// Spaces a line may end with (UAX #14 breaks after them); no-break spaces are not among them.
const TRAILING_SPACE = /[ \t\r\u1680\u2000-\u2006\u2008-\u200b\u205f\u3000]+$/;
const trimEnd = (s: string) => s.replace(TRAILING_SPACE, '');

const NOTHING_PROTECTED: NoBreakMatcher = { words: [], spans: () => [] };

/** How a piece too wide for a whole line may still be cut: at plain word boundaries, between clusters, not at all. */
type Split = 'words' | 'graphemes' | 'never';

/**
 * Break `text` into lines no wider than the available width. Each piece between two break
 * opportunities goes on the current line if its text without trailing spaces fits; a piece wider
 * than a whole line (a long protected name in a narrow cell, a long URL) is split at its plain word
 * boundaries, else between grapheme clusters. Explicit '\n' forces a break; empty text
 * (or an empty line between two '\n') gives one empty line. Only a single grapheme cluster wider
 * than the line can make a line wider than allowed.
 */
export function layoutLines(text: string, opts: LayoutOptions): LaidLine[] {
  const lines: LaidLine[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    const before = lines.length;
    fillParagraph(paragraph, offset, opts, lines);
    if (lines.length === before) lines.push({ text: '', start: offset, end: offset, width: 0, last: true });
    lines[lines.length - 1].last = true;
    offset += paragraph.length + 1;
  }
  return lines;
}

function fillParagraph(para: string, offset: number, opts: LayoutOptions, lines: LaidLine[]): void {
  const { measure } = opts;
  const available = () => (lines.length === 0 ? (opts.firstLineWidth ?? opts.width) : opts.width);
  let lineStart = -1; // -1: no open line
  let lineEnd = 0;
  let lineWidth = 0; // sum of the pieces' widths, trailing spaces included

  const emit = () => {
    const body = trimEnd(para.slice(lineStart, lineEnd));
    const start = offset + lineStart;
    lines.push({ text: body, start, end: start + body.length, width: measure(body), last: false });
    lineStart = -1;
    lineWidth = 0;
  };

  // The sum of piece widths is exact for Thai in Sarabun; kerning across a piece edge could make
  // the joined text a little wider, so near the limit the line itself is measured.
  const fits = (bodyEnd: number, approx: number) => {
    const avail = available();
    const slack = avail * 0.01;
    if (approx > avail + slack) return false;
    if (approx <= avail - slack) return true;
    return measure(para.slice(lineStart, bodyEnd)) <= avail + 1e-9;
  };

  const append = (start: number, end: number) => {
    if (lineStart < 0) lineStart = start;
    lineEnd = end;
    lineWidth += measure(para.slice(start, end));
  };

  const place = (start: number, end: number, split: Split) => {
    const piece = para.slice(start, end);
    const body = trimEnd(piece);
    if (lineStart >= 0 && body && !fits(start + body.length, lineWidth + measure(body))) emit();
    if (split !== 'never' && lineStart < 0 && measure(body) > available() + 1e-9) {
      const inner = split === 'words' ? breakOpportunities(piece, NOTHING_PROTECTED) : [];
      if (inner.length > 0) {
        const cuts = [0, ...inner, piece.length];
        for (let i = 0; i + 1 < cuts.length; i++) place(start + cuts[i], start + cuts[i + 1], 'graphemes');
      } else {
        for (const g of graphemes(piece)) place(start + g.index, start + g.index + g.segment.length, 'never');
      }
      return;
    }
    append(start, end);
  };

  const cuts = [0, ...breakOpportunities(para, opts.noBreak), para.length];
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (cuts[i] < cuts[i + 1]) place(cuts[i], cuts[i + 1], 'words');
  }
  if (lineStart >= 0) emit();
}

/**
 * Memoise a measuring function. One cache per font and size: the key is the string alone.
 * Cleared when it grows past `limit` entries, so a long-running process does not keep every string.
 */
export function widthCache(measure: (s: string) => number, limit = 100_000): (s: string) => number {
  const cache = new Map<string, number>();
  return (s: string) => {
    let w = cache.get(s);
    if (w === undefined) {
      if (cache.size >= limit) cache.clear();
      w = measure(s);
      cache.set(s, w);
    }
    return w;
  };
}
