import { CompiledQuery, type Kysely, sql } from 'kysely';
import { LekhaError } from '../../shared/errors';
import type { PolicyDetail, PolicySummary, StageTemplate } from '../../shared/schemas/policies';
import { dialect } from '../db/dialect';
import { type Engine, engineOf } from '../db/engine';
import type { DB } from '../db/types';
import { itemRefs } from './item-refs';
import { versionOf } from '../db/versioned';

export async function listStageTemplates(db: Kysely<DB>): Promise<StageTemplate[]> {
  const templates = await db.selectFrom('stage_templates').selectAll().orderBy('kind').execute();
  const stages = await db.selectFrom('template_stages').selectAll().orderBy('position').execute();
  return templates.map((t) => ({
    id: t.id, version: versionOf(t), kind: t.kind as StageTemplate['kind'], nameTh: t.name_th, nameEn: t.name_en,
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
  return q.orderBy('policies.title_th');
}

const toSummary = (r: Awaited<ReturnType<ReturnType<typeof policyRows>['execute']>>[number]): PolicySummary => ({
  id: r.id, kind: r.kind as PolicySummary['kind'], titleTh: r.title_th, shortTitle: r.short_title, ownerOrgId: r.owner_org_id,
  templateId: r.template_id, currentStageId: r.current_stage_id, currentStage: r.stage_name, updatedAt: r.updated_at,
  lastMovedOn: r.last_moved ?? null,
});

export async function listPolicies(db: Kysely<DB>, kind?: string, id?: string): Promise<PolicySummary[]> {
  return (await policyRows(db, kind, id).execute()).map(toSummary);
}

/**
 * Everything a policy's page shows besides the policy, read in the policy's own statement: each kind of
 * related row as a JSON array of arrays, found by the policy through its index (migration 0045) and
 * ordered in SQL (ties in the order written). Two statements in all (this and the item references)
 * instead of eight. The id is bound in each, not taken from the outer row: on a small table SQLite
 * would rather scan it than follow a correlated reference.
 */
// Undated milestones first, as SQLite sorts a null (PostgreSQL would put it last): said in the ORDER BY.
const related = (db: Kysely<DB>, id: string) => {
  const { jsonArray: row, jsonGroupArray: rows } = dialect(db);
  const r = sql.raw;
  return {
    history: sql<string>`(select ${rows(row(r('h.id'), r('h.stage_id'), r('t.name_th'), r('h.date'), r('h.note'), r('h.agenda_item_id')), r('h.date, h.created_at, h.rowid'))}
      from policy_stage_history h join template_stages t on t.id = h.stage_id where h.policy_id = ${id})`,
    questions: sql<string>`(select ${rows(row(r('q.id'), r('q.question'), r('q.status'), r('q.resolution'), r('q.version')), r('q.created_at, q.rowid'))}
      from policy_questions q where q.policy_id = ${id})`,
    positions: sql<string>`(select ${rows(row(r('x.question_id'), r('x.id'), r('x.stakeholder'), r('x.organisation_id'), r('x.position'), r('x.status'), r('x.version')), r('x.rowid'))}
      from policy_questions q join policy_positions x on x.question_id = q.id where q.policy_id = ${id})`,
    milestones: sql<string>`(select ${rows(row(r('m.id'), r('m.title'), r('m.start_date'), r('m.end_date'), r('m.status'), r('m.version')), r('m.start_date is null desc, m.start_date, m.rowid'))}
      from policy_milestones m where m.policy_id = ${id})`,
    indicators: sql<string>`(select ${rows(row(r('i.id'), r('i.name'), r('i.unit')), r('i.created_at, i.rowid'))} from indicators i where i.policy_id = ${id})`,
    values: sql<string>`(select ${rows(row(r('v.indicator_id'), r('v.id'), r('v.as_of'), r('v.value'), r('v.source'), r('v.agenda_item_id'), r('v.illustrative'), r('v.version')), r('v.as_of, v.rowid'))}
      from indicators i join indicator_values v on v.indicator_id = i.id where i.policy_id = ${id})`,
    linked: sql<string>`(select ${rows(r('l.agenda_item_id'))} from agenda_item_policies l where l.policy_id = ${id})`,
  };
};

type Json<T> = T[];
type Position = PolicyDetail['questions'][number]['positions'][number];

const detailQuery = (db: Kysely<DB>, id: string) =>
  policyRows(db, undefined, id).select(Object.entries(related(db, id)).map(([name, expression]) => expression.as(name)));
type DetailRow = Awaited<ReturnType<ReturnType<typeof detailQuery>['executeTakeFirst']>> & object;

/**
 * The detail's statement text per engine, built once: building and compiling its eight parts cost more
 * than running it (0.3 of 0.6 ms on the 20-year set, issue 11). Every parameter is the policy's id.
 */
const detailSql = new Map<Engine, { sql: string; params: number }>();

async function detailRow(db: Kysely<DB>, id: string): Promise<DetailRow | undefined> {
  const engine = engineOf(db);
  let text = detailSql.get(engine);
  if (!text) {
    const compiled = detailQuery(db, id).compile();
    if (compiled.parameters.some((p) => p !== id)) throw new Error('policy detail: a parameter other than the id');
    text = { sql: compiled.sql, params: compiled.parameters.length };
    detailSql.set(engine, text);
  }
  const { rows } = await db.executeQuery<DetailRow>(CompiledQuery.raw(text.sql, Array(text.params).fill(id)));
  return rows[0];
}

/** A policy with its timeline, open questions and positions, milestones, indicators and agenda items. */
export async function readPolicy(db: Kysely<DB>, id: string): Promise<PolicyDetail> {
  const row = await detailRow(db, id);
  if (!row) throw new LekhaError('NOT_FOUND', 'ไม่พบนโยบายหรือร่างกฎหมายนี้', 'id');
  const parse = <T>(name: keyof ReturnType<typeof related>) => JSON.parse((row as unknown as Record<string, string>)[name]) as Json<T>;
  const history = parse<[string, string, string, string, string, string | null]>('history');
  const questions = parse<[string, string, 'open' | 'resolved', string, number]>('questions');
  const positions = parse<[string, string, string, string | null, string, Position['status'], number]>('positions');
  const milestones = parse<[string, string, string | null, string | null, PolicyDetail['milestones'][number]['status'], number]>('milestones');
  const indicators = parse<[string, string, string]>('indicators');
  const values = parse<[string, string, string, number, string, string | null, number, number]>('values');
  const linked = parse<string>('linked');
  const refs = await itemRefs(db, [...linked, ...history.map((h) => h[5]), ...values.map((v) => v[5])].filter((x): x is string => x !== null));
  const ref = (itemId: string | null) => (itemId ? (refs.get(itemId) ?? null) : null);
  return {
    ...toSummary(row),
    version: versionOf(row),
    description: row.description,
    history: history.map(([hid, stageId, stage, date, note, itemId]) => ({ id: hid, stageId, stage, date, note, decidedAt: ref(itemId) })),
    questions: questions.map(([qid, question, status, resolution, qversion]) => ({
      id: qid, version: qversion, question, status, resolution,
      positions: positions.filter((p) => p[0] === qid).map(([, pid, stakeholder, organisationId, position, pstatus, pversion]) => ({
        id: pid, version: pversion, stakeholder, organisationId, position, status: pstatus,
      })),
    })),
    milestones: milestones.map(([mid, title, startDate, endDate, status, mversion]) => ({ id: mid, version: mversion, title, startDate, endDate, status })),
    indicators: indicators.map(([iid, name, unit]) => ({
      id: iid, name, unit,
      values: values.filter((v) => v[0] === iid).map(([, vid, asOf, value, source, itemId, illustrative, vversion]) => ({
        id: vid, version: vversion, asOf, value, source, illustrative: illustrative === 1, decidedAt: ref(itemId),
      })),
    })),
    agendaItems: linked.map((l) => refs.get(l)!).filter(Boolean)
      .sort((a, b) => (a.meetingDate ?? '').localeCompare(b.meetingDate ?? '') || a.itemNumber.localeCompare(b.itemNumber)),
  };
}
