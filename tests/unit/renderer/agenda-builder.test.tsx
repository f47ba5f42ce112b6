// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgendaEditor } from '../../../renderer/features/agenda/agenda-editor';
import { useMeeting } from '../../../renderer/state/app-context';
import type { AgendaItem, MeetingDetail } from '../../../renderer/state/types';
import { ids, meetingDetail, organisations, people, series, sectionTemplates } from './data';
import { fakeClient, refusal } from './fake-client';
import { chooseInMenu, itemEl, openItem } from './agenda-screen';
import { renderWith } from './render';

function LiveAgenda() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <AgendaEditor meeting={detail} /> : null;
}

const base = meetingDetail().agendaItems;
const renumbered = (changes: Record<string, Partial<AgendaItem>>): AgendaItem[] => base.map((i) => ({ ...i, ...changes[i.id] }));

async function setup(detail: MeetingDetail = meetingDetail(), handlers: Parameters<typeof fakeClient>[0] = {}) {
  let current = detail;
  const client = fakeClient({
    'people.list': () => people,
    'organisations.list': () => organisations,
    'series.list': () => [series],
    'reference.sectionTemplates': () => sectionTemplates,
    'meetings.get': () => current,
    'attachments.list': () => [],
    ...handlers,
  });
  const view = renderWith(client, <LiveAgenda />);
  await act(async () => {
    await Promise.all([view.stores.directory.getState().load(), view.stores.series.getState().load()]);
    await view.stores.meeting.getState().load(ids.meeting);
  });
  return { client, ...view, setDetail: (d: MeetingDetail) => { current = d; } };
}

const numbersIn = (section: number) =>
  within(screen.getByTestId(`agenda-section-${section}`)).queryAllByTestId('agenda-item').map((i) => i.getAttribute('data-number'));

const altKey = async (label: string, key: string) => {
  const handle = screen.getByRole('button', { name: label });
  handle.focus();
  await act(async () => {
    fireEvent.keyDown(handle, { key, altKey: true });
  });
};

