// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewMeetingPage } from '../../../renderer/features/meetings/new-meeting-page';
import { ids, meetingDetail, series, sectionTemplates } from './data';
import { fakeClient, refusal } from './fake-client';
import { renderWith } from './render';

beforeEach(() => {
  location.hash = '#/meetings/new';
});
afterEach(() => {
  vi.restoreAllMocks();
});

const change = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('NewMeetingPage', () => {
  it('previews the number from meetings.nextNumber for the year of the date typed', async () => {
    const client = fakeClient({
      'series.list': () => [series],
      'reference.sectionTemplates': () => sectionTemplates,
      'meetings.nextNumber': ({ yearBe }) => ({ number: yearBe === 2569 ? 3 : 1, yearBe }),
    });
    await act(async () => {
      renderWith(client, <NewMeetingPage />);
    });
    // The only series is chosen already.
    expect((screen.getByLabelText(/ชุดการประชุม/) as HTMLSelectElement).value).toBe(ids.series);
    await act(async () => change(/^วันที่ประชุม/, '25/11/2569'));
    await waitFor(() => expect(screen.getByTestId('number-preview').textContent).toBe('3/2569'));
    expect(client.callsTo('meetings.nextNumber').at(-1)).toEqual({ seriesId: ids.series, yearBe: 2569 });
  });

  it('creates the meeting with ISO date and HH:MM times, then opens its page', async () => {
    const client = fakeClient({
      'series.list': () => [series],
      'reference.sectionTemplates': () => sectionTemplates,
      'meetings.nextNumber': ({ yearBe }) => ({ number: 3, yearBe }),
      'meetings.create': () => meetingDetail(),
      'meetings.list': () => [],
    });
    await act(async () => {
      renderWith(client, <NewMeetingPage />);
    });
    await act(async () => {
      change(/^วันที่ประชุม/, '25/11/2569');
      change('เวลาเริ่มประชุม', '9.30');
      change('เวลาเลิกประชุม', '12');
      change('สถานที่', 'ห้องประชุม 801');
      fireEvent.click(screen.getByLabelText('ผ่านสื่ออิเล็กทรอนิกส์'));
    });
    change('ระบบประชุมผ่านสื่ออิเล็กทรอนิกส์', 'Cisco Webex');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'สร้างการประชุม' }));
    });
    expect(client.callsTo('meetings.create')).toEqual([
      { seriesId: ids.series, date: '2026-11-25', startTime: '09:30', endTime: '12:00', venue: 'ห้องประชุม 801', mode: 'electronic', conferencing: 'Cisco Webex' },
    ]);
    expect(location.hash).toBe(`#/meetings/${ids.meeting}`);
  });

  it('does not send a date it cannot read, and says so by the field', async () => {
    const client = fakeClient({ 'series.list': () => [series], 'reference.sectionTemplates': () => [], 'meetings.nextNumber': ({ yearBe }) => ({ number: 1, yearBe }) });
    await act(async () => {
      renderWith(client, <NewMeetingPage />);
    });
    change(/^วันที่ประชุม/, '31/02/2569');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'สร้างการประชุม' }));
    });
    expect(screen.getByText(/วันที่ไม่ถูกต้อง/)).toBeTruthy();
    expect(document.activeElement?.id).toBe('new-date');
    expect(client.callsTo('meetings.create')).toEqual([]);
  });

  it("shows the core's refusal in Thai next to the form", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = fakeClient({
      'series.list': () => [series],
      'reference.sectionTemplates': () => [],
      'meetings.nextNumber': ({ yearBe }) => ({ number: 1, yearBe }),
      'meetings.create': () => {
        throw refusal('meetings.create', 'CONFLICT', 'มีการประชุมครั้งที่ 3/2569 ในชุดนี้แล้ว');
      },
    });
    await act(async () => {
      renderWith(client, <NewMeetingPage />);
    });
    await act(async () => change(/^วันที่ประชุม/, '25/11/2569'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'สร้างการประชุม' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('มีการประชุมครั้งที่ 3/2569 ในชุดนี้แล้ว');
  });

  it('never sends an empty form: a meeting needs its date, and the field says why', async () => {
    const client = fakeClient({ 'series.list': () => [series], 'reference.sectionTemplates': () => [], 'meetings.nextNumber': ({ yearBe }) => ({ number: 1, yearBe }) });
    await act(async () => {
      renderWith(client, <NewMeetingPage />);
    });
    expect(screen.getByText('เลือกชุดการประชุมและกรอกวันที่ประชุมเพื่อดูครั้งที่')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'สร้างการประชุม' }));
    });
    expect(client.callsTo('meetings.create')).toEqual([]);
    expect(client.callsTo('meetings.nextNumber')).toEqual([]);
    expect(screen.getByText(/การประชุมต้องมีวันที่ประชุม/)).toBeTruthy();
    expect(document.activeElement?.id).toBe('new-date');
  });

  it('reads a Gregorian year as such and says so, and sends a number the officer set', async () => {
    const client = fakeClient({
      'series.list': () => [series], 'reference.sectionTemplates': () => [], 'meetings.list': () => [],
      'meetings.nextNumber': ({ yearBe }) => ({ number: 1, yearBe }), 'meetings.create': () => meetingDetail(),
    });
    await act(async () => {
      renderWith(client, <NewMeetingPage />);
    });
    await act(async () => change(/^วันที่ประชุม/, '24/3/2025'));
    expect(screen.getByText(/อ่านปี 2025 เป็น ค\.ศ\. จึงบันทึกเป็น พ\.ศ\. 2568/)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('number-preview').textContent).toBe('1/2568'));
    await act(async () => change('กำหนดครั้งที่เอง', '5'));
    expect(screen.getByTestId('number-preview').textContent).toBe('5/2568');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'สร้างการประชุม' }));
    });
    expect(client.callsTo('meetings.create')[0]).toMatchObject({ date: '2025-03-24', number: 5 });
  });

  it('with no series yet, opens the series form and uses the series it creates', async () => {
    const created = { ...series, id: ids.item(77), nameTh: 'การประชุมผู้บริหารกระทรวง' };
    const client = fakeClient({
      'series.list': () => [],
      'reference.sectionTemplates': () => [],
      'series.create': () => created,
      'meetings.nextNumber': ({ yearBe }) => ({ number: 1, yearBe }),
    });
    await act(async () => {
      renderWith(client, <NewMeetingPage />);
    });
    const name = screen.getByLabelText(/ชื่อชุดการประชุม \(ภาษาไทย\)/);
    fireEvent.click(screen.getByRole('button', { name: 'บันทึกชุดการประชุม' }));
    expect(screen.getByText('กรุณากรอกชื่อชุดการประชุม (ภาษาไทย)')).toBeTruthy();
    expect(client.callsTo('series.create')).toEqual([]);
    fireEvent.change(name, { target: { value: 'การประชุมผู้บริหารกระทรวง' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'บันทึกชุดการประชุม' }));
    });
    expect(client.callsTo('series.create')).toEqual([{ nameTh: 'การประชุมผู้บริหารกระทรวง', shortName: '', nameEn: '', numbering: 'per_year' }]);
    expect((screen.getByLabelText(/ชุดการประชุม/, { selector: 'select' }) as HTMLSelectElement).value).toBe(created.id);
    await act(async () => change(/^วันที่ประชุม/, '25/11/2569'));
    await waitFor(() => expect(screen.getByTestId('number-preview').textContent).toMatch(/^1\/25\d\d$/));
  });

  it('shows what the meeting will carry and sends the items the officer kept', async () => {
    const carried = (n: number, subject: string, reason: 'marked' | 'openActions') => ({
      itemId: ids.item(n), subject, presenterOrgId: null, from: `ครั้งที่ 2/2569 ระเบียบวาระที่ 4.${n}`, meetingDate: '2026-10-01', reason,
      openActions: reason === 'openActions' ? ['ประชาสัมพันธ์แอปทางรัฐ'] : [],
    });
    const client = fakeClient({
      'series.list': () => [series], 'reference.sectionTemplates': () => [], 'meetings.list': () => [],
      'meetings.nextNumber': ({ yearBe }) => ({ number: 3, yearBe }), 'meetings.create': () => meetingDetail(),
      'meetings.preparation': () => ({
        certifies: { meetingId: ids.meeting, number: '2/2569', date: '2026-10-01' }, windowMonths: 12,
        carried: [carried(1, '(ร่าง) พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม', 'marked'), carried(2, 'สำมะโนประชากรและเคหะ', 'openActions')],
      }),
    });
    await act(async () => {
      renderWith(client, <NewMeetingPage />);
    });
    await act(async () => change(/^วันที่ประชุม/, '25/11/2569'));
    const preview = await screen.findByTestId('carry-preview');
    expect(preview.textContent).toContain('ระเบียบวาระที่ 2 รับรองรายงานการประชุมครั้งที่ 2/2569');
    expect(preview.textContent).toContain('ครั้งที่ 2/2569 ระเบียบวาระที่ 4.2 ยังมีข้อสั่งการค้าง 1 รายการ');
    fireEvent.click(screen.getByLabelText('สำมะโนประชากรและเคหะ'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'สร้างการประชุม' }));
    });
    expect(client.callsTo('meetings.create')[0]).toMatchObject({ carry: [ids.item(1)] });
  });
});
