import type { Kysely } from 'kysely';
import { LekhaError } from '../../shared/errors';
import { formatMeetingNumber, nextMeetingNumber, parseMeetingNumber } from '../../shared/numbering';
import { memberRoleTitles } from '../../shared/roles';
import { buddhistYear } from '../../shared/thai';
import type { DB } from '../db/types';
import { type HandlerSlice, newId } from './context';
import { assertMeetingEditable } from './lock';
import { deleteMeeting } from './meeting-delete';
import { pageMeetings } from './meeting-page';
import { pickMeetings } from './meeting-pick';
import { findMeetings, listMeetings, readMeeting } from './meeting-read';
import { carryCandidates, prepareFromEarlier } from './next-meeting';
import { getSeries } from './series';
import { type Writer, write } from './write';

/** The number a meeting dated in `yearBe` takes in its series; `exceptId` leaves a meeting being renumbered out. */
export async function computeNextNumber(db: Kysely<DB>, seriesId: string, yearBe: number, exceptId?: string): Promise<number> {
  const series = await getSeries(db, seriesId);
  let q = db.selectFrom('meetings').select(['number', 'year_be as yearBe']).where('series_id', '=', seriesId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return nextMeetingNumber(series.numbering, yearBe, await q.execute(), series.nextNumber);
}

async function assertNumberFree(w: Writer, seriesId: string, number: number, yearBe: number, exceptId?: string): Promise<void> {
  let q = w.trx.selectFrom('meetings').select('id').where('series_id', '=', seriesId).where('year_be', '=', yearBe).where('number', '=', number);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) {
    throw new LekhaError('CONFLICT', `ชุดการประชุมนี้มีการประชุมครั้งที่ ${formatMeetingNumber(number, yearBe)} อยู่แล้ว`, 'number');
  }
}

/** Held, or its minutes went out: from then on its number `n/พ.ศ.` is what people cite. */
async function numberIsSettled(w: Writer, meetingId: string): Promise<boolean> {
  const m = await readMeeting(w.trx, meetingId);
  const versions = await w.trx.selectFrom('minutes_versions').select('id').where('meeting_id', '=', meetingId).executeTakeFirst();
  return m.status === 'held' || m.minutesStatus !== 'draft' || versions !== undefined;
}

/** Who signs and checks the minutes: as asked, else the series' defaults, else its last meeting's. */
async function defaultOfficers(w: Writer, seriesId: string) {
  const series = await getSeries(w.trx, seriesId);
  const last = await w.trx.selectFrom('meetings').select(['secretary_id', 'minute_taker_id', 'reviewer_id']).where('series_id', '=', seriesId)
    .orderBy('year_be', 'desc').orderBy('number', 'desc').executeTakeFirst();
  const memberSecretary = series.members.find((m) => m.meetingRole === 'member_secretary')?.personId ?? null;
  return {
    series,
    chair: series.members.find((m) => m.meetingRole === 'chair')?.personId ?? null,
    secretary: series.secretaryId ?? last?.secretary_id ?? memberSecretary,
    minuteTaker: series.minuteTakerId ?? last?.minute_taker_id ?? null,
    reviewer: series.reviewerId ?? last?.reviewer_id ?? null,
  };
}

export const meetingHandlers: HandlerSlice<
  'meetings.list' | 'meetings.page' | 'meetings.pick' | 'meetings.get' | 'meetings.find' | 'meetings.nextNumber' | 'meetings.preparation' | 'meetings.create' | 'meetings.update' | 'meetings.delete'
