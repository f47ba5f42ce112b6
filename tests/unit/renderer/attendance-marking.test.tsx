// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AttendanceEditor } from '../../../renderer/features/attendance/attendance-editor';
import { useMeeting } from '../../../renderer/state/app-context';
import type { Attendance, MeetingDetail } from '../../../renderer/state/types';
import { ids, meetingDetail, organisations, people, series } from './data';
import { fakeClient, refusal } from './fake-client';
import { renderWith } from './render';

function LiveEditor() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <AttendanceEditor meeting={detail} /> : null;
}

const line = (n: number, over: Partial<Attendance>): Attendance => ({
  id: ids.att(n), version: 1, meetingId: ids.meeting, personId: ids.att(100 + n), role: 'member', meetingRole: 'กรรมการ', substituteForId: null,
  position: '', presence: 'onsite', absenceReason: null, absenceNote: '', sortOrder: n, ...over,
});

async function setup(detail: MeetingDetail, handlers: Parameters<typeof fakeClient>[0] = {}, seriesOver: Partial<typeof series> = {}) {
  let current = detail;
  const client = fakeClient({
    'people.list': () => people,
    'organisations.list': () => organisations,
    'series.list': () => [{ ...series, ...seriesOver }],
    'reference.sectionTemplates': () => [],
    'meetings.get': () => current,
    ...handlers,
  });
  const view = renderWith(client, <LiveEditor />);
  await act(async () => {
    await Promise.all([view.stores.directory.getState().load(), view.stores.series.getState().load()]);
    await view.stores.meeting.getState().load(ids.meeting);
  });
  return { client, ...view, setDetail: (d: MeetingDetail) => { current = d; } };
}

