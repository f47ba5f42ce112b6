// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AttendanceEditor } from '../../../renderer/features/attendance/attendance-editor';
import { useMeeting } from '../../../renderer/state/app-context';
import { ids, meetingDetail, organisations, people, series } from './data';
import { fakeClient, refusal } from './fake-client';
import { renderWith } from './render';

function LiveEditor() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <AttendanceEditor meeting={detail} /> : null;
}

async function setup(handlers: Parameters<typeof fakeClient>[0] = {}) {
  let detail = meetingDetail();
  const client = fakeClient({
    'people.list': () => people,
    'organisations.list': () => organisations,
    'series.list': () => [series],
    'reference.sectionTemplates': () => [],
    'meetings.get': () => detail,
    ...handlers,
  });
  const view = renderWith(client, <LiveEditor />);
  await act(async () => {
    await view.stores.directory.getState().load();
    await view.stores.meeting.getState().load(ids.meeting);
  });
  return { client, ...view, setDetail: (d: typeof detail) => { detail = d; } };
}

describe('AttendanceEditor', () => {
  it('groups people as in the minutes and shows a substitute as แทน <name>', async () => {
    await setup();
    const present = screen.getByRole('region', { name: /ผู้มาประชุม/ });
    expect(within(present).getByText('นางสาวพรทิพย์ ศรีสุข')).toBeTruthy();
    expect(within(present).getByText('แทน นายสมชาย ใจดี')).toBeTruthy();
    // How each attended is shown (and changed) on the line itself.
    expect((within(present).getByLabelText('การเข้าประชุมของ นางสาวพรทิพย์ ศรีสุข') as HTMLSelectElement).value).toBe('electronic');
    const absent = screen.getByRole('region', { name: /ผู้ไม่มาประชุม/ });
    expect(within(absent).getByText('นายสมชาย ใจดี')).toBeTruthy();
    expect((within(absent).getByLabelText('การเข้าประชุมของ นายสมชาย ใจดี') as HTMLSelectElement).value).toBe('absent:official_duty');
  });

  it('adds a substitute for an absent member, with the choices the core expects', async () => {
    const { client } = await setup({
      'attendance.add': (args) => ({ ...meetingDetail().attendance[0], ...args, id: ids.att(9), meetingId: ids.meeting, sortOrder: 9 }) as never,
    });
    fireEvent.click(screen.getByRole('button', { name: /เพิ่มผู้เข้าประชุม/ }));
    const form = screen.getByRole('form', { name: 'เพิ่มผู้เข้าประชุม' });
    fireEvent.change(within(form).getByLabelText('ค้นหาชื่อ'), { target: { value: 'วิชัย' } });
    // One match: it is chosen without opening the list.
    expect((within(form).getByLabelText(/^บุคคล/) as HTMLSelectElement).value).toBe(ids.wichai);
    fireEvent.change(within(form).getByLabelText('ฐานะในที่ประชุม'), { target: { value: 'substitute' } });
    const substituteFor = within(form).getByLabelText(/ประชุมแทน/) as HTMLSelectElement;
    // The absent member is offered first.
    expect(within(substituteFor).getAllByRole('group')[0].getAttribute('label')).toBe('ผู้ไม่มาประชุม');
    fireEvent.change(substituteFor, { target: { value: ids.somchai } });
    fireEvent.click(within(form).getByLabelText('ประชุมผ่านสื่ออิเล็กทรอนิกส์'));
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มในรายชื่อ' }));
    });
    expect(client.callsTo('attendance.add')).toEqual([
      {
        // The substitute sits as the member they stand in for.
        meetingId: ids.meeting, personId: ids.wichai, role: 'substitute', substituteForId: ids.somchai, meetingRole: 'กรรมการ',
        position: '', presence: 'electronic', absenceReason: null, absenceNote: '',
      },
    ]);
    // The meeting is read again so the list shows what the core holds.
    expect(client.callsTo('meetings.get').length).toBe(2);
  });

  it('asks for the reason of an absence before calling the core', async () => {
    const { client } = await setup();
    fireEvent.click(screen.getByRole('button', { name: /เพิ่มผู้เข้าประชุม/ }));
    const form = screen.getByRole('form', { name: 'เพิ่มผู้เข้าประชุม' });
    fireEvent.change(within(form).getByLabelText(/^บุคคล/), { target: { value: ids.manee } });
    fireEvent.click(within(form).getByLabelText('ไม่มาประชุม'));
    fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มในรายชื่อ' }));
    expect(within(form).getByText('กรุณาเลือกเหตุที่ไม่มาประชุม')).toBeTruthy();
    expect(client.callsTo('attendance.add')).toEqual([]);
    const reason = within(form).getByLabelText(/เหตุที่ไม่มาประชุม/);
    expect(within(reason).getAllByRole('option').map((o) => o.textContent)).toEqual(['— ไม่ระบุ —', 'ติดราชการ', 'ลาป่วย', 'ลากิจ', 'อื่น ๆ']);
  });

  it('creates a new person once, then adds them; a refusal shows the Thai message by the form', async () => {
    const created = { id: ids.att(50), version: 1, title: 'นาง', firstName: 'สุดา', lastName: 'ดีงาม', position: 'ผู้ตรวจราชการกระทรวง', organisationId: null, illustrative: false, active: true, mergedIntoId: null };
    const { client } = await setup({
      'people.create': () => created,
      'attendance.add': () => {
        throw refusal('attendance.add', 'CONFLICT', 'บุคคลนี้อยู่ในรายชื่อผู้เข้าประชุมแล้ว', 'personId');
      },
    });
    fireEvent.click(screen.getByRole('button', { name: /เพิ่มผู้เข้าประชุม/ }));
    const form = screen.getByRole('form', { name: 'เพิ่มผู้เข้าประชุม' });
    fireEvent.click(within(form).getByRole('button', { name: /เพิ่มบุคคลใหม่/ }));
    fireEvent.change(within(form).getByLabelText('คำนำหน้า'), { target: { value: 'นาง' } });
    fireEvent.change(within(form).getByLabelText(/^ชื่อ/), { target: { value: 'สุดา' } });
    fireEvent.change(within(form).getByLabelText('นามสกุล'), { target: { value: 'ดีงาม' } });
    fireEvent.change(within(form).getByLabelText('ตำแหน่ง'), { target: { value: 'ผู้ตรวจราชการกระทรวง' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มในรายชื่อ' }));
    });
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toContain('บุคคลนี้อยู่ในรายชื่อผู้เข้าประชุมแล้ว'));
    expect(client.callsTo('people.create')).toEqual([
      { title: 'นาง', firstName: 'สุดา', lastName: 'ดีงาม', position: 'ผู้ตรวจราชการกระทรวง', organisationId: null },
    ]);
    // A second try does not create the person again: the form now points at the one just created.
    expect((within(form).getByLabelText(/^บุคคล/) as HTMLSelectElement).value).toBe(created.id);
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มในรายชื่อ' }));
    });
    expect(client.callsTo('people.create').length).toBe(1);
    expect(client.callsTo('attendance.add').length).toBe(2);
  });

  it('removes a line only after a confirmation', async () => {
    const { client } = await setup({ 'attendance.remove': () => ({ ok: true }) });
    fireEvent.click(screen.getByRole('button', { name: 'นำออก นายสมชาย ใจดี' }));
    expect(client.callsTo('attendance.remove')).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'ยืนยันนำออก' }));
    });
    expect(client.callsTo('attendance.remove')).toEqual([{ id: ids.att(2), version: 1 }]);
  });
});
