import { describe, expect, it } from 'vitest';
import { confirmAttendance, seriesWithMeeting, testCore } from '../../helpers/core';

describe('the directory', () => {
  it('ships every ministry and the central agencies a ministry meeting cites, flagging abbreviations not checked against a source', async () => {
    const t = await testCore();
    const orgs = await t.call('organisations.list', {});
    const ministries = orgs.filter((o) => o.kind === 'ministry');
    expect(ministries).toHaveLength(20);
    expect(ministries.map((o) => o.nameTh)).toEqual(expect.arrayContaining(['สำนักนายกรัฐมนตรี', 'กระทรวงการคลัง', 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม']));
    const central = new Map(orgs.filter((o) => o.kind === 'central_agency').map((o) => [o.abbrTh, o]));
    for (const abbr of ['สลค.', 'สงป.', 'สศช.', 'สำนักงาน ก.พ.', 'สำนักงาน ก.พ.ร.', 'สคก.']) expect(central.has(abbr)).toBe(true);
    expect(central.get('สลค.')!.abbrVerified).toBe(true);
    expect(central.get('สงป.')!.abbrVerified).toBe(false);
    expect(orgs.find((o) => o.abbrTh === 'อต.')!.abbrVerified).toBe(false);
  });

  it('adds, edits and deactivates an organisation; a deactivated one keeps its name for history', async () => {
    const t = await testCore();
    const added = await t.call('organisations.create', { nameTh: 'สำนักงานการวิจัยแห่งชาติ', abbrTh: 'วช.', kind: 'department', nameEn: 'National Research Council of Thailand', abbrEn: 'NRCT' });
    expect(added).toMatchObject({ active: true, abbrVerified: true });
    const dup = await t.refusal('organisations.create', { nameTh: 'อื่น', abbrTh: 'วช.', kind: 'department' });
    expect([dup.code, dup.field]).toEqual(['CONFLICT', 'abbrTh']);
    const off = await t.call('organisations.update', { id: added.id, active: false });
    expect(off).toMatchObject({ active: false, nameTh: 'สำนักงานการวิจัยแห่งชาติ' });
    expect((await t.call('organisations.list', {})).find((o) => o.id === added.id)?.active).toBe(false);
  });

  it('merges two records of one person: open meetings move to the kept record, certified ones keep theirs', async () => {
    const t = await testCore();
    const { series, meeting, chair } = await seriesWithMeeting(t, '2026-01-10');
    const twin = await t.call('people.create', { title: 'นาย', firstName: 'ประเสริฐ', lastName: 'จันทรรวงทอง', position: 'รัฐมนตรี' });
    const next = await t.call('meetings.create', { seriesId: series.id, date: '2026-02-10', chairId: twin.id });
    await t.call('attendance.add', { meetingId: next.id, personId: twin.id, role: 'guest', presence: 'onsite' });
    const clash = await t.refusal('people.merge', { keepId: chair.id, mergeId: twin.id });
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toContain('ครั้งที่ 2/2569');
    await t.call('attendance.remove', { id: (await t.call('meetings.get', { id: next.id })).attendance.find((a) => a.personId === twin.id)!.id });

    await confirmAttendance(t, meeting.id);
    await t.call('minutes.certify', { meetingId: meeting.id, how: 'same_meeting', date: '2026-01-10' });
    // The certified meeting names `chair`; merging `chair` into `twin` leaves it alone.
    const kept = await t.call('people.merge', { keepId: twin.id, mergeId: chair.id });
    expect(kept.id).toBe(twin.id);
    expect((await t.call('meetings.get', { id: meeting.id })).chairId).toBe(chair.id);
    const open = await t.call('meetings.get', { id: next.id });
    expect(open.attendance.some((a) => a.personId === chair.id)).toBe(false);
    expect(open.attendance.some((a) => a.personId === twin.id)).toBe(true);
    expect((await t.call('series.list', {}))[0].members.map((m) => m.personId)).toContain(twin.id);
    const merged = (await t.call('people.list', {})).find((p) => p.id === chair.id)!;
    expect(merged).toMatchObject({ active: false, mergedIntoId: twin.id });
  });
});

describe('meeting officers', () => {
  it('default from the series, else from its last meeting', async () => {
    const t = await testCore();
    const taker = await t.call('people.create', { title: 'นาง', firstName: 'สุดา', lastName: 'แก้วมณี', position: 'นักจัดการงานทั่วไป' });
    const reviewer = await t.call('people.create', { title: 'นาย', firstName: 'อนันต์', lastName: 'ทองดี', position: 'ผู้อำนวยการกอง' });
    const s = await t.call('series.create', { nameTh: 'ประชุมคณะทำงาน', minuteTakerId: taker.id });
    const first = await t.call('meetings.create', { seriesId: s.id, date: '2026-01-05', reviewerId: reviewer.id });
    expect([first.minuteTakerId, first.reviewerId]).toEqual([taker.id, reviewer.id]);
    // No reviewer in the series: the last meeting's reviewer carries on.
    const second = await t.call('meetings.create', { seriesId: s.id, date: '2026-02-05' });
    expect([second.minuteTakerId, second.reviewerId]).toEqual([taker.id, reviewer.id]);
  });
});
