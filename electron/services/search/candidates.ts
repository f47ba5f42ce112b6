import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { KIND_SPAN, kindDefs, kindOf, yearBounds } from './kinds';
import { foldCase, THAI_CONTINUING } from '../../../shared/search-text';
import { ftsMatch, type QueryPlan, shortTermGlobs } from './terms';

/**
 * How many matches one search reads, newest first, across the kinds asked. Enough to fill every
 * group for most queries; a common word matches tens of thousands of records over twenty years, and
 * reading them all costs 50–100 ms (the count alone), where reading this many costs a few.
 */
export const MATCH_WINDOW = 2000;

export interface Filters {
  kinds: readonly SearchKind[];
  seriesId?: string;
  yearFrom?: number;
  yearTo?: number;
}

export interface Matches {
  /** Index rowids with their kind, newest first. */
  rows: { id: number; kind: SearchKind }[];
  /** Every match was read (fewer than the window): counts are exact. */
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

/** Short terms, checked on the record of each document: every term, in whatever kind of record it is. */
function shortTerms(plan: QueryPlan, kinds: readonly SearchKind[]): RawBuilder<unknown>[] {
  return plan.short.map((term) => sql`(CASE d.kind ${sql.join(kinds.map((k) => sql`WHEN ${k} THEN ${containsTerm(k, term)}`), sql` `)} ELSE 0 END)`);
}

/** A short term expanded to more trigrams than this is not looked up in the index, only read. */
const MAX_EXPANSION = 400;

/**
 * The trigrams of the index that begin with a short term (every text ends with a space there, so each
 * character begins one), without those where the term's last Thai letter goes on with a mark (ดี้):
 * the index then finds the records that may hold the term, and reading the record decides.
 * Null when there are too many to look up (a single common letter); empty when the term occurs nowhere.
 */
async function expand(db: Kysely<DB>, term: string): Promise<string[] | null> {
  const folded = foldCase(term);
  const { rows } = await sql<{ term: string }>`
    SELECT term FROM search_vocab WHERE term >= ${folded} AND term < ${`${folded}\u{10ffff}`} LIMIT ${MAX_EXPANSION + 1}`.execute(db);
  if (rows.length > MAX_EXPANSION) return null;
  const thai = /[\u0e01-\u0e4f]$/.test(folded);
  return rows.map((r) => r.term).filter((t) => t.startsWith(folded) && !(thai && THAI_CONTINUING.test(t.slice(folded.length, folded.length + 1))));
}

/** The FTS5 query: the long terms as phrases, each short term as any of its trigrams; null if nothing can be looked up. */
async function indexQuery(db: Kysely<DB>, plan: QueryPlan): Promise<{ match: string | null; none: boolean }> {
  const parts = plan.indexed.length ? [ftsMatch(plan.indexed)] : [];
  for (const term of plan.short) {
    const trigrams = await expand(db, term);
    if (trigrams === null) continue;
    if (trigrams.length === 0) return { match: null, none: true };
    parts.push(`(${trigrams.map((t) => ftsMatch([t])).join(' OR ')})`);
  }
  return { match: parts.length ? parts.join(' AND ') : null, none: false };
}

/**
 * The newest `MATCH_WINDOW` matches: from the trigram index (long terms as phrases, short ones as the
 * trigrams they begin; filters and short terms then checked on each match's record), else — a short
 * term too common to expand — by reading the records, newest document first.
 * CROSS JOIN keeps the index as the outer loop: walked from its start, it stops at the window.
 */
export async function findMatches(db: Kysely<DB>, plan: QueryPlan, f: Filters): Promise<Matches> {
  const [lo, hi] = yearBounds(f.yearFrom, f.yearTo);
  const all = f.kinds.length === Object.keys(kindDefs).length;
  const codes = sql.join(f.kinds.map((k) => sql.raw(String(kindDefs[k].code))));
  const where: RawBuilder<unknown>[] = [
    ...(all ? [] : [sql`(d.id / ${KIND_SPAN}) % 16 IN (${codes})`]),
    ...(f.seriesId ? [sql`d.series_id = ${f.seriesId}`] : []),
    ...shortTerms(plan, f.kinds),
  ];
  const and = where.length ? sql`AND ${sql.join(where, sql` AND `)}` : sql``;
  const { match, none } = await indexQuery(db, plan);
  if (none) return { rows: [], complete: true };
  const { rows } = match
    ? await sql<{ id: number }>`
        SELECT d.id FROM search_fts CROSS JOIN search_docs d ON d.id = search_fts.rowid
        WHERE search_fts MATCH ${match} AND search_fts.rowid BETWEEN ${lo} AND ${hi} ${and}
        ORDER BY search_fts.rowid LIMIT ${MATCH_WINDOW}`.execute(db)
    : await sql<{ id: number }>`
        SELECT d.id FROM search_docs d WHERE d.id BETWEEN ${lo} AND ${hi} ${and}
        ORDER BY d.id LIMIT ${MATCH_WINDOW}`.execute(db);
  return {
    rows: rows.flatMap((r) => {
      const kind = kindOf(r.id);
      return kind ? [{ id: r.id, kind }] : [];
    }),
    complete: rows.length < MATCH_WINDOW,
  };
}
