// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SeriesPage } from '../../../renderer/features/series/series-page';
import { ids, series } from './data';
import { refusal } from './fake-client';
import { renderWith } from './render';
import { seriesClient, seriesCore } from './series-fake';

const frame = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));

async function setup(core = seriesCore(), handlers: Parameters<typeof seriesClient>[1] = {}) {
  const client = seriesClient(core, handlers);
  await act(async () => {
    renderWith(client, <SeriesPage id={ids.series} />);
  });
  const form = screen.getByRole('form', { name: 'หมวดระเบียบวาระ' });
  const headings = () => within(form).getAllByTestId('section-row').map((row) => (within(row).getByRole('textbox') as HTMLInputElement).value);
  const save = () => act(async () => fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' })));
  return { client, core, form, headings, save };
}

const sent = (client: Awaited<ReturnType<typeof setup>>['client']) => client.callsTo('series.update').map((a) => a.sections);

describe('the sections editor of a series', () => {
  it('shows the sections in order, each with its kind and what prints when empty', async () => {
    const { form, headings } = await setup();
    expect(headings()).toEqual(['เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ', 'เรื่องรับรองรายงานการประชุม', 'เรื่องสืบเนื่องจากการประชุมครั้งก่อน', 'เรื่องเพื่อพิจารณา', 'เรื่องเพื่อทราบ', 'เรื่องอื่น ๆ (ถ้ามี)']);
    const second = within(form).getAllByTestId('section-row')[1];
    expect(second.textContent).toContain('หมวดมาตรฐาน: รับรองรายงานการประชุม');
    expect(second.textContent).toContain('การประชุมครั้งใหม่จะมีเรื่องรับรองรายงานการประชุมครั้งก่อนในหมวดนี้');
    expect((within(second).getByLabelText('พิมพ์ว่า “ไม่มี”') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByRole('button', { name: 'บันทึก' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('adds a heading of the series’ own and sends the whole list, the kept sections with their ids', async () => {
    const { client, form, headings, save } = await setup();
    fireEvent.change(within(form).getByLabelText('หัวข้อหมวดใหม่'), { target: { value: '  เรื่องกฎหมาย ' } });
    fireEvent.keyDown(within(form).getByLabelText('หัวข้อหมวดใหม่'), { key: 'Enter' });
    expect(headings().at(-1)).toBe('เรื่องกฎหมาย');
    expect(within(form).getByText('เพิ่มหมวด “เรื่องกฎหมาย” เป็นระเบียบวาระที่ 7 แล้ว').getAttribute('role')).toBe('status');
    expect(within(form).getAllByTestId('section-row')[6].textContent).toContain('หมวดของชุดนี้');
    await save();
    const [list] = sent(client);
    expect(list?.map((s) => [s.id ?? 'new', s.kind, s.titleTh, s.whenEmpty])).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((n) => [ids.section(n), series.sections.find((s) => s.id === ids.section(n))!.kind, expect.any(String), 'none']),
      ['new', 'custom', 'เรื่องกฎหมาย', 'none'],
    ]);
    expect(within(form).getAllByRole('status').some((s) => s.textContent === 'บันทึกแล้ว')).toBe(true);
  });

  it('moves a section with Alt+ArrowUp on its handle and with the buttons, announcing where it went', async () => {
    const { client, form, headings, save } = await setup();
    const handle = within(form).getByRole('button', { name: 'ย้ายหมวด “เรื่องเพื่อทราบ” (ลาก หรือกด Alt+ลูกศรขึ้น/ลง)' });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'ArrowUp', altKey: true });
    await frame();
    expect(headings().slice(3, 5)).toEqual(['เรื่องเพื่อทราบ', 'เรื่องเพื่อพิจารณา']);
    expect(within(form).getByText('ย้ายหมวด “เรื่องเพื่อทราบ” เป็นระเบียบวาระที่ 4 จาก 6')).toBeTruthy();
    // The focus stays on the moved section's handle, so the key can be pressed again.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('ย้ายหมวด “เรื่องเพื่อทราบ” (ลาก หรือกด Alt+ลูกศรขึ้น/ลง)');
    // The first section's up button goes to its down button when it reaches the top.
    fireEvent.click(within(form).getByRole('button', { name: 'เลื่อนหมวด “เรื่องรับรองรายงานการประชุม” ขึ้น' }));
    await frame();
    expect(headings()[0]).toBe('เรื่องรับรองรายงานการประชุม');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('เลื่อนหมวด “เรื่องรับรองรายงานการประชุม” ลง');
    await save();
    expect(sent(client)[0]?.map((s) => s.id)).toEqual([2, 1, 3, 5, 4, 6].map(ids.section));
  });

  it('sends the choice of leaving an empty section out of the documents', async () => {
    const { client, form, save } = await setup();
    const other = within(form).getAllByTestId('section-row')[5];
    fireEvent.click(within(other).getByLabelText('ไม่พิมพ์หมวดนี้'));
    await save();
    expect(sent(client)[0]?.map((s) => s.whenEmpty)).toEqual(['none', 'none', 'none', 'none', 'none', 'omit']);
  });

  it('shows the core’s refusal when a section it is asked to remove has items, and keeps the draft', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const message = 'บันทึกหมวดวาระไม่ได้: ลบหมวด "เรื่องอื่น ๆ (ถ้ามี)" ไม่ได้ เพราะมีระเบียบวาระอยู่ในหมวดนี้ 2 เรื่อง';
    const { form, headings, save } = await setup(seriesCore(), {
      'series.update': () => {
        throw refusal('series.update', 'CONFLICT', message, 'sections');
      },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'ลบหมวด “เรื่องอื่น ๆ (ถ้ามี)”' }));
    expect(headings()).toHaveLength(5);
    await save();
    await frame();
    const alert = within(form).getByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(document.activeElement).toBe(alert);
    expect(headings()).toHaveLength(5);
    expect(within(form).getAllByRole('status').some((s) => s.textContent === 'มีการแก้ไขที่ยังไม่ได้บันทึก')).toBe(true);
  });

  it('does not take out a section it knows has items, and says why by the section', async () => {
    const core = seriesCore({ ...series, sections: series.sections.map((s) => (s.kind === 'consideration' ? { ...s, itemCount: 3 } : s)) });
    const { client, form, headings } = await setup(core);
    const row = within(form).getAllByTestId('section-row')[3];
    expect(row.textContent).toContain('มี 3 เรื่องในหมวดนี้');
    fireEvent.click(within(row).getByRole('button', { name: 'ลบหมวด “เรื่องเพื่อพิจารณา”' }));
    expect(headings()).toContain('เรื่องเพื่อพิจารณา');
    expect(row.textContent).toContain('หมวด “เรื่องเพื่อพิจารณา” มีระเบียบวาระอยู่ 3 เรื่อง ย้ายเรื่องไปหมวดอื่นก่อน จึงจะลบหมวดนี้ได้');
    expect(client.callsTo('series.update')).toEqual([]);

    // The Cabinet-style list keeps it, after its own four headings.
    fireEvent.click(within(form).getByRole('button', { name: 'ใช้หมวดแบบการประชุมคณะรัฐมนตรี' }));
    expect(headings()).toEqual(['เรื่องกฎหมาย', 'เรื่องเศรษฐกิจ-สังคม', 'เรื่องต่างประเทศ', 'เรื่องแต่งตั้ง', 'เรื่องเพื่อพิจารณา']);
    expect(within(form).getByText('คงหมวดที่มีเรื่องอยู่ไว้: เรื่องเพื่อพิจารณา')).toBeTruthy();
    expect(within(form).getByText(/ไม่มีหมวดรับรองรายงานการประชุม/)).toBeTruthy();
  });

  it('adds a removed standard section back in its standard place', async () => {
    const { form, headings } = await setup();
    fireEvent.click(within(form).getByRole('button', { name: 'ลบหมวด “เรื่องรับรองรายงานการประชุม”' }));
    expect(headings()).not.toContain('เรื่องรับรองรายงานการประชุม');
    fireEvent.click(within(form).getByRole('button', { name: '+ เพิ่ม “เรื่องรับรองรายงานการประชุม”' }));
    expect(headings()[1]).toBe('เรื่องรับรองรายงานการประชุม');
    expect(within(form).queryByRole('button', { name: /^\+ เพิ่ม “/ })).toBeNull();
  });

  it('points at an empty heading instead of sending it', async () => {
    const { client, form, save } = await setup();
    const first = within(form).getAllByTestId('section-row')[0];
    fireEvent.change(within(first).getByRole('textbox'), { target: { value: '  ' } });
    await save();
    await frame();
    expect(client.callsTo('series.update')).toEqual([]);
    expect(first.textContent).toContain('กรุณากรอกหัวข้อของระเบียบวาระที่ 1');
    expect(document.activeElement).toBe(within(first).getByRole('textbox'));
  });
});
