import { type Kysely, sql } from 'kysely';
import { foldCase, normaliseSearchText } from '../../../shared/search-text';
import type { SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { KIND_SPAN, kindDefs, YEAR_SPAN } from './kinds';
import { occurrences } from './terms';

/**
 * Ranking of a kind's matches: Okapi BM25 as FTS5's bm25() computes it (k1 = 1.2, b = 0.75, column
 * weights, the document's length against the table's average), then weighed by age.
 *
 * FTS5's own bm25() is not called: before it ranks a row it counts every document of the table that
 * holds each phrase, and on the 20-year set that cost 20–330 ms per kind and query at load 16 (the
 * index lookup of the same query: 0.2–2 ms); the issue asks for p95 under 30 ms. What it would use
 * is read instead, for the newest `RANK_WINDOW` matches the lookup found:
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
 * The newest this many matches of a kind are ranked (the lookup reads up to 250 to count them): reading
 * titles and lengths is most of a search's CPU time after the lookup, and a match older than the
 * newest hundred is five years back or more for most words of this record.
 */
export const RANK_WINDOW = 100;
const B = 0.75;
export const TITLE_WEIGHT = 10;
const AGE_YEARS = 5;

/** A title of the record as SQL on `s` (joined to `search_docs d`), for the kinds that have one. */
const titles: Partial<Record<SearchKind, { from: string; title: string }>> = {
  item: { from: 'agenda_items s', title: 's.subject' },
  policy: { from: 'policies s', title: "s.title_th || ' ' || s.short_title" },
  meeting: { from: 'meetings s', title: "(SELECT ms.name_th FROM meeting_series ms WHERE ms.id = s.series_id) || ' ครั้งที่ ' || s.number || '/' || s.year_be" },
};

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
const yearOf = (kind: SearchKind, id: number) => Math.floor((id - kindDefs[kind].code * KIND_SPAN) / YEAR_SPAN);

/** The newest `RANK_WINDOW` of a kind's matches (ids newest first), best first. */
export async function rankMatches(db: Kysely<DB>, kind: SearchKind, matches: number[], terms: readonly string[]): Promise<number[]> {
  // A meeting's minutes each cover a whole meeting, at much the same length: their age alone orders them.
  if (matches.length < 2 || kind === 'minutes') return matches;
  const ids = matches.slice(0, RANK_WINDOW);
  const list = JSON.stringify(ids);
  const table = `search_${kind}`;
  const [sizes, totals] = await Promise.all([
    sql<{ id: number; sz: Uint8Array }>`SELECT id, sz FROM ${sql.table(`${table}_docsize`)} WHERE id IN (SELECT value FROM json_each(${list}))`.execute(db),
    sql<{ block: Uint8Array }>`SELECT block FROM ${sql.table(`${table}_data`)} WHERE id = 1`.execute(db),
  ]);
  const [rows, ...columnTotals] = totals.rows[0] ? varints(totals.rows[0].block) : [0];
  const average = rows ? sum(columnTotals) / rows : 1;
  const length = new Map(sizes.rows.map((r) => [r.id, sum(varints(r.sz))]));

  const source = titles[kind];
  const titled = new Set<number>();
  if (source) {
    const { rows: found } = await sql<{ id: number; title: string }>`
      SELECT d.id, ${sql.raw(source.title)} AS title FROM search_docs d JOIN ${sql.raw(source.from)} ON s.id = d.ref_id
      WHERE d.id IN (SELECT value FROM json_each(${list}))`.execute(db);
    for (const r of found) {
      const hay = foldCase(normaliseSearchText(r.title ?? ''));
      if (terms.every((t) => occurrences(hay, t).length > 0)) titled.add(r.id);
    }
  }

  const newest = Math.max(...ids.map((id) => yearOf(kind, id)));
  const score = new Map(ids.map((id) => {
    const f = (titled.has(id) ? TITLE_WEIGHT : 0) + 1;
    const norm = 1 - B + (B * (length.get(id) ?? average)) / average;
    const bm25 = (f * (K1 + 1)) / (f + K1 * norm);
    return [id, bm25 / (1 + (newest - yearOf(kind, id)) / AGE_YEARS)];
  }));
  return [...ids].sort((a, b) => score.get(b)! - score.get(a)! || b - a);
}
