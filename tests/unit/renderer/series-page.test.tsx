// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SeriesPage } from '../../../renderer/features/series/series-page';
import { parseHash } from '../../../renderer/router';
import { useDirtyStore } from '../../../renderer/state/dirty';
import { ids, people, series } from './data';
import { renderWith } from './render';
import { seriesClient, seriesCore } from './series-fake';

/** Somchai has left: kept for history, not offered any more. */
const withInactive = people.map((p) => (p.id === ids.somchai ? { ...p, active: false } : p));

async function setup(core = seriesCore()) {
  const client = seriesClient(core, { 'people.list': () => withInactive });
  await act(async () => {
    renderWith(client, <SeriesPage id={ids.series} />);
  });
  return { client, core };
}
const form = (name: string) => screen.getByRole('form', { name });
const optionLabels = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((o) => o.textContent ?? '');
/** Lets the core's answers (promises) arrive. */
const settle = () => act(() => new Promise<void>((done) => setTimeout(done, 0)));
const submit = (where: HTMLElement) => act(async () => fireEvent.click(within(where).getByRole('button', { name: 'บันทึก' })));

describe('the series page', () => {
  it('has its own addresses', () => {
    expect(parseHash('#/series')).toEqual({ name: 'seriesList' });
    expect(parseHash(`#/series/${ids.series}`)).toEqual({ name: 'series', id: ids.series });
  });

  it('sends the default officers and the reviewer block through series.update; people who left are not offered', async () => {
    const { client } = await setup();
    const officers = form('ผู้จดและผู้ตรวจรายงานการประชุม');
    expect(officers.textContent).toContain('พิมพ์ใต้ช่องลงชื่อท้ายรายงานการประชุม');
    const secretary = within(officers).getByLabelText('เลขานุการ');
    expect(optionLabels(secretary).some((l) => l.includes('สมชาย'))).toBe(false);
    fireEvent.change(secretary, { target: { value: ids.pornthip } });
    fireEvent.change(within(officers).getByLabelText('ผู้จดรายงานการประชุม'), { target: { value: ids.manee } });
    fireEvent.change(within(officers).getByLabelText('ผู้ตรวจรายงานการประชุม'), { target: { value: ids.wichai } });
    fireEvent.click(within(officers).getByLabelText('พิมพ์ส่วนลงนามผู้ตรวจรายงานการประชุมท้ายรายงาน'));
    expect(useDirtyStore.getState().keys.has('series-officers')).toBe(true);
    await submit(officers);
    expect(client.callsTo('series.update')).toEqual([
      { id: ids.series, secretaryId: ids.pornthip, minuteTakerId: ids.manee, reviewerId: ids.wichai, documentSettings: { reviewerBlock: false }, version: 1 },
    ]);
    expect(useDirtyStore.getState().keys.has('series-officers')).toBe(false);
  });

  it('keeps an inactive officer the series already names, and clears one to "not set"', async () => {
    const { client } = await setup(seriesCore({ ...series, secretaryId: ids.somchai, reviewerId: ids.wichai }));
    const officers = form('ผู้จดและผู้ตรวจรายงานการประชุม');
    expect((within(officers).getByLabelText('เลขานุการ') as HTMLSelectElement).value).toBe(ids.somchai);
    fireEvent.change(within(officers).getByLabelText('ผู้ตรวจรายงานการประชุม'), { target: { value: '' } });
    await submit(officers);
    // The reviewer block setting did not change, so the document settings are not touched.
    expect(client.callsTo('series.update')).toEqual([{ id: ids.series, secretaryId: ids.somchai, minuteTakerId: null, reviewerId: null, version: 1 }]);
  });

  it('sets the next number with a live preview, then clears it', async () => {
    const { client } = await setup();
    const next = form('เลขครั้งของการประชุมครั้งถัดไป');
    fireEvent.change(within(next).getByLabelText('ปี พ.ศ.'), { target: { value: '2568' } });
    await settle();
    expect(client.callsTo('meetings.nextNumber').at(-1)).toEqual({ seriesId: ids.series, yearBe: 2568 });
    expect(within(next).getByTestId('next-number-now').textContent).toBe('1/2568');
    fireEvent.change(within(next).getByLabelText('เริ่มนับครั้งที่'), { target: { value: '๕' } });
    expect(within(next).getByTestId('next-number-draft').textContent).toBe('5/2568');
    await submit(next);
    await settle();
    expect(client.callsTo('series.update')).toEqual([{ id: ids.series, nextNumber: { number: 5, yearBe: 2568 }, version: 1 }]);
    expect(within(next).getByTestId('next-number-now').textContent).toBe('5/2568');
    expect(within(next).getByText('กำหนดไว้: เริ่มนับครั้งที่ 5/2568')).toBeTruthy();

    await act(async () => fireEvent.click(within(next).getByRole('button', { name: 'ล้างเลขที่กำหนด' })));
    await settle();
    expect(client.callsTo('series.update').at(-1)).toEqual({ id: ids.series, nextNumber: null, version: 2 });
    expect((within(next).getByLabelText('เริ่มนับครั้งที่') as HTMLInputElement).value).toBe('');
    expect(within(next).getByTestId('next-number-now').textContent).toBe('1/2568');
  });

  it('does not send a number it cannot read', async () => {
    const { client } = await setup();
    const next = form('เลขครั้งของการประชุมครั้งถัดไป');
    fireEvent.change(within(next).getByLabelText('เริ่มนับครั้งที่'), { target: { value: '0' } });
    await submit(next);
    expect(client.callsTo('series.update')).toEqual([]);
    expect(next.textContent).toContain('ครั้งที่ต้องเป็นจำนวนเต็ม 1–9999');
  });

  it('adds standing members with their roles (people who left are not offered), reorders them and saves the list', async () => {
    const { client } = await setup();
    const add = form('เพิ่มผู้เข้าประชุมประจำ');
    const picker = within(add).getByLabelText(/^บุคคล/);
    expect(optionLabels(picker).some((l) => l.includes('สมชาย'))).toBe(false);
    for (const [personId, role] of [[ids.chair, 'chair'], [ids.wichai, 'member_secretary']] as const) {
      fireEvent.change(picker, { target: { value: personId } });
      fireEvent.change(within(add).getByLabelText('ตำแหน่งในที่ประชุม'), { target: { value: role } });
      await act(async () => fireEvent.click(within(add).getByRole('button', { name: '+ เพิ่มเป็นผู้เข้าประชุมประจำ' })));
    }
    const members = screen.getByRole('region', { name: 'ผู้เข้าประชุมประจำ' });
    expect(within(members).getAllByTestId('member-row')).toHaveLength(2);
    fireEvent.click(within(members).getByRole('button', { name: 'เลื่อน นายวิชัย รุ่งเรือง ขึ้น' }));
    fireEvent.change(within(members).getByLabelText('ตำแหน่งในที่ประชุมของ นายประเสริฐ จันทรรวงทอง'), { target: { value: 'vice_chair' } });
    await submit(within(members).getByRole('form', { name: 'ผู้เข้าประชุมประจำ' }));
    expect(client.callsTo('series.update')).toEqual([
      { id: ids.series, members: [{ personId: ids.wichai, meetingRole: 'member_secretary' }, { personId: ids.chair, meetingRole: 'vice_chair' }], version: 1 },
    ]);
  });

  it('says when the series is not there', async () => {
    const client = seriesClient(seriesCore(), { 'series.list': () => [] });
    await act(async () => {
      renderWith(client, <SeriesPage id={ids.series} />);
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ไม่พบชุดการประชุมนี้');
  });
});
