import { formatAgendaNumber } from '../../../shared/numbering';
import { planAction } from './actions';
import { discussions, proposals, type ResolutionKind, resolutions } from './phrases';
import type { Act, Row } from './sink';
import type { ActionState, ItemState, MeetingState, SectionState } from './state';
import { directiveText, fill, thaiList, type Topic } from './text';
import type { Org, World } from './world';

export interface ItemSpec {
  subject: string;
  summary: string;
  presenter: Org | null;
  topic: Topic | null;
  /** Directives to record at the meeting. */
  actions: number;
  resolution?: { text: string; kind: ResolutionKind };
  continues?: ItemState;
  root?: string;
  policyIds?: string[];
  /** True or false to decide; left out, the section's habits decide. */
  carry?: boolean;
  secrecy?: string;
}

const kindsBySection: Record<string, Partial<Record<ResolutionKind, number>>> = {
  announcements: { noted: 90, assigned: 10 },
  continuing: { noted: 55, assigned: 45 },
  consideration: { approved: 35, approved_in_principle: 25, assigned: 25, deferred: 10, rejected: 5 },
  information: { noted: 70, assigned: 30 },
  other: { noted: 60, assigned: 40 },
  custom: { approved: 70, noted: 30 },
};

/**
 * Who leads a directive: the agency named in real text, else the presenter when it is one of the
 * series' own, else the ministry's own office (which follows up what others presented), sometimes
 * another agency of the day.
 */
function leadFor(world: World, item: ItemState, presenter: Org | null, named: string | null): Org {
  const cabinet = item.meeting.series.plan.key === 'cabinet';
  const pool = cabinet ? world.byKind('ministry') : world.agencies(item.meeting.date);
  const own = world.org(named) ?? (presenter && (cabinet || pool.includes(presenter)) ? presenter : null);
  if (own && world.rng.chance(0.85)) return own;
  return cabinet ? world.rng.pick(pool) : world.rng.chance(0.35) ? world.org('สป.ดศ.')! : world.rng.pick(pool);
}

function supportFor(world: World, item: ItemState, lead: Org, named: string[] = []): Org[] {
  const real = named.map((a) => world.org(a)).filter((o): o is Org => o !== undefined);
  if (real.length || named.length) return real;
  const cabinet = item.meeting.series.plan.key === 'cabinet';
  const pool = (cabinet ? world.byKind('central_agency') : world.agencies(item.meeting.date)).filter((o) => o !== lead);
  return world.rng.sample(pool, Number(world.rng.weighted({ 0: 35, 1: 40, 2: 20, 3: 5 })));
}

/**
 * `agenda.create` before the meeting (the audit entry now, the row when the meeting is written), with
 * what the meeting will decide: its resolution, the officer's notes of the discussion, whether it goes on
 * to the next meeting, and the directives recorded under it.
 */
export function addItem(world: World, m: MeetingState, section: SectionState, parent: ItemState | null, spec: ItemSpec, act: Act): ItemState {
  const { rng } = world;
  const siblings = m.items.filter((i) => i.section === section && (i.row.parent_id ?? null) === (parent?.id ?? null)).length;
  const position = siblings + 1;
  const path = parent ? [...parent.number.split('.').slice(1).map(Number), position] : [position];
  const cabinet = m.series.plan.key === 'cabinet';
  const kind = spec.resolution?.kind ?? rng.weighted(kindsBySection[section.plan.kind] as Record<ResolutionKind, number>);
  const item: ItemState = {
    id: rng.uuid(), row: {}, meeting: m, section, number: formatAgendaNumber(section.position, path), root: spec.root ?? spec.subject,
    carry: false, continuedBy: null, depth: spec.continues ? spec.continues.depth + 1 : 0, actions: [], policyIds: spec.policyIds ?? [], topic: spec.topic, decided: {},
  };
  const lead = spec.presenter?.name ?? 'หน่วยงานที่เกี่ยวข้อง';
  const heldAt = String(m.row.updated_at);
  const count = kind === 'noted' ? Math.round(spec.actions * 0.3) : kind === 'deferred' || kind === 'rejected' ? Math.min(1, spec.actions) : spec.actions;
  const real = [...(spec.topic?.directives ?? [])];
  for (let k = 0; k < count; k++) {
    const source = real.shift();
    const leadOrg = leadFor(world, item, spec.presenter, source?.lead ?? null);
    const support = supportFor(world, item, leadOrg, source?.support);
    const followUp = !cabinet && rng.chance(0.25);
    const text = (due: string | null) => source?.text ?? directiveText(rng, {
      subject: spec.topic?.subject ?? item.root, lead: leadOrg.name, support: thaiList(support.map((o) => o.name)) || 'หน่วยงานที่เกี่ยวข้อง', due, followUp, cabinet,
    });
    item.actions.push(planAction(world, item, { text, kind: followUp ? 'follow_up' : 'directive', lead: leadOrg, support, position: k + 1 }, heldAt));
  }
  const nextDate = m.next?.date ?? '9999-12-31';
  const open = item.actions.some((a) => a.closes === null || a.closes > nextDate);
  item.carry = spec.carry ?? (kind === 'deferred' || (open && ['consideration', 'continuing'].includes(section.plan.kind) && rng.chance(0.3)));
  item.decided = {
    resolution: spec.resolution?.text ?? fill(rng.pick(resolutions[kind]), { lead }),
    resolution_kind: kind,
    discussion: !cabinet && m.series.plan.recordingStyle === 'summary' && section.plan.kind === 'consideration' && rng.chance(0.35)
      ? fill(rng.pick(discussions), { lead, support: rng.pick(world.agencies(m.date)).name }) : '',
    carry_forward: item.carry ? 1 : 0,
  };
  item.row = {
    id: item.id, meeting_id: m.id, section_id: section.id, parent_id: parent?.id ?? null, position, subject: spec.subject,
    presenter_org_id: spec.presenter?.id ?? null, presenter_person_id: null, summary: spec.summary,
    proposal: section.plan.kind === 'consideration' ? rng.pick(proposals) : '', discussion: '', resolution: '', resolution_kind: null,
    secrecy: spec.secrecy ?? 'none', continues_item_id: spec.continues?.id ?? null, carry_forward: 0, created_at: act.at, updated_at: act.at,
  };
  world.sink.logCreate('agenda_items', item.row, act);
  item.row = { ...item.row, ...item.decided, updated_at: heldAt };
  if (spec.continues) spec.continues.continuedBy = item;
  m.items.push(item);
  return item;
}

/** An action open on `date`: recorded by then and not yet closed. */
export const openOn = (a: ActionState, date: string): boolean => String(a.row.created_at).slice(0, 10) <= date && (a.closes === null || a.closes > date);

/** The row as `agenda.create` wrote it, for the update the meeting makes. */
export function asCreated(item: ItemState): Row {
  return { ...item.row, resolution: '', resolution_kind: null, discussion: '', carry_forward: 0, updated_at: item.row.created_at };
}
