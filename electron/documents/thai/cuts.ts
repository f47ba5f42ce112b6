// The places a paragraph's layout chooses from, each with what ending a line there costs: the
// break candidates (breaks.ts) by kind, glued spans opened only when they cannot fit on a line,
// and grapheme clusters inside a piece still wider than any line.
import { type BreakCandidates, Kind } from './breaks';
import { graphemes, noBreakAfter, noBreakBefore } from './chars';
import { ACCEPTED_PENALTY } from './total-fit';

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
export const isSpace = (text: string, i: number) => SPACE.test(text[i]);

export interface Cuts {
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
export function chooseCuts(para: string, c: BreakCandidates, opts: { width: number; firstLineWidth?: number; measure: (s: string) => number }): Cuts {
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
