// Thai line layout (THAI-DOCUMENTS.md §4–5): pdfkit's own wrapping treats a Thai run as one word and
// cuts it anywhere, so lines are laid out here, a paragraph at a time (total-fit.ts), and drawn one
// by one (pdf/thai-text.ts).
import { type BreakCandidates, breakCandidates } from './breaks';
import { clusterStarts } from './chars';
import { chooseCuts, isSpace } from './cuts';
import type { Lexicon } from './lexicon';
import type { NoBreakMatcher } from './no-break';
import { jointsIn, largestShare, wordJoints } from './justify';
import { type Stretch, totalFit } from './total-fit';

export interface LaidLine {
  /** The line as drawn: `source.slice(start, end)`, trailing spaces and the newline left out. */
  text: string;
  start: number;
  end: number;
  /** Width of `text` as measured (trailing spaces not counted). */
  width: number;
  /** Last line of the paragraph or before an explicit '\n' (not stretched when distributed/justified). */
  last: boolean;
  /**
   * Justified lines only: offsets in `text` of the Thai word joints that take a share of the spare
   * width besides the spaces (`wordJoints`), ascending.
   */
  joints?: number[];
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
  /** Justify only, filled on first use: `wordJoints` of the paragraph. */
  joints?: number[];
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
  const analysis = analyse(para, opts);
  const { candidates, clusters } = analysis;
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
  let joints: number[] = [];
  // jointSum[i]: joints before position i (justify only).
  let jointSum = new Int32Array(0);
  if (stretch === 'justify') {
    analysis.joints ??= wordJoints(para, candidates);
    joints = analysis.joints;
    jointSum = new Int32Array(para.length + 2);
    for (const p of joints) jointSum[p + 1] = 1;
    for (let i = 1; i < jointSum.length; i++) jointSum[i] += jointSum[i - 1];
  }
  const clusterGaps = (a: number, b: number) => clusterSum[bodyEnd(b)] - clusterSum[cuts.at[a]] - 1;
  const em = opts.em ?? 1;
  const spread =
    stretch === 'justify'
      ? (a: number, b: number, slack: number) => {
          // Joints and space runs strictly inside the line (justify.ts shares the slack out).
          const s = cuts.at[a] + 1;
          const e = Math.max(s, bodyEnd(b));
          const places = { clusterGaps: clusterGaps(a, b), joints: jointSum[e] - jointSum[s], spaces: runSum[e] - runSum[s] };
          return largestShare(slack, places, em);
        }
      : (a: number, b: number, slack: number) => {
          const gaps = clusterGaps(a, b);
          return gaps > 0 ? slack / gaps : slack > 1e-9 ? Number.POSITIVE_INFINITY : 0;
        };

  const ends = totalFit({
    m, width, spread, penalty: cuts.penalty, stretch, em,
    firstWidth: opts.firstLineWidth ?? opts.width, width2: opts.width,
  });
  let a = 0;
  for (const b of ends) {
    const start = cuts.at[a];
    const end = bodyEnd(b);
    const line: LaidLine = { text: para.slice(start, end), start: offset + start, end: offset + end, width: width(a, b), last: false };
    if (stretch === 'justify') line.joints = jointsIn(joints, start, end);
    lines.push(line);
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
