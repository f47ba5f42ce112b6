import { sql } from 'kysely';
import { type SearchGroup, type SearchHit, searchKinds } from '../../../shared/schemas/search';
import type { HandlerSlice } from '../context';
import { kindMatches } from './candidates';
import { kindDefs } from './kinds';
import { describeRecords } from './records';
import { makeSnippet } from './snippet';
import { planQuery } from './terms';

const itemOrder = (n: string | undefined) => (n ?? '').split('.').map(Number);

/**
 * Hits shown in a group: newest meeting first, and within a meeting in agenda order (the index orders
 * them by when they were written), a progress note by its own date.
 */
function byMeeting(a: SearchHit, b: SearchHit): number {
  const date = (b.meeting?.date ?? '').localeCompare(a.meeting?.date ?? '') || (b.date ?? '').localeCompare(a.date ?? '');
  if (date) return date;
  const [x, y] = [itemOrder(a.item?.number), itemOrder(b.item?.number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * `search.query`: the newest matches of the kinds asked, from the trigram index (migration 0050-search)
 * or, for terms under three characters, from the records; each hit shown with its meeting and item
 * (`ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1`) and a snippet of its own text, hits marked.
 */
export const searchHandlers: HandlerSlice<'search.query'> = {
  'search.query': async (q, { db }) => {
    const plan = planQuery(q.text);
    // Policies belong to no meeting: a series or a year leaves them out.
    const undated = q.seriesId === undefined && q.yearFrom === undefined && q.yearTo === undefined;
    const kinds = searchKinds.filter((k) => (q.kinds ?? searchKinds).includes(k) && (kindDefs[k].dated || undated));
    const found = [];
    // One kind after another: SQLite answers on one connection anyway, and each read is short.
    for (const kind of kinds) found.push(await kindMatches(db, kind, plan, q));

    const shown = found.flatMap((m) => m.ids.slice(0, q.limit));
    const refs = shown.length
      ? new Map((await sql<{ id: number; ref_id: string }>`SELECT id, ref_id FROM search_docs WHERE id IN (${sql.join(shown)})`.execute(db)).rows.map((r) => [r.id, r.ref_id]))
      : new Map<number, string>();

    const groups: SearchGroup[] = [];
    for (const m of found) {
      if (m.ids.length === 0) continue;
      const refIds = m.ids.slice(0, q.limit).map((id) => refs.get(id)).filter((x): x is string => x !== undefined);
      const described = await describeRecords(db, m.kind, refIds);
      const hits = refIds.flatMap((refId): SearchHit[] => {
        const record = described.get(refId);
        if (!record) return [];
        const { texts, ...rest } = record;
        const { field, parts } = makeSnippet(texts, plan.terms);
        return [{ ...rest, kind: m.kind, field, snippet: parts }];
      });
      groups.push({ kind: m.kind, count: m.ids.length, exact: m.complete, more: !m.complete || m.ids.length > hits.length, hits: hits.sort(byMeeting) });
    }
    return { terms: plan.terms, complete: found.every((m) => m.complete), groups };
  },
};
