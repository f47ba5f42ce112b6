import { LekhaError } from '../../shared/errors';
import { formatMeetingNumber, parseMeetingNumber } from '../../shared/numbering';
import { readMeeting } from './meeting-read';
import type { Writer } from './write';

/**
 * A meeting made by mistake goes, with everything filed under it, when it was not held and its
 * minutes were never circulated; the officer confirms by typing its number. Every row removed is in
 * the audit log, so the history shows what was there.
 */
export async function deleteMeeting(w: Writer, id: string, confirmNumber: string): Promise<{ ok: true }> {
  const meeting = await readMeeting(w.trx, id);
  const label = formatMeetingNumber(meeting.number, meeting.yearBe);
  const typed = parseMeetingNumber(confirmNumber);
  if (!typed || typed.number !== meeting.number || typed.yearBe !== meeting.yearBe) {
    throw new LekhaError('INVALID', `เลขที่ยืนยัน "${confirmNumber}" ไม่ตรงกับการประชุมครั้งที่ ${label} ไม่มีสิ่งใดถูกลบ`, 'confirmNumber');
  }
  const versions = await w.trx.selectFrom('minutes_versions').select('id').where('meeting_id', '=', id).executeTakeFirst();
  if (meeting.status === 'held' || meeting.minutesStatus !== 'draft' || versions) {
    throw new LekhaError('CONFLICT', `ลบการประชุมครั้งที่ ${label} ไม่ได้ เพราะจัดประชุมแล้วหรือแจ้งเวียนรายงานการประชุมแล้ว ลบได้เฉพาะการประชุมที่ยังไม่จัดและยังไม่เคยแจ้งเวียนรายงาน`);
  }
  const continued = await w.trx.selectFrom('agenda_items as later').innerJoin('agenda_items as mine', 'mine.id', 'later.continues_item_id')
    .innerJoin('meetings as m', 'm.id', 'later.meeting_id').select(['m.number', 'm.year_be'])
    .where('mine.meeting_id', '=', id).where('later.meeting_id', '!=', id).executeTakeFirst();
  if (continued) {
    throw new LekhaError('CONFLICT', `ลบการประชุมครั้งที่ ${label} ไม่ได้ เพราะการประชุมครั้งที่ ${formatMeetingNumber(continued.number, continued.year_be)} มีวาระสืบเนื่องจากการประชุมนี้`);
  }
  const certifiesOther = await w.trx.selectFrom('minutes').innerJoin('agenda_items', 'agenda_items.id', 'minutes.certified_at_item_id')
    .select('minutes.meeting_id').where('agenda_items.meeting_id', '=', id).executeTakeFirst();
  if (certifiesOther) throw new LekhaError('CONFLICT', `ลบการประชุมครั้งที่ ${label} ไม่ได้ เพราะมีการรับรองรายงานการประชุมครั้งอื่นในการประชุมนี้`);

  for (const action of meeting.actions) await w.log('action_items', action.id, 'delete', action, null, id);
  for (const item of meeting.agendaItems) await w.log('agenda_items', item.id, 'delete', item, null, id);
  for (const row of meeting.attendance) await w.log('attendance', row.id, 'delete', row, null, id);
  await w.remove('meetings', id, id);
  return { ok: true };
}
