import { rawQuery } from '../helpers/pg';
import { describe, expect, it } from 'vitest';
import type { ActionRow } from '../../shared/schemas/actions';
import { type TestCore, testCore } from '../helpers/core';
import { keysNow } from '../helpers/list-keys';
import { realMeetingFile } from '../helpers/real-meeting';

/**
 * An agency's tracker is read from `action_list_keys` (migrations 0070, 0125): each owner's row carrying its
 * action's due date, status, creation and place in the agenda (meeting date, the item's place), kept by triggers. A stale key is a
 * wrong tracker (a directive shown as open when it is done, or missing from an agency's page), so after
 * every kind of write that touches a key, two things must hold:
 * - the key rows are exactly what the owners, actions, items and meetings say now (recomputed here,
 *   independently of the migration's SQL);
 * - every agency's list, by each sort and in both directions, is the whole tracker filtered to that
 *   agency in JavaScript (the whole tracker does not read the keys).
 * The meetings are real public text (two imports of a real Cabinet meeting and a ministry's executives').
 */
const TODAY = '2026-06-30';

const sorts = ['due', 'status', 'created', 'meeting'] as const;

/** The whole tracker (no agency: not read from the keys), sorted by `sort` in JavaScript. */
function sortRows(rows: ActionRow[], sort: (typeof sorts)[number], created: Map<string, string>, place: Map<string, (string | number)[]>): ActionRow[] {
  const due = (r: ActionRow) => r.dueDate ?? '9999-12-31';
  const keys: Record<(typeof sorts)[number], (r: ActionRow) => (string | number)[]> = {
    due: (r) => [due(r), r.id],
    status: (r) => [r.status, due(r), r.id],
    created: (r) => [created.get(r.id)!, r.id],
    meeting: (r) => [...place.get(r.id)!, r.id],
  };
  const cmp = (x: (string | number)[], y: (string | number)[]) => {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  };
  return [...rows].sort((a, b) => cmp(keys[sort](a), keys[sort](b)));
}

/** Both checks of the header, after one write (`what` names it in a failure). */
async function expectKeysRight(t: TestCore, what: string) {
  const { stored, expected } = await keysNow(t.dbPath);
  expect(stored, `${what}: the key rows`).toEqual(expected);
  const all = await t.call('actions.list', { today: TODAY, limit: 1000 });
  const created = new Map((await rawQuery<{ id: string; created_at: string }>(t.dbPath, 'select id, created_at from action_items')).map((r) => [r.id, r.created_at]));
  // Where each was decided in the agenda's order, as recomputed above: the meeting's date and id, the item's place, the action's position.
  const place = new Map(expected.map((k) => [k.action_id, [k.meeting_date, k.meeting_id, k.item_place, k.action_position]]));
  const agencies = [...new Set(all.rows.flatMap((r) => [r.leadOrgId, ...r.supportOrgIds]).filter((o): o is string => o !== null))];
  for (const org of agencies) {
    const own = all.rows.filter((r) => r.leadOrgId === org || r.supportOrgIds.includes(org));
    for (const sort of sorts) {
      const want = sortRows(own, sort, created, place);
      for (const direction of ['asc', 'desc'] as const) {
        const page = await t.call('actions.list', { organisationId: org, sort, direction, today: TODAY, limit: 1000 });
        const ids = direction === 'asc' ? want.map((r) => r.id) : want.map((r) => r.id).reverse();
        expect(page.rows.map((r) => r.id), `${what}: agency ${org} by ${sort} ${direction}`).toEqual(ids);
        expect(page.total).toBe(own.length);
        // What the page shows of each action is the action itself, not its keys.
        expect(page.rows.map((r) => [r.status, r.dueDate])).toEqual((direction === 'asc' ? want : [...want].reverse()).map((r) => [r.status, r.dueDate]));
      }
    }
    const open = await t.call('actions.list', { organisationId: org, statuses: ['open', 'in_progress'], today: TODAY, limit: 1000 });
    expect(open.total, `${what}: agency ${org}, open`).toBe(own.filter((r) => r.status === 'open' || r.status === 'in_progress').length);
    const overdue = await t.call('actions.list', { organisationId: org, overdue: true, today: TODAY, limit: 1000 });
    expect(overdue.rows.map((r) => r.id).sort(), `${what}: agency ${org}, overdue`).toEqual(own.filter((r) => r.overdue).map((r) => r.id).sort());
  }
  return { all, agencies };
}

