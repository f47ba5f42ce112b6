import type Database from 'better-sqlite3';
import { formatMeetingNumber } from '../../../shared/numbering';
import { addDays } from './calendar';
import type { ItemSpec } from './items';
import { indicatorNames, type PolicySeed, policySeeds, questions, stakeholders } from './policy-seeds';
import { Act, type Row } from './sink';
import type { MeetingState } from './state';
import type { Org, World } from './world';

interface Stage { id: string; position: number; name: string }
interface Tracked {
  id: string; seed: PolicySeed; title: string; owner: Org; templateId: string; stages: Stage[];
  /** Stage positions it will pass through, and where it is now. */
  path: number[]; step: number; due: string; row: Row | null; indicators: { id: string; unit: string }[];
}
interface Planned { policy: Tracked; isNew: boolean }

/** The stages a Cabinet-style meeting decides (approval in principle, final approval, a decree); the ministry's meetings hear the rest. */
const cabinetStage = (p: Tracked, position: number) => (p.seed.kind === 'bill' && (position === 3 || position === 5)) || (p.seed.kind === 'emergency_decree' && position === 2);

/**
 * Policies followed through the years: a bill, decree or programme is proposed at a ministry
 * executives' meeting (`policies.create` with that item), then each stage is reported at a later
 * meeting (`policies.moveStage` with its item): the Cabinet-style series for the Cabinet's stages,
 * the executives for the others. Some lapse, are withdrawn or cancelled on the way.
 */
export class PolicyDesk {
  private readonly templates = new Map<string, { id: string; stages: Stage[] }>();
  private readonly active: Tracked[] = [];
  private readonly editions = new Map<PolicySeed, number>();
  private readonly planned = new Map<MeetingState, Planned[]>();

  constructor(private readonly world: World, db: Database.Database) {
    const stages = db.prepare('select id, template_id, position, name_th from template_stages order by position').all() as Record<string, string & number>[];
    for (const t of db.prepare('select id, kind from stage_templates order by rowid').all() as { id: string; kind: string }[]) {
      if (!this.templates.has(t.kind)) this.templates.set(t.kind, { id: t.id, stages: stages.filter((s) => s.template_id === t.id).map((s) => ({ id: s.id, position: s.position, name: s.name_th })) });
    }
  }

