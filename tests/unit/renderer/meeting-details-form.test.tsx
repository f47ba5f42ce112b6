// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MeetingDetailsForm } from '../../../renderer/features/meetings/meeting-details-form';
import { AppProvider } from '../../../renderer/state/app-context';
import { useDirtyStore } from '../../../renderer/state/dirty';
import { ids, meetingDetail, organisations, people } from './data';
import { fakeClient, refusal } from './fake-client';
import { renderWith } from './render';

async function setup(handlers: Parameters<typeof fakeClient>[0]) {
  const client = fakeClient({ 'people.list': () => people, 'organisations.list': () => organisations, 'meetings.get': () => meetingDetail(), ...handlers });
  const view = renderWith(client, <MeetingDetailsForm meeting={meetingDetail()} />);
  await act(async () => {
    await view.stores.directory.getState().load();
    await view.stores.meeting.getState().load(ids.meeting);
  });
  return { client, ...view };
}

describe('MeetingDetailsForm', () => {
  it('shows the stored values the way officers type them', async () => {
    await setup({});
    expect((screen.getByLabelText(/^วันที่ประชุม/) as HTMLInputElement).value).toBe('25/11/2569');
    expect((screen.getByLabelText('เวลาเริ่มประชุม') as HTMLInputElement).value).toBe('09.30');
    expect((screen.getByLabelText('ประธานในที่ประชุม') as HTMLSelectElement).value).toBe(ids.chair);
    // Nothing changed: nothing to save, nothing to lose.
    expect((screen.getByRole('button', { name: 'บันทึก' }) as HTMLButtonElement).disabled).toBe(true);
    expect(useDirtyStore.getState().keys.size).toBe(0);
  });

  it('draws a list of people only once the officer reaches it, then offers every active person', async () => {
    const { client } = await setup({ 'meetings.update': (patch) => ({ ...meetingDetail(), ...patch }) });
    const chair = screen.getByLabelText('ประธานในที่ประชุม') as HTMLSelectElement;
    const secretary = screen.getByLabelText('เลขานุการ') as HTMLSelectElement;
    // Before: the empty choice and the person the meeting names, nobody else.
    expect(chair.options).toHaveLength(2);
    expect(chair.value).toBe(ids.chair);
    const others = people.filter((p) => p.active && p.id !== ids.chair);
    expect(others.length).toBeGreaterThan(0);
    fireEvent.focus(chair);
    expect(chair.options).toHaveLength(1 + people.filter((p) => p.active).length);
    expect(secretary.options.length).toBeLessThanOrEqual(2);
    fireEvent.change(chair, { target: { value: others[0].id } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('meetings.update').at(-1)).toMatchObject({ chairId: others[0].id });
  });

  it('marks unsaved changes, saves them through meetings.update, and shows a refusal by its field', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { client } = await setup({
      'meetings.update': () => {
        throw refusal('meetings.update', 'INVALID', 'เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม', 'endTime');
      },
    });
    fireEvent.change(screen.getByLabelText('เวลาเลิกประชุม'), { target: { value: '8.00' } });
    expect(screen.getByRole('status').textContent).toBe('มีการแก้ไขที่ยังไม่ได้บันทึก');
    expect(useDirtyStore.getState().keys.has('meeting-details')).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('meetings.update')[0]).toMatchObject({ id: ids.meeting, endTime: '08:00', startTime: '09:30', date: '2026-11-25' });
    expect(screen.getByRole('alert').textContent).toContain('เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม');
    const end = screen.getByLabelText('เวลาเลิกประชุม');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    // What was typed is still there to fix.
    expect((end as HTMLInputElement).value).toBe('8.00');
  });
});

describe('MeetingDetailsForm, when the meeting is read again', () => {
  it('takes new values while untouched, and keeps what the officer is typing', async () => {
    const client = fakeClient({ 'people.list': () => people, 'organisations.list': () => organisations });
    const view = renderWith(client, <MeetingDetailsForm meeting={meetingDetail()} />);
    const venue = () => (screen.getByLabelText('สถานที่') as HTMLInputElement).value;
    view.rerender(<AppProvider stores={view.stores}><MeetingDetailsForm meeting={meetingDetail({ venue: 'ห้องประชุม 902' })} /></AppProvider>);
    expect(venue()).toBe('ห้องประชุม 902');
    fireEvent.change(screen.getByLabelText('สถานที่'), { target: { value: 'ห้องประชุม 1001' } });
    view.rerender(<AppProvider stores={view.stores}><MeetingDetailsForm meeting={meetingDetail({ venue: 'ห้องประชุม 903' })} /></AppProvider>);
    expect(venue()).toBe('ห้องประชุม 1001');
  });
});