> = {
  'meetings.list': async ({ seriesId }, { db }) => listMeetings(db, seriesId),
  'meetings.page': async (filter, { db }) => pageMeetings(db, filter),
  'meetings.pick': async ({ query, limit }, { db }) => pickMeetings(db, query, limit),
  'meetings.get': async ({ id }, { db }) => readMeeting(db, id),

  'meetings.find': async ({ number, seriesId }, { db }) => {
    const parsed = parseMeetingNumber(number);
    if (!parsed) throw new LekhaError('INVALID', `เลขครั้งที่ "${number}" ไม่ถูกต้อง ใช้รูปแบบ ครั้งที่/พ.ศ. เช่น 2/2568`, 'number');
    const found = await findMeetings(db, parsed.number, parsed.yearBe, seriesId);
    if (found.length === 0) throw new LekhaError('NOT_FOUND', `ไม่พบการประชุมครั้งที่ ${number}`, 'number');
    if (found.length > 1) throw new LekhaError('CONFLICT', `มีการประชุมครั้งที่ ${number} มากกว่าหนึ่งชุด กรุณาระบุชุดการประชุม`, 'seriesId');
    return found[0];
  },

  'meetings.nextNumber': async ({ seriesId, yearBe }, { db }) => ({ number: await computeNextNumber(db, seriesId, yearBe), yearBe }),

  'meetings.preparation': async ({ seriesId, date, number }, { db }) => {
    await getSeries(db, seriesId);
    const yearBe = buddhistYear(date);
    return carryCandidates(db, seriesId, date, yearBe, number ?? (await computeNextNumber(db, seriesId, yearBe)));
  },

  'meetings.create': async (a, ctx) => {
    const id = newId();
    await write(ctx, async (w) => {
      const { series, chair, secretary, minuteTaker, reviewer } = await defaultOfficers(w, a.seriesId);
      const yearBe = buddhistYear(a.date);
      const number = a.number ?? (await computeNextNumber(w.trx, a.seriesId, yearBe));
      await assertNumberFree(w, a.seriesId, number, yearBe);
      await w.insert('meetings', {
        id, series_id: a.seriesId, number, year_be: yearBe, date: a.date, start_time: a.startTime ?? null,
        end_time: a.endTime ?? null, venue: a.venue ?? '', mode: a.mode ?? 'onsite', conferencing: a.conferencing ?? '',
        chair_id: a.chairId ?? chair, secretary_id: a.secretaryId ?? secretary, minute_taker_id: a.minuteTakerId ?? minuteTaker,
        reviewer_id: a.reviewerId ?? reviewer, status: a.status ?? 'draft', secrecy: a.secrecy ?? 'none',
        illustrative_note: a.illustrativeNote ?? '', created_at: w.at, updated_at: w.at,
      }, id);
      await w.trx.insertInto('minutes').values({ meeting_id: id, status: 'draft', amended: 0, amendment_text: '', updated_at: w.at }).execute();
      // The series' standing members are expected at every meeting; nobody is present until the officer marks it.
      const people = await w.trx.selectFrom('people').select(['id', 'position']).execute();
      for (const [index, m] of series.members.entries()) {
        await w.insert('attendance', {
          id: newId(), meeting_id: id, person_id: m.personId, role: 'member', meeting_role: memberRoleTitles[m.meetingRole],
          substitute_for_id: null, position: people.find((p) => p.id === m.personId)?.position ?? '', presence: 'unconfirmed',
          absence_reason: null, absence_note: '', sort_order: index + 1,
        }, id);
      }
      await prepareFromEarlier(w, id, a.carry);
    });
    return readMeeting(ctx.db, id);
  },

  /**
   * While the meeting is not yet held and its minutes never went out, its number follows its date: a
   * date in another Buddhist year takes that year's next number. After that the number stays, and a
   * date in another year is refused rather than printing `n/2568` over a date in 2569.
   */
  'meetings.update': async (a, ctx) => {
    await write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, a.id);
      const current = (await w.get('meetings', a.id))!;
      const date = a.date ?? current.date;
      const yearBe = date ? buddhistYear(date) : current.year_be;
      let number = a.number ?? current.number;
      if (yearBe !== current.year_be || number !== current.number) {
        if (await numberIsSettled(w, a.id)) {
          const label = formatMeetingNumber(current.number, current.year_be);
          throw new LekhaError('CONFLICT', yearBe !== current.year_be
            ? `การประชุมครั้งที่ ${label} จัดแล้วหรือแจ้งเวียนรายงานแล้ว เลขครั้งที่จึงคงที่ เปลี่ยนวันที่ไปปี พ.ศ. ${yearBe} ไม่ได้`
            : `การประชุมครั้งที่ ${label} จัดแล้วหรือแจ้งเวียนรายงานแล้ว จึงเปลี่ยนเลขครั้งที่ไม่ได้`, yearBe !== current.year_be ? 'date' : 'number');
        }
        if (yearBe !== current.year_be && a.number === undefined) number = await computeNextNumber(w.trx, current.series_id, yearBe, a.id);
        await assertNumberFree(w, current.series_id, number, yearBe, a.id);
      }
      await w.update('meetings', a.id, {
        date: a.date, number, year_be: yearBe, start_time: a.startTime, end_time: a.endTime, venue: a.venue, mode: a.mode,
        conferencing: a.conferencing, chair_id: a.chairId, secretary_id: a.secretaryId, minute_taker_id: a.minuteTakerId,
        reviewer_id: a.reviewerId, status: a.status, secrecy: a.secrecy, illustrative_note: a.illustrativeNote,
      }, a.id);
    });
    return readMeeting(ctx.db, a.id);
  },

  'meetings.delete': (a, ctx) => write(ctx, (w) => deleteMeeting(w, a.id, a.confirmNumber)),
};