describe('the agency sort keys stay right after every write that touches them (issue 11)', () => {
  it('an import, a new directive, due dates, statuses, owners, order, renumbering and deletions', async () => {
    const t = await testCore();
    await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style', { number: 9 }) });
    const second = await t.call('exchange.importMeeting', { file: realMeetingFile('ministry-executives'), renameOrganisations: { 'อสส.': 'อสส.(สวนสัตว์)' } });
    await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style', { number: 10 }) });
    const { all, agencies } = await expectKeysRight(t, 'three real meetings imported');
    expect(all.total).toBeGreaterThan(30);
    expect(agencies.length).toBeGreaterThan(5);

    // A new directive, led by one agency and supported by two.
    const meeting = await t.call('meetings.get', { id: second.meetingId });
    // The item with most directives already, so the new one makes a list worth reordering.
    const count = (id: string) => meeting.actions.filter((a) => a.agendaItemId === id).length;
    const item = [...meeting.agendaItems].sort((a, b) => count(b.id) - count(a.id))[0];
    const [lead, s1, s2, s3] = agencies;
    const made = await t.call('actions.create', {
      agendaItemId: item.id, kind: 'directive', text: 'ให้รายงานผลการดำเนินงานต่อที่ประชุมครั้งถัดไป', dueDate: '2026-05-15', leadOrgId: lead, supportOrgIds: [s1, s2],
    });
    await expectKeysRight(t, 'a directive created');

    await t.call('actions.update', { id: made.id, dueDate: '2026-07-31' });
    await expectKeysRight(t, 'its due date moved later');
    await t.call('actions.update', { id: made.id, dueDate: null });
    await expectKeysRight(t, 'its due date removed');
    await t.call('actions.update', { id: made.id, dueDate: '2026-01-10' });
    await expectKeysRight(t, 'a due date set again, now overdue');

    await t.call('actions.update', { id: made.id, status: 'in_progress' });
    await expectKeysRight(t, 'its status changed');
    const others = all.rows.slice(0, 5).map((r) => r.id);
    const bulk = await t.call('actions.bulkStatus', { ids: [made.id, ...others], status: 'done' });
    await expectKeysRight(t, 'a bulk status change');
    expect((await t.call('actions.list', { organisationId: lead, statuses: ['done'], today: TODAY, limit: 1000 })).rows.map((r) => r.id)).toContain(made.id);
    await t.call('actions.undoBulk', { id: bulk.change!.id });
    await expectKeysRight(t, 'the bulk change undone');
    await t.call('actions.addProgress', { actionId: others[0], date: '2026-06-01', text: 'ประสานหน่วยงานที่เกี่ยวข้องแล้ว', percent: 30 });
    await expectKeysRight(t, 'a progress report');

    await t.call('actions.update', { id: made.id, supportOrgIds: [s1, s3] });
    await expectKeysRight(t, 'an owner removed and another added');
    expect((await t.call('actions.list', { organisationId: s2, today: TODAY, limit: 1000 })).rows.map((r) => r.id)).not.toContain(made.id);
    expect((await t.call('actions.list', { organisationId: s3, today: TODAY, limit: 1000 })).rows.map((r) => r.id)).toContain(made.id);
    await t.call('actions.update', { id: made.id, leadOrgId: s2, supportOrgIds: [] });
    await expectKeysRight(t, 'the lead changed and the supporters removed');

    const itemActions = (await t.call('meetings.get', { id: second.meetingId })).actions.filter((a) => a.agendaItemId === item.id);
    expect(itemActions.length).toBeGreaterThan(1);
    await t.call('actions.reorder', { agendaItemId: item.id, ids: itemActions.map((a) => a.id).reverse() });
    await expectKeysRight(t, 'directives reordered within their item');

    const moving = meeting.agendaItems.find((i) => i.parentId === null && i.sectionId === item.sectionId && i.id !== item.id);
    expect(moving).toBeDefined();
    await t.call('agenda.move', { id: moving!.id, sectionId: moving!.sectionId, parentId: null, position: 1 });
    await expectKeysRight(t, 'an agenda item moved up');

    // A meeting not yet held may be renumbered (its directives stay where its date puts them) or moved to
    // another date (they move with it in the meeting order).
    const next = await t.call('meetings.create', { seriesId: meeting.seriesId, date: '2026-12-15', carry: [] });
    const nextItem = await t.call('agenda.create', { meetingId: next.id, sectionId: item.sectionId, subject: 'การติดตามผลการดำเนินงานตามข้อสั่งการ' });
    await t.call('actions.create', { agendaItemId: nextItem.id, kind: 'directive', text: 'ให้เสนอแผนการดำเนินงานระยะต่อไป', dueDate: '2026-12-31', leadOrgId: lead });
    await expectKeysRight(t, 'a directive in a meeting not yet held');
    await t.call('meetings.update', { id: next.id, number: next.number + 5 });
    await expectKeysRight(t, 'that meeting renumbered');
    await t.call('meetings.update', { id: next.id, date: '2025-01-08' });
    await expectKeysRight(t, 'that meeting moved to an earlier date');

    await t.call('actions.delete', { id: made.id });
    await expectKeysRight(t, 'a directive deleted');
    expect((await keysNow(t.dbPath)).stored.filter((k) => k.action_id === made.id)).toEqual([]);

    // Only a meeting not yet held may be deleted: the renumbered one, with its directive.
    const nextNow = await t.call('meetings.get', { id: next.id });
    const nextActions = nextNow.actions.map((a) => a.id);
    expect(nextActions.length).toBe(1);
    expect((await keysNow(t.dbPath)).stored.filter((k) => nextActions.includes(k.action_id)).length).toBe(1);
    await t.call('meetings.delete', { id: next.id, confirmNumber: `${nextNow.number}/${nextNow.yearBe}` });
    await expectKeysRight(t, 'a meeting deleted');
    expect((await keysNow(t.dbPath)).stored.filter((k) => nextActions.includes(k.action_id))).toEqual([]);
  }, 120_000);
});
