import { type Kysely, sql } from 'kysely';
import type { ActionQuery, ActionRow } from '../../shared/schemas/actions';
import { countWhere } from '../db/dialect';
import type { DB } from '../db/types';
import { highestSecrecy, type Secrecy } from '../../shared/secrecy';
import { describeActions, filtered } from './action-list';

export type TrackerFilter = Omit<ActionQuery, 'limit' | 'offset' | 'sort' | 'direction'>;

const BATCH = 1000;

/**
 * The ids of the actions a tracker holds, in its order: due date (undated last), then where each was
 * decided — meeting, section, item (a sub-item under its item), directive — so actions without a due
 * date follow the minutes. One query; only the ids are kept (about 10 MB for 100,000 actions).
 */
export async function trackerOrder(db: Kysely<DB>, filter: TrackerFilter, today: string): Promise<string[]> {
  const rows = await filtered(db, filter, today)
    .innerJoin('agenda_items as i', 'i.id', 'a.agenda_item_id')
    .leftJoin('agenda_items as parent', 'parent.id', 'i.parent_id')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('series_sections as s', 's.id', 'i.section_id')
    .select('a.id')
    .orderBy(sql`coalesce(a.due_date, '9999-12-31')`)
    .orderBy('m.year_be').orderBy('m.number').orderBy('s.position')
    .orderBy(sql`coalesce(parent.position, i.position)`).orderBy(sql`i.parent_id is not null`).orderBy('i.position')
    .orderBy('a.position').orderBy('a.id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The tracker's rows in `trackerOrder`, a batch at a time, each batch described in a few queries: a
 * writer puts each batch out before the next is read, so no export holds every row at once.
 */
export async function* trackerRows(db: Kysely<DB>, filter: TrackerFilter, today: string): AsyncGenerator<ActionRow[]> {
  const order = await trackerOrder(db, filter, today);
  for (let at = 0; at < order.length; at += BATCH) {
    yield describeActions(db, order.slice(at, at + BATCH), today);
  }
}

/**
 * The class a tracker prints: the highest of the meetings, items and parent items its rows come from
 * (issue 14). Secret meetings and items are few and found on their partial indexes (0090) — with the
 * items of secret meetings and the sub-items of secret items — then only their actions are matched
 * against the tracker's filter, on the actions' item index.
 */
export async function trackerSecrecy(db: Kysely<DB>, filter: TrackerFilter, today: string): Promise<Secrecy> {
  // Literal, not bound: SQLite uses a partial index only for a condition it can see implies the index's.
  const secretOnly = sql<boolean>`secrecy <> 'none'`;
  const meetings = await db.selectFrom('meetings').select(['id', 'secrecy']).where(secretOnly).execute();
  const items = await db.selectFrom('agenda_items').select(['id', 'meeting_id', 'secrecy']).where(secretOnly).execute();
  const classOf = new Map<string, Secrecy>();
  const raise = (id: string, c: Secrecy | undefined) => classOf.set(id, highestSecrecy(classOf.get(id), c));
  const meetingClass = new Map(meetings.map((m) => [m.id, m.secrecy as Secrecy]));
  if (meetings.length) {
    const held = await db.selectFrom('agenda_items').select(['id', 'meeting_id']).where('meeting_id', 'in', [...meetingClass.keys()]).execute();
    for (const i of held) raise(i.id, meetingClass.get(i.meeting_id));
  }
  for (const i of items) raise(i.id, i.secrecy as Secrecy);
  // Sub-items, level by level (4.1.1 under 4.1), within the meetings of the secret items.
  const inMeetings = [...new Set(items.map((i) => i.meeting_id))];
  for (let parents = items.map((i) => i.id); parents.length > 0;) {
    const subs = await db.selectFrom('agenda_items').select(['id', 'parent_id']).where('meeting_id', 'in', inMeetings).where('parent_id', 'in', parents).execute();
    for (const s of subs) raise(s.id, classOf.get(s.parent_id!));
    parents = subs.map((s) => s.id);
  }
  if (classOf.size === 0) return 'none';
  const held = await filtered(db, filter, today).where('a.agenda_item_id', 'in', [...classOf.keys()]).select('a.agenda_item_id').distinct().execute();
  return highestSecrecy(...held.map((r) => classOf.get(r.agenda_item_id)));
}

/** The counts a tracker's summary gives, per organisation (lead or supporting), from SQL. */
export interface OwnerCounts {
  organisationId: string;
  all: number;
  open: number;
  in_progress: number;
  done: number;
  cancelled: number;
  overdue: number;
}

export async function countsByOwner(db: Kysely<DB>, filter: TrackerFilter, today: string): Promise<OwnerCounts[]> {
  const ids = filtered(db, filter, today).select('a.id');
  const rows = await db.selectFrom('action_owners as o').innerJoin('action_items as a', 'a.id', 'o.action_id')
    .where('o.action_id', 'in', ids)
    .select((eb) => [
      'o.organisation_id as organisationId',
      eb.fn.countAll<number>().as('all'),
      countWhere(sql`a.status = 'open'`).as('open'),
      countWhere(sql`a.status = 'in_progress'`).as('in_progress'),
      countWhere(sql`a.status = 'done'`).as('done'),
      countWhere(sql`a.status = 'cancelled'`).as('cancelled'),
      countWhere(sql`a.status in ('open', 'in_progress') and a.due_date < ${today}`).as('overdue'),
    ])
    .groupBy('o.organisation_id').execute();
  return rows.map((r) => ({ ...r, all: Number(r.all), open: Number(r.open), in_progress: Number(r.in_progress), done: Number(r.done), cancelled: Number(r.cancelled), overdue: Number(r.overdue) }));
}
