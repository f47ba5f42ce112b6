import { formatMeetingNumber } from '../../../shared/numbering';
import { formatThaiDate, formatThaiDateShort } from '../../../shared/thai';
import { monthsBefore } from '../next-meeting';
import { writeAction } from './actions';
import { fillSection } from './agenda';
import { meetingMode, planAttendance } from './attendance';
import { addDays, instant } from './calendar';
import { addItem, asCreated, openOn } from './items';
import { certify, circulate } from './minutes';
import { syncMembers } from './series-setup';
import { Act } from './sink';
import type { MeetingState, SectionState } from './state';
import type { Topic } from './text';
import type { World } from './world';

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const DECIDED = ['resolution', 'resolution_kind', 'discussion', 'carry_forward'];

/** Section 3 as `prepareFromEarlier` writes it: what the last meeting marked, and some items with directives still open. */
function carryForward(world: World, m: MeetingState, section: SectionState, prepDate: string, act: Act): void {
  const { rng } = world;
  const prev = m.prev!;
  const from = monthsBefore(m.date, 12);
  const marked = prev.items.filter((i) => i.carry && !i.continuedBy);
  const pending = m.series.meetings.filter((x) => x.date >= from && x.date < m.date).flatMap((x) => x.items)
    .filter((i) => !i.continuedBy && !i.carry && i.section.plan.kind !== 'certification' && i.actions.some((a) => openOn(a, prepDate)));
  for (const source of [...marked, ...rng.sample(pending, rng.int(0, 2))]) {
    const open = source.actions.filter((a) => openOn(a, prepDate));
    const lines = open.map((a, i) => `${i + 1}) ${a.row.text}${a.row.due_date ? ` (กำหนดเสร็จ ${formatThaiDateShort(String(a.row.due_date))})` : ''}`);
    const summary = [`สืบเนื่องจากการประชุมครั้งที่ ${formatMeetingNumber(source.meeting.number, source.meeting.yearBe)} ระเบียบวาระที่ ${source.number}`,
      ...(lines.length ? ['รายการที่ยังดำเนินการอยู่:', ...lines] : [])].join('\n');
    const item = addItem(world, m, section, null, {
      subject: source.root, summary, presenter: world.orgById(source.row.presenter_org_id), topic: null, root: source.root, continues: source,
      actions: rng.int(section.plan.actions[0], section.plan.actions[1]), policyIds: source.policyIds, carry: source.depth >= 10 ? false : undefined,
    }, act);
    if (item.policyIds.length) {
      for (const policyId of item.policyIds) m.links.push({ agenda_item_id: item.id, policy_id: policyId });
      world.sink.log(act, 'agenda_item_policies', item.id, 'create', null, { policies: item.policyIds });
    }
  }
}

