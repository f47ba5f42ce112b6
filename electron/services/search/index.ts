import { type SearchGroup, type SearchHit, searchKinds } from '../../../shared/schemas/search';
import { engineOf } from '../../db/engine';
import type { HandlerSlice } from '../context';
import { kindMatchesPostgres } from '../search-pg/index';
import { kindMatches } from './candidates';
import { kindDefs } from './kinds';
import { rankMatches } from './rank';
import { describeHits } from './records';
import { makeSnippet } from './snippet';
import { planQuery } from './terms';

/**
 * `search.query`: the newest matches of the kinds asked, from the trigram index (migration 0050-search)
 * or, for terms under three characters, from the records; ranked (rank.ts: a title that names the query
 * first, then the newest); each hit shown with its meeting and item (`ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1`)
 * and a snippet of its own text, hits marked.
 */
export const searchHandlers: HandlerSlice<'search.query'> = {
  'search.query': async (q, { db }) => {
    const plan = planQuery(q.text);
    // The engine seam (issue 15): PostgreSQL finds and ranks from its own index (services/search-pg/).
    const find = engineOf(db) === 'postgres' ? kindMatchesPostgres : kindMatches;
    // Policies belong to no meeting: a series or a year leaves them out.
    const undated = q.seriesId === undefined && q.yearFrom === undefined && q.yearTo === undefined;
    const kinds = searchKinds.filter((k) => (q.kinds ?? searchKinds).includes(k) && (kindDefs[k].dated || undated));
    const found = [];
    // One kind after another: SQLite answers on one connection anyway, and each read is short.
    for (const kind of kinds) {
      const m = await find(db, kind, plan, { ...q, kindsAsked: kinds.length });
      found.push({ ...m, top: rankMatches(m, q.limit) });
    }
    const described = await describeHits(db, found.map((m) => [m.kind, m.top]), plan.terms);

    const groups: SearchGroup[] = [];
    for (const m of found) {
      if (m.ids.length === 0) continue;
      const records = described.get(m.kind);
      const hits = m.top.flatMap((doc): SearchHit[] => {
        const record = records?.get(doc);
        if (!record) return [];
        const { texts, ...rest } = record;
        const { field, parts } = makeSnippet(texts, plan.terms);
        return [{ ...rest, kind: m.kind, field, snippet: parts }];
      });
      // Not all read: the window's last match only says there are more than the rest ("20+", "100+").
      groups.push({ kind: m.kind, count: m.complete ? m.ids.length : m.ids.length - 1, exact: m.complete, more: !m.complete || m.ids.length > hits.length, hits });
    }
    return { terms: plan.terms, complete: found.every((m) => m.complete), groups };
  },
};
