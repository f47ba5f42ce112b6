import { describe, expect, it } from 'vitest';
import { seriesWithMeeting, testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';

describe('action tracking across meetings', () => {
  it('filters by organisation, overdue and due range, and derives overdue from the due date', async () => {
    const t = await testCore();
    await loadDemo(t);
    const orgs = await t.call('organisations.list', {});
    const org = (abbr: string) => orgs.find((o) => o.abbrTh === abbr)!.id;
    const all = await t.call('actions.list', { today: '2025-04-01' });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.dueDate)).toEqual(['2025-03-31', '2025-04-20', '2025-04-30']);
    expect(all.rows[0]).toMatchObject({ meetingNumber: '2/2568', overdue: true });
    expect(all.rows[1].overdue).toBe(false);

    const overdue = await t.call('actions.list', { today: '2025-04-25', overdue: true });
    expect(overdue.rows.map((r) => r.dueDate)).toEqual(['2025-03-31', '2025-04-20']);
    const ops = await t.call('actions.list', { organisationId: org('สป.ดศ.') });
    // สป.ดศ. leads one and supports two.
    expect(ops.total).toBe(3);
    const nso = await t.call('actions.list', { organisationId: org('สสช.') });
    expect(nso.rows.map((r) => r.leadOrgId)).toEqual([org('สสช.')]);
    const april = await t.call('actions.list', { dueFrom: '2025-04-01', dueTo: '2025-04-30', sort: 'due', direction: 'desc' });
    expect(april.rows.map((r) => r.dueDate)).toEqual(['2025-04-30', '2025-04-20']);
    const page = await t.call('actions.list', { limit: 1, offset: 1 });
    expect([page.total, page.rows.length]).toEqual([3, 1]);
  });

  it('numbers a directive on a sub-item, and on a sub-item of a sub-item, as the minutes do, in each way the list is read', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t, '2026-10-07');
    const lead = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'สสช.')!.id;
    const consider = section('consideration').id;
    await t.call('agenda.create', { meetingId: meeting.id, sectionId: consider, subject: 'รายงานผลการสำรวจภาวะเศรษฐกิจครัวเรือน' });
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consider, subject: 'สำมะโนประชากรและเคหะ' });
    const sub = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consider, parentId: item.id, subject: 'การเก็บข้อมูลภาคสนาม' });
    const subSub = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consider, parentId: sub.id, subject: 'การจ้างพนักงานแจงนับ' });
    for (const [at, text] of [[item, 'เสนอแผนการสำมะโน'], [sub, 'จัดทำคู่มือการเก็บข้อมูล'], [subSub, 'ประกาศรับสมัครพนักงาน']] as const) {
      await t.call('actions.create', { agendaItemId: at.id, kind: 'directive', text, dueDate: '2026-12-31', leadOrgId: lead });
    }
    const number = section('consideration').position;
    const want = [[`${number}.2`, 'เสนอแผนการสำมะโน'], [`${number}.2.1`, 'จัดทำคู่มือการเก็บข้อมูล'], [`${number}.2.1.1`, 'ประกาศรับสมัครพนักงาน']];
    // With no filter (count, then the page), with the meeting (one statement for both), and for the agency
    // (its key rows). The meeting's order puts an item by its own position, so the three are compared as a set.
    const byText = (rows: string[][]) => [...rows].sort((a, b) => a[1].localeCompare(b[1]));
    for (const args of [{ sort: 'meeting' }, { meetingId: meeting.id, sort: 'meeting' }, { organisationId: lead, sort: 'meeting' }] as const) {
      const list = await t.call('actions.list', { ...args, today: '2026-10-08' });
      expect(byText(list.rows.map((r) => [r.itemNumber, r.text])), JSON.stringify(args)).toEqual(byText(want));
      expect(list.rows.every((r) => r.meetingNumber === `${meeting.number}/${meeting.yearBe}`)).toBe(true);
    }
  });

  it('takes progress reports and bulk status changes, all audited', async () => {
    const t = await testCore();
    await loadDemo(t);
    const [first, second] = (await t.call('actions.list', {})).rows;
    const progress = await t.call('actions.addProgress', { actionId: first.id, date: '2025-03-10', text: 'ประสานสำนักงานคณะกรรมการกฤษฎีกาแล้ว', percent: 40, reportedBy: 'สป.ดศ.' });
    expect(progress.map((p) => p.percent)).toEqual([40]);
    const after = (await t.call('actions.list', {})).rows.find((r) => r.id === first.id)!;
    expect(after).toMatchObject({ status: 'in_progress', lastProgress: { percent: 40 } });
    const bad = await t.refusal('actions.addProgress', { actionId: first.id, date: '2025-03-10', text: 'x', percent: 140 });
    expect(bad.message).toContain('ร้อยละ');

    expect(await t.call('actions.bulkStatus', { ids: [first.id, second.id], status: 'done' })).toMatchObject({ updated: 2, change: { status: 'done', count: 2 } });
    const done = await t.call('actions.list', { statuses: ['done'] });
    expect(done.total).toBe(2);
    const missing = await t.refusal('actions.bulkStatus', { ids: [first.id, crypto.randomUUID()], status: 'cancelled' });
    expect(missing.code).toBe('NOT_FOUND');
    expect((await t.call('actions.list', { statuses: ['cancelled'] })).total).toBe(0);
    const history = await t.call('audit.list', { entity: 'action_items', entityId: first.id });
    expect(history.map((h) => (h.after as { status?: string } | null)?.status)).toContain('done');
  });
});
