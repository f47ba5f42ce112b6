import { LekhaError } from '../../shared/errors';
import type { DB } from '../db/types';
import type { HandlerSlice, ServiceContext } from './context';
import { readPolicy } from './policy-read';
import { type Writer, write } from './write';

type Owned = 'policy_milestones' | 'policy_positions' | 'indicator_values';

/** The policy a milestone, position or indicator value belongs to. */
async function policyOf(w: Writer, table: Owned, id: string): Promise<string> {
  const row = await w.get(table, id);
  if (!row) throw new LekhaError('NOT_FOUND', 'ไม่พบรายการนี้ อาจถูกลบไปแล้ว', 'id');
  if (table === 'policy_milestones') return (row as DB['policy_milestones']).policy_id;
  const parent = table === 'policy_positions'
    ? await w.get('policy_questions', (row as DB['policy_positions']).question_id)
    : await w.get('indicators', (row as DB['indicator_values']).indicator_id);
  return parent!.policy_id;
}

async function edit(ctx: ServiceContext, table: Owned, id: string, fn: (w: Writer) => Promise<void>) {
  const policyId = await write(ctx, async (w) => {
    const owner = await policyOf(w, table, id);
    await fn(w);
    await w.trx.updateTable('policies').set({ updated_at: w.at }).where('id', '=', owner).execute();
    return owner;
  });
  return readPolicy(ctx.db, policyId);
}

/** Correcting what was recorded about a policy: milestones, stakeholders' positions, indicator values. */
export const policyEditHandlers: HandlerSlice<
  'policies.updateMilestone' | 'policies.removeMilestone' | 'policies.updatePosition' | 'policies.removePosition' | 'policies.removeIndicatorValue'
> = {
  'policies.updateMilestone': (a, ctx) =>
    edit(ctx, 'policy_milestones', a.id, async (w) => {
      const current = (await w.get('policy_milestones', a.id))!;
      const start = a.startDate === undefined ? current.start_date : a.startDate;
      const end = a.endDate === undefined ? current.end_date : a.endDate;
      if (start && end && start > end) throw new LekhaError('INVALID', 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม', 'endDate');
      await w.update('policy_milestones', a.id, { title: a.title, start_date: a.startDate, end_date: a.endDate, status: a.status });
    }),
  'policies.removeMilestone': ({ id }, ctx) => edit(ctx, 'policy_milestones', id, (w) => w.remove('policy_milestones', id)),
  'policies.updatePosition': (a, ctx) =>
    edit(ctx, 'policy_positions', a.id, async (w) => {
      await w.update('policy_positions', a.id, { stakeholder: a.stakeholder, organisation_id: a.organisationId, position: a.position, status: a.status });
    }),
  'policies.removePosition': ({ id }, ctx) => edit(ctx, 'policy_positions', id, (w) => w.remove('policy_positions', id)),
  'policies.removeIndicatorValue': ({ id }, ctx) => edit(ctx, 'indicator_values', id, (w) => w.remove('indicator_values', id)),
};
