import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { confirmAttendance, seriesWithMeeting, tempDir, testCore } from '../helpers/core';

/** The home page's questions: what does the next meeting lack, whose minutes wait, who is late. */
describe('home.summary', () => {
  it('lists what the next meeting still lacks, and ticks each as the officer does it', async () => {
    const t = await testCore();
    const { meeting, section, chair } = await seriesWithMeeting(t, '2026-12-09');
    const lacking = async () => {
      const [next] = (await t.call('home.summary', { today: '2026-12-01' })).nextMeetings;
      expect(next.id).toBe(meeting.id);
      return next.checks.filter((c) => !c.done).map((c) => c.check);
    };
    expect(await lacking()).toEqual(['date', 'venue', 'officers', 'agenda', 'invitation', 'attendance']);

    await t.call('meetings.update', { id: meeting.id, startTime: '09:30', venue: 'ห้องประชุม 801 อาคารรัฐประศาสนภักดี' });
    await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('information').id, subject: 'รายงานผลการเบิกจ่ายงบประมาณ' });
    await t.call('meetings.update', { id: meeting.id, status: 'scheduled', secretaryId: chair.id, minuteTakerId: chair.id });
    expect(await lacking()).toEqual(['attendance']);
    await confirmAttendance(t, meeting.id);
    expect(await lacking()).toEqual([]);

    // Held and past: no longer the next meeting; its minutes now wait to go out, then to be certified.
    const after = await t.call('home.summary', { today: '2026-12-10' });
    expect(after.nextMeetings).toEqual([]);
    expect(after.minutesWaiting.map((m) => [m.id, m.minutesStatus])).toEqual([[meeting.id, 'draft']]);
    await t.call('minutes.circulate', { meetingId: meeting.id });
    expect((await t.call('home.summary', { today: '2026-12-10' })).minutesWaitingTotal).toEqual({ draft: 0, circulated: 1 });
  });

  it('counts overdue directives by agency exactly as the tracker filtered to that agency shows them', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t, '2026-10-07');
    const orgs = await t.call('organisations.list', {});
    const org = (abbr: string) => orgs.find((o) => o.abbrTh === abbr)!.id;
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: 'มาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี' });
    const directive = (text: string, dueDate: string | null, lead: string, support: string[] = [], status: 'open' | 'done' = 'open') =>
      t.call('actions.create', { agendaItemId: item.id, kind: 'directive', text, dueDate, status, leadOrgId: org(lead), supportOrgIds: support.map(org) });
    await directive('ให้ สกมช. จัดทำรายงานสถานการณ์ภัยคุกคามทางไซเบอร์', '2026-10-31', 'สกมช.', ['สดช.']);
    await directive('ให้ สดช. ประสานธนาคารแห่งประเทศไทยเรื่องการระงับบัญชีม้า', '2026-11-15', 'สดช.');
    await directive('ให้ สสช. สำรวจข้อมูลผู้เสียหาย', '2026-11-15', 'สสช.', [], 'done');
    await directive('ให้ ดีป้า รายงานผลในการประชุมครั้งต่อไป', '2026-12-31', 'ดีป้า');
    await directive('ให้ สป.ดศ. ติดตามความคืบหน้า', null, 'สป.ดศ.');

    const today = '2026-12-01';
    const { overdue } = await t.call('home.summary', { today });
    expect(overdue.total).toBe(2);
    expect(overdue.byAgency.map((a) => [a.abbrTh, a.count])).toEqual([['สดช.', 2], ['สกมช.', 1]]);
    for (const a of overdue.byAgency) {
      expect((await t.call('actions.list', { organisationId: a.organisationId, overdue: true, today })).total).toBe(a.count);
    }
  });
});

describe('today, where the officer is', () => {
  it('counts a directive due yesterday as overdue at 01:00 Bangkok time, when the UTC date is still yesterday', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Bangkok';
    try {
      const core = await openCore({ dbPath: join(tempDir(), 'lekha.db'), log: () => {}, now: () => '2026-11-30T18:00:00.000Z' });
      const call = async (method: string, args: unknown) => {
        const answer = await core.invoke(method, args);
        if (!answer.ok) throw new Error(answer.error.message);
        return answer.value as never;
      };
      const series = (await call('series.create', { nameTh: 'การประชุมผู้บริหารกระทรวง' })) as { id: string; sections: { id: string; kind: string }[] };
      const meeting = (await call('meetings.create', { seriesId: series.id, date: '2026-11-04' })) as { id: string };
      const item = (await call('agenda.create', { meetingId: meeting.id, sectionId: series.sections.find((s) => s.kind === 'consideration')!.id, subject: 'ติดตามการเบิกจ่ายงบประมาณ' })) as { id: string };
      await call('actions.create', { agendaItemId: item.id, kind: 'directive', text: 'ให้รายงานผลการเบิกจ่ายภายในวันที่ 30 พฤศจิกายน 2569', dueDate: '2026-11-30' });
      expect(((await call('home.summary', {})) as { today: string; overdue: { total: number } })).toMatchObject({ today: '2026-12-01', overdue: { total: 1 } });
      expect(((await call('actions.list', { overdue: true })) as { total: number }).total).toBe(1);
      await core.close();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
