// Total-fit line breaking (Knuth and Plass, "Breaking Paragraphs into Lines", 1981; TeX's
// algorithm) over the break candidates of one paragraph: the breaks are chosen together, so a
// little slack spread over earlier lines can spare a later line from being letter-spaced, which
// first-fit filling cannot do.

/** How a line's spare width is spent when it is drawn (thai-text.ts `drawLine`). */
export type Stretch = 'distributed' | 'justify' | 'ragged';

export interface FitProblem {
  /** Number of pieces; candidate k (0..m) is the place before piece k, m the paragraph's end. */
  m: number;
  /** Natural width of a line from candidate a to candidate b, trailing spaces left out. */
  width(a: number, b: number): number;
  /**
   * The most extra space the drawing puts at one place of the line from a to b when it is `slack`
   * short of its width (between two clusters, or at a word joint or space when justified;
   * justify.ts); infinite when the line has nowhere to put it.
   */
  spread(a: number, b: number, slack: number): number;
  /** What ending a line at candidate k costs (kind of break); `penalty[m]` is ignored. */
  penalty: ArrayLike<number>;
  firstWidth: number;
  width2: number;
  stretch: Stretch;
  /** The font size: stretch limits are in ems. */
  em: number;
}

/** Extra space per gap, in em, at which a stretched line counts as loose (issue 9: under 0.15 em). */
export const LOOSE_EM = 0.15;
/** Penalties up to this are for breaks a reader accepts (good ones, a protected word's inner boundary). */
export const ACCEPTED_PENALTY = 500;
/** TeX's \linepenalty: every line costs a little, so a paragraph does not grow lines for nothing. */
const LINE = 10;
/** Added to the badness of a loose line: dearer than a protected word's inner break, cheaper than a disputed one. */
const LOOSE = 2000;
/** Demerits of the cheapest loose line: a first pass that cannot beat it gives way to the full search. */
const ONE_LOOSE_LINE = (LINE + 100 + LOOSE) ** 2;
/**
 * A paragraph's last line narrower than this, in em, is a runt: one syllable left alone under a
 * full line ("ไป" of ต่อไป, in real minutes), which reads as a slip. It costs what a disputed
 * boundary does, so a word comes down to keep it company when the line above stays tight.
 */
export const RUNT_EM = 2;
const RUNT = 1000;
/** A single piece wider than its line (nothing else is ever allowed to overflow). */
const OVERFULL = 1e5;
const BADNESS_CAP = 5e4;

/** TeX's badness, 100 r³, with r the largest extra space at one place against LOOSE_EM. */
function badness(p: FitProblem, slack: number, spread: number): number {
  // A ragged line (a table cell, a centred title) is as good however much room it leaves: what a
  // reader sees is how many lines it takes and where they break, as first fit would have them.
  if (p.stretch === 'ragged') return 0;
  // A line with nowhere to stretch is drawn short of the margin: as bad as the loosest line.
  if (spread === Number.POSITIVE_INFINITY) return slack > 1e-9 ? BADNESS_CAP : 0;
  const r = spread / (LOOSE_EM * p.em);
  return Math.min(BADNESS_CAP, 100 * r * r * r + (r > 1 ? LOOSE : 0));
}

/**
 * The candidates to end lines at (ascending, the last one m) with the least total demerits,
 * (LINE + badness)² + penalty² per line. A line may never be wider than its width unless it is a
 * single piece. The lines that can end at b start at a contiguous range of candidates (widths only
 * grow with b), so each candidate looks back over one line's worth of pieces at most.
 *
 * Like TeX, first a pass that allows only lines that are not loose and breaks a reader accepts; it
 * looks back over a few pieces only (the stretch asked for grows as a line starts later). When it
 * finds nothing, or nothing cheaper than one loose line, a second pass allows everything.
 */
export function totalFit(p: FitProblem): number[] {
  return breakPass(p, true) ?? (breakPass(p, false) as number[]);
}

function breakPass(p: FitProblem, tightOnly: boolean): number[] | null {
  const { m } = p;
  const best = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(m + 1);
  best[0] = 0;
  let lo = 0;
  for (let b = 1; b <= m; b++) {
    const end = b < m ? p.penalty[b] : 0;
    if (tightOnly && end > ACCEPTED_PENALTY) continue;
    while (lo < b - 1 && p.width(lo, b) > (lo === 0 ? p.firstWidth : p.width2) + 1e-9) lo++;
    for (let a = lo; a < b; a++) {
      if (best[a] === Number.POSITIVE_INFINITY) continue;
      const lineWidth = a === 0 ? p.firstWidth : p.width2;
      const w = p.width(a, b);
      let bad: number;
      if (w > lineWidth + 1e-9) {
        if (a !== b - 1 || tightOnly) continue;
        bad = OVERFULL + (w - lineWidth);
      } else if (b === m) bad = 0;
      else {
        bad = badness(p, lineWidth - w, p.spread(a, b, lineWidth - w));
        // A later start only leaves more slack over fewer places.
        if (tightOnly && bad > 100) break;
      }
      const pen = b === m && a > 0 && p.stretch !== 'ragged' && w < RUNT_EM * p.em ? RUNT : end;
      const d = best[a] + (LINE + bad) ** 2 + pen * pen;
      // On a tie the later start wins: traced back from the end, that fills the lines as first fit does.
      if (d <= best[b]) {
        best[b] = d;
        from[b] = a;
      }
    }
  }
  if (tightOnly && !(best[m] < ONE_LOOSE_LINE)) return null;
  const ends: number[] = [];
  for (let b = m; b > 0; b = from[b]) ends.push(b);
  return ends.reverse();
}
