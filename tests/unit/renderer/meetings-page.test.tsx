// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingsPage } from '../../../renderer/features/meetings/meetings-page';
import { ids, series, sectionTemplates } from './data';
import { fakeClient } from './fake-client';
import { renderWith } from './render';

const summary = (number: number, yearBe: number, date: string | null, status: 'draft' | 'held' = 'held') => ({
  id: `${ids.meeting.slice(0, -2)}${number}${yearBe % 10}`, seriesId: ids.series, number, yearBe, date, venue: 'ห้องประชุม 801', status, minutesStatus: 'draft' as const,
});

describe('MeetingsPage', () => {
  it('lists meetings under their series, newest first, with Buddhist-era dates and status', async () => {
    const other = { ...series, id: ids.item(99), nameTh: 'การประชุมคณะกรรมการดิจิทัล', shortName: '', sections: [] };
    const client = fakeClient({
      'series.list': () => [series, other],
      'reference.sectionTemplates': () => sectionTemplates,
      'meetings.list': () => [summary(1, 2568, '2025-01-20'), summary(2, 2568, '2025-02-24'), summary(1, 2569, null, 'draft')],
    });
    await act(async () => {
      renderWith(client, <MeetingsPage />);
    });
    const first = screen.getByRole('region', { name: series.nameTh });
    const rows = within(first).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['ครั้งที่ 1/2569', 'ครั้งที่ 2/2568', 'ครั้งที่ 1/2568']);
    expect(within(rows[1]).getByText('24 ก.พ. 2568')).toBeTruthy();
    expect(within(rows[1]).getByText('ประชุมแล้ว')).toBeTruthy();
    expect(within(rows[0]).getByText('ยังไม่กำหนดวัน')).toBeTruthy();
    expect(within(rows[1]).getByRole('link', { name: 'ครั้งที่ 2/2568' }).getAttribute('href')).toMatch(/^#\/meetings\//);
    const second = screen.getByRole('region', { name: 'การประชุมคณะกรรมการดิจิทัล' });
    expect(within(second).getByText('ยังไม่มีการประชุมในชุดนี้')).toBeTruthy();
  });

  it('with no series, invites the officer to create one', async () => {
    const client = fakeClient({ 'series.list': () => [], 'reference.sectionTemplates': () => [], 'meetings.list': () => [] });
    await act(async () => {
      renderWith(client, <MeetingsPage />);
    });
    expect(screen.getByText(/ยังไม่มีชุดการประชุม/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'สร้างชุดการประชุม' })).toBeTruthy();
  });
});
