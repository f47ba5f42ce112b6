import { type Kysely, sql } from 'kysely';
import { codePoints, foldCase } from '../../../shared/search-text';
import type { SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { type Filters, KIND_WINDOW, type KindMatches, SHORT_WINDOW } from '../search/candidates';
import { KIND_SPAN, kindDefs, rowidRange, YEAR_SPAN } from '../search/kinds';
import { RANK_WINDOW, TITLE_WEIGHT } from '../search/rank';
import { occurrences, type QueryPlan } from '../search/terms';

/**
 * Search on PostgreSQL (issue 15): the same plan, windows, ranking and documents as on SQLite
 * (services/search/), read from `search_docs` (db/migrations/pg/search.ts): each term is a `LIKE`
 * over the document's normalised, case-folded text, answered by its trigram index and rechecked by
 * PostgreSQL; a short term (one or two characters) must also stand at syllable edges, as on SQLite
 * (not right after a leading vowel, not right before a mark that continues the syllable): a regular
 * expression over the same text. Newest first by id, as SQLite walks its index from the end.
 */

const likeEscape = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);
const regexEscape = (term: string) => term.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`);
const LEADING = '\u0e40-\u0e44';
const CONTINUING = '\u0e31\u0e33-\u0e3a\u0e47-\u0e4e';

/** A short term at syllable edges (terms.ts `occurrences`), as a PostgreSQL regular expression. */
function shortTermRegex(term: string): string {
  const before = /^[\u0e01-\u0e2e]/.test(term) ? `(^|[^${LEADING}])` : '';
  const after = /[\u0e01-\u0e4f]$/.test(term) ? `([^${CONTINUING}]|$)` : '';
  return `${before}${regexEscape(term)}${after}`;
}

export async function kindMatchesPostgres(db: Kysely<DB>, kind: SearchKind, plan: QueryPlan, f: Filters): Promise<KindMatches> {
  const window = Math.max(plan.short.length ? SHORT_WINDOW : KIND_WINDOW, f.limit + 1);
  const [lo, hi] = f.yearFrom !== undefined || f.yearTo !== undefined ? rowidRange(kind, f.yearFrom, f.yearTo) : rowidRange(kind);
  const terms = plan.terms.map(foldCase);
  const conditions = [
    ...terms.map((t) => sql`d.body LIKE ${`%${likeEscape(t)}%`}`),
    ...terms.filter((t) => codePoints(t) < 3).map((t) => sql`d.body ~ ${shortTermRegex(t)}`),
    ...(f.seriesId ? [sql`d.series_id = ${f.seriesId}`] : []),
  ];
  const { rows } = await sql<{ id: number }>`
    SELECT d.id FROM search_docs d WHERE d.id BETWEEN ${lo} AND ${hi} AND ${sql.join(conditions, sql` AND `)}
    ORDER BY d.id DESC LIMIT ${window}`.execute(db);
  return { kind, ids: rows.map((r) => r.id), complete: rows.length < window };
}

const yearOf = (kind: SearchKind, id: number) => Math.floor((id - kindDefs[kind].code * KIND_SPAN) / YEAR_SPAN);
const K1 = 1.2;
const B = 0.75;
const AGE_YEARS = 5;

/**
 * services/search/rank.ts's BM25 weighed by age, from what `search_docs` keeps: the document's length
 * (its text's characters, where SQLite counts its trigrams: the same but for a constant per field)
 * against the kind's average (`search_totals`), and whether its title holds every term.
 */
export async function rankMatchesPostgres(db: Kysely<DB>, kind: SearchKind, matches: number[], terms: readonly string[]): Promise<number[]> {
  if (matches.length < 2 || kind === 'minutes') return matches;
  const ids = matches.slice(0, RANK_WINDOW);
  const [{ rows: docs }, { rows: totals }] = await Promise.all([
    sql<{ id: number; title: string | null; length: number }>`SELECT id, title, length FROM search_docs WHERE id IN (${sql.join(ids)})`.execute(db),
    sql<{ docs: number; length: number }>`SELECT docs, length FROM search_totals WHERE kind = ${kind}`.execute(db),
  ]);
  const average = totals[0]?.docs ? totals[0].length / totals[0].docs : 1;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const newest = Math.max(...ids.map((id) => yearOf(kind, id)));
  const score = new Map(ids.map((id) => {
    const doc = byId.get(id);
    const titled = !!doc?.title && terms.every((t) => occurrences(doc.title!, t).length > 0);
    const f = (titled ? TITLE_WEIGHT : 0) + 1;
    const norm = 1 - B + (B * (doc?.length ?? average)) / average;
    return [id, (f * (K1 + 1)) / (f + K1 * norm) / (1 + (newest - yearOf(kind, id)) / AGE_YEARS)];
  }));
  return [...ids].sort((a, b) => score.get(b)! - score.get(a)! || b - a);
}
