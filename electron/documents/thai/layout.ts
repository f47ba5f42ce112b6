// Thai line layout (THAI-DOCUMENTS.md §4–5): pdfkit's own wrapping treats a Thai run as one word and
// cuts it anywhere, so lines are laid out here, a paragraph at a time (total-fit.ts), and drawn one
// by one (pdf/thai-text.ts).
import { type BreakCandidates, breakCandidates, Kind } from './breaks';
import { clusterStarts, graphemes, noBreakAfter, noBreakBefore } from './chars';
import type { Lexicon } from './lexicon';
import type { NoBreakMatcher } from './no-break';
import { ACCEPTED_PENALTY, type Stretch, totalFit } from './total-fit';

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

export type LineAlign = 'left' | 'center' | 'right' | 'justify' | 'thaiDistributed';

export interface LayoutOptions {
  /** Width available to every line but the first. */
  width: number;
  /** Width available to the first line of the text (a first-line indent); defaults to `width`. */
  firstLineWidth?: number;
  /** Width of a string in the font and size the lines will be drawn in; wrap it in `widthCache`. */
  measure: (s: string) => number;
  /** Protected words (the shipped list and the officer's): broken only to avoid a loose line. */
  noBreak: NoBreakMatcher;
  /** People's names (glue.ts `nameVariants`): never broken unless wider than a whole line. */
  names?: NoBreakMatcher;
  /** How the lines will be drawn; stretched lines are kept from looseness, ragged ones ('left', the default) from very short lines. */
  align?: LineAlign;
  /** The font size (1 em) in the units of `measure`, for the stretch limits; 1 when not given. */
  em?: number;
  /** The dictionary judge; the shipped lexicon when not given. */
  lexicon?: Lexicon;
}

/** What ending a line costs, by kind of break (total-fit.ts weighs it against looseness). */
const PENALTY: Record<Kind, number> = {
  [Kind.good]: 0,
  [Kind.protectedWord]: ACCEPTED_PENALTY,
  // Cheaper than a loose line: where the two judges differ, the segmenter is the one that slips.
  [Kind.dictionaryOnly]: 1000,
  // Dearer than a loose line unless it is very loose (about 0.3 em between letters).
  [Kind.segmenterOnly]: 3000,
};
/** Breaking inside a date, a name or another firmly glued span, which only happens when it is wider than a line. */
const GLUED = 5000;
/** Between two grapheme clusters of a word wider than a line (a long URL in a narrow cell). */
const CLUSTER = 10000;

// Spaces a line may end with (UAX #14 breaks after them); no-break spaces are not among them.
const SPACE = /[ \t\r\u1680\u2000-\u2006\u2008-\u200b\u205f\u3000]/;
const isSpace = (text: string, i: number) => SPACE.test(text[i]);

/**
 * Break `text` into lines no wider than the available width, choosing each paragraph's breaks
 * together (total fit). Explicit '\n' forces a break; empty text (or an empty line between two
 * '\n') gives one empty line. Only a piece that may not be cut (a number and its dot) or a single
 * grapheme cluster wider than the line can make a line wider than allowed.
 */
export function layoutLines(text: string, opts: LayoutOptions): LaidLine[] {
  const lines: LaidLine[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    const before = lines.length;
    if (paragraph.length > 0) fitParagraph(paragraph, offset, opts, lines);
    if (lines.length === before) lines.push({ text: '', start: offset, end: offset, width: 0, last: true });
    lines[lines.length - 1].last = true;
    offset += paragraph.length + 1;
  }
  return lines;
}

interface Analysis {
  candidates: BreakCandidates;
  clusters: Uint8Array;
}

// Per matcher pair, per paragraph text: minutes repeat their phrases (ที่ประชุมรับทราบ, names, positions).
const analyses = new WeakMap<NoBreakMatcher, WeakMap<object, Map<string, Analysis>>>();
const NO_NAMES = {};

function analyse(para: string, opts: LayoutOptions): Analysis {
  let byNames = analyses.get(opts.noBreak);
  if (!byNames) {
    byNames = new WeakMap();
    analyses.set(opts.noBreak, byNames);
  }
  const namesKey = opts.names ?? NO_NAMES;
  let cache = byNames.get(namesKey);
  if (!cache) {
    cache = new Map();
    byNames.set(namesKey, cache);
  }
  let found = opts.lexicon ? undefined : cache.get(para);
  if (!found) {
    found = { candidates: breakCandidates(para, opts), clusters: clusterStarts(para) };
    if (!opts.lexicon) {
      if (cache.size > 5000) cache.clear();
      cache.set(para, found);
    }
  }
  return found;
}

function stretchOf(align: LineAlign | undefined): Stretch {
  return align === 'thaiDistributed' ? 'distributed' : align === 'justify' ? 'justify' : 'ragged';
}

