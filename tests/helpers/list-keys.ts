import { rawQuery } from './pg';

export type ListKey = {
  organisation_id: string; action_id: string; due_sort: string; status: string; created_at: string;
  action_position: number; meeting_date: string; meeting_id: string; item_place: string;
};

const pad = (n: number) => String(n).padStart(4, '0');

/**
 * The agencies' sort keys as stored (`action_list_keys`, migrations 0070 and 0125) beside what the
 * owners, actions, items and meetings say they must be, recomputed here independently of the
 * migrations' SQL: an item's place is its section's position and the positions down from its top item,
 * four digits each.
 */
export async function keysNow(dbPath: string): Promise<{ stored: ListKey[]; expected: ListKey[] }> {
  const columns = 'organisation_id, action_id, due_sort, status, created_at, action_position, meeting_date, meeting_id, item_place';
  // Both in JavaScript's order: a server's collation need not be the code points'.
  const byKey = (a: ListKey, b: ListKey) => (a.organisation_id + a.action_id < b.organisation_id + b.action_id ? -1 : a.organisation_id + a.action_id > b.organisation_id + b.action_id ? 1 : 0);
  const stored = (await rawQuery<ListKey>(dbPath, `select ${columns} from action_list_keys`)).sort(byKey);
  type Item = { id: string; parent_id: string | null; position: number; section: number };
  const items = new Map((await rawQuery<Item>(dbPath, `select i.id, i.parent_id, i.position, s.position section
    from agenda_items i join series_sections s on s.id = i.section_id`)).map((i) => [i.id, i]));
  const place = (i: Item): string => (i.parent_id ? place(items.get(i.parent_id)!) : pad(i.section)) + pad(i.position);
  const rows = await rawQuery<Omit<ListKey, 'item_place'> & { item: string }>(dbPath, `select o.organisation_id, o.action_id,
      coalesce(a.due_date, '9999-12-31') due_sort, a.status, a.created_at, a.position action_position,
      coalesce(m.date, '9999-12-31') meeting_date, m.id meeting_id, a.agenda_item_id item
      from action_owners o, action_items a, agenda_items i, meetings m where a.id = o.action_id and i.id = a.agenda_item_id and m.id = i.meeting_id`);
  const expected = rows.map(({ item, ...k }) => ({ ...k, item_place: place(items.get(item)!) })).sort(byKey);
  return { stored, expected };
}
