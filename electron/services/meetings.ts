import type { Kysely } from 'kysely';
import { LekhaError } from '../../shared/errors';
import { formatMeetingNumber, nextMeetingNumber, parseMeetingNumber } from '../../shared/numbering';
import { memberRoleTitles } from '../../shared/roles';
import { buddhistYear } from '../../shared/thai';
import type { DB } from '../db/types';
import { type HandlerSlice, newId } from './context';
import { assertMeetingEditable } from './lock';
import { findMeetings, listMeetings, readMeeting } from './meeting-read';
import { prepareFromEarlier } from './next-meeting';
import { getSeries } from './series';
import { write } from './write';

export async function computeNextNumber(db: Kysely<DB>, seriesId: string, yearBe: number): Promise<number> {
  const series = await getSeries(db, seriesId);
  const existing = await db.selectFrom('meetings').select(['number', 'year_be as yearBe']).where('series_id', '=', seriesId).execute();
  return nextMeetingNumber(series.numbering, yearBe, existing);
}

const currentYearBe = (nowIso: string) => buddhistYear(nowIso.slice(0, 10));

export const meetingHandlers: HandlerSlice<
  'meetings.list' | 'meetings.get' | 'meetings.find' | 'meetings.nextNumber' | 'meetings.create' | 'meetings.update' | 'meetings.delete'
> = {
  'meetings.list': async ({ seriesId }, { db }) => listMeetings(db, seriesId),
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

  'meetings.create': async (a, ctx) => {
    const id = newId();
    await write(ctx, async (w) => {
      const series = await getSeries(w.trx, a.seriesId);
      const yearBe = a.yearBe ?? (a.date ? buddhistYear(a.date) : currentYearBe(w.at));
      const number = await computeNextNumber(w.trx, a.seriesId, yearBe);
      const chair = series.members.find((m) => m.meetingRole === 'chair')?.personId ?? null;
      const secretary = series.members.find((m) => m.meetingRole === 'member_secretary')?.personId ?? null;
      await w.insert('meetings', {
        id, series_id: a.seriesId, number, year_be: yearBe, date: a.date ?? null, start_time: a.startTime ?? null,
        end_time: a.endTime ?? null, venue: a.venue ?? '', mode: a.mode ?? 'onsite', conferencing: a.conferencing ?? '',
        chair_id: a.chairId ?? chair, secretary_id: a.secretaryId ?? secretary, minute_taker_id: a.minuteTakerId ?? null,
        reviewer_id: a.reviewerId ?? null, status: a.status ?? 'draft', secrecy: a.secrecy ?? 'none',
        illustrative_note: a.illustrativeNote ?? '', created_at: w.at, updated_at: w.at,
      }, id);
      await w.trx.insertInto('minutes').values({ meeting_id: id, status: 'draft', amended: 0, amendment_text: '', updated_at: w.at }).execute();
      // The series' standing members are expected at every meeting; the officer marks who came.
      const people = await w.trx.selectFrom('people').select(['id', 'position']).execute();
      for (const [index, m] of series.members.entries()) {
        await w.insert('attendance', {
          id: newId(), meeting_id: id, person_id: m.personId, role: 'member', meeting_role: memberRoleTitles[m.meetingRole],
          substitute_for_id: null, position: people.find((p) => p.id === m.personId)?.position ?? '', presence: 'onsite',
          absence_reason: null, absence_note: '', sort_order: index + 1,
        }, id);
      }
      await prepareFromEarlier(w, id);
    });
    return readMeeting(ctx.db, id);
  },

  'meetings.update': async (a, ctx) => {
    await write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, a.id);
      await w.update('meetings', a.id, {
        date: a.date, start_time: a.startTime, end_time: a.endTime, venue: a.venue, mode: a.mode, conferencing: a.conferencing,
        chair_id: a.chairId, secretary_id: a.secretaryId, minute_taker_id: a.minuteTakerId, reviewer_id: a.reviewerId,
        status: a.status, secrecy: a.secrecy, illustrative_note: a.illustrativeNote,
      }, a.id);
    });
    return readMeeting(ctx.db, a.id);
  },

  /** Only a meeting still in draft, whose minutes were never circulated, may be deleted. */
  'meetings.delete': (a, ctx) =>
    write(ctx, async (w) => {
      const meeting = await readMeeting(w.trx, a.id);
      const label = formatMeetingNumber(meeting.number, meeting.yearBe);
      if (meeting.status !== 'draft' || meeting.minutesStatus !== 'draft') {
        throw new LekhaError('CONFLICT', `ลบการประชุมครั้งที่ ${label} ไม่ได้ เพราะไม่ใช่ร่างแล้ว ลบได้เฉพาะการประชุมที่ยังเป็นร่าง`);
      }
      const continued = await w.trx
        .selectFrom('agenda_items as later')
        .innerJoin('agenda_items as mine', 'mine.id', 'later.continues_item_id')
        .select('later.id')
        .where('mine.meeting_id', '=', a.id)
        .where('later.meeting_id', '!=', a.id)
        .executeTakeFirst();
      if (continued) throw new LekhaError('CONFLICT', `ลบการประชุมครั้งที่ ${label} ไม่ได้ เพราะมีวาระของการประชุมอื่นสืบเนื่องจากการประชุมนี้`);
      for (const item of meeting.agendaItems) await w.log('agenda_items', item.id, 'delete', item, null, a.id);
      for (const row of meeting.attendance) await w.log('attendance', row.id, 'delete', row, null, a.id);
      await w.remove('meetings', a.id, a.id);
      return { ok: true as const };
    }),
};
