import { type Kysely, sql } from 'kysely';
import type { MeetingPage } from '../../shared/schemas/meeting';
import type { DB } from '../db/types';
import { toSummary } from './meeting-read';

interface PageFilter {
  seriesId?: string;
  yearBe?: number;
  limit: number;
  offset: number;
}

/**
 * One page of the meetings list (issue 11: the list screen drew all 1,008 meetings of twenty years).
 * The page walks `meetings_order` (year, number), or `meetings_series` for one series, and stops at
 * the page; the id only breaks ties between series numbering alike, so pages never overlap.
 */
export async function pageMeetings(db: Kysely<DB>, f: PageFilter): Promise<MeetingPage> {
  let page = db.selectFrom('meetings').leftJoin('minutes', 'minutes.meeting_id', 'meetings.id')
    .select(['meetings.id', 'meetings.series_id', 'meetings.number', 'meetings.year_be', 'meetings.date', 'meetings.venue', 'meetings.status', 'minutes.status as minutes_status']);
  let count = db.selectFrom('meetings').select((eb) => eb.fn.countAll<number>().as('n'));
  if (f.seriesId) {
    page = page.where('meetings.series_id', '=', f.seriesId);
    count = count.where('series_id', '=', f.seriesId);
  }
  if (f.yearBe !== undefined) {
    page = page.where('meetings.year_be', '=', f.yearBe);
    count = count.where('year_be', '=', f.yearBe);
  }
  const rows = await page.orderBy('meetings.year_be', 'desc').orderBy('meetings.number', 'desc').orderBy('meetings.id', 'desc')
    .limit(f.limit).offset(f.offset).execute();
  const total = Number((await count.executeTakeFirstOrThrow()).n);
  return { total, years: await yearsOf(db, f.seriesId), meetings: rows.map(toSummary) };
}

/**
 * The distinct years, latest first, one index step each (about twenty for twenty years) rather than a
 * walk over every meeting: each step asks the index for the latest year before the last one found.
 */
async function yearsOf(db: Kysely<DB>, seriesId: string | undefined): Promise<number[]> {
  const series = seriesId ? sql`and series_id = ${seriesId}` : sql``;
  const { rows } = await sql<{ y: number }>`with recursive years(y) as (
      select (select max(year_be) from meetings where 1 = 1 ${series})
      union all
      select (select max(year_be) from meetings where year_be < years.y ${series}) from years where years.y is not null
    ) select y from years where y is not null`.execute(db);
  return rows.map((r) => r.y);
}
