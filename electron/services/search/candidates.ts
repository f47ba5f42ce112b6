import { type Kysely, type RawBuilder, sql } from 'kysely';
import { foldCase, THAI_CONTINUING } from '../../../shared/search-text';
import type { SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { kindDefs, rowidRange } from './kinds';
import { ftsMatch, type QueryPlan, shortTermGlobs } from './terms';

/**
 * How many matches of one kind a search reads, newest first. Enough to fill a group and say how many
 * there are below that; a common word matches tens of thousands of records over twenty years, and
 * reading them all costs 50–100 ms (the count alone), where reading this many costs a millisecond or two.
 */
export const KIND_WINDOW = 250;
/**
 * The same when a short term is read from each match's record (ปี in ปี ๒๕๖๗): every text of the
 * record is read, a meeting's minutes run to 40,000 characters, and reading 250 of them cost 10–30 ms
 * of CPU on the 20-year set; the count then says "50+".
 */
export const SHORT_WINDOW = 50;
/** A short term that begins more trigrams than this (a single common letter) is read from the records instead. */
const MAX_EXPANSION = 400;

export interface Filters {
  seriesId?: string;
  yearFrom?: number;
  yearTo?: number;
  limit: number;
}

export interface KindMatches {
  kind: SearchKind;
  /** Document ids (index rowids), newest first. */
  ids: number[];
  /** Every match was read: `ids.length` is the count. */
  complete: boolean;
}

/** The record of a document contains the short term (one of its spellings) in one of its texts. */
function containsTerm(kind: SearchKind, term: string): RawBuilder<unknown> {
  const def = kindDefs[kind];
  const patterns = shortTermGlobs(term);
  const anyOf = (expr: string) => sql.join(patterns.map((p) => sql`${sql.raw(expr)} GLOB ${p}`), sql` OR `);
  const tests = [
    ...def.texts.map(([, expr]) => sql`(${anyOf(expr)})`),
    ...def.lists.map(([, list]) => sql`EXISTS (SELECT 1 FROM (${sql.raw(list)}) WHERE ${anyOf('v')})`),
  ];
  return sql`EXISTS (SELECT 1 FROM ${sql.raw(def.from)} WHERE s.id = d.ref_id AND (${sql.join(tests, sql` OR `)}))`;
}

/**
 * The trigrams of a kind's index that begin with a short term (every text ends with a space there, so
 * each character begins one), without those where the term's last Thai letter goes on with a mark
 * (ดี้): the index then finds the records that may hold the term, and reading the record decides.
 * Null when there are too many to look up; empty when the term occurs nowhere in this kind.
 */
async function expand(db: Kysely<DB>, kind: SearchKind, term: string): Promise<string[] | null> {
  const folded = foldCase(term);
  const { rows } = await sql<{ term: string }>`
    SELECT term FROM ${sql.table(`search_${kind}_vocab`)} WHERE term >= ${folded} AND term < ${`${folded}\u{10ffff}`}
    LIMIT ${MAX_EXPANSION + 1}`.execute(db);
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

/**
 * The newest `KIND_WINDOW` matches of one kind: from its trigram index walked down from the end (long
 * terms as phrases, short ones as the trigrams they begin; the series and the short terms then checked
 * on each match's record), else — a short term too common to expand — by reading the records, newest
 * first. CROSS JOIN keeps the index the outer loop, so the walk stops at the window.
 */
export async function kindMatches(db: Kysely<DB>, kind: SearchKind, plan: QueryPlan, f: Filters): Promise<KindMatches> {
  const window = Math.max(plan.short.length ? SHORT_WINDOW : KIND_WINDOW, f.limit + 1);
  const { match, none } = await indexQuery(db, kind, plan);
  if (none) return { kind, ids: [], complete: true };
  const where = [...(f.seriesId ? [sql`d.series_id = ${f.seriesId}`] : []), ...plan.short.map((term) => containsTerm(kind, term))];
  const and = where.length ? sql`AND ${sql.join(where, sql` AND `)}` : sql``;
  const years = f.yearFrom !== undefined || f.yearTo !== undefined ? rowidRange(kind, f.yearFrom, f.yearTo) : null;
  let rows: { id: number }[];
  if (match) {
    const table = sql.table(`search_${kind}`);
    const range = years ? sql`AND ${table}.rowid BETWEEN ${years[0]} AND ${years[1]}` : sql``;
    rows = where.length
      ? (await sql<{ id: number }>`
          SELECT d.id FROM ${table} CROSS JOIN search_docs d ON d.id = ${table}.rowid
          WHERE ${table} MATCH ${match} ${range} ${and} ORDER BY ${table}.rowid DESC LIMIT ${window}`.execute(db)).rows
      : (await sql<{ id: number }>`
          SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ${match} ${range} ORDER BY rowid DESC LIMIT ${window}`.execute(db)).rows;
  } else {
    const [lo, hi] = years ?? rowidRange(kind);
    rows = (await sql<{ id: number }>`
      SELECT d.id FROM search_docs d WHERE d.id BETWEEN ${lo} AND ${hi} ${and} ORDER BY d.id DESC LIMIT ${window}`.execute(db)).rows;
  }
  return { kind, ids: rows.map((r) => r.id), complete: rows.length < window };
}
