import { LekhaError, refusal } from '../../shared/errors';
import { personName } from '../../shared/names';
import { formatMeetingNumber } from '../../shared/numbering';
import type { Person } from '../../shared/schemas/directory';
import { toPerson } from './directory';
import type { Writer } from './write';

/** Every column that names a person, by table, with the meeting each row belongs to. */
const personColumns = {
  attendance: ['person_id', 'substitute_for_id'],
  meetings: ['chair_id', 'secretary_id', 'minute_taker_id', 'reviewer_id'],
  agenda_items: ['presenter_person_id'],
  meeting_series: ['secretary_id', 'minute_taker_id', 'reviewer_id'],
} as const;

/**
 * Two records of one person become one (typed twice, or imported under another spelling): every
 * reference to `mergeId` moves to `keepId`, except in meetings whose minutes are certified, which
 * keep naming the record they were certified with. The merged record stays, inactive and marked as
 * merged, for them. Refused, changing nothing, where both records attend one meeting: the officer
 * first decides which line stays. Every change is audited.
 */
export async function mergePeople(w: Writer, keepId: string, mergeId: string): Promise<Person> {
  const keep = await w.get('people', keepId);
  const merge = await w.get('people', mergeId);
  if (!keep || !merge) throw new LekhaError('NOT_FOUND', 'ไม่พบบุคคลที่จะรวม อาจถูกลบไปแล้ว', keep ? 'mergeId' : 'keepId');
  if (keep.merged_into_id) throw new LekhaError('CONFLICT', `${personName(toPerson(keep))} ถูกรวมเข้ากับรายการอื่นแล้ว กรุณาเลือกรายการที่ยังใช้อยู่`, 'keepId');

  const clashes = await w.trx.selectFrom('attendance as a').innerJoin('attendance as b', 'b.meeting_id', 'a.meeting_id')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id').select(['m.number', 'm.year_be'])
    .where('a.person_id', '=', keepId).where('b.person_id', '=', mergeId).execute();
  if (clashes.length) {
    throw refusal('CONFLICT', `รวม ${personName(toPerson(merge))} เข้ากับ ${personName(toPerson(keep))} ไม่ได้ เพราะทั้งสองรายการอยู่ในการประชุมเดียวกัน`,
      clashes.map((c) => ({ field: 'mergeId', message: `การประชุมครั้งที่ ${formatMeetingNumber(c.number, c.year_be)}: ลบรายชื่อหนึ่งในสองรายการออกก่อน` })));
  }

  const certified = new Set((await w.trx.selectFrom('minutes').select('meeting_id').where('status', '=', 'certified').execute()).map((r) => r.meeting_id));
  for (const [table, columns] of Object.entries(personColumns) as [keyof typeof personColumns, readonly string[]][]) {
    for (const column of columns) {
      const rows = (await w.trx.selectFrom(table).selectAll().where(column as 'id', '=', mergeId).execute()) as { id: string; meeting_id?: string }[];
      for (const row of rows) {
        const meetingId = table === 'meetings' ? row.id : (row.meeting_id ?? null);
        if (meetingId && certified.has(meetingId)) continue;
        await w.update(table, row.id, { [column]: keepId }, meetingId);
      }
    }
  }
  // A series lists a person once: where both were members, the kept record's line stays.
  const memberships = await w.trx.selectFrom('series_members').selectAll().where('person_id', '=', mergeId).execute();
  for (const m of memberships) {
    const both = await w.trx.selectFrom('series_members').select('series_id').where('series_id', '=', m.series_id).where('person_id', '=', keepId).executeTakeFirst();
    if (both) await w.trx.deleteFrom('series_members').where('series_id', '=', m.series_id).where('person_id', '=', mergeId).execute();
    else await w.trx.updateTable('series_members').set({ person_id: keepId }).where('series_id', '=', m.series_id).where('person_id', '=', mergeId).execute();
    await w.log('series_members', m.series_id, 'update', { member: m }, both ? null : { member: { ...m, person_id: keepId } });
  }
  await w.update('people', mergeId, { active: 0, merged_into_id: keepId });
  return toPerson((await w.get('people', keepId))!);
}
