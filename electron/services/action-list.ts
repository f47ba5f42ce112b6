import { versionOf } from '../db/versioned';
import { type Kysely, sql } from 'kysely';
import { type ActionFilter, countActions, fromActions, pageIds } from './action-query';
import type { ActionQuery, ActionRow, ProgressUpdate } from '../../shared/schemas/actions';
import type { ActionItemsTable, DB, ProgressUpdatesTable } from '../db/types';
import { itemRefs } from './item-refs';
import { toBool } from './write';

export const toProgress = (r: ProgressUpdatesTable): ProgressUpdate => ({
  id: r.id, actionId: r.action_id, date: r.date, text: r.text, percent: r.percent, reportedBy: r.reported_by, illustrative: toBool(r.illustrative),
});

const ACTIVE = ['open', 'in_progress'];

/** The filtered actions as `action_items as a` (the organisation as a list of ids): what an export reads whole. */
export function filtered(db: Kysely<DB>, q: ActionFilter, today: string) {
  return fromActions(db, q, today, 'list');
}

/**
 * Actions across meetings, filtered and sorted in SQL, one page at a time: the count and the page's
 * ids from indexes (action-query.ts), then what the page shows (`describeActions`).
 */
export async function queryActions(db: Kysely<DB>, q: ActionQuery, today: string): Promise<{ total: number; rows: ActionRow[] }> {
  const total = await countActions(db, q, today);
  const ids = total > q.offset ? await pageIds(db, q, today) : [];
  return { total, rows: await describeActions(db, ids, today) };
}

type Described = ActionItemsTable & { owners: string; progress: string | null };

/**
 * What a list or a tracker shows of each action, in the order of `ids`: the action with its owners and
 * its latest progress report in one statement (each found by its key: `action_owners`' and
 * `progress_updates(action_id, date, created_at)`, migration 0045, so only the latest report is read),
 * then where it was decided (meeting and item number: `itemRefs`).
 */
export async function describeActions(db: Kysely<DB>, ids: readonly string[], today: string): Promise<ActionRow[]> {
  if (ids.length === 0) return [];
  const found = (await db.selectFrom('action_items as a').selectAll('a')
    .select(sql<string>`(select json_group_array(json_array(w.organisation_id, w.is_lead)) from action_owners w where w.action_id = a.id)`.as('owners'))
    .select(sql<string | null>`(select json_array(u.id, u.date, u.text, u.percent, u.reported_by, u.illustrative) from progress_updates u
      where u.action_id = a.id order by u.date desc, u.created_at desc limit 1)`.as('progress'))
    .where('a.id', 'in', ids).execute()) as Described[];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const refs = await itemRefs(db, rows.map((r) => r.agenda_item_id));
  return rows.map((r) => {
    const ref = refs.get(r.agenda_item_id);
    const owners = JSON.parse(r.owners) as [string, number][];
    const p = r.progress ? (JSON.parse(r.progress) as [string, string, string, number | null, string, number]) : null;
    return {
      id: r.id, version: versionOf(r), agendaItemId: r.agenda_item_id, kind: r.kind as ActionRow['kind'], text: r.text, dueDate: r.due_date,
      status: r.status as ActionRow['status'], illustrative: toBool(r.illustrative), position: r.position,
      leadOrgId: owners.find((o) => o[1] === 1)?.[0] ?? null,
      supportOrgIds: owners.filter((o) => o[1] === 0).map((o) => o[0]),
      meetingId: ref?.meetingId ?? '',
      meetingNumber: ref?.meetingNumber ?? '',
      itemSubject: ref?.subject ?? '',
      itemNumber: ref?.itemNumber ?? '',
      overdue: ACTIVE.includes(r.status) && r.due_date !== null && r.due_date < today,
      lastProgress: p ? { id: p[0], actionId: r.id, date: p[1], text: p[2], percent: p[3], reportedBy: p[4], illustrative: p[5] === 1 } : null,
    };
  });
}