describe('Attendance: quorum, marking, read-only', () => {
  const figure = () => screen.getByTestId('quorum').querySelector('[role="status"]')?.textContent;

  it('shows the quorum as an officer writes it: present of members, and how many are needed (a substitute counts)', async () => {
    // Eight members: four absent, one of whom sends a substitute; a guest does not count.
    const attendance = [
      ...[1, 2, 3, 4].map((n) => line(n, {})),
      ...[5, 6, 7, 8].map((n) => line(n, { presence: 'absent', absenceReason: 'official_duty' })),
      line(9, { role: 'substitute', substituteForId: ids.att(105), presence: 'electronic' }),
      line(10, { role: 'guest', meetingRole: '' }),
    ];
    await setup(meetingDetail({ attendance }));
    expect(figure()).toBe('ครบองค์ประชุม (มาประชุม 5 จาก 8 คน ต้องการอย่างน้อย 5 คน)');
    expect(screen.getByTestId('quorum').textContent).toContain('มาประชุม ณ สถานที่ 4 คน · ผ่านสื่ออิเล็กทรอนิกส์ 1 คน');
  });

  it('says when there is no quorum', async () => {
    const attendance = [line(1, {}), line(2, {}), line(3, { presence: 'absent', absenceReason: 'sick' }), line(4, { presence: 'absent', absenceReason: 'personal' })];
    await setup(meetingDetail({ attendance }));
    expect(figure()).toBe('ไม่ครบองค์ประชุม (มาประชุม 2 จาก 4 คน ต้องการอย่างน้อย 3 คน)');
  });

  it('counts nobody not yet confirmed as present, and says in the same line how many are still unconfirmed', async () => {
    // Thirteen members: seven on site, one electronic, one absent who sent a substitute (on site),
    // two absent, two not yet confirmed. Nine of thirteen present: a quorum, with two to confirm.
    const attendance = [
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => line(n, {})),
      line(8, { presence: 'electronic' }),
      line(9, { presence: 'absent', absenceReason: 'official_duty' }),
      line(10, { presence: 'absent', absenceReason: 'sick' }),
      line(11, { presence: 'absent', absenceReason: 'personal' }),
      line(12, { presence: 'unconfirmed' }),
      line(13, { presence: 'unconfirmed' }),
      line(14, { role: 'substitute', substituteForId: ids.att(109) }),
    ];
    await setup(meetingDetail({ attendance }));
    expect(figure()).toBe('ครบองค์ประชุม (มาประชุม 9 จาก 13 คน ต้องการอย่างน้อย 7 คน ยังไม่ยืนยันการเข้าประชุม 2 คน)');
  });

  it('before the meeting nobody counts: not yet a quorum while the unconfirmed could still make one, no quorum when they could not', async () => {
    const waiting = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => line(n, n <= 3 ? {} : n <= 5 ? { presence: 'absent', absenceReason: 'sick' } : { presence: 'unconfirmed' }));
    const { setDetail, stores } = await setup(meetingDetail({ attendance: waiting }));
    expect(figure()).toBe('ยังไม่ครบองค์ประชุม (มาประชุม 3 จาก 13 คน ต้องการอย่างน้อย 7 คน ยังไม่ยืนยันการเข้าประชุม 8 คน)');
    // Seven absent now: even if the last three come, six of thirteen is no quorum.
    setDetail(meetingDetail({ attendance: waiting.map((a, i) => (i >= 3 && i < 10 ? { ...a, presence: 'absent' as const, absenceReason: 'sick' as const } : a)) }));
    await act(async () => {
      await stores.meeting.getState().load(ids.meeting);
    });
    expect(figure()).toBe('ไม่ครบองค์ประชุม (มาประชุม 3 จาก 13 คน ต้องการอย่างน้อย 7 คน ยังไม่ยืนยันการเข้าประชุม 3 คน)');
  });

  it('marks a member electronic at once from the line', async () => {
    const { client } = await setup(meetingDetail(), { 'attendance.update': (a) => ({ ...meetingDetail().attendance[0], ...a }) as never });
    const select = screen.getByLabelText('การเข้าประชุมของ นายประเสริฐ จันทรรวงทอง');
    await act(async () => {
      fireEvent.change(select, { target: { value: 'electronic' } });
    });
    expect(client.callsTo('attendance.update')).toEqual([{ id: ids.att(1), version: 1, presence: 'electronic' }]);
  });

  it('marks a member absent with the reason in one action: nothing waits for a second save', async () => {
    const { client } = await setup(meetingDetail(), { 'attendance.update': (a) => ({ ...meetingDetail().attendance[0], ...a }) as never });
    const line = screen.getByLabelText('การเข้าประชุมของ นายประเสริฐ จันทรรวงทอง') as HTMLSelectElement;
    const absentChoices = within(within(line).getByRole('group', { name: 'ไม่มาประชุม' })).getAllByRole('option').map((o) => o.textContent);
    expect(absentChoices).toEqual(['ไม่มาประชุม: ติดราชการ', 'ไม่มาประชุม: ลาป่วย', 'ไม่มาประชุม: ลากิจ', 'ไม่มาประชุม: อื่น ๆ']);
    await act(async () => {
      fireEvent.change(line, { target: { value: 'absent:sick' } });
    });
    expect(client.callsTo('attendance.update')).toEqual([{ id: ids.att(1), version: 1, presence: 'absent', absenceReason: 'sick', absenceNote: '' }]);
  });

  it('shows who is not yet confirmed apart, and marks all of them present on site at once', async () => {
    const detail = meetingDetail();
    const unconfirmed = { ...detail, attendance: detail.attendance.map((a) => (a.role === 'member' ? { ...a, presence: 'unconfirmed' as const, absenceReason: null } : a)) };
    const { client } = await setup(unconfirmed, { 'attendance.update': (a) => ({ ...detail.attendance[0], ...a }) as never });
    const pending = screen.getByRole('region', { name: /ยังไม่ยืนยันการเข้าประชุม/ });
    const count = within(pending).getAllByTestId('attendance-row').length;
    expect(figure()).toContain(`ยังไม่ยืนยันการเข้าประชุม ${count} คน`);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: `ทุกคนที่ยังไม่ยืนยัน: มาประชุม ณ สถานที่ (${count} คน)` }));
    });
    expect(client.callsTo('attendance.update').map((c) => c.presence)).toEqual(Array(count).fill('onsite'));
  });

  it('offers to add a substitute for an absent member, prefilled for whom', async () => {
    const detail = meetingDetail();
    await setup({ ...detail, attendance: detail.attendance.filter((a) => a.role !== 'substitute') });
    fireEvent.click(screen.getByRole('button', { name: 'เพิ่มผู้ประชุมแทน นายสมชาย ใจดี' }));
    const form = screen.getByRole('form', { name: 'เพิ่มผู้เข้าประชุม' });
    expect((within(form).getByLabelText('ฐานะในที่ประชุม') as HTMLSelectElement).value).toBe('substitute');
    expect((within(form).getByLabelText(/ประชุมแทน/) as HTMLSelectElement).value).toBe(ids.somchai);
    expect((within(form).getByLabelText('ตำแหน่งในที่ประชุม') as HTMLInputElement).value).toBe('กรรมการ');
  });

  it("offers the series' members missing from this meeting and adds them as members", async () => {
    const { client } = await setup(
      meetingDetail(),
      { 'attendance.add': (a) => ({ ...meetingDetail().attendance[0], ...a, id: ids.att(40) }) as never },
      { members: [{ personId: ids.chair, meetingRole: 'chair' }, { personId: ids.wichai, meetingRole: 'member' }] },
    );
    const notice = screen.getByTestId('series-members-missing');
    expect(notice.textContent).toContain('นายวิชัย รุ่งเรือง');
    await act(async () => {
      fireEvent.click(within(notice).getByRole('button', { name: 'เพิ่มกรรมการเหล่านี้เข้ารายชื่อ' }));
    });
    expect(client.callsTo('attendance.add')).toEqual([{ meetingId: ids.meeting, personId: ids.wichai, role: 'member', meetingRole: 'กรรมการ' }]);
  });

  it('shows certified minutes read-only, with the Thai banner and no edit controls', async () => {
    await setup(meetingDetail({ minutesStatus: 'certified' }));
    expect(screen.getByTestId('locked-attendance').textContent).toContain('รายงานการประชุมนี้รับรองแล้ว แก้ไขไม่ได้');
    // Printing the sign-in sheet is all that is left to do.
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(['พิมพ์ใบลงชื่อผู้เข้าประชุม (PDF)']);
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    // What was recorded is still there to read.
    expect(screen.getByText('ติดราชการ')).toBeTruthy();
    expect(screen.getByText('ประชุมผ่านสื่ออิเล็กทรอนิกส์')).toBeTruthy();
  });

  it("shows the core's LOCKED refusal in Thai and turns read-only", async () => {
    const message = 'รายงานการประชุมครั้งที่ 2/2569 ได้รับรองแล้ว จึงแก้ไขไม่ได้';
    const { client, setDetail } = await setup(meetingDetail(), {
      'attendance.update': () => {
        throw refusal('attendance.update', 'LOCKED', message);
      },
    });
    // Certified meanwhile, in another window.
    setDetail(meetingDetail({ minutesStatus: 'certified' }));
    await act(async () => {
      fireEvent.change(screen.getByLabelText('การเข้าประชุมของ นายประเสริฐ จันทรรวงทอง'), { target: { value: 'electronic' } });
    });
    expect(client.callsTo('meetings.get').length).toBe(2);
    expect(screen.getByTestId('locked-attendance').textContent).toContain(message);
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(screen.queryByLabelText('การเข้าประชุมของ นายประเสริฐ จันทรรวงทอง')).toBeNull();
  });
});
