import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { ActionQuery } from '../../shared/schemas/actions';
import type { DB } from '../db/types';
import { countByKeys, keysAnswer, pageByKeys } from './agency-keys';

export type ActionFilter = Omit<ActionQuery, 'limit' | 'offset' | 'sort' | 'direction'>;

/**
 * The due date for sorting, undated last. Written as a literal (never a bound parameter) so it is the
 * very expression of the indexes `action_items_due_sort` and `action_items_active_due_keys` (migrations 0030, 0105).
 */
export const DUE = sql<string>`coalesce(a.due_date, '9999-12-31')`;
/** The meeting's date as the list sorts it: the expression of `meetings_date_order` (migration 0125). */
const MEETING_DATE = sql<string>`coalesce(m.date, '9999-12-31')`;
const ACTIVE = ['open', 'in_progress'];
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * How the organisation narrows the list where its key rows (agency-keys.ts) cannot answer alone, that is
 * with a meeting or a policy. `join`: `action_owners` joined on its key, so SQLite weighs the
 * organisation's own index (it knows from its statistics how many actions the organisation has)
 * against the meeting's or policy's and starts from the narrower. `list`: the organisation's action
 * ids, for a statement that reads them all (an export).
 */
export type OrgUse = 'join' | 'list';

/**
 * Every filter as conditions on `action_items as a`, each written the way an index answers it: the due
 * bounds and "overdue" on the sort expression (so `action_items_due_sort`, or for overdue the partial
 * index of active actions, gives the range already in due order), open-and-in-progress as literals (the
 * partial index's own condition), the meeting and the policy through their items.
 */
export function conditions(f: ActionFilter, today: string, org: OrgUse): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (f.organisationId && org === 'list') {
    out.push(sql<SqlBool>`a.id in (select o.action_id from action_owners o where o.organisation_id = ${f.organisationId})`);
  }
  const active = f.overdue || (f.statuses && sameSet(f.statuses, ACTIVE));
  if (active) out.push(sql<SqlBool>`a.status in ('open', 'in_progress')`);
  else if (f.statuses?.length) out.push(sql<SqlBool>`a.status in (${sql.join(f.statuses)})`);
  if (f.overdue) out.push(sql<SqlBool>`${DUE} < ${today}`);
  // Due bounds on the sort expression, so counting and paging both read a range of
  // `action_items_due_sort`. Undated actions sort as 9999-12-31, a date no action can have (the contract
  // takes plausible years only): below it means dated.
  if (f.dueFrom) out.push(sql<SqlBool>`${DUE} >= ${f.dueFrom}`, sql<SqlBool>`${DUE} < '9999-12-31'`);
  if (f.dueTo) out.push(sql<SqlBool>`${DUE} <= ${f.dueTo}`);
  if (f.meetingId) out.push(sql<SqlBool>`a.agenda_item_id in (select i.id from agenda_items i where i.meeting_id = ${f.meetingId})`);
  if (f.policyId) out.push(sql<SqlBool>`a.agenda_item_id in (select p.agenda_item_id from agenda_item_policies p where p.policy_id = ${f.policyId})`);
  return out;
}

/** `action_items as a`, joined to the organisation's owner rows when the organisation is joined. */
export function fromActions(db: Kysely<DB>, f: ActionFilter, today: string, org: OrgUse) {
  let q = db.selectFrom('action_items as a');
  if (f.organisationId && org === 'join') {
    const id = f.organisationId;
    // On the owners' key (action_id, organisation_id): at most one row per action, so the join never
    // repeats one. Nothing is read from `o`, so the builder keeps the type of `action_items as a` alone.
    q = q.innerJoin('action_owners as o', (j) => j.onRef('o.action_id', '=', 'a.id').on('o.organisation_id', '=', id)) as unknown as typeof q;
  }
  for (const c of conditions(f, today, org)) q = q.where(c);
  return q;
}

/**
 * How many actions match: an agency's from its key rows alone (one index range, no action read); others
 * with the organisation joined, SQLite starting from the narrower side.
 */
export async function countActions(db: Kysely<DB>, f: ActionFilter, today: string): Promise<number> {
  if (keysAnswer(f)) return countByKeys(db, f, today);
  const { n } = await fromActions(db, f, today, 'join').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * One page of ids in the order asked. An agency's page is one range of its key rows' index for that
 * order. Otherwise SQLite starts from the narrowest filter (or walks the order's index when there is
 * none) and sorts what it found by keys alone (read from covering indexes: migrations 0045 and 0105),
 * then the page's rows are read by id.
 */
export async function pageIds(db: Kysely<DB>, q: ActionQuery, today: string): Promise<string[]> {
  if (keysAnswer(q)) return pageByKeys(db, q, today);
  return (await ordered(db, q, today).limit(q.limit).offset(q.offset).execute()).map((r) => r.id);
}

/**
 * A meeting's or a policy's actions are a few hundred at most (the 20-year set's busiest meeting has
 * 172): all their ids in order in one statement give the count and the page together, where counting
 * apart would cost a statement as dear as the page itself.
 */
export const narrow = (f: ActionFilter): boolean => Boolean(f.meetingId || f.policyId);

export async function narrowPage(db: Kysely<DB>, q: ActionQuery, today: string): Promise<{ total: number; ids: string[] }> {
  const all = (await ordered(db, q, today).execute()).map((r) => r.id);
  return { total: all.length, ids: all.slice(q.offset, q.offset + q.limit) };
}

/** The matching ids in the order asked, the action's id breaking ties last. */
function ordered(db: Kysely<DB>, q: ActionQuery, today: string) {
  const base = fromActions(db, q, today, 'join');
  const dir = q.direction;
  if (q.sort === 'meeting') {
    // The agenda's order: the meeting's date (undated last; the meeting's id between two on one day),
    // then the item's place as its number reads (4.1, 4.1.1, 4.2: migration 0125), then the action's.
    return base.innerJoin('agenda_places as p', 'p.item_id', 'a.agenda_item_id').innerJoin('meetings as m', 'm.id', 'p.meeting_id')
      .select('a.id').orderBy(MEETING_DATE, dir).orderBy('m.id', dir).orderBy('p.place', dir).orderBy('a.position', dir).orderBy('a.id', dir);
  }
  let page = base.select('a.id');
  if (q.sort === 'due') page = page.orderBy(DUE, dir);
  if (q.sort === 'status') page = page.orderBy('a.status', dir).orderBy(DUE, dir);
  if (q.sort === 'created') page = page.orderBy('a.created_at', dir);
  return page.orderBy('a.id', dir);
}