/** `meetings.create` a week before: the meeting, its members unconfirmed, sections 2 and 3 prepared; then `agenda.create` for the rest. */
export function prepareMeeting(world: World, m: MeetingState, at: string): void {
  const { rng, dir, sink } = world;
  const plan = m.series.plan;
  syncMembers(world, m.series, m.date, new Act(at, m.actor));
  const act = new Act(at, m.actor, m.id).next(60);
  const seat = (role: string) => m.series.seats.find((s) => s.role === role)!.post;
  const who = (person: ReturnType<typeof dir.holder>) => (person ? world.person(person, act) : null);
  m.row = {
    id: m.id, series_id: m.series.id, number: m.number, year_be: m.yearBe, date: m.date, start_time: hhmm(plan.hours[0]),
    end_time: hhmm(plan.hours[1] + rng.int(-6, 6) * 5), venue: rng.pick(plan.venues), ...meetingMode(world, m.date),
    chair_id: who(dir.holder(seat('chair'), m.date)), secretary_id: who(dir.holder(seat('member_secretary'), m.date)),
    minute_taker_id: who(dir.staff(0, m.date)), reviewer_id: who(dir.staff(1, m.date)), status: 'held', secrecy: 'none',
    illustrative_note: world.note, created_at: act.at, updated_at: instant(m.date, plan.hours[1] + rng.int(60, 240)),
  };
  sink.logCreate('meetings', m.row, act, { status: 'draft', updated_at: act.at });
  const { members, added } = planAttendance(world, m, act);
  for (const row of members) sink.logCreate('attendance', row, act, { presence: 'unconfirmed', absence_reason: null, absence_note: '' });
  m.members = members;
  m.added = added;
  m.absent = members.filter((r) => r.presence === 'absent').length;
  m.present = members.length - m.absent + added.filter((r) => r.role === 'substitute').length;

  const prepDate = at.slice(0, 10);
  const certification = m.series.sections.find((s) => s.plan.kind === 'certification');
  if (certification && m.prev) {
    const prev = m.prev;
    prev.minutes.amendment = rng.chance(0.12) ? `ระเบียบวาระที่ ${rng.pick(prev.items.filter((i) => i.actions.length).map((i) => i.number).concat('4.1'))} แก้ไขชื่อหน่วยงานที่รับผิดชอบให้ถูกต้อง` : '';
    const n = formatMeetingNumber(prev.number, prev.yearBe);
    addItem(world, m, certification, null, {
      subject: `รับรองรายงานการประชุมครั้งที่ ${n} เมื่อวันที่ ${formatThaiDate(prev.date)}`, summary: '', presenter: null, topic: null, actions: 0, carry: false,
      resolution: { kind: 'approved', text: prev.minutes.amendment ? `ที่ประชุมรับรองรายงานการประชุมครั้งที่ ${n} โดยมีการแก้ไข ดังนี้ ${prev.minutes.amendment}` : `ที่ประชุมรับรองรายงานการประชุมครั้งที่ ${n} โดยไม่มีการแก้ไข` },
    }, act);
  }
  const continuing = m.series.sections.find((s) => s.plan.kind === 'continuing');
  if (continuing && m.prev) carryForward(world, m, continuing, prepDate, act);
  const used = new Set<Topic>();
  const policyItems = world.policies.itemsFor(m);
  for (const section of m.series.sections.filter((s) => s !== certification && s !== continuing)) {
    fillSection(world, m, section, act, used, policyItems.get(section.plan.kind === 'custom' ? section.plan.titleTh : section.plan.kind) ?? []);
  }
  m.items.sort((a, b) => a.section.position - b.section.position || compareNumbers(a.number, b.number));
}

const compareNumbers = (a: string, b: string) => {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** The meeting is held: rows written, attendance confirmed, resolutions and directives recorded, minutes to follow. */
export function holdMeeting(world: World, m: MeetingState, at: string): void {
  const { rng, sink } = world;
  const act = new Act(at, m.actor, m.id);
  sink.insert('meetings', m.row);
  m.minutes.row = sink.insert('minutes', { meeting_id: m.id, status: 'draft', amended: 0, amendment_text: '', updated_at: m.row.created_at });
  for (const row of m.members) sink.insert('attendance', row);
  for (const item of m.items) sink.insert('agenda_items', item.row);
  for (const link of m.links) sink.insert('agenda_item_policies', link);
  sink.changed('meetings', { ...m.row, status: 'draft' }, m.row, ['status'], act);
  for (const row of m.members) {
    const keys = ['presence', ...(row.absence_reason ? ['absence_reason'] : []), ...(row.absence_note ? ['absence_note'] : [])];
    sink.changed('attendance', { ...row, presence: 'unconfirmed', absence_reason: null, absence_note: '' }, row, keys, act.next(10));
  }
  for (const row of m.added) sink.create('attendance', row, act.next(30));
  for (const item of m.items) {
    const before = asCreated(item);
    const keys = DECIDED.filter((k) => before[k] !== item.row[k]);
    if (keys.length) sink.changed('agenda_items', before, item.row, keys, act.next(rng.int(30, 120)));
  }
  const certItem = m.items.find((i) => i.section.plan.kind === 'certification');
  if (certItem && m.prev?.minutes.status === 'circulated') certify(world, m.prev, act.next(60).at, 'next_meeting', certItem.id, m.date);
  for (const item of m.items) for (const plan of item.actions) writeAction(world, item, plan, act.next(rng.int(20, 90)));
  world.policies.recordMoves(m, act.next(120));

  const circulation = addDays(m.date, rng.int(5, 10));
  const circulateOn = m.next && m.next.date <= circulation ? addDays(m.next.date, -1) : circulation;
  const circulateAt = instant(circulateOn, 10 * 60 + rng.int(0, 300));
  const certifiedBy = certItem || m.series.sections.some((s) => s.plan.kind === 'certification')
    ? (m.next ? instant(m.next.date, 23 * 60) : null)
    : instant(addDays(circulateOn, rng.int(7, 14)), 15 * 60);
  world.timeline.at(circulateAt, (when) => circulate(world, m, when, certifiedBy));
  if (certifiedBy && !m.series.sections.some((s) => s.plan.kind === 'certification')) {
    world.timeline.at(certifiedBy, (when) => certify(world, m, when, 'circulation', null, when.slice(0, 10)));
  }
}