  private path(kind: PolicySeed['kind']): number[] {
    const { rng } = this.world;
    if (kind === 'bill') {
      if (rng.chance(0.06)) return rng.chance(0.5) ? [1, 2, 13] : [1, 2, 3, 4, 13];
      if (rng.chance(0.12)) return [1, 2, 3, 4, 5, 6, 12];
      return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ...(rng.chance(0.5) ? [11] : [])];
    }
    if (kind === 'emergency_decree') return rng.chance(0.1) ? [1, 2, 3, 4, 5, 7] : [1, 2, 3, 4, 5, 6];
    return rng.chance(0.08) ? [1, 2, 5] : [1, 2, 3, 4];
  }

  private gap(p: Tracked): number {
    const { rng } = this.world;
    if (p.seed.kind === 'emergency_decree' && p.step < 3) return rng.int(7, 45);
    return p.seed.kind === 'bill' ? rng.int(30, 240) : rng.int(60, 420);
  }

  private propose(m: MeetingState): Tracked {
    const { rng } = this.world;
    const seed = rng.pick(policySeeds);
    const edition = (this.editions.get(seed) ?? 0) + 1;
    this.editions.set(seed, edition);
    const again = edition === 1 ? '' : seed.kind === 'programme' || seed.kind === 'project' ? ` ระยะที่ ${edition}` : ` (ฉบับที่ ${edition})`;
    const title = seed.title.endsWith('พ.ศ. ....') && again ? seed.title.replace(' พ.ศ. ....', `${again} พ.ศ. ....`) : `${seed.title}${again}`;
    const template = this.templates.get(seed.kind)!;
    const owner = this.world.org(seed.owner) ?? this.world.org('สป.ดศ.')!;
    return { id: rng.uuid(), seed, title, owner, templateId: template.id, stages: template.stages, path: this.path(seed.kind), step: 0, due: m.date, row: null, indicators: [] };
  }

  /** The items a meeting should carry about policies, by section (kind, or heading for the series' own). */
  itemsFor(m: MeetingState): Map<string, ItemSpec[]> {
    const { rng } = this.world;
    const out = new Map<string, ItemSpec[]>();
    const add = (key: string, spec: ItemSpec) => out.set(key, [...(out.get(key) ?? []), spec]);
    const planned: Planned[] = [];
    const cabinet = m.series.plan.key === 'cabinet';
    if (!cabinet && m.series.plan.key !== 'exec') return out;
    const due = this.active.filter((p) => p.due <= m.date && cabinetStage(p, p.path[p.step + 1]) === cabinet && !this.isPlanned(p)).slice(0, 2);
    for (const p of due) {
      const stage = this.stage(p, p.path[p.step + 1]);
      planned.push({ policy: p, isNew: false });
      if (cabinet) {
        const ministry = this.world.org(p.owner.kind === 'ministry' ? p.owner.abbr : 'ดศ.') ?? p.owner;
        const text = stage.position === 3 ? `คณะรัฐมนตรีมีมติอนุมัติหลักการ${p.title} ตามที่${ministry.name}เสนอ และให้ส่งสำนักงานคณะกรรมการกฤษฎีกาตรวจพิจารณา แล้วดำเนินการต่อไปได้`
          : `คณะรัฐมนตรีมีมติอนุมัติ${p.title} ตามที่${ministry.name}เสนอ และให้ดำเนินการต่อไปได้`;
        add('กฎหมาย', { subject: p.title, summary: `${ministry.name}เสนอ${p.title} เพื่อ${p.seed.description}`, presenter: ministry, topic: null, actions: rng.int(0, 2), policyIds: [p.id], resolution: { text, kind: stage.position === 3 ? 'approved_in_principle' : 'approved' } });
      } else {
        add('information', { subject: `ความคืบหน้า${p.seed.short}: ${stage.name}`, summary: `${p.owner.name}รายงานความคืบหน้า${p.title} ขณะนี้อยู่ในขั้นตอน${stage.name}`, presenter: p.owner, topic: null, actions: rng.int(1, 4), policyIds: [p.id] });
      }
    }
    if (!cabinet && rng.chance(0.3)) {
      const p = this.propose(m);
      planned.push({ policy: p, isNew: true });
      add('consideration', { subject: p.title, summary: `${p.owner.name}เสนอ${p.title} เพื่อ${p.seed.description}`, presenter: p.owner, topic: null, actions: rng.int(3, 8), policyIds: [p.id], carry: false });
    }
    this.planned.set(m, planned);
    return out;
  }

  private isPlanned(p: Tracked): boolean {
    for (const list of this.planned.values()) if (list.some((x) => x.policy === p)) return true;
    return false;
  }

  private stage(p: Tracked, position: number): Stage {
    return p.stages.find((s) => s.position === position)!;
  }

  /** At the meeting: the policy created at its item, or moved to its next stage there. */
  recordMoves(m: MeetingState, meetingAct: Act): void {
    for (const { policy: p, isNew } of this.planned.get(m) ?? []) {
      const item = m.items.find((i) => i.policyIds.includes(p.id) && !i.row.continues_item_id);
      const act = new Act(meetingAct.next(60).at, meetingAct.actor);
      if (item) {
        if (isNew) this.create(p, m, item.id, act);
        else this.move(p, m, item.id, act);
      }
    }
    this.planned.delete(m);
  }

  private create(p: Tracked, m: MeetingState, itemId: string, act: Act): void {
    const { sink, rng } = this.world;
    p.row = sink.create('policies', {
      id: p.id, kind: p.seed.kind, title_th: p.title, short_title: p.seed.short, description: p.seed.description, owner_org_id: p.owner.id,
      template_id: p.templateId, current_stage_id: this.stage(p, 1).id, created_at: act.at, updated_at: act.at,
    }, act);
    this.history(p, m, itemId, 1, act);
    if (p.seed.kind === 'bill' || p.seed.kind === 'emergency_decree') {
      for (const question of rng.chance(0.35) ? rng.sample(questions, rng.int(1, 2)) : []) {
        const q = sink.create('policy_questions', { id: rng.uuid(), policy_id: p.id, question, status: 'open', resolution: '', created_at: act.next().at }, act);
        for (const who of rng.sample(stakeholders, rng.int(2, 3))) {
          sink.create('policy_positions', { id: rng.uuid(), question_id: q.id, stakeholder: who, organisation_id: null, position: '', status: rng.pick(['unknown', 'supports', 'opposes', 'conditional', 'undecided']) }, act.next());
        }
      }
    } else {
      let start = m.date;
      for (let k = 1; k <= rng.int(2, 4); k++) {
        const end = addDays(start, rng.int(60, 240));
        sink.create('policy_milestones', { id: rng.uuid(), policy_id: p.id, title: `ระยะที่ ${k}: ${k === 1 ? 'จัดทำแผนและกรอบงบประมาณ' : 'ดำเนินการและติดตามผล'}`, start_date: start, end_date: end, status: end < this.world.until ? 'done' : 'planned', created_at: act.next().at }, act);
        start = end;
      }
      for (const ind of rng.chance(0.6) ? rng.sample(indicatorNames, rng.int(1, 2)) : []) {
        p.indicators.push({ id: String(sink.create('indicators', { id: rng.uuid(), policy_id: p.id, name: ind.name, unit: ind.unit, created_at: act.next().at }, act).id), unit: ind.unit });
      }
    }
    this.active.push(p);
    this.schedule(p, m);
  }

  private move(p: Tracked, m: MeetingState, itemId: string, act: Act): void {
    const { sink, rng } = this.world;
    p.step += 1;
    const stage = this.stage(p, p.path[p.step]);
    this.history(p, m, itemId, stage.position, act);
    const after = { ...p.row!, current_stage_id: stage.id, updated_at: act.at };
    sink.run('update policies set current_stage_id = ?, updated_at = ? where id = ?', stage.id, act.at, p.id);
    sink.changed('policies', p.row!, after, ['current_stage_id'], act);
    p.row = after;
    for (const indicator of p.indicators) {
      const value = indicator.unit === 'ร้อยละ' ? Math.min(100, 15 * p.step + rng.int(0, 15)) : rng.int(20, 400) * p.step;
      sink.create('indicator_values', { id: rng.uuid(), indicator_id: indicator.id, as_of: m.date, value, source: p.owner.name, agenda_item_id: itemId, illustrative: 1 }, act.next());
    }
    this.schedule(p, m);
  }

  private history(p: Tracked, m: MeetingState, itemId: string, position: number, act: Act): void {
    const { sink, rng } = this.world;
    const note = `${m.series.plan.key === 'cabinet' ? 'มติคณะรัฐมนตรี' : 'รายงานต่อที่ประชุมผู้บริหาร'} ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}`;
    sink.create('policy_stage_history', { id: rng.uuid(), policy_id: p.id, stage_id: this.stage(p, position).id, date: m.date, note, agenda_item_id: itemId, created_at: act.at }, act);
    sink.insert('agenda_item_policies', { agenda_item_id: itemId, policy_id: p.id });
    sink.log(new Act(act.at, act.actor, m.id), 'agenda_item_policies', `${itemId}:${p.id}`, 'create', null, { agendaItemId: itemId, policyId: p.id });
  }

  private schedule(p: Tracked, m: MeetingState): void {
    if (p.step + 1 >= p.path.length) this.active.splice(this.active.indexOf(p), 1);
    else p.due = addDays(m.date, this.gap(p));
  }
}
