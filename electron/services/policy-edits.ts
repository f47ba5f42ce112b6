import { LekhaError } from '../../shared/errors';
import type { HandlerSlice, ServiceContext } from './context';
import { onPolicy, policyOf } from './policy-write';
import type { Writer } from './write';

type Owned = 'policy_milestones' | 'policy_positions' | 'indicator_values';

const edit = (ctx: ServiceContext, table: Owned, id: string, fn: (w: Writer) => Promise<void>) =>
  onPolicy(ctx, async (w) => {
    const owner = await policyOf(w, table, id);
    await fn(w);
    return owner;
  });

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
