import type { Kysely } from 'kysely';
import { formatMeetingNumber } from '../../shared/numbering';
import type { ItemRef } from '../../shared/schemas/policies';
import type { DB } from '../db/types';
import { listAgendaItems } from './agenda-read';

/** `ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1` for each agenda item id: where something was decided. */
export async function itemRefs(db: Kysely<DB>, itemIds: readonly string[]): Promise<Map<string, ItemRef>> {
  const out = new Map<string, ItemRef>();
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('agenda_items').innerJoin('meetings', 'meetings.id', 'agenda_items.meeting_id')
    .select(['agenda_items.id', 'meetings.id as meetingId', 'meetings.number', 'meetings.year_be', 'meetings.date'])
    .where('agenda_items.id', 'in', ids).execute();
  for (const meetingId of new Set(rows.map((r) => r.meetingId))) {
    const meeting = rows.find((r) => r.meetingId === meetingId)!;
    for (const item of await listAgendaItems(db, meetingId)) {
      if (!ids.includes(item.id)) continue;
      out.set(item.id, {
        meetingId, meetingNumber: formatMeetingNumber(meeting.number, meeting.year_be), meetingDate: meeting.date,
        agendaItemId: item.id, itemNumber: item.number, subject: item.subject,
      });
    }
  }
  return out;
}
