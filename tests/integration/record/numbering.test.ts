import { describe, expect, it } from 'vitest';
import { confirmAttendance, seriesWithMeeting, testCore } from '../../helpers/core';

describe('numbering that follows the facts', () => {
  it('needs a date: an empty "new meeting" is refused and numbers nothing', async () => {
    const t = await testCore();
    const { series } = await seriesWithMeeting(t);
    const e = await t.refusal('meetings.create', { seriesId: series.id });
    expect([e.code, e.field]).toEqual(['INVALID', 'date']);
    expect(e.message).toContain('"วันที่" (date)');
    expect((await t.call('meetings.list', { seriesId: series.id })).map((m) => `${m.number}/${m.yearBe}`)).toEqual(['1/2569']);
  });

  it('takes the number in the Buddhist year of the date, and follows the date while not yet held', async () => {
    const t = await testCore();
    const { series, meeting } = await seriesWithMeeting(t, '2026-11-25');
    const later = await t.call('meetings.create', { seriesId: series.id, date: '2026-12-20' });
    expect(`${later.number}/${later.yearBe}`).toBe('2/2569');
    // Moved into the next year: 1/2570 (the first of that year), not 2/2569 over a date in 2570.
    const moved = await t.call('meetings.update', { id: later.id, date: '2027-01-15' });
    expect(`${moved.number}/${moved.yearBe}`).toBe('1/2570');
    const back = await t.call('meetings.update', { id: later.id, date: '2025-04-20' });
    expect(`${back.number}/${back.yearBe}`).toBe('1/2568');
    // Once held its number is what people cite: a date in another year is refused.
    await confirmAttendance(t, meeting.id);
    await t.call('meetings.update', { id: meeting.id, status: 'held' });
    const e = await t.refusal('meetings.update', { id: meeting.id, date: '2027-01-05' });
    expect([e.code, e.field]).toEqual(['CONFLICT', 'date']);
    expect(e.message).toContain('เลขครั้งที่จึงคงที่');
    // A date within the same year is fine.
    expect((await t.call('meetings.update', { id: meeting.id, date: '2026-11-26' })).number).toBe(1);
  });

  it('lets a series start at the number an officer sets, e.g. meeting 5 when adopting Lekha mid-year', async () => {
    const t = await testCore();
    const s = await t.call('series.create', { nameTh: 'คณะกรรมการบริหาร', nextNumber: { number: 5, yearBe: 2569 } });
    expect(await t.call('meetings.nextNumber', { seriesId: s.id, yearBe: 2569 })).toEqual({ number: 5, yearBe: 2569 });
    const fifth = await t.call('meetings.create', { seriesId: s.id, date: '2026-06-01' });
    const sixth = await t.call('meetings.create', { seriesId: s.id, date: '2026-07-01' });
    expect([fifth.number, sixth.number]).toEqual([5, 6]);
    expect((await t.call('meetings.create', { seriesId: s.id, date: '2027-01-10' })).number).toBe(1);
    // Or the officer types the number of one meeting; a number taken is refused.
    expect((await t.call('meetings.create', { seriesId: s.id, date: '2026-08-01', number: 9 })).number).toBe(9);
    const taken = await t.refusal('meetings.create', { seriesId: s.id, date: '2026-09-01', number: 6 });
    expect([taken.code, taken.field]).toEqual(['CONFLICT', 'number']);
  });

  it('deletes a mistaken meeting only when not held and never circulated, after a confirmation that names it', async () => {
    const t = await testCore();
    const { series, meeting } = await seriesWithMeeting(t);
    await confirmAttendance(t, meeting.id);
    await t.call('minutes.circulate', { meetingId: meeting.id });
    const circulated = await t.refusal('meetings.delete', { id: meeting.id, confirmNumber: '1/2569' });
    expect(circulated.message).toContain('แจ้งเวียนรายงานการประชุมแล้ว');
    const mistake = await t.call('meetings.create', { seriesId: series.id, date: '2026-12-01' });
    await t.call('agenda.create', { meetingId: mistake.id, sectionId: series.sections[3].id, subject: 'สร้างผิด' });
    await t.call('meetings.delete', { id: mistake.id, confirmNumber: '2/2569' });
    expect((await t.call('meetings.list', { seriesId: series.id })).map((m) => m.number)).toEqual([1]);
    const history = await t.call('audit.list', { meetingId: mistake.id, limit: 100 });
    expect(history.filter((h) => h.action === 'delete').map((h) => h.entity).sort()).toEqual(['agenda_items', 'agenda_items', 'attendance', 'attendance', 'meetings']);
  });
});

describe('the prepared next meeting', () => {
  it('numbers section 3 from 3.1 and keeps the policy links of the items it carries', async () => {
    const t = await testCore();
    const { series, meeting, section } = await seriesWithMeeting(t, '2026-10-01');
    const bill = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: '(ร่าง) พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม', carryForward: true });
    const templates = await t.call('stageTemplates.list', {});
    const policy = await t.call('policies.create', { kind: 'bill', titleTh: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม', templateId: templates.find((x) => x.kind === 'bill')!.id });
    await t.call('policies.linkItem', { policyId: policy.id, agendaItemId: bill.id, linked: true });
    const next = await t.call('meetings.create', { seriesId: series.id, date: '2026-11-01' });
    const carried = next.agendaItems.filter((i) => i.sectionId === section('continuing').id);
    expect(carried.map((i) => i.number)).toEqual(['3.1']);
    expect(next.agendaItems.find((i) => i.sectionId === section('certification').id)!.number).toBe('2.1');
    expect(carried[0].policyIds).toEqual([policy.id]);
  });

  it('skips what a series has no section for (a Cabinet-style series: no certification, no continuing section)', async () => {
    const t = await testCore();
    const s = await t.call('series.create', {
      nameTh: 'การประชุมคณะรัฐมนตรี',
      sections: [{ kind: 'custom', titleTh: 'กฎหมาย' }, { kind: 'custom', titleTh: 'เศรษฐกิจ-สังคม' }, { kind: 'custom', titleTh: 'ต่างประเทศ' }, { kind: 'custom', titleTh: 'แต่งตั้ง', whenEmpty: 'omit' }],
    });
    const first = await t.call('meetings.create', { seriesId: s.id, date: '2023-03-07' });
    await t.call('agenda.create', { meetingId: first.id, sectionId: s.sections[0].id, subject: 'ร่างพระราชกฤษฎีกา', carryForward: true });
    const second = await t.call('meetings.create', { seriesId: s.id, date: '2023-03-14' });
    expect(second.agendaItems).toEqual([]);
  });
});
