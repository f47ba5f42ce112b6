import type { Kysely } from 'kysely';
import { foldCase, THAI_CONTINUING } from '../../../shared/search-text';
import type { SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { kindDefs, rowidRange } from './kinds';
import { RANK_WINDOW } from './rank';
import { joinSql, q, raw, run, type Statement } from './statement';
import { ftsMatch, type QueryPlan, shortTermGlobs } from './terms';

/**
 * How many matches of one kind a search reads, newest first: the hundred ranked (rank.ts) and one more,
 * which says there are more than a hundred ("100+"). A common word matches tens of thousands of records
 * over twenty years, and reading them all costs 50–100 ms (the count alone). The window was 250 (to
 * say "250+"): the 150 read only to be counted were 1.2 of a search's 3.3 ms of index lookups (CPU, the
 * dozen bench queries, 20-year set), which the issue's 100× target cannot spare.
 */
export const KIND_WINDOW = 101;
/**
 * The same when a short term is read from each match's record (ปี in ปี ๒๕๖๗): every text of the
 * record is read, a meeting's minutes run to 40,000 characters, and reading 250 of them cost 10–30 ms
 * of CPU on the 20-year set; the count then says "50+" (fifty, and one more).
 */
export const SHORT_WINDOW = 51;
/** A short term that begins more trigrams than this (a single common letter) is read from the records instead. */
const MAX_EXPANSION = 400;

export interface Filters {
  seriesId?: string;
  yearFrom?: number;
  yearTo?: number;
  limit: number;
}

/** One of the newest matches with what ranking and describing it need. */
export interface Candidate {
  /** The document (index rowid). */
  id: number;
  /** The record's id (an agenda item's, a directive's…). */
  refId: string;
  /** Its length in the index's tokens (trigrams), all columns; null when the index has none recorded. */
  length: number | null;
  /** The record's title, for the kinds that have one (`KindDef.title`). */
  title: string | null;
}

export interface KindMatches {
  kind: SearchKind;
  /** Document ids (index rowids), newest first. */
  ids: number[];
  /** Every match was read: `ids.length` is the count; else there are more than `ids.length - 1`. */
  complete: boolean;
  /** The newest `RANK_WINDOW` matches (or `limit`, if more), newest first, with their ranking inputs. */
  candidates: Candidate[];
  /** The kind's average document length in tokens (1 for an empty index). */
  averageLength: number;
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

/** SQLite's variable-length integers, as FTS5 writes its sizes and totals. */
function varints(blob: Uint8Array): number[] {
  const out: number[] = [];
  let at = 0;
  while (at < blob.length) {
    let value = 0;
    let i = 0;
    for (; i < 8; i++) {
      const byte = blob[at + i];
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    if (i === 8) value = value * 256 + blob[at + 8];
    at += Math.min(i, 8) + 1;
    out.push(value);
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The lookup's rowids, newest first: the three ways `kindMatches` finds them. */
function hitsQuery(kind: SearchKind, match: string | null, where: Statement[], years: [number, number] | null, window: number): Statement {
  const and = where.length ? q`AND ${joinSql(where, ' AND ')}` : raw('');
  if (!match) {
    const [lo, hi] = years ?? rowidRange(kind);
    return q`SELECT d.id FROM search_docs d WHERE d.id BETWEEN ${lo} AND ${hi} ${and} ORDER BY d.id DESC LIMIT ${window}`;
  }
  const table = raw(`search_${kind}`);
  const range = years ? q`AND ${table}.rowid BETWEEN ${years[0]} AND ${years[1]}` : raw('');
  return where.length
    ? q`SELECT d.id FROM ${table} CROSS JOIN search_docs d ON d.id = ${table}.rowid
          WHERE ${table} MATCH ${match} ${range} ${and} ORDER BY ${table}.rowid DESC LIMIT ${window}`
    : q`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ${match} ${range} ORDER BY rowid DESC LIMIT ${window}`;
}

/**
 * The newest `KIND_WINDOW` matches of one kind: from its trigram index walked down from the end (long
 * terms as phrases, short ones as the trigrams they begin; the series and the short terms then checked
 * on each match's record), else — a short term too common to expand — by reading the records, newest
 * first. CROSS JOIN keeps the index the outer loop, so the walk stops at the window.
 *
 * Then, in one more statement, what ranking and describing need of the newest `RANK_WINDOW`: the
 * record's id, its title, and its length in trigrams from FTS5's own `_docsize` table, with the table's
 * totals from its `_data` (as bm25() reads them); the record ids alone for the minutes, which are not
 * ranked. Two statements per kind where there were four to five (lengths, totals, titles, then the
 * record ids of the hits shown, each its own step through Kysely and SQLite). Joining them into the
 * lookup itself cost more, not less (SQLite then sorts the window again: 1.2 against 0.65 + 0.4 ms).
 */
export async function kindMatches(db: Kysely<DB>, kind: SearchKind, plan: QueryPlan, f: Filters): Promise<KindMatches> {
  const window = Math.max(plan.short.length ? SHORT_WINDOW : KIND_WINDOW, f.limit + 1);
  const { match, none } = await indexQuery(db, kind, plan);
  if (none) return { kind, ids: [], complete: true, candidates: [], averageLength: 1 };
  const where = [...(f.seriesId ? [q`d.series_id = ${f.seriesId}`] : []), ...plan.short.map((term) => containsTerm(kind, term))];
  const years = f.yearFrom !== undefined || f.yearTo !== undefined ? rowidRange(kind, f.yearFrom, f.yearTo) : null;
  const ids = (await run<{ id: number }>(db, hitsQuery(kind, match, where, years, window))).map((r) => r.id);
  const ranked = ids.length >= 2 && kind !== 'minutes';
  // The window's last match is read only to say there are more: it is not ranked.
  const read = ids.slice(0, ranked ? Math.min(RANK_WINDOW, window - 1) : f.limit);
  if (read.length === 0) return { kind, ids, complete: ids.length < window, candidates: [], averageLength: 1 };
  const def = kindDefs[kind];
  const table = `search_${kind}`;
  const title = ranked && def.title;
  const rows = await run<{ id: number; ref_id: string; sz: Uint8Array | null; title: string | null; totals: Uint8Array | null }>(db, q`
    SELECT d.id, d.ref_id, ${raw(ranked ? 'z.sz' : 'NULL')} AS sz, ${raw(title || 'NULL')} AS title,
      ${raw(ranked ? `(SELECT block FROM ${table}_data WHERE id = 1)` : 'NULL')} AS totals
    FROM search_docs d ${raw(ranked ? `LEFT JOIN ${table}_docsize z ON z.id = d.id` : '')}
    ${raw(title ? `LEFT JOIN ${def.from} ON s.id = d.ref_id` : '')}
    WHERE d.id IN (SELECT value FROM json_each(${JSON.stringify(read)}))`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const [count, ...columnTotals] = rows[0]?.totals ? varints(rows[0].totals) : [0];
  const candidates = read.flatMap((id): Candidate[] => {
    const r = byId.get(id);
    return r ? [{ id, refId: r.ref_id, length: r.sz ? sum(varints(r.sz)) : null, title: r.title }] : [];
  });
  return { kind, ids, complete: ids.length < window, candidates, averageLength: count ? sum(columnTotals) / count : 1 };
}
