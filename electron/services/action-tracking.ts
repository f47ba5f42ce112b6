import { LekhaError } from '../../shared/errors';
import { localIsoDate } from '../../shared/local-time';
import { queryActions, toProgress } from './action-list';
import { assertOwnDirective, trackerAgency } from './auth/agency';
import { type HandlerSlice, newId } from './context';
import { fromBool, write } from './write';

/**
 * Following actions up after the meeting: the list and progress reports (bulk status changes: action-bulk.ts).
 * An agency reporter sees and reports on its own agency's directives only (auth/agency.ts).
 */
export const actionTrackingHandlers: HandlerSlice<'actions.list' | 'actions.progress' | 'actions.addProgress'> = {
  'actions.list': async (q, ctx) => queryActions(ctx.db, { ...q, organisationId: await trackerAgency(ctx, q.organisationId) }, q.today ?? localIsoDate(ctx.now())),

  'actions.progress': async ({ actionId }, ctx) => {
    await assertOwnDirective(ctx, ctx.db, actionId);
    return (await ctx.db.selectFrom('progress_updates').selectAll().where('action_id', '=', actionId).orderBy('date').orderBy('created_at').execute()).map(toProgress);
  },

  'actions.addProgress': async (a, ctx) => {
    await write(ctx, async (w) => {
      const action = await w.get('action_items', a.actionId);
      if (!action) throw new LekhaError('NOT_FOUND', 'ไม่พบรายการดำเนินการนี้ อาจถูกลบไปแล้ว', 'actionId');
      await assertOwnDirective(ctx, w.trx, a.actionId);
      const item = (await w.get('agenda_items', action.agenda_item_id))!;
      await w.insert('progress_updates', {
        id: newId(), action_id: a.actionId, date: a.date, text: a.text, percent: a.percent, reported_by: a.reportedBy || w.actor,
        illustrative: fromBool(a.illustrative), created_at: w.at,
      }, item.meeting_id);
      // Reporting progress on an open action means work has started.
      if (action.status === 'open') await w.update('action_items', a.actionId, { status: a.percent === 100 ? 'done' : 'in_progress' }, item.meeting_id);
    });
    return actionTrackingHandlers['actions.progress']({ actionId: a.actionId }, ctx);
  },

};
