import { describe, expect, it } from 'vitest';
import { seriesWithMeeting, testCore } from '../helpers/core';

describe('meeting series', () => {
  it('has all six standard sections, in a custom order when asked', async () => {
    const t = await testCore();
    const s = await t.call('series.create', { nameTh: 'ประชุมคณะทำงาน', sectionOrder: ['announcements', 'certification', 'continuing', 'information', 'consideration'] });
    expect(s.sections.map((x) => `${x.position} ${x.kind}`)).toEqual([
      '1 announcements', '2 certification', '3 continuing', '4 information', '5 consideration', '6 other',
    ]);
    expect((await t.refusal('series.create', { nameTh: 'ประชุมคณะทำงาน' })).code).toBe('CONFLICT');
  });
});

describe('meetings', () => {
  it('takes the next number n/พ.ศ. of its series, restarting each Buddhist year', async () => {
    const t = await testCore();
    const { series, meeting } = await seriesWithMeeting(t, '2025-02-24');
    expect([meeting.number, meeting.yearBe]).toEqual([1, 2568]);
    const second = await t.call('meetings.create', { seriesId: series.id, date: '2025-03-24' });
    expect([second.number, second.yearBe]).toEqual([2, 2568]);
    const nextYear = await t.call('meetings.create', { seriesId: series.id, date: '2026-01-15' });
    expect([nextYear.number, nextYear.yearBe]).toEqual([1, 2569]);
    expect(await t.call('meetings.nextNumber', { seriesId: series.id, yearBe: 2568 })).toEqual({ number: 3, yearBe: 2568 });
    expect((await t.call('meetings.find', { number: '2/2568' })).id).toBe(second.id);
  });

  it('keeps counting across years for a running-number series', async () => {
    const t = await testCore();
    const s = await t.call('series.create', { nameTh: 'คณะกรรมการต่อเนื่อง', numbering: 'running' });
    await t.call('meetings.create', { seriesId: s.id, date: '2025-12-01' });
    const next = await t.call('meetings.create', { seriesId: s.id, date: '2026-01-10' });
    expect([next.number, next.yearBe]).toEqual([2, 2569]);
  });

  it('lists the series members as expected attendees, with the chair taken from the series', async () => {
    const t = await testCore();
    const { chair, meeting } = await seriesWithMeeting(t);
    expect(meeting.chairId).toBe(chair.id);
    expect(meeting.attendance.map((a) => a.meetingRole)).toEqual(['ประธาน', 'กรรมการ']);
    expect(meeting.minutesStatus).toBe('draft');
  });

  it('edits the header; deletes a meeting not held, confirmed by its number, audited', async () => {
    const t = await testCore();
    const { meeting } = await seriesWithMeeting(t);
    const edited = await t.call('meetings.update', { id: meeting.id, venue: 'ห้องประชุม 801', startTime: '09:30', mode: 'hybrid', conferencing: 'Video Conference' });
    expect(edited).toMatchObject({ venue: 'ห้องประชุม 801', startTime: '09:30', mode: 'hybrid' });
    const wrong = await t.refusal('meetings.delete', { id: meeting.id, confirmNumber: '2/2569' });
    expect([wrong.code, wrong.field]).toEqual(['INVALID', 'confirmNumber']);
    expect(wrong.message).toContain('ไม่ตรงกับการประชุมครั้งที่ 1/2569');
    await t.call('meetings.update', { id: meeting.id, status: 'held' });
    const held = await t.refusal('meetings.delete', { id: meeting.id, confirmNumber: '1/2569' });
    expect(held.code).toBe('CONFLICT');
    expect(held.message).toContain('จัดประชุมแล้ว');
    // A meeting scheduled (not yet held) and never circulated may go.
    await t.call('meetings.update', { id: meeting.id, status: 'scheduled' });
    await t.call('meetings.delete', { id: meeting.id, confirmNumber: '๑/๒๕๖๙' });
    expect((await t.refusal('meetings.get', { id: meeting.id })).code).toBe('NOT_FOUND');
    const history = await t.call('audit.list', { meetingId: meeting.id, limit: 100 });
    expect(history.filter((h) => h.action === 'delete').map((h) => h.entity)).toEqual(expect.arrayContaining(['meetings', 'attendance']));
  });

  it('refuses a meeting in a series that does not exist, writing nothing', async () => {
    const t = await testCore();
    const e = await t.refusal('meetings.create', { seriesId: crypto.randomUUID(), date: '2026-11-25' });
    expect(e.code).toBe('NOT_FOUND');
    expect(await t.call('meetings.list', {})).toEqual([]);
    expect(await t.call('audit.list', {})).toEqual([]);
  });
});

describe('attendance', () => {
  it('records substitutes, electronic attendance and absence with a reason', async () => {
    const t = await testCore();
    const { member, meeting } = await seriesWithMeeting(t);
    const absent = meeting.attendance.find((a) => a.personId === member.id)!;
    await t.call('attendance.update', { id: absent.id, presence: 'absent', absenceReason: 'official_duty' });
    const deputy = await t.call('people.create', { title: 'นางสาว', firstName: 'กมลา', lastName: 'วงศ์ไทย', position: 'รองผู้อำนวยการ' });
    const sub = await t.call('attendance.add', { meetingId: meeting.id, personId: deputy.id, role: 'substitute', substituteForId: member.id, presence: 'electronic' });
    expect(sub).toMatchObject({ role: 'substitute', substituteForId: member.id, presence: 'electronic', position: 'รองผู้อำนวยการ' });
    const detail = await t.call('meetings.get', { id: meeting.id });
    expect(detail.attendance.find((a) => a.id === absent.id)).toMatchObject({ presence: 'absent', absenceReason: 'official_duty' });
  });

  it('refuses what makes no sense, with a Thai reason naming the field', async () => {
    const t = await testCore();
    const { chair, member, meeting } = await seriesWithMeeting(t);
    const guest = await t.call('people.create', { firstName: 'ผู้เชิญ' });
    const noWhom = await t.refusal('attendance.add', { meetingId: meeting.id, personId: guest.id, role: 'substitute' });
    expect([noWhom.code, noWhom.field]).toEqual(['INVALID', 'substituteForId']);
    const noReason = await t.refusal('attendance.add', { meetingId: meeting.id, personId: guest.id, role: 'guest', presence: 'absent' });
    expect(noReason.field).toBe('absenceReason');
    expect(noReason.message).toContain('ต้องระบุเหตุ');
    const twice = await t.refusal('attendance.add', { meetingId: meeting.id, personId: chair.id, role: 'guest' });
    expect(twice.code).toBe('CONFLICT');
    await t.call('attendance.add', { meetingId: meeting.id, personId: guest.id, role: 'substitute', substituteForId: member.id });
    const memberRow = (await t.call('meetings.get', { id: meeting.id })).attendance.find((a) => a.personId === member.id)!;
    expect((await t.refusal('attendance.remove', { id: memberRow.id })).message).toContain('มีผู้ประชุมแทน');
  });
});
