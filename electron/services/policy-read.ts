import type { Kysely } from 'kysely';
import { LekhaError } from '../../shared/errors';
import type { PolicyDetail, PolicySummary, StageTemplate } from '../../shared/schemas/policies';
import type { DB } from '../db/types';
import { itemRefs } from './item-refs';
import { toBool } from './write';

export async function listStageTemplates(db: Kysely<DB>): Promise<StageTemplate[]> {
  const templates = await db.selectFrom('stage_templates').selectAll().orderBy('kind').execute();
  const stages = await db.selectFrom('template_stages').selectAll().orderBy('position').execute();
  return templates.map((t) => ({
    id: t.id, kind: t.kind as StageTemplate['kind'], nameTh: t.name_th, nameEn: t.name_en,
    stages: stages.filter((s) => s.template_id === t.id).map((s) => ({
      id: s.id, position: s.position, nameTh: s.name_th, nameEn: s.name_en, terminal: s.terminal as StageTemplate['stages'][number]['terminal'],
    })),
  }));
}

/** The policies (of one kind, or the one asked), each with its stage's name and its last move. */
function policyRows(db: Kysely<DB>, kind?: string, id?: string) {
  // Each policy's last move from `policy_stage_history_policy` (policy_id, date): one index seek each.
  let q = db.selectFrom('policies').leftJoin('template_stages', 'template_stages.id', 'policies.current_stage_id')
    .selectAll('policies').select('template_stages.name_th as stage_name')
    .select((eb) => eb.selectFrom('policy_stage_history').select((h) => h.fn.max('date').as('last')).whereRef('policy_stage_history.policy_id', '=', 'policies.id').as('last_moved'));
  if (kind) q = q.where('policies.kind', '=', kind);
  if (id) q = q.where('policies.id', '=', id);
  return q.orderBy('policies.title_th').execute();
}

const toSummary = (r: Awaited<ReturnType<typeof policyRows>>[number]): PolicySummary => ({
  id: r.id, kind: r.kind as PolicySummary['kind'], titleTh: r.title_th, shortTitle: r.short_title, ownerOrgId: r.owner_org_id,
  templateId: r.template_id, currentStageId: r.current_stage_id, currentStage: r.stage_name, updatedAt: r.updated_at,
  lastMovedOn: r.last_moved ?? null,
});

export async function listPolicies(db: Kysely<DB>, kind?: string, id?: string): Promise<PolicySummary[]> {
  return (await policyRows(db, kind, id)).map(toSummary);
}

/** A policy with its timeline, open questions and positions, milestones, indicators and agenda items. */
export async function readPolicy(db: Kysely<DB>, id: string): Promise<PolicyDetail> {
  const [row] = await policyRows(db, undefined, id);
  if (!row) throw new LekhaError('NOT_FOUND', 'ไม่พบนโยบายหรือร่างกฎหมายนี้', 'id');
  const summary = toSummary(row);
  const history = await db.selectFrom('policy_stage_history').innerJoin('template_stages', 'template_stages.id', 'policy_stage_history.stage_id')
    .selectAll('policy_stage_history').select('template_stages.name_th as stage').where('policy_id', '=', id)
    .orderBy('date').orderBy('created_at').execute();
  const questions = await db.selectFrom('policy_questions').selectAll().where('policy_id', '=', id).orderBy('created_at').execute();
  const positions = questions.length
    ? await db.selectFrom('policy_positions').selectAll().where('question_id', 'in', questions.map((q) => q.id)).execute() : [];
  const milestones = await db.selectFrom('policy_milestones').selectAll().where('policy_id', '=', id).orderBy('start_date').execute();
  const indicators = await db.selectFrom('indicators').selectAll().where('policy_id', '=', id).orderBy('created_at').execute();
  const values = indicators.length
    ? await db.selectFrom('indicator_values').selectAll().where('indicator_id', 'in', indicators.map((i) => i.id)).orderBy('as_of').execute() : [];
  const linked = await db.selectFrom('agenda_item_policies').select('agenda_item_id').where('policy_id', '=', id).execute();
  const refs = await itemRefs(db, [
    ...linked.map((l) => l.agenda_item_id),
    ...history.map((h) => h.agenda_item_id).filter((x): x is string => x !== null),
    ...values.map((v) => v.agenda_item_id).filter((x): x is string => x !== null),
  ]);
  const ref = (itemId: string | null) => (itemId ? (refs.get(itemId) ?? null) : null);
  return {
    ...summary,
    description: row.description,
    history: history.map((h) => ({ id: h.id, stageId: h.stage_id, stage: h.stage, date: h.date, note: h.note, decidedAt: ref(h.agenda_item_id) })),
    questions: questions.map((q) => ({
      id: q.id, question: q.question, status: q.status as 'open' | 'resolved', resolution: q.resolution,
      positions: positions.filter((p) => p.question_id === q.id).map((p) => ({
        id: p.id, stakeholder: p.stakeholder, organisationId: p.organisation_id, position: p.position,
        status: p.status as PolicyDetail['questions'][number]['positions'][number]['status'],
      })),
    })),
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, startDate: m.start_date, endDate: m.end_date, status: m.status as 'planned' })),
    indicators: indicators.map((i) => ({
      id: i.id, name: i.name, unit: i.unit,
      values: values.filter((v) => v.indicator_id === i.id).map((v) => ({
        id: v.id, asOf: v.as_of, value: v.value, source: v.source, illustrative: toBool(v.illustrative), decidedAt: ref(v.agenda_item_id),
      })),
    })),
    agendaItems: linked.map((l) => refs.get(l.agenda_item_id)!).filter(Boolean)
      .sort((a, b) => (a.meetingDate ?? '').localeCompare(b.meetingDate ?? '') || a.itemNumber.localeCompare(b.itemNumber)),
  };
}
