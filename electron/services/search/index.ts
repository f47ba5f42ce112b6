import { sql } from 'kysely';
import { type SearchGroup, type SearchHit, searchKinds } from '../../../shared/schemas/search';
import { dialect } from '../../db/dialect';
import { engineOf } from '../../db/engine';
import type { HandlerSlice } from '../context';
import { kindMatchesPostgres, rankMatchesPostgres } from '../search-pg/index';
import { kindMatches } from './candidates';
import { kindDefs } from './kinds';
import { rankMatches } from './rank';
import { describeHits } from './records';
import { makeSnippet } from './snippet';
import { planQuery } from './terms';

/**
 * `search.query`: the newest matches of the kinds asked, from the trigram index (migration 0050-search)
 * or, for terms under three characters, from the records; ranked (rank.ts: BM25 with a title above the
 * body, weighed by age); each hit shown with its meeting and item (`ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1`)
 * and a snippet of its own text, hits marked.
 */
export const searchHandlers: HandlerSlice<'search.query'> = {
  'search.query': async (q, { db }) => {
    const plan = planQuery(q.text);
    // The engine seam (issue 15): PostgreSQL finds and ranks from its own index (services/search-pg/).
    const [find, rank] = engineOf(db) === 'postgres' ? [kindMatchesPostgres, rankMatchesPostgres] : [kindMatches, rankMatches];
    // Policies belong to no meeting: a series or a year leaves them out.
    const undated = q.seriesId === undefined && q.yearFrom === undefined && q.yearTo === undefined;
    const kinds = searchKinds.filter((k) => (q.kinds ?? searchKinds).includes(k) && (kindDefs[k].dated || undated));
    const found = [];
    // One kind after another: SQLite answers on one connection anyway, and each read is short.
    for (const kind of kinds) {
      const m = await find(db, kind, plan, q);
      found.push({ ...m, shown: (await rank(db, kind, m.ids, plan.terms)).slice(0, q.limit) });
    }

    const shown = found.flatMap((m) => m.shown);
    const refs = shown.length
      ? new Map((await sql<{ id: number; ref_id: string }>`SELECT id, ref_id FROM search_docs WHERE ${dialect(db).inJsonList(sql.raw('id'), shown, 'bigint')}`.execute(db)).rows.map((r) => [r.id, r.ref_id]))
      : new Map<number, string>();
    const refIdsOf = (ids: number[]) => ids.map((id) => refs.get(id)).filter((x): x is string => x !== undefined);
    const described = await describeHits(db, found.map((m) => [m.kind, refIdsOf(m.shown)]), plan.terms);

    const groups: SearchGroup[] = [];
    for (const m of found) {
      if (m.ids.length === 0) continue;
      const records = described.get(m.kind);
      const hits = refIdsOf(m.shown).flatMap((refId): SearchHit[] => {
        const record = records?.get(refId);
        if (!record) return [];
        const { texts, ...rest } = record;
        const { field, parts } = makeSnippet(texts, plan.terms);
        return [{ ...rest, kind: m.kind, field, snippet: parts }];
      });
      groups.push({ kind: m.kind, count: m.ids.length, exact: m.complete, more: !m.complete || m.ids.length > hits.length, hits });
    }
    return { terms: plan.terms, complete: found.every((m) => m.complete), groups };
  },
};
