// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MEETINGS_PAGE_SIZE, MeetingsPage } from '../../../renderer/features/meetings/meetings-page';
import type { MeetingsFilter } from '../../../renderer/router';
import { ids, series, sectionTemplates } from './data';
import { fakeClient } from './fake-client';
import { renderWith } from './render';
import { useSession } from '../../../renderer/features/session/session-store';

const summary = (number: number, yearBe: number, date: string | null, status: 'draft' | 'held' = 'held', seriesId = ids.series) => ({
  id: `${ids.meeting.slice(0, -2)}${number}${yearBe % 10}`, seriesId, number, yearBe, date, venue: 'ห้องประชุม 801', status, minutesStatus: 'draft' as const,
});
const all: MeetingsFilter = { seriesId: null, yearBe: null, page: 1 };
const other = { ...series, id: ids.item(99), nameTh: 'การประชุมคณะกรรมการดิจิทัล', shortName: 'กดศ.', sections: [] };

describe('MeetingsPage', () => {
  it('shows one page of meetings, newest first, with the series, Buddhist-era dates, status and the count', async () => {
    const client = fakeClient({
      'series.list': () => [series, other],
      'reference.sectionTemplates': () => sectionTemplates,
      'meetings.page': () => ({
        total: 3, years: [2569, 2568],
        meetings: [summary(1, 2569, null, 'draft'), summary(2, 2568, '2025-02-24'), summary(1, 2568, '2025-01-20', 'held', other.id)],
      }),
    });
    await act(async () => {
      renderWith(client, <MeetingsPage filter={all} />);
    });
    expect(client.callsTo('meetings.page')).toEqual([{ seriesId: undefined, yearBe: undefined, limit: MEETINGS_PAGE_SIZE, offset: 0 }]);
    expect(screen.getByTestId('meetings-total').textContent).toBe('พบ 3 ครั้ง');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['ครั้งที่ 1/2569', 'ครั้งที่ 2/2568', 'ครั้งที่ 1/2568']);
    // Every series in the list: each row names its own (the short name where there is one).
    expect(within(rows[2]).getByText('กดศ.')).toBeTruthy();
    expect(within(rows[1]).getByText('24 ก.พ. 2568')).toBeTruthy();
    expect(within(rows[1]).getByText('ประชุมแล้ว')).toBeTruthy();
    expect(within(rows[0]).getByText('ยังไม่กำหนดวัน')).toBeTruthy();
    expect(within(rows[1]).getByRole('link', { name: 'ครั้งที่ 2/2568' }).getAttribute('href')).toMatch(/^#\/meetings\//);
    // One page only: no pager.
    expect(screen.queryByRole('navigation', { name: 'หน้าของรายการประชุม' })).toBeNull();
  });

  it('asks for the page, series and year of its address, pages through links, and a new filter starts at page 1', async () => {
    location.hash = '#/meetings';
    const client = fakeClient({
      'series.list': () => [series, other],
      'reference.sectionTemplates': () => sectionTemplates,
      'meetings.page': () => ({ total: 60, years: [2569, 2568, 2567], meetings: [summary(7, 2568, '2025-07-01')] }),
    });
    await act(async () => {
      renderWith(client, <MeetingsPage filter={{ seriesId: ids.series, yearBe: 2568, page: 2 }} />);
    });
    expect(client.callsTo('meetings.page')).toEqual([{ seriesId: ids.series, yearBe: 2568, limit: MEETINGS_PAGE_SIZE, offset: MEETINGS_PAGE_SIZE }]);
    const pager = screen.getByRole('navigation', { name: 'หน้าของรายการประชุม' });
    expect(within(pager).getByText('หน้า 2 จาก 3 (ลำดับที่ 26–50)')).toBeTruthy();
    expect(within(pager).getByRole('link', { name: '‹ หน้าก่อน' }).getAttribute('href')).toBe(`#/meetings?series=${ids.series}&year=2568`);
    expect(within(pager).getByRole('link', { name: 'หน้าถัดไป ›' }).getAttribute('href')).toBe(`#/meetings?series=${ids.series}&year=2568&page=3`);
    // One series chosen: no series column, and a way to its settings.
    expect(screen.queryByRole('columnheader', { name: 'ชุดการประชุม' })).toBeNull();
    expect(screen.getByRole('link', { name: `ตั้งค่าชุดการประชุม ${series.nameTh}` })).toBeTruthy();
    expect((screen.getByLabelText('ปี พ.ศ.') as HTMLSelectElement).value).toBe('2568');

    fireEvent.change(screen.getByLabelText('ปี พ.ศ.'), { target: { value: '2567' } });
    expect(location.hash).toBe(`#/meetings?series=${ids.series}&year=2567`);
    fireEvent.change(screen.getByLabelText('ชุดการประชุม'), { target: { value: '' } });
    expect(location.hash).toBe('#/meetings?year=2568');
  });

  it('reads the page again when the core says something changed', async () => {
    const client = fakeClient({
      'series.list': () => [series],
      'reference.sectionTemplates': () => sectionTemplates,
      'meetings.page': () => ({ total: 0, years: [], meetings: [] }),
    });
    await act(async () => {
      renderWith(client, <MeetingsPage filter={all} />);
    });
    expect(screen.getByText('ไม่พบการประชุมตามตัวกรองนี้')).toBeTruthy();
    act(() => client.emit({ type: 'changed', entity: 'meeting', meetingId: null }));
    await vi.waitFor(() => expect(client.callsTo('meetings.page')).toHaveLength(2));
  });

  it('with no series, invites the officer to create one', async () => {
    const client = fakeClient({ 'series.list': () => [], 'reference.sectionTemplates': () => [], 'meetings.page': () => ({ total: 0, years: [], meetings: [] }) });
    await act(async () => {
      renderWith(client, <MeetingsPage filter={all} />);
    });
    expect(screen.getByText(/ยังไม่มีชุดการประชุม/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'สร้างชุดการประชุม' })).toBeTruthy();
  });
});

describe('MeetingsPage in team mode', () => {
  const client = () => fakeClient({
    'series.list': () => [series],
    'reference.sectionTemplates': () => sectionTemplates,
    'meetings.page': () => ({ total: 1, years: [2568], meetings: [summary(2, 2568, '2025-02-24')] }),
  });

  it('offers a reader the meetings but no new meeting; the secretariat the new meeting as in one-officer mode', async () => {
    useSession.getState().setOfficer({ id: ids.item(80), name: 'ปกรณ์ อ่านอย่างเดียว', username: 'pakorn', role: 'reader', organisationId: null, clearance: 'none' });
    try {
      await act(async () => {
        renderWith(client(), <MeetingsPage filter={all} />);
      });
      expect(screen.getByRole('link', { name: 'ครั้งที่ 2/2568' })).toBeTruthy();
      expect(screen.queryByRole('link', { name: /สร้างการประชุม/ })).toBeNull();
      cleanup();
      useSession.getState().setOfficer({ id: ids.item(81), name: 'อรุณี สารบรรณ', username: 'arunee', role: 'secretariat', organisationId: null, clearance: 'top_secret' });
      await act(async () => {
        renderWith(client(), <MeetingsPage filter={all} />);
      });
      expect(screen.getByRole('link', { name: /สร้างการประชุม/ })).toBeTruthy();
    } finally {
      useSession.getState().setOfficer(null);
    }
  });
});
