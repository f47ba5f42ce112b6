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
/** …and inside one of its words rather than at one of its spaces (จันทร|รวงทอง where นายประเสริฐ | จันทรรวงทอง would do). */
const GLUED_INSIDE_WORD = 2 * GLUED;
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
 * a protected word's price. Inside hard glue (dates, names, ordinals), only where a piece would
 * otherwise be wider than any line, and then at a higher price; inside a piece still wider than a
 * line, its grapheme clusters (never a number apart from its dot or inside its digits, never after
 * a leading vowel).
 */
export function chooseCuts(para: string, c: BreakCandidates, opts: { width: number; firstLineWidth?: number; measure: (s: string) => number }): Cuts {
  const { measure } = opts;
  const lineWidth = Math.max(opts.width, opts.firstLineWidth ?? opts.width);
  const tooWide = (s: number, e: number) => {
    while (e > s && isSpace(para, e - 1)) e--;
    return e - s > 1 && measure(para.slice(s, e)) > lineWidth + 1e-9;
  };
  const at = [0];
  const penalty = [0];
  // Hard-glued candidates held back since the last cut: used only if the piece grows too wide.
  let held: [number, number][] = [];
  const cutGraphemes = (s: number, e: number) => {
    for (const gr of graphemes(para.slice(s, e))) {
      const q = s + gr.index;
      if (q > s && !isSpace(para, q) && !unsplittable(para, q, c)) {
        at.push(q);
        penalty.push(CLUSTER);
      }
    }
  };
  const add = (p: number, cost: number) => {
    const s = at[at.length - 1];
    if (tooWide(s, p)) {
      for (const [q, qCost] of held) {
        if (tooWide(at[at.length - 1], q)) cutGraphemes(at[at.length - 1], q);
        at.push(q);
        penalty.push(qCost);
      }
      if (tooWide(at[at.length - 1], p)) cutGraphemes(at[at.length - 1], p);
    }
    held = [];
    at.push(p);
    penalty.push(cost);
  };
  for (let i = 0; i < c.at.length; i++) {
    const span = c.glued[i] ? c.glue[c.glued[i] - 1] : null;
    const cost = PENALTY[c.kind[i]];
    if (!span) add(c.at[i], cost);
    else if (span.strength === 'soft') add(c.at[i], Math.max(cost, ACCEPTED_PENALTY));
    else if (span.strength === 'hard') held.push([c.at[i], cost + (isSpace(para, c.at[i] - 1) ? GLUED : GLUED_INSIDE_WORD)]);
  }
  add(para.length, 0);
  return { at, penalty };
}

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x0e50 && c <= 0x0e59);

/** Never between a leading vowel and its consonant, before a mark, inside a number, nor between a number and its dot. */
function unsplittable(para: string, p: number, c: BreakCandidates): boolean {
  if (noBreakAfter(para.charCodeAt(p - 1)) || noBreakBefore(para.charCodeAt(p))) return true;
  if (isDigit(para.charCodeAt(p - 1)) && isDigit(para.charCodeAt(p))) return true;
  return c.glue.some((g) => g.strength === 'never' && g.start < p && p < g.end);
}
