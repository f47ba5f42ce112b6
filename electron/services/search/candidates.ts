import type { Kysely } from 'kysely';
import { foldCase, normaliseSearchText, THAI_CONTINUING } from '../../../shared/search-text';
import type { SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { kindDefs, rowidRange } from './kinds';
import { docsIn, joinSql, q, raw, run, type Statement } from './statement';
import { ftsMatch, occurrences, type QueryPlan, shortTermGlobs } from './terms';

/**
 * How many matches of a kind a search reads, newest first, to count them: the count says "20+" or
 * "100+" past them. A common word matches tens of thousands of records over twenty years, and
 * reading them all costs 50–100 ms (the count alone).
 * - Several kinds at once (the search box's first answer, every kind): twenty and one more. Walking
 *   to a hundred was a fifth of a search's time on the 20-year set (the minutes' 101 matches 0.8 ms of
 *   CPU, against 0.3 for 21), and the box shows eight hits a kind: "20+" says as well that there are
 *   more than it shows, and choosing the kind (the box links to it) counts to a hundred.
 * - One kind asked alone: a hundred and one.
 */
export const GLANCE_WINDOW = 21;
export const KIND_WINDOW = 101;
/**
 * At most this many when a short term is read from each match's record (ปี in ปี ๒๕๖๗): every text of
 * the record is read, a meeting's minutes run to 40,000 characters, and reading 250 of them cost
 * 10–30 ms of CPU on the 20-year set; the count then says "50+" (fifty, and one more) for one kind.
 */
export const SHORT_WINDOW = 51;

/** A short term that begins more trigrams than this (a single common letter) is read from the records instead. */
const MAX_EXPANSION = 400;

export interface Filters {
  seriesId?: string;
  yearFrom?: number;
  yearTo?: number;
  limit: number;
  /** How many kinds the search reads (`windowOf`). */
  kindsAsked: number;
}

/** The window of one kind's lookup: as above, and always one more than the hits asked. */
export function windowOf(plan: QueryPlan, f: Filters): number {
  const counted = f.kindsAsked === 1 ? KIND_WINDOW : GLANCE_WINDOW;
  return Math.max(plan.short.length ? Math.min(SHORT_WINDOW, counted) : counted, f.limit + 1);
}

export interface KindMatches {
  kind: SearchKind;
  /** Documents (`search_docs` ids), newest first. */
  ids: number[];
  /** Every match was read: `ids.length` is the count; else there are more than `ids.length - 1`. */
  complete: boolean;
  /** The newest documents whose title holds every term (up to the limit), newest first; empty for a kind without titles. */
  titled: number[];
}

/** The record of a document contains the short term (one of its spellings) in one of its texts. */
function containsTerm(kind: SearchKind, term: string): Statement {
  const def = kindDefs[kind];
  const patterns = shortTermGlobs(term);
  const anyOf = (expr: string) => joinSql(patterns.map((p) => q`${raw(expr)} GLOB ${p}`), ' OR ');
  const tests = [
    ...def.texts.map(([, expr]) => q`(${anyOf(expr)})`),
    ...def.lists.map(([, list]) => q`EXISTS (SELECT 1 FROM (${raw(list)}) WHERE ${anyOf('v')})`),
  ];
  return q`EXISTS (SELECT 1 FROM ${raw(def.from)} WHERE s.id = d.ref_id AND (${joinSql(tests, ' OR ')}))`;
}

/**
 * The trigrams of a kind's index that begin with a short term (every text ends with a space there, so
 * each character begins one), without those where the term's last Thai letter goes on with a mark
 * (ดี้): the index then finds the records that may hold the term, and reading the record decides.
 * Null when there are too many to look up; empty when the term occurs nowhere in this kind.
 */
async function expand(db: Kysely<DB>, kind: SearchKind, term: string): Promise<string[] | null> {
  const folded = foldCase(term);
  const rows = await run<{ term: string }>(db, q`
    SELECT term FROM ${raw(`search_${kind}_vocab`)} WHERE term >= ${folded} AND term < ${`${folded}\u{10ffff}`}
    LIMIT ${MAX_EXPANSION + 1}`);
  if (rows.length > MAX_EXPANSION) return null;
  const thai = /[\u0e01-\u0e4f]$/.test(folded);
  return rows.map((r) => r.term).filter((t) => t.startsWith(folded) && !(thai && THAI_CONTINUING.test(t.slice(folded.length, folded.length + 1))));
}

/**
 * The FTS5 query for one kind: long terms as phrases, each short term as any of the trigrams it begins
 * (also beside a long term: reading every record the long term finds to look for ปี in "ปี ๒๕๖๗" took
 * 150 ms, the index's OR of ปี's trigrams 33).
 *
 * A phrase reads the doclist of every trigram it has (18 for 20 Thai letters), with positions. Measured
 * on the 20-year set (CPU per query, the dozen's mean, window 101) and not taken:
 * - a sparse phrase, every third trigram and the last as an AND, halves the walk (items 0.33 → 0.16 ms,
 *   minutes 0.51 → 0.13) but finds records that hold the trigrams apart: each must then be confirmed
 *   in its record's text, and reading it costs what was saved (items 0.90 → 0.92 ms, directives 0.58 →
 *   0.61 with the ranking inputs); a minutes text (100 KB) costs 0.05–0.15 ms to read, a window 5–15 ms;
 * - `detail=column` or `detail=none` (no positions): the index is smaller (items 63 → 32 or 11 MB,
 *   minutes 80 → 12 or 5 MB) but FTS5 then refuses phrases ("phrase queries are not supported
 *   (detail!=full)"), so every match needs the same confirming; the AND of all trigrams costs what the
 *   phrase does, except in the minutes (0.57 → 0.25 ms), whose confirming is the dearest;
 * - smaller leaf pages (FTS5 `pgsz` 1000 instead of 4050; a page is parsed whole to walk it backwards):
 *   a new items table built so walked in 0.30 ms against the live one's 0.36, but so did a new one at
 *   the default size (0.29) whose segment holds the live one's very bytes, while the live table
 *   rewritten at 1000 in place stayed at 0.36 and `VACUUM` changed nothing: not the page size. The
 *   direction did count: migration 0135 turned every index round so the newest matches are walked
 *   forwards (see there).
 */
async function indexQuery(db: Kysely<DB>, kind: SearchKind, plan: QueryPlan): Promise<{ match: string | null; none: boolean }> {
  const parts = plan.indexed.length ? [ftsMatch(plan.indexed)] : [];
  for (const term of plan.short) {
    const trigrams = await expand(db, kind, term);
    if (trigrams === null) continue;
    if (trigrams.length === 0) return { match: null, none: true };
    parts.push(`(${trigrams.map((t) => ftsMatch([t])).join(' OR ')})`);
  }
  return { match: parts.length ? parts.join(' AND ') : null, none: false };
}

/** A row of a lookup: a document (its `search_docs` id). */
interface Row {
  id: number;
}

/**
 * The lookup, newest first, in the three ways `kindMatches` finds matches: the index walked from its
 * start, where it keeps the newest documents (it holds each under its document id negated, migration
 * 0135: `-f.rowid` is the document; the outer loop of a CROSS JOIN, so the walk stops at the window and
 * SQLite need not sort it again), or the document list read newest first where no index lookup
 * applies. The document list is joined only where something needs it (the series, a short term's
 * record): the records of the hits shown are read through it afterwards (records.ts).
 */
function lookupQuery(kind: SearchKind, match: string | null, where: Statement[], years: [number, number] | null, window: number): Statement {
  const table = `search_${kind}`;
  const [lo, hi] = years ?? rowidRange(kind);
  if (!match) {
    return q`SELECT d.id AS id FROM search_docs d WHERE ${joinSql([q`d.id BETWEEN ${lo} AND ${hi}`, ...where], ' AND ')} ORDER BY d.id DESC LIMIT ${window}`;
  }
  const from = where.length > 0 ? `${table} f CROSS JOIN search_docs d ON d.id = -f.rowid` : `${table} f`;
  const conditions = [q`f.${raw(table)} MATCH ${match}`, ...(years ? [q`f.rowid BETWEEN ${-hi} AND ${-lo}`] : []), ...where];
  return q`SELECT -f.rowid AS id FROM ${raw(from)} WHERE ${joinSql(conditions, ' AND ')} ORDER BY f.rowid LIMIT ${window}`;
}

/** Whether a title holds every term, found as the snippet finds them (normalised, case folded; short terms at syllable edges). */
export const holdsAll = (title: string, terms: readonly string[]): boolean => {
  const hay = foldCase(normaliseSearchText(title));
  return terms.every((t) => occurrences(hay, t).length > 0);
};

/**
 * Where a kind's titles are indexed on their own: agenda items' subjects in `search_subjects` (migration
 * 0135); a meeting's title and a policy's are the first column of their kind's small index, filtered
 * there (under 0.15 ms on the 20-year set, where a filter on the items' index walked every item that
 * mentions the query: 7 ms when no subject holds it).
 */
const titleIndex: Partial<Record<SearchKind, { table: string; match: (m: string) => string }>> = {
  item: { table: 'search_subjects', match: (m) => m },
  meeting: { table: 'search_meeting', match: (m) => `{c0} : (${m})` },
  policy: { table: 'search_policy', match: (m) => `{c0} : (${m})` },
};

/**
 * The newest documents of a titled kind whose title holds every term (rank.ts puts them first), at most
 * `limit`. First among the window's matches, their titles read and tested as the snippet tests them:
 * when enough of them are titled, or the window holds every match, those are the newest there are. Only
 * otherwise the titles' index (`titleIndex`) is walked for older ones, in any year the filters allow:
 * the walk cost 0.3 ms a search on the 20-year set (all of the subjects when few hold the query), the
 * window's titles 0.05. A short term is not in an index as such (it is looked up as the trigrams it
 * begins, then checked in the record), so with one the window's titled matches are all: a title naming
 * ดี older than the newest matches read is not put first.
 */
async function titledMatches(db: Kysely<DB>, kind: SearchKind, plan: QueryPlan, f: Filters, window: number[], complete: boolean, years: [number, number] | null): Promise<number[]> {
  const def = kindDefs[kind];
  const index = titleIndex[kind];
  if (!def.title || !index || window.length === 0) return [];
  const rows = await run<{ id: number; title: string | null }>(db, q`
    SELECT d.id, ${raw(def.title)} AS title FROM search_docs d JOIN ${raw(def.from)} ON s.id = d.ref_id WHERE ${docsIn(window)}`);
  const held = new Set(rows.filter((r) => r.title !== null && holdsAll(r.title, plan.terms)).map((r) => Number(r.id)));
  const newest = window.filter((id) => held.has(id));
  if (newest.length >= f.limit || complete || plan.short.length) return newest.slice(0, f.limit);
  const [lo, hi] = years ?? rowidRange(kind);
  const series = f.seriesId ? q` CROSS JOIN search_docs d ON d.id = -t.rowid AND d.series_id = ${f.seriesId}` : raw('');
  const walked = await run<Row>(db, q`
    SELECT -t.rowid AS id FROM ${raw(index.table)} t${series} WHERE t.${raw(index.table)} MATCH ${index.match(ftsMatch(plan.indexed))}
      AND t.rowid BETWEEN ${-hi} AND ${-lo} ORDER BY t.rowid LIMIT ${f.limit}`);
  return walked.map((r) => r.id);
}

/**
 * The newest matches of one kind (`windowOf`): from its trigram index walked from its start (long
 * terms as phrases, short ones as the trigrams they begin; the series and the short terms then checked
 * on each match's record), else — a short term too common to expand — by reading the records, newest
 * first. With them, for a kind that has titles, the newest whose title names the query (`titledMatches`).
 *
 * Nothing else is read per match: ranking needs only the documents (rank.ts), and the records are read
 * for the hits shown (records.ts). Until migration 0135 a ranked kind read each of its newest hundred
 * matches' length (FTS5's `_docsize`) and title for BM25, which was a quarter of a search's CPU time
 * (items 0.99 ms against 0.34 for the walk alone, 20-year set).
 */
export async function kindMatches(db: Kysely<DB>, kind: SearchKind, plan: QueryPlan, f: Filters): Promise<KindMatches> {
  const window = windowOf(plan, f);
  const { match, none } = await indexQuery(db, kind, plan);
  if (none) return { kind, ids: [], complete: true, titled: [] };
  const where = [...(f.seriesId ? [q`d.series_id = ${f.seriesId}`] : []), ...plan.short.map((term) => containsTerm(kind, term))];
  const years = f.yearFrom !== undefined || f.yearTo !== undefined ? rowidRange(kind, f.yearFrom, f.yearTo) : null;
  const rows = await run<Row>(db, lookupQuery(kind, match, where, years, window));
  const ids = rows.map((r) => r.id);
  const complete = ids.length < window;
  return { kind, ids, complete, titled: await titledMatches(db, kind, plan, f, ids, complete, years) };
}
