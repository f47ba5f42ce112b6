import { rawQuery } from './pg';

export type ListKey = {
  organisation_id: string; action_id: string; due_sort: string; status: string; created_at: string;
  year_be: number; number: number; item_position: number; action_position: number;
};

/**
 * The agencies' sort keys as stored (`action_list_keys`, migration 0070) beside what the owners,
 * actions, items and meetings say they must be, recomputed here independently of the migration's SQL.
 */
export async function keysNow(dbPath: string): Promise<{ stored: ListKey[]; expected: ListKey[] }> {
  const order = 'order by organisation_id, action_id';
  const stored = await rawQuery<ListKey>(dbPath, `select * from action_list_keys ${order}`);
  const expected = await rawQuery<ListKey>(dbPath, `select * from (select o.organisation_id, o.action_id, coalesce(a.due_date, '9999-12-31') due_sort, a.status, a.created_at,
      m.year_be, m.number, i.position item_position, a.position action_position
      from action_owners o, action_items a, agenda_items i, meetings m where a.id = o.action_id and i.id = a.agenda_item_id and m.id = i.meeting_id) k ${order}`);
  return { stored, expected };
}
