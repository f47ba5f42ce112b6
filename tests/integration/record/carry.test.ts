import { describe, expect, it } from 'vitest';
import { seriesWithMeeting, testCore } from '../../helpers/core';
import { monthsBefore } from '../../../electron/services/next-meeting';

describe('a bounded next meeting (issue 11)', () => {
  it('carries what the last meeting marked and what has open directives from the last 12 months, as a list to confirm', async () => {
    const t = await testCore();
    const { series, meeting: old, section } = await seriesWithMeeting(t, '2025-01-15');
    const item = (meetingId: string, subject: string, carryForward = false) =>
      t.call('agenda.create', { meetingId, sectionId: section('consideration').id, subject, carryForward });
    // 1/2568: an open directive raised almost two years before the new meeting: outside the window.
    const stale = await item(old.id, 'โครงการเก่าที่ยังค้าง');
    await t.call('actions.create', { agendaItemId: stale.id, kind: 'directive', text: 'ติดตามผลโครงการเก่า' });
    const marchOld = await item(old.id, 'เรื่องที่เคยให้ยกไปแต่ไม่ได้ยก', true);
    // 1/2569 (10 months before): an open directive, inside the window.
    const recent = await t.call('meetings.create', { seriesId: series.id, date: '2026-01-20', carry: [] });
    const census = await item(recent.id, 'สำมะโนประชากรและเคหะ');
    await t.call('actions.create', { agendaItemId: census.id, kind: 'directive', text: 'ประชาสัมพันธ์แอปทางรัฐ', dueDate: '2026-04-30' });
    const done = await item(recent.id, 'เรื่องที่ทำเสร็จแล้ว');
    await t.call('actions.create', { agendaItemId: done.id, kind: 'directive', text: 'เสร็จแล้ว', status: 'done' });
    // 2/2569, the last meeting: one item marked to continue.
    const last = await t.call('meetings.create', { seriesId: series.id, date: '2026-10-01', carry: [] });
    const bill = await item(last.id, '(ร่าง) พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม', true);

    const plan = await t.call('meetings.preparation', { seriesId: series.id, date: '2026-11-25' });
    expect(plan.windowMonths).toBe(12);
    expect(plan.certifies).toMatchObject({ number: '2/2569' });
    expect(plan.carried.map((c) => [c.subject, c.from, c.reason])).toEqual([
      ['สำมะโนประชากรและเคหะ', 'ครั้งที่ 1/2569 ระเบียบวาระที่ 4.1', 'openActions'],
      ['(ร่าง) พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม', 'ครั้งที่ 2/2569 ระเบียบวาระที่ 4.1', 'marked'],
    ]);
    expect(plan.carried[0].openActions).toEqual(['ประชาสัมพันธ์แอปทางรัฐ (กำหนดเสร็จ 30 เม.ย. 2569)']);
    expect(plan.carried.map((c) => c.itemId)).not.toContain(stale.id);
    expect(plan.carried.map((c) => c.itemId)).not.toContain(marchOld.id);

    // The officer leaves the census out: only the bill is written, after 2.1.
    const next = await t.call('meetings.create', { seriesId: series.id, date: '2026-11-25', carry: [bill.id] });
    const continuing = next.agendaItems.filter((i) => i.sectionId === section('continuing').id);
    expect(continuing.map((i) => `${i.number} ${i.subject}`)).toEqual(['3.1 (ร่าง) พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม']);
    expect(continuing[0].summary).toContain('สืบเนื่องจากการประชุมครั้งที่ 2/2569 ระเบียบวาระที่ 4.1');

    // A series that looks back 24 months carries the stale directive too.
    await t.call('series.update', { id: series.id, carryWindowMonths: 24 });
    const wider = await t.call('meetings.preparation', { seriesId: series.id, date: '2026-12-20' });
    expect(wider.carried.map((c) => c.subject)).toContain('โครงการเก่าที่ยังค้าง');
  });

  it('counts months back the way a calendar does', () => {
    expect(monthsBefore('2026-11-25', 12)).toBe('2025-11-25');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 2)).toBe('2025-11-15');
  });
});
