// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/api/client';
import { SeriesPage } from '../../../renderer/features/series/series-page';
import { ids, people } from './data';
import { renderWith } from './render';
import { seriesClient, seriesCore } from './series-fake';

/** The series fake with the core's version check: a stale version is refused naming who saved last. */
async function setup() {
  const core = seriesCore();
  let version = core.current.version;
  const save = (patch: Parameters<typeof core.update>[0]) => {
    if (patch.version !== undefined && patch.version !== version) {
      throw new ApiError('series.update', {
        code: 'CONFLICT', message: 'stale', stale: { entity: 'meeting_series', id: patch.id, version, by: 'สมหญิง ใจดี', at: '2026-11-30T07:05:00.000Z' },
      });
    }
    version += 1;
    return { ...core.update({ ...patch, version }), version };
  };
  const client = seriesClient(core, { 'people.list': () => people, 'series.update': (patch) => save(patch), 'series.list': () => [{ ...core.current, version }] });
  await act(async () => {
    renderWith(client, <SeriesPage id={ids.series} />);
  });
  /** Another officer saves the series' Thai name. */
  const otherSaves = (nameTh: string) => {
    save({ id: ids.series, version, nameTh });
  };
  return { client, otherSaves };
}
const details = () => screen.getByRole('form', { name: 'ข้อมูลชุดการประชุม' });
const officers = () => screen.getByRole('form', { name: 'ผู้จดและผู้ตรวจรายงานการประชุม' });
const submit = (where: HTMLElement) => act(async () => fireEvent.click(within(where).getByRole('button', { name: 'บันทึก' })));

describe('series cards and record versions', () => {
  it('a save in one card does not make another card of this page stale: both send the version they build on', async () => {
    const { client } = await setup();
    fireEvent.change(within(details()).getByLabelText(/ชื่อชุดการประชุม \(ภาษาไทย\)/), { target: { value: 'การประชุมผู้บริหารกระทรวง (ชื่อใหม่)' } });
    fireEvent.change(within(officers()).getByLabelText('เลขานุการ'), { target: { value: ids.pornthip } });
    await submit(details());
    await submit(officers());
    const sent = client.callsTo('series.update').map((c) => c.version);
    expect(sent).toEqual([1, 2]);
    expect(officers().textContent).not.toContain('เรื่องนี้มีผู้แก้ไขแล้ว');
  });

  it('a card saved on a copy another officer changed is refused naming them, and offers the newer copy with what was typed', async () => {
    const { client, otherSaves } = await setup();
    otherSaves('ชื่อที่สมหญิงบันทึก');
    const name = () => details().querySelector('#series-details-name-th') as HTMLInputElement;
    fireEvent.change(name(), { target: { value: 'ชื่อที่ฉันพิมพ์' } });
    await submit(details());
    expect(client.callsTo('series.update').at(-1)?.version).toBe(1);
    expect(details().textContent).toContain('เรื่องนี้มีผู้แก้ไขแล้ว: สมหญิง ใจดี เมื่อ 30 พ.ย. 2569');
    await act(async () => fireEvent.click(within(details()).getByRole('button', { name: 'เปิดฉบับล่าสุด' })));
    expect(name().value).toBe('ชื่อที่สมหญิงบันทึก');
    expect((within(details()).getByLabelText('ชื่อชุดการประชุม (ภาษาไทย) (ที่ท่านพิมพ์ไว้)') as HTMLTextAreaElement).value).toBe('ชื่อที่ฉันพิมพ์');
    fireEvent.change(name(), { target: { value: 'ชื่อที่สมหญิงบันทึก (แก้ต่อ)' } });
    await submit(details());
    expect(client.callsTo('series.update').at(-1)?.version).toBe(2);
    expect(details().textContent).not.toContain('เรื่องนี้มีผู้แก้ไขแล้ว');
  });

  it('its own save, announced by the live events before its answer arrives, never shows "มีฉบับใหม่กว่า"', async () => {
    const core = seriesCore();
    let answer: (() => void) | null = null;
    const client = seriesClient(core, {
      'people.list': () => people,
      // The answer waits until the test lets it go, as when the change event outruns the HTTP answer.
      'series.update': (patch) => new Promise((done) => { answer = () => done(core.update(patch)); }),
    });
    await act(async () => {
      renderWith(client, <SeriesPage id={ids.series} />);
    });
    fireEvent.change(details().querySelector('#series-details-name-th') as HTMLInputElement, { target: { value: 'ชื่อใหม่ของฉัน' } });
    await submit(details());
    expect(answer).not.toBeNull();
    await act(async () => client.emit({ type: 'changed', entity: 'meeting_series', meetingId: null, id: ids.series, version: core.current.version + 1, by: 'root' }));
    expect(document.body.textContent).not.toContain('มีฉบับใหม่กว่า');
    await act(async () => answer?.());
    expect(document.body.textContent).not.toContain('มีฉบับใหม่กว่า');
    // A save of someone else's after it still is told.
    await act(async () => client.emit({ type: 'changed', entity: 'meeting_series', meetingId: null, id: ids.series, version: core.current.version + 1, by: 'สมหญิง ใจดี' }));
    expect(details().textContent).toContain('มีฉบับใหม่กว่า: สมหญิง ใจดี');
  });
});
