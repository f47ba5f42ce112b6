import type { Kysely } from 'kysely';
import { LekhaError } from '../../shared/errors';
import { formatMeetingNumber } from '../../shared/numbering';
import type { DB } from '../db/types';

/**
 * Certified minutes never change: every write to a meeting, its attendance, agenda items and their
 * actions' source text goes through this check first.
 */
export async function assertMeetingEditable(db: Kysely<DB>, meetingId: string): Promise<void> {
  const row = await db
    .selectFrom('meetings')
    .leftJoin('minutes', 'minutes.meeting_id', 'meetings.id')
    .select(['meetings.number', 'meetings.year_be', 'minutes.status'])
    .where('meetings.id', '=', meetingId)
    .executeTakeFirst();
  if (!row) throw new LekhaError('NOT_FOUND', 'ไม่พบการประชุมนี้ อาจถูกลบไปแล้ว', 'meetingId');
  if (row.status === 'certified') {
    throw new LekhaError(
      'LOCKED',
      `รายงานการประชุมครั้งที่ ${formatMeetingNumber(row.number, row.year_be)} ได้รับรองแล้ว จึงแก้ไขไม่ได้`,
    );
  }
}

/** The meeting an agenda item belongs to, checked editable. */
export async function assertItemEditable(db: Kysely<DB>, itemId: string): Promise<string> {
  const item = await db.selectFrom('agenda_items').select('meeting_id').where('id', '=', itemId).executeTakeFirst();
  if (!item) throw new LekhaError('NOT_FOUND', 'ไม่พบระเบียบวาระนี้ อาจถูกลบไปแล้ว', 'agendaItemId');
  await assertMeetingEditable(db, item.meeting_id);
  return item.meeting_id;
}
