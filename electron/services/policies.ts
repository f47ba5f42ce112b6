import { LekhaError } from '../../shared/errors';
import { type HandlerSlice, newId } from './context';
import { listPolicies, listStageTemplates, readPolicy } from './policy-read';
import { fromBool, type Writer } from './write';
import { onPolicy, policyOf } from './policy-write';

type PolicyMethods =
  | 'stageTemplates.list' | 'policies.list' | 'policies.get' | 'policies.create' | 'policies.update' | 'policies.moveStage'
  | 'policies.linkItem' | 'policies.addQuestion' | 'policies.updateQuestion' | 'policies.addPosition' | 'policies.addMilestone'
  | 'policies.addIndicator' | 'policies.addIndicatorValue';

async function requireItem(w: Writer, agendaItemId: string | null) {
  if (agendaItemId && !(await w.get('agenda_items', agendaItemId))) {
    throw new LekhaError('NOT_FOUND', 'ไม่พบระเบียบวาระที่อ้างถึง', 'agendaItemId');
  }
}

/** Policies followed across meetings: a bill, an emergency decree, a programme or project (issue 5). */
export const policyHandlers: HandlerSlice<PolicyMethods> = {
  'stageTemplates.list': async (_a, { db }) => listStageTemplates(db),
  'policies.list': async ({ kind }, { db }) => listPolicies(db, kind),
  'policies.get': async ({ id }, { db }) => readPolicy(db, id),

  'policies.create': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      const templates = await listStageTemplates(w.trx);
      const template = a.templateId ? templates.find((t) => t.id === a.templateId) : templates.find((t) => t.kind === a.kind);
      if (!template) throw new LekhaError('NOT_FOUND', 'ไม่พบแม่แบบขั้นตอนที่เลือก', 'templateId');
      const stage = a.stageId ? template.stages.find((s) => s.id === a.stageId) : template.stages[0];
      if (!stage) throw new LekhaError('INVALID', 'ขั้นตอนนี้ไม่อยู่ในแม่แบบที่เลือก', 'stageId');
      const id = newId();
      await w.insert('policies', {
        id, kind: a.kind, title_th: a.titleTh, short_title: a.shortTitle, description: a.description, owner_org_id: a.ownerOrgId,
        template_id: template.id, current_stage_id: stage.id, created_at: w.at, updated_at: w.at,
      });
      await requireItem(w, a.stageAgendaItemId);
      await w.insert('policy_stage_history', {
        id: newId(), policy_id: id, stage_id: stage.id, date: a.stageDate ?? w.at.slice(0, 10), note: a.stageNote,
        agenda_item_id: a.stageAgendaItemId, created_at: w.at,
      });
      if (a.stageAgendaItemId) await link(w, id, a.stageAgendaItemId, true);
      return id;
    }),

  'policies.update': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      await w.update('policies', a.id, { title_th: a.titleTh, short_title: a.shortTitle, description: a.description, owner_org_id: a.ownerOrgId });
      return a.id;
    }),

  /** A stage of the policy's own template, with the date, a note and the agenda item that decided it. */
  'policies.moveStage': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      const policy = await w.get('policies', a.policyId);
      if (!policy) throw new LekhaError('NOT_FOUND', 'ไม่พบนโยบายหรือร่างกฎหมายนี้', 'policyId');
      const stage = await w.get('template_stages', a.stageId);
      if (!stage || stage.template_id !== policy.template_id) throw new LekhaError('INVALID', 'ขั้นตอนนี้ไม่อยู่ในแม่แบบขั้นตอนของเรื่องนี้', 'stageId');
      await requireItem(w, a.agendaItemId);
      await w.insert('policy_stage_history', {
        id: newId(), policy_id: a.policyId, stage_id: a.stageId, date: a.date, note: a.note, agenda_item_id: a.agendaItemId, created_at: w.at,
      });
      const latest = await w.trx.selectFrom('policy_stage_history').select('stage_id').where('policy_id', '=', a.policyId)
        .orderBy('date', 'desc').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
      await w.update('policies', a.policyId, { current_stage_id: latest.stage_id });
      if (a.agendaItemId) await link(w, a.policyId, a.agendaItemId, true);
      return a.policyId;
    }),

  'policies.linkItem': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      await requireItem(w, a.agendaItemId);
      await link(w, a.policyId, a.agendaItemId, a.linked);
      return a.policyId;
    }),

  'policies.addQuestion': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      await w.insert('policy_questions', { id: newId(), policy_id: a.policyId, question: a.question, status: 'open', resolution: '', created_at: w.at });
      return a.policyId;
    }),

  'policies.updateQuestion': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      await w.update('policy_questions', a.id, { question: a.question, status: a.status, resolution: a.resolution });
      return policyOf(w, 'policy_questions', a.id, 'id');
    }),

  'policies.addPosition': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      const policyId = await policyOf(w, 'policy_questions', a.questionId, 'questionId');
      await w.insert('policy_positions', {
        id: newId(), question_id: a.questionId, stakeholder: a.stakeholder, organisation_id: a.organisationId, position: a.position, status: a.status,
      });
      return policyId;
    }),

  'policies.addMilestone': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      await w.insert('policy_milestones', {
        id: newId(), policy_id: a.policyId, title: a.title, start_date: a.startDate, end_date: a.endDate, status: a.status, created_at: w.at,
      });
      return a.policyId;
    }),

  'policies.addIndicator': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      await w.insert('indicators', { id: newId(), policy_id: a.policyId, name: a.name, unit: a.unit, created_at: w.at });
      return a.policyId;
    }),

  'policies.addIndicatorValue': (a, ctx) =>
    onPolicy(ctx, async (w) => {
      const policyId = await policyOf(w, 'indicators', a.indicatorId, 'indicatorId');
      await requireItem(w, a.agendaItemId);
      await w.insert('indicator_values', {
        id: newId(), indicator_id: a.indicatorId, as_of: a.asOf, value: a.value, source: a.source, agenda_item_id: a.agendaItemId,
        illustrative: fromBool(a.illustrative),
      });
      return policyId;
    }),
};

async function link(w: Writer, policyId: string, agendaItemId: string, linked: boolean) {
  const exists = await w.trx.selectFrom('agenda_item_policies').select('policy_id').where('policy_id', '=', policyId).where('agenda_item_id', '=', agendaItemId).executeTakeFirst();
  if (linked && !exists) await w.trx.insertInto('agenda_item_policies').values({ policy_id: policyId, agenda_item_id: agendaItemId }).execute();
  if (!linked && exists) await w.trx.deleteFrom('agenda_item_policies').where('policy_id', '=', policyId).where('agenda_item_id', '=', agendaItemId).execute();
  if (linked !== Boolean(exists)) {
    const item = (await w.get('agenda_items', agendaItemId))!;
    await w.log('agenda_item_policies', `${agendaItemId}:${policyId}`, linked ? 'create' : 'delete', linked ? null : { agendaItemId, policyId }, linked ? { agendaItemId, policyId } : null, item.meeting_id);
  }
}
