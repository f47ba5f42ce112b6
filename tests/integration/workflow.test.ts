import { describe, expect, it } from 'vitest';
import { createInvokeHandler } from '../../electron/shell/invoke';
import { confirmAttendance, testCore } from '../helpers/core';
import { exportDocument } from '../helpers/demo';
import { pdfText, squash } from '../helpers/documents';
import { invokeRequest, testServer } from '../helpers/server';

type T = Awaited<ReturnType<typeof testCore>>;

/** Meeting 1/2569 held: attendance, an agenda across sections, resolutions, two directives. */
async function heldMeeting(t: T) {
  const orgs = await t.call('organisations.list', {});
  const org = (abbr: string) => orgs.find((o) => o.abbrTh === abbr)!.id;
  const chair = await t.call('people.create', { title: 'นาย', firstName: 'ประเสริฐ', lastName: 'จันทรรวงทอง', position: 'รัฐมนตรี' });
  const member = await t.call('people.create', { title: 'นาย', firstName: 'อนันต์', lastName: 'ทองดี', position: 'ผู้อำนวยการ สพธอ.' });
  const series = await t.call('series.create', { nameTh: 'การประชุมผู้บริหารกระทรวง', members: [{ personId: chair.id, meetingRole: 'chair' }, { personId: member.id, meetingRole: 'member' }] });
  const section = (kind: string) => series.sections.find((s) => s.kind === kind)!.id;
  const m1 = await t.call('meetings.create', { seriesId: series.id, date: '2026-01-20', startTime: '09:30', endTime: '12:00' });
  const item = (sectionKind: string, subject: string) => t.call('agenda.create', { meetingId: m1.id, sectionId: section(sectionKind), subject });
  const bill = await item('consideration', '(ร่าง) พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม');
  const decree = await item('consideration', 'พ.ร.ก. อาชญากรรมทางเทคโนโลยี');
  const census = await item('information', 'สำมะโนประชากรและเคหะ พ.ศ. 2568');
  await t.call('agenda.move', { id: decree.id, sectionId: section('consideration'), position: 1 });
  await t.call('agenda.update', { id: bill.id, resolution: 'ที่ประชุมเห็นชอบในหลักการ', resolutionKind: 'approved_in_principle', carryForward: true });
  await t.call('agenda.update', { id: census.id, resolution: 'ที่ประชุมรับทราบ', resolutionKind: 'noted' });
  await t.call('actions.create', { agendaItemId: decree.id, kind: 'directive', text: 'ประสานสำนักงานคณะกรรมการกฤษฎีกา', dueDate: '2026-02-28', leadOrgId: org('สป.ดศ.') });
  await t.call('actions.create', { agendaItemId: census.id, kind: 'directive', text: 'ประชาสัมพันธ์แอปทางรัฐ', status: 'done', leadOrgId: org('สสช.') });
  await confirmAttendance(t, m1.id);
  return { series, m1, bill, decree, census, section };
}

