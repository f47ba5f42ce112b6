import { type Kysely, sql } from 'kysely';
import type { MeetingPick } from '../../shared/schemas/meeting';
import { toArabicDigits } from '../../shared/thai';
import type { DB } from '../db/types';
import { toSummary } from './meeting-read';

/** What the officer typed, read as a meeting number, a year, a number alone, or words. */
export type PickQuery =
  | { kind: 'latest' }
  | { kind: 'number'; number: number; years: [number, number] | null }
  | { kind: 'year'; yearBe: number }
  | { kind: 'words'; words: string[]; yearBe?: number };

/**
 * `8/2564` is a meeting; `8/25` is meeting 8 of the years 2500–2599 (still being typed); `2564` a year;
 * `8` meeting 8 of any year; anything else words of the series' name or the venue, with a year among
 * them if one is typed. Thai digits and a
 * leading ครั้งที่ are allowed, as officers write them.
 */
export function readPickQuery(text: string): PickQuery {
  const q = toArabicDigits(text).replace(/^\s*ครั้งที่\s*/, '').trim();
  if (q === '') return { kind: 'latest' };
  const numbered = /^(\d{1,4})\s*(?:\/\s*(\d{0,4}))?$/.exec(q);
  if (numbered) {
    const [, n, year] = numbered;
    if (year === undefined && n.length === 4 && Number(n) >= 2400) return { kind: 'year', yearBe: Number(n) };
    if (!year) return { kind: 'number', number: Number(n), years: null };
    const scale = 10 ** (4 - year.length);
    return { kind: 'number', number: Number(n), years: [Number(year) * scale, (Number(year) + 1) * scale - 1] };
  }
  // A B.E. year among the words (`ผู้บริหาร 2564`) picks the year; the rest are words.
  const tokens = q.split(/\s+/).slice(0, 5);
  const year = tokens.find((w) => /^\d{4}$/.test(w) && Number(w) >= 2400);
  const words = tokens.filter((w) => w !== year);
  return year ? { kind: 'words', words, yearBe: Number(year) } : { kind: 'words', words };
}

const likeOf = (word: string) => `%${word.toLocaleLowerCase('th').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The meetings a picker offers for what was typed, newest first (series numbering alike: the later date first) (issue 11: the tracker read all 1,008
 * meetings of twenty years to fill its meeting filter). Walks `meetings_order` (year, number) from
 * the newest and stops at `limit`; words look in the series' names and the venue.
 */
export async function pickMeetings(db: Kysely<DB>, text: string, limit: number): Promise<MeetingPick[]> {
  const query = readPickQuery(text);
  let q = db.selectFrom('meetings').leftJoin('minutes', 'minutes.meeting_id', 'meetings.id').innerJoin('meeting_series as s', 's.id', 'meetings.series_id')
    .select(['meetings.id', 'meetings.series_id', 'meetings.number', 'meetings.year_be', 'meetings.date', 'meetings.venue', 'meetings.status', 'minutes.status as minutes_status'])
    .select(['s.short_name', 's.name_th']);
  if (query.kind === 'year') q = q.where('meetings.year_be', '=', query.yearBe);
  if (query.kind === 'number') {
    q = q.where('meetings.number', '=', query.number);
    if (query.years) q = q.where('meetings.year_be', '>=', query.years[0]).where('meetings.year_be', '<=', query.years[1]);
  }
  if (query.kind === 'words') {
    if (query.yearBe !== undefined) q = q.where('meetings.year_be', '=', query.yearBe);
    for (const word of query.words) {
      const like = likeOf(word);
      q = q.where(sql<boolean>`(lower(s.name_th) like ${like} escape '\\' or lower(s.short_name) like ${like} escape '\\' or lower(s.name_en) like ${like} escape '\\' or lower(meetings.venue) like ${like} escape '\\')`);
    }
  }
  const rows = await q.orderBy('meetings.year_be', 'desc').orderBy('meetings.number', 'desc')
    .orderBy(sql`meetings.date desc nulls last`).orderBy('meetings.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ ...toSummary(r), seriesName: r.short_name || r.name_th }));
}
