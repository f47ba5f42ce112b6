// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgendaEditor } from '../../../renderer/features/agenda/agenda-editor';
import { useMeeting } from '../../../renderer/state/app-context';
import { ids, meetingDetail, } from './data';
import type { fakeClient } from './fake-client';
import { chooseInMenu, itemEl } from './agenda-screen';
import { meetingClient, renderMeeting } from './meeting-fake';

function LiveAgenda() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <AgendaEditor meeting={detail} /> : null;
}

async function setup(handlers: Parameters<typeof fakeClient>[0] = {}) {
  return renderMeeting(meetingClient(handlers), <LiveAgenda />);
}

describe('AgendaEditor', () => {
  it("shows the series' sections in order, with the core's item numbers", async () => {
    await setup();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ',
      'ระเบียบวาระที่ 2 เรื่องรับรองรายงานการประชุม',
      'ระเบียบวาระที่ 3 เรื่องสืบเนื่องจากการประชุมครั้งก่อน',
      'ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา',
      'ระเบียบวาระที่ 5 เรื่องเพื่อทราบ',
      'ระเบียบวาระที่ 6 เรื่องอื่น ๆ (ถ้ามี)',
    ]);
    const four = screen.getByTestId('agenda-section-4');
    const items = within(four).getAllByTestId('agenda-item');
    expect(items.map((i) => i.querySelector('.agenda-item__number')?.textContent)).toEqual(['4.1', '4.2']);
    expect(items[0].textContent).toContain('เรื่อง ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');
    expect(items[0].textContent).toContain('ดีป้า');
    expect(within(screen.getByTestId('agenda-section-3')).getByText('ไม่มี')).toBeTruthy();
  });

  it('moves an item with agenda.move and keeps the first item from going up', async () => {
    const { client } = await setup({ 'agenda.move': () => [] });
    // In the item's one menu: "up" is there but unavailable for the first item, and does nothing.
    await chooseInMenu('4.1', 'เลื่อนขึ้น');
    expect(screen.getByRole('menuitem', { name: 'เลื่อนขึ้น' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('menuitem', { name: 'เลื่อนลง' }).getAttribute('aria-disabled')).toBeNull();
    expect(client.callsTo('agenda.move')).toEqual([]);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    await chooseInMenu('4.1', 'เลื่อนลง');
    expect(client.callsTo('agenda.move')).toEqual([{ id: ids.item(1), version: 1, sectionId: ids.section(4), parentId: null, position: 2 }]);
  });

  it('adds an item in its section with subject, presenter, summary, proposal and resolution', async () => {
    const { client } = await setup({ 'agenda.create': (a) => ({ ...meetingDetail().agendaItems[0], ...a, id: ids.item(9) }) as never });
    fireEvent.click(screen.getByRole('button', { name: 'เพิ่มเรื่องในระเบียบวาระที่ 4' }));
    const form = screen.getByRole('form', { name: 'เพิ่มเรื่องในระเบียบวาระที่ 4' });
    fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    expect(within(form).getByText('กรุณากรอกเรื่อง')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^เรื่อง/), { target: { value: 'การจัดทำบัญชีข้อมูลภาครัฐ' } });
    fireEvent.change(within(form).getByLabelText('หน่วยงานที่เสนอ'), { target: { value: ids.orgNso } });
    fireEvent.change(within(form).getByLabelText('สรุปสาระสำคัญ'), { target: { value: 'สรุป' } });
    fireEvent.change(within(form).getByLabelText('ข้อเสนอเพื่อพิจารณา'), { target: { value: 'เสนอเพื่อโปรดพิจารณา' } });
    fireEvent.change(within(form).getByLabelText('มติที่ประชุม'), { target: { value: 'ที่ประชุมรับทราบ' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('agenda.create')).toEqual([
      {
        meetingId: ids.meeting, sectionId: ids.section(4), parentId: null, subject: 'การจัดทำบัญชีข้อมูลภาครัฐ', presenterOrgId: ids.orgNso, presenterPersonId: null,
        summary: 'สรุป', proposal: 'เสนอเพื่อโปรดพิจารณา', resolution: 'ที่ประชุมรับทราบ',
      },
    ]);
  });

  it('deletes an item only after a confirmation', async () => {
    const { client } = await setup({ 'agenda.delete': () => ({ ok: true }) });
    await chooseInMenu('5.1', 'ลบเรื่อง…');
    expect(client.callsTo('agenda.delete')).toEqual([]);
    const confirm = within(itemEl('5.1')).getByRole('group', { name: 'ลบเรื่อง 5.1 หรือไม่' });
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: 'ยืนยันการลบ' }));
    });
    expect(client.callsTo('agenda.delete')).toEqual([{ id: ids.item(3), version: 1 }]);
  });
});