describe('from agenda to certified minutes', () => {
  it('prepares the next meeting: section 2 certifies the previous minutes, section 3 carries what is still open', async () => {
    const t = await testCore();
    const { series, m1 } = await heldMeeting(t);
    const m2 = await t.call('meetings.create', { seriesId: series.id, date: '2026-02-24' });
    expect(m2.number).toBe(2);
    const agenda = m2.agendaItems.map((i) => `${i.number} ${i.subject}`);
    expect(agenda).toContain('2.1 รับรองรายงานการประชุมครั้งที่ 1/2569 เมื่อวันที่ 20 มกราคม 2569');
    const continuing = m2.agendaItems.filter((i) => i.number.startsWith('3.'));
    expect(continuing.map((i) => i.subject)).toEqual(['พ.ร.ก. อาชญากรรมทางเทคโนโลยี', '(ร่าง) พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม']);
    expect(continuing[0].summary).toContain('สืบเนื่องจากการประชุมครั้งที่ 1/2569 ระเบียบวาระที่ 4.1');
    expect(continuing[0].summary).toContain('ประสานสำนักงานคณะกรรมการกฤษฎีกา');
    expect(continuing[1].summary).toContain('ระเบียบวาระที่ 4.2');
    expect(continuing.every((i) => m1.id !== i.meetingId && i.continuesItemId)).toBe(true);
    // The finished directive (census) is not carried.
    expect(agenda.join('\n')).not.toContain('สำมะโน');
  });

  it('circulates, certifies with an amendment at the next meeting, then locks — through every transport', async () => {
    const t = await testCore();
    const { series, m1, census } = await heldMeeting(t);
    expect((await t.call('minutes.circulate', { meetingId: m1.id })).versions).toHaveLength(1);
    const m2 = await t.call('meetings.create', { seriesId: series.id, date: '2026-02-24' });
    const item21 = m2.agendaItems.find((i) => i.number === '2.1')!;

    // The amendment agreed at 2/2569 is typed into 1/2569 before certifying.
    await t.call('agenda.update', { id: census.id, resolution: 'ที่ประชุมรับทราบ และให้ สสช. รายงานผลในการประชุมครั้งถัดไป' });
    const state = await t.call('minutes.certify', {
      meetingId: m1.id, how: 'next_meeting', atItemId: item21.id, date: '2026-02-24', amended: true,
      amendmentText: 'ระเบียบวาระที่ 5.1 มติที่ประชุม เพิ่มข้อความ "และให้ สสช. รายงานผลในการประชุมครั้งถัดไป"',
    });
    expect(state).toMatchObject({ status: 'certified', certifiedHow: 'next_meeting', certifiedOn: '2026-02-24', amended: true });
    expect(state.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(state.certifiedAt).toMatchObject({ meetingNumber: '2/2569', itemNumber: '2.1' });
    expect(state.versions.map((v) => v.status)).toEqual(['circulated', 'certified']);
    const at21 = (await t.call('meetings.get', { id: m2.id })).agendaItems.find((i) => i.id === item21.id)!;
    expect(at21.resolution).toContain('ที่ประชุมรับรองรายงานการประชุมครั้งที่ 1/2569 โดยมีการแก้ไข ดังนี้');

    const diff = await t.call('minutes.compare', { meetingId: m1.id, from: 1, to: 2 });
    expect(diff.changes.filter((c) => c.kind === 'removed').map((c) => c.text)).toContain('มติที่ประชุม ที่ประชุมรับทราบ');
    expect(diff.changes.filter((c) => c.kind === 'added').map((c) => c.text)).toContain('มติที่ประชุม ที่ประชุมรับทราบ และให้ สสช. รายงานผลในการประชุมครั้งถัดไป');

    // Core
    const refusals = [
      await t.refusal('agenda.update', { id: census.id, resolution: 'แก้อีก' }),
      await t.refusal('meetings.update', { id: m1.id, venue: 'ห้องอื่น' }),
      await t.refusal('minutes.circulate', { meetingId: m1.id }),
      await t.refusal('minutes.certify', { meetingId: m1.id, how: 'circulation', date: '2026-03-01' }),
    ];
    expect(refusals.map((r) => r.code)).toEqual(['LOCKED', 'LOCKED', 'LOCKED', 'LOCKED']);
    // The certified version's hash is printed in the footer of its documents.
    const pdf = squash(pdfText(await exportDocument(t, m1.id, 'minutes', 'pdf')));
    expect(pdf).toContain(state.contentHash!.slice(0, 16));

    // IPC: the shell's wrapper answers the same LOCKED.
    const page = { kind: 'file' as const, url: 'file:///app/out/renderer/index.html' };
    const ipc = createInvokeHandler({ core: t.core, page, log: () => {} });
    const viaIpc = await ipc({ fromMainWindow: true, isTopFrame: true, url: page.url }, 'agenda.update', { id: census.id, subject: 'x' });
    expect(viaIpc).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('refuses LOCKED over the browser-mode HTTP API too', async () => {
    const s = await testServer();
    const { m1 } = await heldMeeting(s);
    await s.call('minutes.certify', { meetingId: m1.id, how: 'same_meeting', date: '2026-01-20' });
    const res = await invokeRequest(s.server.port, 'meetings.update', { id: m1.id, venue: 'ห้องอื่น' }, { 'x-lekha-token': s.server.token });
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(body.error.message).toContain('ได้รับรองแล้ว');
  });

  it('explains in Thai what is missing from a certification', async () => {
    const t = await testCore();
    const { m1 } = await heldMeeting(t);
    const noText = await t.refusal('minutes.certify', { meetingId: m1.id, how: 'same_meeting', date: '2026-01-20', amended: true });
    expect([noText.field, noText.message.includes('ต้องระบุข้อความที่แก้ไข')]).toEqual(['amendmentText', true]);
    const notCirculated = await t.refusal('minutes.certify', { meetingId: m1.id, how: 'circulation', date: '2026-01-30' });
    expect(notCirculated.message).toContain('ต้องแจ้งเวียน');
    await t.call('minutes.circulate', { meetingId: m1.id });
    const wrongItem = await t.refusal('minutes.certify', { meetingId: m1.id, how: 'next_meeting', atItemId: m1.agendaItems[0]?.id ?? crypto.randomUUID(), date: '2026-02-01' });
    expect(wrongItem.field).toBe('atItemId');
  });
});
