import type { KindMatches } from './candidates';

/**
 * A kind's matches in the order the search dialog promises: the records whose title names the query
 * (an agenda item's subject, a policy's title, a meeting's series and number), newest first, from any
 * year the filters allow; then every other match, newest first. Kinds without a title (minutes,
 * directives, progress notes, attachments) are newest first.
 *
 * Until migration 0135 the ranking was BM25 as FTS5's bm25() computes it, over the newest hundred matches,
 * weighed by age. But the index is contentless and its positions cannot be read from SQL, so each term
 * counted once in every match, and BM25 without term counts only prefers the shorter record: on the
 * 20-year set the eight items shown for งบประมาณรายจ่าย, all titled with it, came from meetings 7, 20,
 * 8, 17, 10, 9, 18 and 11/2569, shortest first. A title named the query only among those hundred, too,
 * and reading each one's length and title was a quarter of a search's time.
 *
 * "Newest" is the index's order (migration 0050): the meeting's year, then the order the records were
 * last written within it, which follows the meetings' dates as long as older records are not edited.
 */
export function rankMatches(m: Pick<KindMatches, 'ids' | 'titled'>, limit: number): number[] {
  const titled = new Set(m.titled);
  return [...m.titled, ...m.ids.filter((id) => !titled.has(id))].slice(0, limit);
}