function fitParagraph(para: string, offset: number, opts: LayoutOptions, lines: LaidLine[]): void {
  const { measure } = opts;
  const { candidates, clusters } = analyse(para, opts);
  const cuts = chooseCuts(para, candidates, opts);
  const m = cuts.at.length - 1;

  // Prefix sums over pieces: widths (with kerning across a cut), clusters, space runs.
  const full = new Float64Array(m + 1); // width of text[0, cuts[k])
  const trail = new Float64Array(m + 1); // width of the trailing spaces of the piece ending at cuts[k]
  const trailChars = new Int32Array(m + 1);
  for (let k = 1; k <= m; k++) {
    const s = cuts.at[k - 1];
    const e = cuts.at[k];
    const piece = para.slice(s, e);
    let t = e;
    while (t > s && isSpace(para, t - 1)) t--;
    const w = measure(piece);
    full[k] = full[k - 1] + w + (k > 1 ? kerning(para, s, measure) : 0);
    trail[k] = t < e ? w - (t > s ? measure(para.slice(s, t)) : 0) : 0;
    trailChars[k] = e - t;
  }
  const clusterSum = new Int32Array(para.length + 2);
  const runSum = new Int32Array(para.length + 2);
  for (let i = 0; i < para.length; i++) {
    clusterSum[i + 1] = clusterSum[i] + clusters[i];
    runSum[i + 1] = runSum[i] + (para[i] === ' ' && i > 0 && para[i - 1] !== ' ' ? 1 : 0);
  }
  const width = (a: number, b: number) => full[b] - full[a] - (a > 0 ? kerning(para, cuts.at[a], measure) : 0) - trail[b];
  const bodyEnd = (b: number) => cuts.at[b] - trailChars[b];
  const stretch = stretchOf(opts.align);
  const gaps =
    stretch === 'justify'
      ? (a: number, b: number) => runSum[bodyEnd(b)] - runSum[cuts.at[a] + 1]
      : (a: number, b: number) => clusterSum[bodyEnd(b)] - clusterSum[cuts.at[a]] - 1;

  const ends = totalFit({
    m, width, gaps, penalty: cuts.penalty, stretch, em: opts.em ?? 1,
    firstWidth: opts.firstLineWidth ?? opts.width, width2: opts.width,
  });
  let a = 0;
  for (const b of ends) {
    const start = cuts.at[a];
    const end = bodyEnd(b);
    lines.push({ text: para.slice(start, end), start: offset + start, end: offset + end, width: width(a, b), last: false });
    a = b;
  }
}

/**
 * Kerning between the two characters around a cut, where the font may kern them (Sarabun kerns
 * Latin pairs such as Te, r.). Thai is shaped without kerning across word boundaries, and a lone
 * Thai mark would be shaped against a dotted circle, so pairs with a Thai character count 0.
 */
function kerning(text: string, at: number, measure: (s: string) => number): number {
  const x = text.charCodeAt(at - 1);
  const y = text.charCodeAt(at);
  if (x >= 0x0e00 || y >= 0x0e00 || x <= 0x20 || y <= 0x20) return 0;
  const pair = text.slice(at - 1, at + 1);
  return measure(pair) - measure(pair[0]) - measure(pair[1]);
}

interface Cuts {
  /** 0, the chosen candidate positions, the paragraph's length. */
  at: number[];
  /** penalty[k]: what ending a line at `at[k]` costs. */
  penalty: number[];
}

/**
 * The places the layout may choose from: every candidate outside glue; inside a soft glue span at
 * a protected word's price; inside a hard one that cannot fit on a line, its own candidates at a
 * higher price; inside a piece still wider than a
 * line, its grapheme clusters (never a number apart from its dot, never after a leading vowel).
 */
function chooseCuts(para: string, c: BreakCandidates, opts: LayoutOptions): Cuts {
  const { measure } = opts;
  const lineWidth = Math.max(opts.width, opts.firstLineWidth ?? opts.width);
  const tooWide = (s: number, e: number) => {
    while (e > s && isSpace(para, e - 1)) e--;
    return measure(para.slice(s, e)) > lineWidth + 1e-9;
  };
  const spanTooWide = c.glue.map((g) => g.strength === 'hard' && tooWide(g.start, g.end));
  const at = [0];
  const penalty = [0];
  const add = (p: number, cost: number) => {
    const s = at[at.length - 1];
    // A piece still wider than any line is cut between its grapheme clusters as well.
    if (p - s > 1 && tooWide(s, p)) {
      for (const gr of graphemes(para.slice(s, p))) {
        const q = s + gr.index;
        if (q > s && !isSpace(para, q) && !unsplittable(para, q, c)) {
          at.push(q);
          penalty.push(CLUSTER);
        }
      }
    }
    at.push(p);
    penalty.push(cost);
  };
  for (let i = 0; i < c.at.length; i++) {
    const span = c.glued[i] ? c.glue[c.glued[i] - 1] : null;
    const cost = PENALTY[c.kind[i]];
    if (!span) add(c.at[i], cost);
    else if (span.strength === 'soft') add(c.at[i], Math.max(cost, ACCEPTED_PENALTY));
    else if (spanTooWide[c.glued[i] - 1]) add(c.at[i], cost + GLUED);
  }
  add(para.length, 0);
  return { at, penalty };
}

/** Never between a leading vowel and its consonant, before a mark, nor between a number and its dot. */
function unsplittable(para: string, p: number, c: BreakCandidates): boolean {
  if (noBreakAfter(para.charCodeAt(p - 1)) || noBreakBefore(para.charCodeAt(p))) return true;
  return c.glue.some((g) => g.strength === 'never' && g.start < p && p < g.end);
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
