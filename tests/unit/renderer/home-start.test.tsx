// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HomeSummary } from '../../../shared/schemas/home';
import { HomePage } from '../../../renderer/features/home/home-page';
import { ids, series, sectionTemplates } from './data';
import { fakeClient } from './fake-client';
import { renderWith } from './render';

const nothing: HomeSummary = {
  today: '2026-11-30', nextMeetings: [], minutesWaiting: [], minutesWaitingTotal: { draft: 0, circulated: 0 }, overdue: { total: 0, byAgency: [] }, policyMoves: [],
};

describe('HomePage, the start page', () => {
  it('on a new database, says to create a series first', async () => {
    const client = fakeClient({ 'home.summary': () => nothing, 'series.list': () => [], 'reference.sectionTemplates': () => [] });
    await act(async () => {
      renderWith(client, <HomePage />);
    });
    expect(await screen.findByText(/ยังไม่มีชุดการประชุม/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'สร้างชุดการประชุม' }).getAttribute('href')).toBe('#/meetings/new');
  });

  it('with work to show, shows it and does not read the series on the way', async () => {
    const summary: HomeSummary = {
      ...nothing,
      minutesWaiting: [{ id: ids.meeting, seriesId: ids.series, seriesName: series.nameTh, number: 2, yearBe: 2568, date: '2025-02-24', minutesStatus: 'draft' }],
      minutesWaitingTotal: { draft: 1, circulated: 0 },
    };
    const client = fakeClient({ 'home.summary': () => summary, 'series.list': () => [series], 'reference.sectionTemplates': () => sectionTemplates });
    await act(async () => {
      renderWith(client, <HomePage />);
    });
    expect(screen.getByText('รอแจ้งเวียน 1 ครั้ง · รอรับรอง 0 ครั้ง')).toBeTruthy();
    expect(screen.queryByText(/ยังไม่มีชุดการประชุม/)).toBeNull();
    expect(client.callsTo('series.list')).toEqual([]);
  });
});
