import type { Kysely } from 'kysely';
import { highestSecrecy, type Secrecy } from '../../shared/secrecy';
import type { DB } from '../db/types';

/**
 * The class of what cites or encloses these agenda items: the highest of each item's own, its parent
 * items' (4.1.1 under a ลับ 4.1) and its meeting's (issue 14). A few queries, level by level.
 */
export async function itemsSecrecy(db: Kysely<DB>, itemIds: readonly string[]): Promise<Secrecy> {
  let found: Secrecy = 'none';
  const seen = new Set<string>();
  for (let ids = [...new Set(itemIds)]; ids.length > 0;) {
    const rows = await db.selectFrom('agenda_items as i').innerJoin('meetings as m', 'm.id', 'i.meeting_id')
      .select(['i.id', 'i.parent_id', 'i.secrecy', 'm.secrecy as meetingSecrecy']).where('i.id', 'in', ids).execute();
    for (const r of rows) {
      seen.add(r.id);
      found = highestSecrecy(found, r.secrecy as Secrecy, r.meetingSecrecy as Secrecy);
    }
    ids = [...new Set(rows.map((r) => r.parent_id).filter((p): p is string => p !== null && !seen.has(p)))];
  }
  return found;
}
