import { type Kysely, sql } from 'kysely';
import { codePoints, foldCase } from '../../../shared/search-text';
import type { SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { dialect } from '../../db/dialect';
import { type Candidate, type Filters, KIND_WINDOW, type KindMatches, SHORT_WINDOW } from '../search/candidates';
import { rowidRange } from '../search/kinds';
import { RANK_WINDOW } from '../search/rank';
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
 * A kind's newest matches and, for the newest `RANK_WINDOW`, what ranking (search/rank.ts, shared with
 * SQLite) and describing need: the record's id, its title and its length. The length is the document's
 * normalised text in characters where SQLite counts trigrams (the same but for a constant per field),
 * against the kind's average kept in `search_totals`.
 */
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
  const ids = rows.map((r) => r.id);
  const ranked = ids.length >= 2 && kind !== 'minutes';
  // The window's last match is read only to say there are more: it is not ranked.
  const read = ids.slice(0, ranked ? Math.min(RANK_WINDOW, window - 1) : f.limit);
  const complete = ids.length < window;
  if (read.length === 0) return { kind, ids, complete, candidates: [], averageLength: 1 };
  const [{ rows: docs }, { rows: totals }] = await Promise.all([
    sql<{ id: number; ref_id: string; title: string | null; length: number }>`
      SELECT id, ref_id, title, length FROM search_docs WHERE ${dialect(db).inJsonList(sql.raw('id'), read, 'bigint')}`.execute(db),
    sql<{ docs: number; length: number }>`SELECT docs, length FROM search_totals WHERE kind = ${kind}`.execute(db),
  ]);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const candidates = read.flatMap((id): Candidate[] => {
    const d = byId.get(id);
    return d ? [{ id, refId: d.ref_id, length: ranked ? d.length : null, title: ranked ? d.title : null }] : [];
  });
  return { kind, ids, complete, candidates, averageLength: totals[0]?.docs ? totals[0].length / totals[0].docs : 1 };
}
