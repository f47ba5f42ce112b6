import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { ActionQuery } from '../../shared/schemas/actions';
import type { DB } from '../db/types';
import type { ActionFilter } from './action-query';

const ACTIVE = ['open', 'in_progress'];
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Whether an agency's key rows (`action_list_keys`, migration 0070) answer the filter alone: they carry
 * status and due date, not the meeting or the policy (those narrow to a few hundred actions, which the
 * general path sorts in no time).
 */
export const keysAnswer = (f: ActionFilter): f is ActionFilter & { organisationId: string } =>
  Boolean(f.organisationId) && !f.meetingId && !f.policyId;

/**
 * The agency's key rows that match, written on the columns of its indexes: the agency, then status
 * (`action_list_keys_status`) or the due date as the list sorts it (the table's own order), undated
 * actions carrying 9999-12-31 (no real due date: the contract takes plausible years only).
 */
function keyRows(db: Kysely<DB>, f: ActionFilter & { organisationId: string }, today: string) {
  const out: Expression<SqlBool>[] = [sql<SqlBool>`k.organisation_id = ${f.organisationId}`];
  const active = f.overdue || (f.statuses && sameSet(f.statuses, ACTIVE));
  if (active) out.push(sql<SqlBool>`k.status in ('open', 'in_progress')`);
  else if (f.statuses?.length) out.push(sql<SqlBool>`k.status in (${sql.join(f.statuses)})`);
  if (f.overdue) out.push(sql<SqlBool>`k.due_sort < ${today}`);
  if (f.dueFrom) out.push(sql<SqlBool>`k.due_sort >= ${f.dueFrom}`, sql<SqlBool>`k.due_sort < '9999-12-31'`);
  if (f.dueTo) out.push(sql<SqlBool>`k.due_sort <= ${f.dueTo}`);
  let q = db.selectFrom('action_list_keys as k');
  for (const c of out) q = q.where(c);
  return q;
}

export async function countByKeys(db: Kysely<DB>, f: ActionFilter & { organisationId: string }, today: string): Promise<number> {
  const { n } = await keyRows(db, f, today).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

/** The key columns of each sort, in order; the action's id breaks ties last, as in every other path. */
const ORDER: Record<ActionQuery['sort'], readonly ('k.due_sort' | 'k.status' | 'k.created_at' | 'k.meeting_date' | 'k.meeting_id' | 'k.item_place' | 'k.action_position')[]> = {
  due: ['k.due_sort'],
  status: ['k.status', 'k.due_sort'],
  created: ['k.created_at'],
  // The agenda's order (migration 0125): the meeting's date, then the item's place as its number reads.
  meeting: ['k.meeting_date', 'k.meeting_id', 'k.item_place', 'k.action_position'],
};

/**
 * One page of an agency's action ids, read in order from one range of an index of `action_list_keys`
 * (each index ends on the action id): no sort, and OFFSET skips index entries, never action rows.
 */
export async function pageByKeys(db: Kysely<DB>, q: ActionQuery & { organisationId: string }, today: string): Promise<string[]> {
  let page = keyRows(db, q, today).select('k.action_id as id');
  for (const column of ORDER[q.sort]) page = page.orderBy(column, q.direction);
  return (await page.orderBy('k.action_id', q.direction).limit(q.limit).offset(q.offset).execute()).map((r) => r.id);
}
