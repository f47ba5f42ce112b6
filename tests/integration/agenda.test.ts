import { describe, expect, it } from 'vitest';
import { seriesWithMeeting, testCore } from '../helpers/core';

async function agendaOf(t: Awaited<ReturnType<typeof testCore>>, meetingId: string) {
  return (await t.call('meetings.get', { id: meetingId })).agendaItems.map((i) => `${i.number} ${i.subject}`);
}

describe('agenda items', () => {
  it('are numbered within their section, with sub-items', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const a = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' });
    await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: 'พ.ร.ก. อาชญากรรมทางเทคโนโลยี' });
    await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('announcements').id, subject: 'e-Office' });
    await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, parentId: a.id, subject: 'ประเด็นการรับฟังความคิดเห็น' });
    expect(await agendaOf(t, meeting.id)).toEqual([
      '1.1 e-Office', '4.1 ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม', '4.1.1 ประเด็นการรับฟังความคิดเห็น', '4.2 พ.ร.ก. อาชญากรรมทางเทคโนโลยี',
    ]);
  });

  it('move within a section and between sections, renumbering both', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const s4 = section('consideration').id;
    const first = await t.call('agenda.create', { meetingId: meeting.id, sectionId: s4, subject: 'หนึ่ง' });
    await t.call('agenda.create', { meetingId: meeting.id, sectionId: s4, subject: 'สอง' });
    const third = await t.call('agenda.create', { meetingId: meeting.id, sectionId: s4, subject: 'สาม' });
    await t.call('agenda.create', { meetingId: meeting.id, sectionId: s4, parentId: first.id, subject: 'หนึ่งย่อย' });
    await t.call('agenda.move', { id: third.id, sectionId: s4, position: 1 });
    expect(await agendaOf(t, meeting.id)).toEqual(['4.1 สาม', '4.2 หนึ่ง', '4.2.1 หนึ่งย่อย', '4.3 สอง']);
    await t.call('agenda.move', { id: first.id, sectionId: section('information').id, position: 1 });
    expect(await agendaOf(t, meeting.id)).toEqual(['4.1 สาม', '4.2 สอง', '5.1 หนึ่ง', '5.1.1 หนึ่งย่อย']);
    await t.call('agenda.delete', { id: third.id });
    expect(await agendaOf(t, meeting.id)).toEqual(['4.1 สอง', '5.1 หนึ่ง', '5.1.1 หนึ่งย่อย']);
  });

  it('refuse moving an item under itself, or into another series\' section', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const parent = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: 'หลัก' });
    const child = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, parentId: parent.id, subject: 'ย่อย' });
    const loop = await t.refusal('agenda.move', { id: parent.id, sectionId: section('consideration').id, parentId: child.id, position: 1 });
    expect([loop.code, loop.field]).toEqual(['INVALID', 'parentId']);
    const other = await t.call('series.create', { nameTh: 'ชุดอื่น' });
    const foreign = await t.refusal('agenda.create', { meetingId: meeting.id, sectionId: other.sections[0].id, subject: 'ผิดชุด' });
    expect(foreign.field).toBe('sectionId');
  });

  it('keep resolutions and actions with their owners', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const orgs = await t.call('organisations.list', {});
    const depa = orgs.find((o) => o.abbrTh === 'ดีป้า')!;
    const ops = orgs.find((o) => o.abbrTh === 'สป.ดศ.')!;
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: 'ร่าง พ.ร.บ. เกม', presenterOrgId: depa.id });
    await t.call('agenda.update', { id: item.id, resolution: 'ที่ประชุมเห็นชอบในหลักการ', resolutionKind: 'approved_in_principle' });
    const action = await t.call('actions.create', { agendaItemId: item.id, kind: 'directive', text: 'จัดรับฟังความคิดเห็น', dueDate: '2026-12-31', leadOrgId: depa.id, supportOrgIds: [ops.id, depa.id] });
    expect(action).toMatchObject({ leadOrgId: depa.id, supportOrgIds: [ops.id], status: 'open' });
    const detail = await t.call('meetings.get', { id: meeting.id });
    expect(detail.agendaItems[0]).toMatchObject({ resolution: 'ที่ประชุมเห็นชอบในหลักการ', resolutionKind: 'approved_in_principle', presenterOrgId: depa.id });
    expect(detail.actions).toHaveLength(1);
  });
});
