import { type Kysely, sql } from 'kysely';
import type { ActionQuery, ActionRow, ProgressUpdate } from '../../shared/schemas/actions';
import type { ActionItemsTable, DB, ProgressUpdatesTable } from '../db/types';
import { withOwners } from './actions';
import { itemRefs } from './item-refs';
import { toBool } from './write';

export const toProgress = (r: ProgressUpdatesTable): ProgressUpdate => ({
  id: r.id, actionId: r.action_id, date: r.date, text: r.text, percent: r.percent, reportedBy: r.reported_by, illustrative: toBool(r.illustrative),
});

const ACTIVE = ['open', 'in_progress'];
/**
 * The due date for sorting, undated last. Written as a literal (never a bound parameter) so it is the
 * very expression of the index `action_items_due_sort` and the sort walks that index (migration 0030).
 */
const DUE = sql<string>`coalesce(a.due_date, '9999-12-31')`;
/**
 * Open or in progress, written as literals so SQLite sees the partial index on active actions
 * (`action_items_active_due`) answers it: the overdue list walks only the actions still to do.
 */
const IS_ACTIVE = sql<boolean>`a.status in ('open', 'in_progress')`;
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The filtered actions, on `action_items` alone: each filter is a condition an index answers (status
 * and due date; the organisation through `action_owners(organisation_id, action_id)`; the meeting and
 * the policy through their items), so counting needs no join at all.
 */
export function filtered(db: Kysely<DB>, q: Omit<ActionQuery, 'limit' | 'offset' | 'sort' | 'direction'>, today: string) {
  let base = db.selectFrom('action_items as a');
  if (q.organisationId) {
    // From the organisation's own list (`action_owners(organisation_id, action_id)`): a few thousand
    // rows at most to count and sort, where walking every action to check its owners read them all.
    const org = q.organisationId;
    base = base.where('a.id', 'in', (eb) => eb.selectFrom('action_owners as o').select('o.action_id').where('o.organisation_id', '=', org));
  }
  if (q.overdue || (q.statuses && sameSet(q.statuses, ACTIVE))) base = base.where(IS_ACTIVE);
  else if (q.statuses?.length) base = base.where('a.status', 'in', q.statuses);
  if (q.overdue) base = base.where('a.due_date', '<', today);
  if (q.dueFrom) base = base.where('a.due_date', '>=', q.dueFrom);
  if (q.dueTo) base = base.where('a.due_date', '<=', q.dueTo);
  if (q.meetingId) {
    const meeting = q.meetingId;
    base = base.where('a.agenda_item_id', 'in', (eb) => eb.selectFrom('agenda_items as i').select('i.id').where('i.meeting_id', '=', meeting));
  }
  if (q.policyId) {
    const policy = q.policyId;
    base = base.where('a.agenda_item_id', 'in', (eb) => eb.selectFrom('agenda_item_policies as p').select('p.agenda_item_id').where('p.policy_id', '=', policy));
  }
  return base;
}

/** One page of the filtered actions in the order asked, as ids and rows of `action_items`. */
async function pageOf(db: Kysely<DB>, q: ActionQuery, today: string) {
  const base = filtered(db, q, today);
  const dir = q.direction;
  if (q.sort === 'meeting') {
    // Meeting order needs the meeting: walked from `meetings(year_be, number)` down to its actions.
    return base.innerJoin('agenda_items as i', 'i.id', 'a.agenda_item_id').innerJoin('meetings as m', 'm.id', 'i.meeting_id')
      .selectAll('a').orderBy('m.year_be', dir).orderBy('m.number', dir).orderBy('i.position', dir).orderBy('a.position', dir)
      .limit(q.limit).offset(q.offset).execute();
  }
  let page = base.selectAll('a');
  if (q.sort === 'due') page = page.orderBy(DUE, dir);
  if (q.sort === 'status') page = page.orderBy('a.status', dir).orderBy(DUE, dir);
  if (q.sort === 'created') page = page.orderBy('a.created_at', dir);
  return page.orderBy('a.id', dir).limit(q.limit).offset(q.offset).execute();
}

/**
 * Actions across meetings, filtered and sorted in SQL, one page at a time: a count on `action_items`
 * alone, the page from an index, then what the page shows (`describeActions`).
 */
export async function queryActions(db: Kysely<DB>, q: ActionQuery, today: string): Promise<{ total: number; rows: ActionRow[] }> {
  const { total } = await filtered(db, q, today).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await pageOf(db, q, today);
  return { total: Number(total), rows: await describeActions(db, rows, today) };
}

/**
 * What a list or a tracker shows of each action — owners, where it was decided (meeting and item
 * number) and its latest progress — in one query each for all the rows given.
 */
export async function describeActions(db: Kysely<DB>, rows: ActionItemsTable[], today: string): Promise<ActionRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [items, refs, latest] = await Promise.all([
    withOwners(db, rows),
    itemRefs(db, rows.map((r) => r.agenda_item_id)),
    db.selectFrom((eb) => eb.selectFrom('progress_updates').selectAll()
      .select(sql<number>`row_number() over (partition by action_id order by date desc, created_at desc)`.as('rank'))
      .where('action_id', 'in', ids).as('p'))
      .selectAll().where('rank', '=', 1).execute(),
  ]);
  const progressOf = new Map(latest.map((p) => [p.action_id, p as unknown as ProgressUpdatesTable]));
  return rows.map((r, index) => {
    const ref = refs.get(r.agenda_item_id);
    const progress = progressOf.get(r.id);
    return {
      ...items[index],
      meetingId: ref?.meetingId ?? '',
      meetingNumber: ref?.meetingNumber ?? '',
      itemSubject: ref?.subject ?? '',
      itemNumber: ref?.itemNumber ?? '',
      overdue: ACTIVE.includes(r.status) && r.due_date !== null && r.due_date < today,
      lastProgress: progress ? toProgress(progress) : null,
    };
  });
}
