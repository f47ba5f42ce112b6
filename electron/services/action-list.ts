import type { Kysely } from 'kysely';
import { formatMeetingNumber } from '../../shared/numbering';
import type { ActionQuery, ActionRow, ProgressUpdate } from '../../shared/schemas/actions';
import type { DB, ProgressUpdatesTable } from '../db/types';
import { withOwners } from './actions';
import { itemRefs } from './item-refs';
import { toBool } from './write';

export const toProgress = (r: ProgressUpdatesTable): ProgressUpdate => ({
  id: r.id, actionId: r.action_id, date: r.date, text: r.text, percent: r.percent, reportedBy: r.reported_by, illustrative: toBool(r.illustrative),
});

const ACTIVE = ['open', 'in_progress'];

/**
 * Actions across meetings, filtered and sorted in SQL (indexes on status/due date and owners), one
 * page at a time, so the list stays quick with 100,000 of them.
 */
export async function queryActions(db: Kysely<DB>, q: ActionQuery, today: string): Promise<{ total: number; rows: ActionRow[] }> {
  let base = db.selectFrom('action_items as a')
    .innerJoin('agenda_items as i', 'i.id', 'a.agenda_item_id')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id');
  if (q.organisationId) {
    const org = q.organisationId;
    base = base.where((eb) => eb.exists(eb.selectFrom('action_owners as o').select('o.action_id').whereRef('o.action_id', '=', 'a.id').where('o.organisation_id', '=', org)));
  }
  if (q.statuses?.length) base = base.where('a.status', 'in', q.statuses);
  if (q.overdue) base = base.where('a.status', 'in', ACTIVE).where('a.due_date', '<', today);
  if (q.dueFrom) base = base.where('a.due_date', '>=', q.dueFrom);
  if (q.dueTo) base = base.where('a.due_date', '<=', q.dueTo);
  if (q.meetingId) base = base.where('m.id', '=', q.meetingId);
  if (q.policyId) {
    const policy = q.policyId;
    base = base.where((eb) => eb.exists(eb.selectFrom('agenda_item_policies as p').select('p.policy_id').whereRef('p.agenda_item_id', '=', 'a.agenda_item_id').where('p.policy_id', '=', policy)));
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();

  const dir = q.direction;
  let page = base.selectAll('a').select(['m.id as meeting_id', 'm.number as meeting_no', 'm.year_be', 'i.subject']);
  if (q.sort === 'due') page = page.orderBy((eb) => eb.fn('coalesce', ['a.due_date', eb.val('9999-12-31')]), dir);
  if (q.sort === 'meeting') page = page.orderBy('m.year_be', dir).orderBy('m.number', dir);
  if (q.sort === 'status') page = page.orderBy('a.status', dir);
  if (q.sort === 'created') page = page.orderBy('a.created_at', dir);
  const rows = await page.orderBy('a.id').limit(q.limit).offset(q.offset).execute();

  const items = await withOwners(db, rows);
  const refs = await itemRefs(db, rows.map((r) => r.agenda_item_id));
  const latest = rows.length
    ? await db.selectFrom('progress_updates').selectAll().where('action_id', 'in', rows.map((r) => r.id)).orderBy('date', 'desc').orderBy('created_at', 'desc').execute()
    : [];
  return {
    total: Number(total),
    rows: rows.map((r, index) => {
      const progress = latest.find((p) => p.action_id === r.id);
      return {
        ...items[index],
        meetingId: r.meeting_id,
        meetingNumber: formatMeetingNumber(r.meeting_no, r.year_be),
        itemSubject: r.subject,
        itemNumber: refs.get(r.agenda_item_id)?.itemNumber ?? '',
        overdue: ACTIVE.includes(r.status) && r.due_date !== null && r.due_date < today,
        lastProgress: progress ? toProgress(progress) : null,
      };
    }),
  };
}
