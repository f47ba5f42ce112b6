import { type Kysely, sql } from 'kysely';
import { codePoints, foldCase } from '../../../shared/search-text';
import type { SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { type Filters, type KindMatches, windowOf } from '../search/candidates';
import { kindDefs, rowidRange } from '../search/kinds';
import type { QueryPlan } from '../search/terms';

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

/**
 * A kind's newest matches, and for a kind with titles the newest whose title holds
 * every term (search/rank.ts puts them first): the same conditions on the normalised, case-folded title
 * (migration 0135's trigram index), in any year the filters allow; with a short term, among the
 * window's matches only, as on SQLite (search/candidates.ts `titledMatches`).
 */
export async function kindMatchesPostgres(db: Kysely<DB>, kind: SearchKind, plan: QueryPlan, f: Filters): Promise<KindMatches> {
  const window = windowOf(plan, f);
  const [lo, hi] = f.yearFrom !== undefined || f.yearTo !== undefined ? rowidRange(kind, f.yearFrom, f.yearTo) : rowidRange(kind);
  const terms = plan.terms.map(foldCase);
  const conditions = (column: 'body' | 'title') => [
    ...terms.map((t) => sql`d.${sql.ref(column)} LIKE ${`%${likeEscape(t)}%`}`),
    ...terms.filter((t) => codePoints(t) < 3).map((t) => sql`d.${sql.ref(column)} ~ ${shortTermRegex(t)}`),
    ...(f.seriesId ? [sql`d.series_id = ${f.seriesId}`] : []),
  ];
  const { rows } = await sql<{ id: number }>`
    SELECT d.id FROM search_docs d WHERE d.id BETWEEN ${lo} AND ${hi} AND ${sql.join(conditions('body'), sql` AND `)}
    ORDER BY d.id DESC LIMIT ${window}`.execute(db);
  const ids = rows.map((r) => Number(r.id));
  const complete = ids.length < window;
  if (!kindDefs[kind].title || ids.length === 0) return { kind, ids, complete, titled: [] };
  const from = plan.short.length && !complete ? ids[ids.length - 1] : lo;
  const { rows: titled } = await sql<{ id: number }>`
    SELECT d.id FROM search_docs d WHERE d.id BETWEEN ${from} AND ${hi} AND ${sql.join(conditions('title'), sql` AND `)}
    ORDER BY d.id DESC LIMIT ${f.limit}`.execute(db);
  return { kind, ids, complete, titled: titled.map((r) => Number(r.id)) };
}
