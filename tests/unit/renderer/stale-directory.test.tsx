// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/api/client';
import { DirectoryPage } from '../../../renderer/features/directory/directory-page';
import type { Person } from '../../../renderer/state/types';
import { ids } from './data';
import { directoryOrganisations, directoryPeople } from './directory-data';
import { fakeClient } from './fake-client';
import { renderWith } from './render';

const newerPosition = 'ผู้อำนวยการใหญ่ (ฉบับของสมหญิง)';

/** The directory with one person, วิชัย, whom another officer saves (version 2) once `otherSaves()` is called. */
async function setup() {
  let list = structuredClone(directoryPeople);
  let current = 1;
  const client = fakeClient({
    'people.list': () => list,
    'organisations.list': () => directoryOrganisations,
    'people.update': (patch) => {
      // What the core does: a version older than the stored one is refused, naming who saved last.
      if (patch.version !== undefined && patch.version !== current) {
        throw new ApiError('people.update', {
          code: 'CONFLICT', message: 'stale',
          stale: { entity: 'people', id: patch.id, version: current, by: 'สมหญิง ใจดี', at: '2026-11-30T07:05:00.000Z' },
        });
      }
      current += 1;
      const updated = { ...(list.find((p) => p.id === patch.id) as Person), ...patch, version: current } as Person;
      list = list.map((p) => (p.id === patch.id ? updated : p));
      return updated;
    },
  });
  const otherSaves = () => {
    current = 2;
    list = list.map((p) => (p.id === ids.wichai ? { ...p, position: newerPosition, version: 2 } : p));
  };
  renderWith(client, <DirectoryPage tab="people" org={null} />);
  await screen.findByRole('table');
  fireEvent.click(screen.getByRole('button', { name: /แก้ไข.*วิชัย/ }));
  const form = screen.getByRole('form', { name: /แก้ไขข้อมูล.*วิชัย/ });
  return { client, otherSaves, form };
}

describe('a person edited on a stale copy', () => {
  it('sends the version it opened, is refused naming who saved and when, and offers the newer copy keeping what was typed', async () => {
    const { client, otherSaves, form } = await setup();
    otherSaves();
    fireEvent.change(within(form).getByLabelText('ตำแหน่ง'), { target: { value: 'ตำแหน่งที่ฉันพิมพ์' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('people.update')[0]).toMatchObject({ id: ids.wichai, version: 1, position: 'ตำแหน่งที่ฉันพิมพ์' });
    // The officer's local time (the fake's instant is 14.05 in Bangkok).
    expect(form.textContent).toContain('เรื่องนี้มีผู้แก้ไขแล้ว: สมหญิง ใจดี เมื่อ 30 พ.ย. 2569');
    expect((within(form).getByLabelText('ตำแหน่ง') as HTMLInputElement).value).toBe('ตำแหน่งที่ฉันพิมพ์');
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เปิดฉบับล่าสุด' }));
    });
    // The newer copy in the form, what was typed beside it, and no refusal left.
    expect((within(form).getByLabelText('ตำแหน่ง') as HTMLInputElement).value).toBe(newerPosition);
    expect((within(form).getByLabelText('ตำแหน่ง (ที่ท่านพิมพ์ไว้)') as HTMLTextAreaElement).value).toBe('ตำแหน่งที่ฉันพิมพ์');
    expect(form.textContent).not.toContain('เรื่องนี้มีผู้แก้ไขแล้ว');
    // Saved again on the newer copy: the version sent is the one now shown, and the core accepts it.
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('people.update')[1]).toMatchObject({ id: ids.wichai, version: 2 });
    expect(screen.queryByRole('form', { name: /แก้ไขข้อมูล.*วิชัย/ })).toBeNull();
  });

  it('marks the open form มีฉบับใหม่กว่า when a change event names a newer save of its person, and not for another person', async () => {
    const { client, form } = await setup();
    act(() => client.emit({ type: 'changed', entity: 'people', id: ids.somchai, version: 5, by: 'สมหญิง ใจดี', meetingId: null }));
    expect(within(form).queryByText(/มีฉบับใหม่กว่า/)).toBeNull();
    act(() => client.emit({ type: 'changed', entity: 'people', id: ids.wichai, version: 2, by: 'สมหญิง ใจดี', meetingId: null }));
    expect(within(form).getByText('มีฉบับใหม่กว่า: สมหญิง ใจดี บันทึกเรื่องนี้หลังจากท่านเปิดแก้ไข')).toBeTruthy();
    expect(within(form).getByRole('button', { name: 'เปิดฉบับล่าสุด' })).toBeTruthy();
  });
});
