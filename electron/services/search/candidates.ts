import type { Kysely } from 'kysely';
import { foldCase, THAI_CONTINUING } from '../../../shared/search-text';
import type { SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { kindDefs, rowidRange } from './kinds';
import { RANK_WINDOW } from './rank';
import { joinSql, jsonEach, q, raw, run, type Statement } from './statement';
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
  /**
   * The record's id (an agenda item's, a directive's…); null where the lookup did not need it, until
   * `readRecordIds` reads it for the hits shown.
   */
  refId: string | null;
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
 *   rewritten at 1000 in place stayed at 0.36 and `VACUUM` changed nothing: not the page size; not understood.
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
 * SQLite's variable-length integers, as FTS5 writes its sizes and totals, from their bytes in hex: the
 * lookup reads them with `hex()`, as a string, where a BLOB became a Node Buffer per row — two hundred
 * of them a kind, whose allocating and collecting cost 0.08 ms a kind (directives, CPU, GC included).
 */
function varints(hex: string): number[] {
  const byteAt = (i: number) => Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  const length = hex.length / 2;
  const out: number[] = [];
  let at = 0;
  while (at < length) {
    let value = 0;
    let i = 0;
    for (; i < 8; i++) {
      const byte = byteAt(at + i);
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    if (i === 8) value = value * 256 + byteAt(at + 8);
    at += Math.min(i, 8) + 1;
    out.push(value);
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A row of the lookup: the ranking inputs are there for a ranked kind only. */
interface Row {
  id: number;
  ref_id: string | null;
  sz?: string | null;
  title?: string | null;
  totals?: string | null;
}

/**
 * The lookup, newest first, in the three ways `kindMatches` finds matches; for a ranked kind each row
 * comes with what ranking needs (the record id, its title, its length in trigrams from FTS5's own
 * `_docsize`, the table's totals from its `_data`), joined to the index's own walk.
 */
function lookupQuery(kind: SearchKind, match: string | null, where: Statement[], years: [number, number] | null, window: number, ranked: boolean): Statement {
  const def = kindDefs[kind];
  const table = `search_${kind}`;
  const title = ranked && def.title;
  // The index (or the document list) stays the outer loop (CROSS JOIN), so the walk stops at the window
  // and SQLite need not sort it again; the rest are looked up by rowid (or the record's id) per row.
  // The document list is joined only where something needs it (a title, the series, a short term's
  // record): a record id read for each of a hundred matches where five are shown cost 0.1 ms a kind.
  const docs = !match || title || where.length > 0;
  const outer = !match ? 'search_docs d' : docs ? `${table} f CROSS JOIN search_docs d ON d.id = f.rowid` : `${table} f`;
  const rowid = match ? 'f.rowid' : 'd.id';
  const columns = ranked
    ? `${rowid} AS id, ${docs ? 'd.ref_id' : 'NULL'} AS ref_id, hex(z.sz) AS sz, ${title || 'NULL'} AS title, (SELECT hex(block) FROM ${table}_data WHERE id = 1) AS totals`
    : `${rowid} AS id`;
  const from = ranked
    ? `${outer} LEFT JOIN ${table}_docsize z ON z.id = ${rowid}${title ? ` LEFT JOIN ${def.from} ON s.id = d.ref_id` : ''}`
    : outer;
  const [lo, hi] = years ?? rowidRange(kind);
  const conditions = [
    ...(match ? [q`f.${raw(table)} MATCH ${match}`] : []),
    ...(years || !match ? [q`${raw(rowid)} BETWEEN ${lo} AND ${hi}`] : []),
    ...where,
  ];
  return q`SELECT ${raw(columns)} FROM ${raw(from)} WHERE ${joinSql(conditions, ' AND ')} ORDER BY ${raw(rowid)} DESC LIMIT ${window}`;
}

const candidateOf = (r: Row): Candidate => ({ id: r.id, refId: r.ref_id, length: r.sz ? sum(varints(r.sz)) : null, title: r.title ?? null });

/**
 * The newest `KIND_WINDOW` matches of one kind: from its trigram index walked down from the end (long
 * terms as phrases, short ones as the trigrams they begin; the series and the short terms then checked
 * on each match's record), else — a short term too common to expand — by reading the records, newest
 * first.
 *
 * A ranked kind reads what ranking and describing need in the same statement, row by row as the index
 * yields them (`lookupQuery`): one statement per kind where there were two (four to five before that).
 * The joins cost less than a second statement finding the window's rows again by rowid, and with the
 * index the outer loop of a CROSS JOIN SQLite does not sort the window again (an earlier join that
 * left SQLite the order did: 1.2 against 0.65 + 0.4 ms). Measured on the 20-year set, CPU per query,
 * the dozen's mean, raw SQL: items 0.99 → 0.90 ms, directives 0.75 → 0.58, progress 0.45 → 0.36.
 * Minutes are not ranked: their window is rowids alone. The record ids that a kind's lookup does not
 * need are read for the hits shown only, every kind's in one statement (`readRecordIds`).
 */
export async function kindMatches(db: Kysely<DB>, kind: SearchKind, plan: QueryPlan, f: Filters): Promise<KindMatches> {
  const window = Math.max(plan.short.length ? SHORT_WINDOW : KIND_WINDOW, f.limit + 1);
  const { match, none } = await indexQuery(db, kind, plan);
  if (none) return { kind, ids: [], complete: true, candidates: [], averageLength: 1 };
  const where = [...(f.seriesId ? [q`d.series_id = ${f.seriesId}`] : []), ...plan.short.map((term) => containsTerm(kind, term))];
  const years = f.yearFrom !== undefined || f.yearTo !== undefined ? rowidRange(kind, f.yearFrom, f.yearTo) : null;
  const ranked = kind !== 'minutes';
  const rows = await run<Row>(db, lookupQuery(kind, match, where, years, window, ranked));
  const ids = rows.map((r) => r.id);
  const complete = ids.length < window;
  if (ranked) {
    const [count, ...columnTotals] = rows[0]?.totals ? varints(rows[0].totals) : [0];
    // The window's last match is read only to say there are more: it is not ranked.
    const candidates = rows.slice(0, Math.min(RANK_WINDOW, window - 1)).map(candidateOf);
    return { kind, ids, complete, candidates, averageLength: count ? sum(columnTotals) / count : 1 };
  }
  const candidates = ids.slice(0, f.limit).map((id): Candidate => ({ id, refId: null, length: null, title: null }));
  return { kind, ids, complete, candidates, averageLength: 1 };
}

/** The record ids the lookups left unread, for the hits shown (`candidates`, of every kind): one statement. */
export async function readRecordIds(db: Kysely<DB>, candidates: readonly Candidate[]): Promise<void> {
  const missing = candidates.filter((c) => c.refId === null);
  if (missing.length === 0) return;
  const rows = await run<{ id: number; ref_id: string }>(db, q`SELECT id, ref_id FROM search_docs WHERE id IN (SELECT value FROM ${jsonEach(missing.map((c) => c.id))})`);
  const byId = new Map(rows.map((r) => [Number(r.id), r.ref_id]));
  for (const c of missing) c.refId = byId.get(c.id) ?? null;
}
