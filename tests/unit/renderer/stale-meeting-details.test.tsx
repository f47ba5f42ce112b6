// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/api/client';
import { MeetingDetailsForm } from '../../../renderer/features/meetings/meeting-details-form';
import { ids, meetingDetail, organisations, people } from './data';
import { fakeClient } from './fake-client';
import { renderWith } from './render';

const newerVenue = 'ห้องประชุม 1 ชั้น 9 (ที่สมหญิงบันทึก)';

describe('meeting details saved on a stale copy', () => {
  it('sends the version it loaded, is refused naming who saved and when, and offers the newer copy keeping what was typed', async () => {
    let stored = meetingDetail();
    const client = fakeClient({
      'people.list': () => people, 'organisations.list': () => organisations, 'meetings.get': () => stored,
      'meetings.update': (patch) => {
        if (patch.version !== stored.version) {
          throw new ApiError('meetings.update', {
            code: 'CONFLICT', message: 'stale', stale: { entity: 'meetings', id: ids.meeting, version: stored.version, by: 'สมหญิง ใจดี', at: '2026-11-30T07:05:00.000Z' },
          });
        }
        stored = { ...stored, ...patch, version: stored.version + 1 } as typeof stored;
        return stored;
      },
    });
    const view = renderWith(client, <MeetingDetailsForm meeting={meetingDetail()} />);
    await act(async () => {
      await view.stores.directory.getState().load();
      await view.stores.meeting.getState().load(ids.meeting);
    });
    // Another officer saves a new venue after this form was opened.
    stored = { ...stored, venue: newerVenue, version: 2 };
    const venue = () => document.getElementById('meeting-venue') as HTMLInputElement;
    fireEvent.change(venue(), { target: { value: 'ห้องที่ฉันพิมพ์' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('meetings.update')[0]).toMatchObject({ version: 1, venue: 'ห้องที่ฉันพิมพ์' });
    expect(document.body.textContent).toContain('เรื่องนี้มีผู้แก้ไขแล้ว: สมหญิง ใจดี เมื่อ 30 พ.ย. 2569');
    expect(venue().value).toBe('ห้องที่ฉันพิมพ์');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'เปิดฉบับล่าสุด' }));
    });
    expect(venue().value).toBe(newerVenue);
    expect((screen.getByLabelText('สถานที่ (ที่ท่านพิมพ์ไว้)') as HTMLTextAreaElement).value).toBe('ห้องที่ฉันพิมพ์');
    expect(document.body.textContent).not.toContain('เรื่องนี้มีผู้แก้ไขแล้ว');
  });
});
