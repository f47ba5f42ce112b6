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

  it('numbers a directive on a sub-item, and on a sub-item of a sub-item, as the minutes do, and sorts by meeting in the agenda\'s order, in each way the list is read', async () => {
    const t = await testCore();
    const { meeting, series, section } = await seriesWithMeeting(t, '2026-10-07');
    const lead = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'สสช.')!.id;
    const consider = section('consideration');
    // The section that opens the agenda (the chair's announcements): before consideration.
    const opening = [...series.sections].sort((a, b) => a.position - b.position)[0];
    expect(opening.position).toBeLessThan(consider.position);
    const first = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consider.id, subject: 'รายงานผลการสำรวจภาวะเศรษฐกิจครัวเรือน' });
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consider.id, subject: 'สำมะโนประชากรและเคหะ' });
    const sub = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consider.id, parentId: item.id, subject: 'การเก็บข้อมูลภาคสนาม' });
    const subSub = await t.call('agenda.create', { meetingId: meeting.id, sectionId: consider.id, parentId: sub.id, subject: 'การจ้างพนักงานแจงนับ' });
    // Written last, but in an earlier section of the agenda.
    const notice = await t.call('agenda.create', { meetingId: meeting.id, sectionId: opening.id, subject: 'ผลการประชุมคณะกรรมการสถิติแห่งชาติ' });
    // A meeting entered afterwards, held two weeks before: its directive comes first.
    const earlier = await t.call('meetings.create', { seriesId: series.id, date: '2026-09-23' });
    const before = await t.call('agenda.create', { meetingId: earlier.id, sectionId: consider.id, subject: 'แผนการจัดทำสำมะโนการเกษตร' });
    for (const [at, text] of [[item, 'เสนอแผนการสำมะโน'], [sub, 'จัดทำคู่มือการเก็บข้อมูล'], [subSub, 'ประกาศรับสมัครพนักงาน'],
      [first, 'สรุปผลการสำรวจ'], [notice, 'แจ้งหน่วยงานในสังกัด'], [before, 'ทบทวนแผนการสำรวจ']] as const) {
      await t.call('actions.create', { agendaItemId: at.id, kind: 'directive', text, dueDate: '2026-12-31', leadOrgId: lead });
    }
    const [c, i] = [consider.position, opening.position];
    const earlierNumber = `${earlier.number}/${earlier.yearBe}`;
    const thisNumber = `${meeting.number}/${meeting.yearBe}`;
    // With no filter (count, then the page), with the meeting (one statement for both), and for the agency
    // (its key rows), both ways: the meeting's date, then the agenda's order as the numbers read.
    const read = async (args: Record<string, unknown>) =>
      (await t.call('actions.list', { ...args, today: '2026-10-08' })).rows.map((r) => [r.meetingNumber, r.itemNumber, r.text].join(' '));
    const check = async (want: string[]) => {
      for (const args of [{ sort: 'meeting' }, { organisationId: lead, sort: 'meeting' }] as const) {
        expect(await read(args), JSON.stringify(args)).toEqual(want);
        expect(await read({ ...args, direction: 'desc' }), JSON.stringify(args)).toEqual([...want].reverse());
      }
      expect(await read({ meetingId: meeting.id, sort: 'meeting' })).toEqual(want.filter((w) => w.startsWith(thisNumber)));
    };
    await check([
      `${earlierNumber} ${c}.1 ทบทวนแผนการสำรวจ`,
      `${thisNumber} ${i}.1 แจ้งหน่วยงานในสังกัด`,
      `${thisNumber} ${c}.1 สรุปผลการสำรวจ`,
      `${thisNumber} ${c}.2 เสนอแผนการสำมะโน`,
      `${thisNumber} ${c}.2.1 จัดทำคู่มือการเก็บข้อมูล`,
      `${thisNumber} ${c}.2.1.1 ประกาศรับสมัครพนักงาน`,
    ]);
    // The officer moves the census item up, with its sub-items, and the notice under it: the list follows.
    await t.call('agenda.move', { id: item.id, sectionId: consider.id, position: 1 });
    await t.call('agenda.move', { id: notice.id, sectionId: consider.id, parentId: item.id, position: 2 });
    await check([
      `${earlierNumber} ${c}.1 ทบทวนแผนการสำรวจ`,
      `${thisNumber} ${c}.1 เสนอแผนการสำมะโน`,
      `${thisNumber} ${c}.1.1 จัดทำคู่มือการเก็บข้อมูล`,
      `${thisNumber} ${c}.1.1.1 ประกาศรับสมัครพนักงาน`,
      `${thisNumber} ${c}.1.2 แจ้งหน่วยงานในสังกัด`,
      `${thisNumber} ${c}.2 สรุปผลการสำรวจ`,
    ]);
    // The earlier meeting moved to a later date: its directive now comes last.
    await t.call('meetings.update', { id: earlier.id, date: '2026-10-21' });
    const moved = await read({ organisationId: lead, sort: 'meeting' });
    expect(moved.at(-1)).toBe(`${earlierNumber} ${c}.1 ทบทวนแผนการสำรวจ`);
    expect(await read({ sort: 'meeting' })).toEqual(moved);
    // Consideration made the agenda's first section: its items renumber (1.1, 1.1.1…) and still read in that order.
    const ordered = [...series.sections].sort((a, b) => a.position - b.position);
    const sections = [consider, ...ordered.filter((x) => x.id !== consider.id)].map((x) => ({ id: x.id, kind: x.kind, titleTh: x.titleTh, whenEmpty: x.whenEmpty }));
    await t.call('series.update', { id: series.id, sections });
    expect(await read({ meetingId: meeting.id, sort: 'meeting' })).toEqual([
      `${thisNumber} 1.1 เสนอแผนการสำมะโน`, `${thisNumber} 1.1.1 จัดทำคู่มือการเก็บข้อมูล`, `${thisNumber} 1.1.1.1 ประกาศรับสมัครพนักงาน`,
      `${thisNumber} 1.1.2 แจ้งหน่วยงานในสังกัด`, `${thisNumber} 1.2 สรุปผลการสำรวจ`,
    ]);
    expect(await read({ organisationId: lead, sort: 'meeting' })).toEqual([
      `${thisNumber} 1.1 เสนอแผนการสำมะโน`, `${thisNumber} 1.1.1 จัดทำคู่มือการเก็บข้อมูล`, `${thisNumber} 1.1.1.1 ประกาศรับสมัครพนักงาน`,
      `${thisNumber} 1.1.2 แจ้งหน่วยงานในสังกัด`, `${thisNumber} 1.2 สรุปผลการสำรวจ`, `${earlierNumber} 1.1 ทบทวนแผนการสำรวจ`,
    ]);
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
