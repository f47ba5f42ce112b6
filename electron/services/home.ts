import { type Kysely, sql } from 'kysely';
import { localIsoDate } from '../../shared/local-time';
import type { HomeSummary, MeetingCheck } from '../../shared/schemas/home';
import type { DB } from '../db/types';
import type { HandlerSlice } from './context';

type NextMeeting = HomeSummary['nextMeetings'][number];

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Per series, the earliest meeting not yet held: dated today or later, else one not dated yet. */
async function nextMeetings(db: Kysely<DB>, today: string): Promise<NextMeeting[]> {
  const candidates = await db.selectFrom('meetings as m').innerJoin('meeting_series as s', 's.id', 'm.series_id')
    .select(['m.id', 'm.series_id', 's.name_th', 'm.number', 'm.year_be', 'm.date', 'm.start_time', 'm.venue', 'm.mode', 'm.conferencing', 'm.status',
      'm.chair_id', 'm.secretary_id', 'm.minute_taker_id'])
    .where('m.status', 'in', ['draft', 'scheduled']).where((eb) => eb.or([eb('m.date', 'is', null), eb('m.date', '>=', today)]))
    .orderBy(sql`m.date is null`).orderBy('m.date').orderBy('m.year_be').orderBy('m.number').execute();
  const first = new Map<string, (typeof candidates)[number]>();
  for (const m of candidates) if (!first.has(m.series_id)) first.set(m.series_id, m);
  return Promise.all([...first.values()].map(async (m) => {
    const items = await db.selectFrom('agenda_items as i').innerJoin('series_sections as s', 's.id', 'i.section_id')
      .select(['s.kind']).where('i.meeting_id', '=', m.id).execute();
    const people = await db.selectFrom('attendance').select(['presence']).where('meeting_id', '=', m.id).execute();
    const previous = await db.selectFrom('meetings as p').innerJoin('minutes as mi', 'mi.meeting_id', 'p.id').select('mi.status')
      .where('p.series_id', '=', m.series_id).where('p.status', '!=', 'cancelled')
      .where((eb) => eb.or([eb('p.year_be', '<', m.year_be), eb.and([eb('p.year_be', '=', m.year_be), eb('p.number', '<', m.number)])]))
      .orderBy('p.year_be', 'desc').orderBy('p.number', 'desc').limit(1).executeTakeFirst();
    const unconfirmed = people.filter((p) => p.presence === 'unconfirmed').length;
    const done: Record<MeetingCheck, boolean> = {
      date: m.date !== null && m.start_time !== null,
      venue: m.venue.trim() !== '' || (m.mode === 'electronic' && m.conferencing.trim() !== ''),
      chair: m.chair_id !== null,
      officers: m.secretary_id !== null && m.minute_taker_id !== null,
      agenda: items.some((i) => i.kind !== 'certification'),
      // The last meeting's minutes are certified already, or this meeting has them on its agenda (2.1).
      previousMinutes: !previous || previous.status === 'certified' || items.some((i) => i.kind === 'certification'),
      invitation: m.status === 'scheduled',
      attendance: people.length > 0 && unconfirmed === 0,
    };
    return {
      id: m.id, seriesId: m.series_id, seriesName: m.name_th, number: m.number, yearBe: m.year_be, date: m.date, startTime: m.start_time,
      venue: m.venue, status: m.status as NextMeeting['status'], items: items.length, attendees: people.length, unconfirmed,
      checks: (Object.keys(done) as MeetingCheck[]).map((check) => ({ check, done: done[check] })),
    };
  }));
}

/** Meetings held whose minutes wait to go out or to be certified: the latest ten, and how many in all. */
async function minutesWaiting(db: Kysely<DB>, today: string) {
  const held = sql<boolean>`m.status != 'cancelled' and (m.status = 'held' or m.date < ${today})`;
  const base = db.selectFrom('meetings as m').innerJoin('minutes as mi', 'mi.meeting_id', 'm.id').where('mi.status', 'in', ['draft', 'circulated']).where(held);
  const rows = await base.innerJoin('meeting_series as s', 's.id', 'm.series_id')
    .select(['m.id', 'm.series_id', 's.name_th', 'm.number', 'm.year_be', 'm.date', 'mi.status'])
    .orderBy('m.date', 'desc').orderBy('m.year_be', 'desc').orderBy('m.number', 'desc').limit(10).execute();
  const totals = await base.select(['mi.status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('mi.status').execute();
  const total = (status: string) => Number(totals.find((t) => t.status === status)?.n ?? 0);
  return {
    minutesWaiting: rows.map((r) => ({
      id: r.id, seriesId: r.series_id, seriesName: r.name_th, number: r.number, yearBe: r.year_be, date: r.date, minutesStatus: r.status as 'draft' | 'circulated',
    })),
    minutesWaitingTotal: { draft: total('draft'), circulated: total('circulated') },
  };
}

/**
 * Overdue as the tracker counts it (action-list.ts): open or in progress and due before today; an
 * agency's count is what the tracker filtered to it shows, lead or supporting.
 */
async function overdue(db: Kysely<DB>, today: string): Promise<HomeSummary['overdue']> {
  // The due-date expression of the partial index on active actions (migration 0030), so it answers this.
  const late = sql<boolean>`a.status in ('open', 'in_progress') and coalesce(a.due_date, '9999-12-31') < ${today}`;
  const { n } = await db.selectFrom('action_items as a').select((eb) => eb.fn.countAll<number>().as('n')).where(late).executeTakeFirstOrThrow();
  const byAgency = await db.selectFrom('action_items as a').innerJoin('action_owners as o', 'o.action_id', 'a.id')
    .innerJoin('organisations as g', 'g.id', 'o.organisation_id')
    .select(['g.id', 'g.abbr_th', 'g.name_th', (eb) => eb.fn.countAll<number>().as('count')]).where(late)
    .groupBy('g.id').orderBy('count', 'desc').orderBy('g.abbr_th').execute();
  return { total: Number(n), byAgency: byAgency.map((r) => ({ organisationId: r.id, abbrTh: r.abbr_th, nameTh: r.name_th, count: Number(r.count) })) };
}

async function policyMoves(db: Kysely<DB>, today: string): Promise<HomeSummary['policyMoves']> {
  const rows = await db.selectFrom('policy_stage_history as h').innerJoin('policies as p', 'p.id', 'h.policy_id')
    .innerJoin('template_stages as t', 't.id', 'h.stage_id').select(['h.policy_id', 'p.title_th', 't.name_th', 'h.date'])
    .where('h.date', '>=', addDays(today, -30)).where('h.date', '<=', today).orderBy('h.date', 'desc').orderBy('h.created_at', 'desc').limit(20).execute();
  return rows.map((r) => ({ policyId: r.policy_id, title: r.title_th, stage: r.name_th, date: r.date }));
}

export const homeHandlers: HandlerSlice<'home.summary'> = {
  'home.summary': async ({ today: asked }, { db, now }) => {
    const today = asked ?? localIsoDate(now());
    return { today, nextMeetings: await nextMeetings(db, today), ...(await minutesWaiting(db, today)), overdue: await overdue(db, today), policyMoves: await policyMoves(db, today) };
  },
};
