import { formatThaiDate } from '../../../shared/thai';
import { addDays, daysBetween, instant, monthEnd } from './calendar';
import { cancelReasons, progressDone, progressMiddle, progressOpening } from './phrases';
import { Act, type Row } from './sink';
import type { ItemState } from './state';
import { fill } from './text';
import type { Org, World } from './world';

type Step = { date: string; kind: 'progress' | 'done' | 'cancelled'; percent: number | null; text: string; status: string | null };

export interface Plan {
  id: string;
  row: Row;
  /** The day it was closed (done or cancelled), or null while it is still open at the end of the story. */
  closes: string | null;
  lead: Org;
  support: Org[];
  steps: Step[];
}

const DUE_DAYS = [14, 21, 30, 30, 45, 60, 60, 90, 90, 120, 180, 270, 365];

/**
 * A directive's whole life, decided when it is recorded: its due date, whether it gets done (late
 * or on time), is cancelled or stays open for good, and the progress reported on the way. How long it
 * takes is spread around its due date, so a realistic share runs late; what would happen after the
 * end of the story has not happened, so recent directives are open or in progress.
 */
export function planAction(
  world: World, item: ItemState, o: { text: (due: string | null) => string; kind: 'directive' | 'follow_up'; lead: Org; support: Org[]; position: number }, heldAt: string,
): Plan {
  const { rng } = world;
  const created = item.meeting.date;
  let due: string | null = null;
  if (rng.chance(0.88)) {
    due = addDays(created, rng.pick(DUE_DAYS));
    if (rng.chance(0.4)) due = monthEnd(due);
  }
  const outcome = rng.weighted({ done: 91.5, cancelled: 6.5, stuck: 2 });
  const expected = due ? daysBetween(created, due) : 60;
  const days = outcome === 'cancelled' ? rng.int(15, 240) : Math.min(900, Math.max(2, Math.round(rng.logNormal(expected * 0.85, 0.55))));
  const end = addDays(created, days);

  const steps: Step[] = [];
  const support = o.support[0]?.name ?? 'หน่วยงานที่เกี่ยวข้อง';
  const reportsUntil = outcome === 'stuck' ? addDays(created, rng.int(90, 400)) : end;
  let date = addDays(created, rng.int(10, 35));
  const reports: string[] = [];
  while (date < reportsUntil && reports.length < 24) {
    reports.push(date);
    date = addDays(date, rng.int(24, 56));
  }
  if (outcome === 'cancelled') reports.splice(1);
  reports.forEach((d, k) => {
    const percent = rng.chance(0.15) ? null : Math.min(95, Math.round((100 * (k + 1)) / (reports.length + 1) / 5) * 5);
    const template = k === 0 ? rng.pick(progressOpening) : rng.pick(progressMiddle.filter((t) => percent !== null || !t.includes('{percent}')));
    // "Expected by" is when it will in fact be done (or a little after the report); an extension runs past the report.
    const expected = [end, addDays(d, rng.int(14, 60))].sort().at(-1)!;
    const vars = { support, percent: percent ?? '', date: formatThaiDate(addDays(d, -rng.int(2, 9))), due: formatThaiDate(expected) };
    steps.push({ date: d, kind: 'progress', percent, text: fill(template, vars), status: null });
  });
  if (outcome === 'done') {
    const reported = rng.chance(0.8);
    steps.push({ date: end, kind: 'done', percent: reported ? 100 : null, text: reported ? rng.pick(progressDone) : '', status: 'done' });
  }
  if (outcome === 'cancelled') {
    steps.push({ date: end, kind: 'cancelled', percent: null, text: `ที่ประชุมมีมติให้ยุติการดำเนินการ เนื่องจาก${rng.pick(cancelReasons)}`, status: 'cancelled' });
  }

  // The status each step leaves, and the last change that happened before the end of the story.
  let status = 'open';
  let updated = heldAt;
  for (const step of steps) {
    const next = step.status ?? (status === 'open' ? 'in_progress' : status);
    step.status = next === status ? null : next;
    status = next;
    if (step.status && at(step) <= world.untilAt) updated = at(step);
  }
  const happened = steps.filter((s) => at(s) <= world.untilAt);
  const finalStatus = [...happened].reverse().find((s) => s.status)?.status ?? 'open';
  const closed = happened.find((s) => s.kind !== 'progress');
  const row: Row = {
    id: rng.uuid(), agenda_item_id: item.id, kind: o.kind, text: o.text(due), due_date: due, status: finalStatus, illustrative: 1,
    created_at: heldAt, updated_at: updated, position: o.position,
  };
  return { id: String(row.id), row, closes: closed ? closed.date : null, lead: o.lead, support: o.support, steps };
}

const at = (step: Step) => instant(step.date, 14 * 60 + (step.kind === 'progress' ? 0 : 30));

/** `actions.create` at the meeting, then each report and change of status on its day. */
export function writeAction(world: World, item: ItemState, plan: Plan, act: Act): void {
  const { sink } = world;
  sink.create('action_items', plan.row, act, { status: 'open', updated_at: act.at });
  const owners = [
    { action_id: plan.id, organisation_id: plan.lead.id, is_lead: 1 },
    ...plan.support.filter((s) => s.id !== plan.lead.id).map((s) => ({ action_id: plan.id, organisation_id: s.id, is_lead: 0 })),
  ];
  for (const owner of owners) sink.insert('action_owners', owner);
  sink.log(act, 'action_owners', plan.id, 'update', { owners: [] }, { owners });

  let status = 'open';
  for (const step of plan.steps) {
    const from = status;
    if (step.status) status = step.status;
    world.timeline.at(at(step), (when) => {
      const stepAct = new Act(when, world.actor(step.date), item.meeting.id);
      if (step.text && step.kind !== 'cancelled') {
        sink.create('progress_updates', {
          id: world.rng.uuid(), action_id: plan.id, date: step.date, text: step.text, percent: step.percent, reported_by: plan.lead.abbr,
          illustrative: 1, created_at: when,
        }, stepAct);
      }
      if (step.status) sink.changed('action_items', { ...plan.row, status: from }, { ...plan.row, status: step.status }, ['status'], stepAct.next(5));
      if (step.kind === 'cancelled') {
        sink.create('progress_updates', {
          id: world.rng.uuid(), action_id: plan.id, date: step.date, text: step.text, percent: null, reported_by: plan.lead.abbr, illustrative: 1, created_at: stepAct.at,
        }, stepAct);
      }
    });
  }
}
