import { foldCase, normaliseSearchText } from '../../../shared/search-text';
import type { SearchKind } from '../../../shared/schemas/search';
import type { Candidate, KindMatches } from './candidates';
import { KIND_SPAN, kindDefs, YEAR_SPAN } from './kinds';
import { occurrences } from './terms';

/**
 * Ranking of a kind's matches: Okapi BM25 as FTS5's bm25() computes it (k1 = 1.2, b = 0.75, column
 * weights, the document's length against the table's average), then weighed by age.
 *
 * FTS5's own bm25() is not called: before it ranks a row it counts every document of the table that
 * holds each phrase, and on the 20-year set that cost 20–330 ms per kind and query at load 16 (the
 * index lookup of the same query: 0.2–2 ms); the issue asks for p95 under 30 ms. What it would use
 * is read instead by the lookup itself (candidates.ts), for the newest `RANK_WINDOW` matches it found:
 * - the document's length in trigrams, per column, from FTS5's own `_docsize` table, and the table's
 *   average from its `_data` totals, as bm25() reads them;
 * - which field holds the terms: a title (an item's subject, a policy's title, a meeting's name),
 *   weighted `TITLE_WEIGHT`, else the body, weighted 1 — read from the record's title, which is short.
 *   The index is contentless and keeps no positions that SQL can read, so a term's count within a field
 *   is taken as one: a field holds the query or not.
 * - The IDF is the same for every match of a query (each holds every term), so it is left out.
 * Then the score is divided by 1 + (years older than the kind's newest match) / `AGE_YEARS`, so a
 * subject that names the query five years back stands level with this year's passing mention, and
 * matches scored alike fall to the newer meeting (the larger rowid).
 */
const K1 = 1.2;
/**
 * The newest this many matches of a kind are ranked (the lookup reads one more, to say there are more): reading
 * titles and lengths is most of a search's CPU time after the lookup, and a match older than the
 * newest hundred is five years back or more for most words of this record.
 */
export const RANK_WINDOW = 100;
const B = 0.75;
export const TITLE_WEIGHT = 10;
const AGE_YEARS = 5;

const yearOf = (kind: SearchKind, id: number) => Math.floor((id - kindDefs[kind].code * KIND_SPAN) / YEAR_SPAN);

/** Whether a title holds every term, found as the snippet finds them (normalised, case folded). */
const holdsAll = (title: string, terms: readonly string[]) => {
  const hay = foldCase(normaliseSearchText(title));
  return terms.every((t) => occurrences(hay, t).length > 0);
};

/** A kind's newest `RANK_WINDOW` matches (`candidates`, newest first, from the lookup), best first. */
export function rankMatches(m: KindMatches, terms: readonly string[]): Candidate[] {
  const { kind, candidates } = m;
  // A meeting's minutes each cover a whole meeting, at much the same length: their age alone orders them.
  if (candidates.length < 2 || kind === 'minutes') return candidates;
  const ranked = candidates.slice(0, RANK_WINDOW);
  const average = m.averageLength;
  const newest = Math.max(...ranked.map((c) => yearOf(kind, c.id)));
  const score = new Map(ranked.map((c) => {
    const f = (c.title !== null && holdsAll(c.title, terms) ? TITLE_WEIGHT : 0) + 1;
    const norm = 1 - B + (B * (c.length ?? average)) / average;
    const bm25 = (f * (K1 + 1)) / (f + K1 * norm);
    return [c.id, bm25 / (1 + (newest - yearOf(kind, c.id)) / AGE_YEARS)];
  }));
  return [...ranked].sort((a, b) => score.get(b.id)! - score.get(a.id)! || b.id - a.id);
}