describe('Agenda builder: moves by keyboard and by section', () => {
  it('moves an item to another section with "move to section…" and shows the numbers the core returns', async () => {
    const { client } = await setup(undefined, {
      'agenda.move': () => renumbered({ [ids.item(2)]: { sectionId: ids.section(5), position: 2, number: '5.2' } }),
    });
    await chooseInMenu('4.2', 'ย้ายไประเบียบวาระอื่น หรือจัดเป็นเรื่องย่อย…');
    const panel = screen.getByRole('group', { name: 'ตัวเลือกการย้ายเรื่อง 4.2' });
    fireEvent.change(within(panel).getByLabelText('ย้ายไประเบียบวาระ'), { target: { value: ids.section(5) } });
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'ย้ายเรื่อง 4.2 ไประเบียบวาระที่เลือก' }));
    });
    expect(client.callsTo('agenda.move')).toEqual([{ id: ids.item(2), version: 1, sectionId: ids.section(5), parentId: null, position: 2 }]);
    expect(numbersIn(4)).toEqual(['4.1']);
    expect(numbersIn(5)).toEqual(['5.1', '5.2']);
    expect(screen.getByText('ย้าย “บัญชีบริการดิจิทัล” เป็นเรื่อง 5.2 แล้ว')).toBeTruthy();
    // The move's answer is shown as is: the meeting is not read again for it.
    expect(client.callsTo('meetings.get').length).toBe(1);
  });

  it('Alt+ArrowUp and Alt+ArrowDown move within a section, and across to the next one at its ends', async () => {
    const { client } = await setup(undefined, { 'agenda.move': () => base });
    await altKey('ย้ายเรื่อง 4.2 (ลาก หรือกด Alt+ลูกศร)', 'ArrowUp');
    await altKey('ย้ายเรื่อง 4.2 (ลาก หรือกด Alt+ลูกศร)', 'ArrowDown');
    await altKey('ย้ายเรื่อง 4.1 (ลาก หรือกด Alt+ลูกศร)', 'ArrowUp');
    expect(client.callsTo('agenda.move')).toEqual([
      { id: ids.item(2), version: 1, sectionId: ids.section(4), parentId: null, position: 1 },
      // The last item of section 4 goes to the top of section 5,
      { id: ids.item(2), version: 1, sectionId: ids.section(5), parentId: null, position: 1 },
      // the first goes to the end of section 3 (empty here).
      { id: ids.item(1), version: 1, sectionId: ids.section(3), parentId: null, position: 1 },
    ]);
  });

  it('Alt+ArrowRight makes a sub-item of the item above (parentId); Alt+ArrowLeft makes it an item again', async () => {
    const sub = { ...base[1], parentId: ids.item(1), position: 1, number: '4.1.1' };
    const { client } = await setup(meetingDetail({ agendaItems: [base[0], sub, base[2]] }), { 'agenda.move': () => base });
    await altKey('ย้ายเรื่อง 4.1.1 (ลาก หรือกด Alt+ลูกศร)', 'ArrowLeft');
    expect(client.callsTo('agenda.move')).toEqual([{ id: ids.item(2), version: 1, sectionId: ids.section(4), parentId: null, position: 2 }]);
    // Back to two items in section 4: the second can go under the first.
    await altKey('ย้ายเรื่อง 4.2 (ลาก หรือกด Alt+ลูกศร)', 'ArrowRight');
    expect(client.callsTo('agenda.move')[1]).toEqual({ id: ids.item(2), version: 1, sectionId: ids.section(4), parentId: ids.item(1), position: 1 });
    // The first item has nothing above it: nothing is sent, and it is said why.
    await altKey('ย้ายเรื่อง 4.1 (ลาก หรือกด Alt+ลูกศร)', 'ArrowRight');
    expect(client.callsTo('agenda.move')).toHaveLength(2);
    expect(screen.getByText('เรื่อง 4.1 ย้ายไปทางนั้นไม่ได้')).toBeTruthy();
  });

  it('adds a sub-item under an item with its parentId, and a presenter person with their organisation', async () => {
    const { client } = await setup(undefined, {
      'agenda.create': (a) => ({ ...base[0], ...a, id: ids.item(9), number: '4.1.1' }) as never,
    });
    await chooseInMenu('4.1', 'เพิ่มเรื่องย่อย');
    const form = screen.getByRole('form', { name: 'เพิ่มเรื่องย่อยภายใต้เรื่อง 4.1' });
    fireEvent.change(within(form).getByLabelText(/^เรื่อง/), { target: { value: 'ประเด็นการกำกับดูแลเนื้อหาเกม' } });
    fireEvent.change(within(form).getByLabelText('หน่วยงานที่เสนอ'), { target: { value: ids.orgNso } });
    // The organisation's people come first.
    const person = within(form).getByLabelText(/^ผู้นำเสนอ/) as HTMLSelectElement;
    const groups = within(person).getAllByRole('group');
    expect(groups[0].getAttribute('label')).toBe('บุคลากรของ สสช.');
    expect(within(groups[0]).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'นางสาวพรทิพย์ ศรีสุข — รองผู้อำนวยการสำนักงานสถิติแห่งชาติ',
      'นายสมชาย ใจดี — ผู้อำนวยการสำนักงานสถิติแห่งชาติ',
    ]);
    fireEvent.change(person, { target: { value: ids.somchai } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('agenda.create')).toEqual([
      {
        meetingId: ids.meeting, sectionId: ids.section(4), parentId: ids.item(1), subject: 'ประเด็นการกำกับดูแลเนื้อหาเกม',
        presenterOrgId: ids.orgNso, presenterPersonId: ids.somchai, summary: '', proposal: '', resolution: '',
      },
    ]);
  });

  it('shows certified minutes read-only: a Thai banner and no way to change anything', async () => {
    await setup(meetingDetail({ minutesStatus: 'certified' }));
    expect(screen.getByTestId('locked-agenda').textContent).toContain('รายงานการประชุมนี้รับรองแล้ว แก้ไขไม่ได้');
    // Nothing to move, add or delete: the only buttons open an item to read it.
    expect(screen.queryAllByRole('button').every((b) => b.hasAttribute('aria-expanded') && b.classList.contains('agenda-item__toggle'))).toBe(true);
    expect(screen.queryByRole('button', { name: /^จัดการ เรื่อง/ })).toBeNull();
    expect(numbersIn(4)).toEqual(['4.1', '4.2']);
    // Opened, an item shows its text, with no field to type in and no way to attach.
    openItem('4.1');
    expect(within(itemEl('4.1')).queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByLabelText(/แนบไฟล์/)).toBeNull();
  });

  it("a LOCKED refusal of a move is shown in the core's Thai words, and the agenda turns read-only", async () => {
    const message = 'รายงานการประชุมครั้งที่ 2/2569 ได้รับรองแล้ว จึงแก้ไขไม่ได้';
    const { setDetail } = await setup(undefined, {
      'agenda.move': () => {
        throw refusal('agenda.move', 'LOCKED', message);
      },
    });
    setDetail(meetingDetail({ minutesStatus: 'certified' }));
    await altKey('ย้ายเรื่อง 4.2 (ลาก หรือกด Alt+ลูกศร)', 'ArrowUp');
    expect(screen.getByTestId('locked-agenda').textContent).toContain(message);
    expect(screen.queryByRole('button', { name: /ย้ายเรื่อง/ })).toBeNull();
  });
});
