// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ActionsPage } from '../../../renderer/features/actions/actions-page';
import { PAGE_SIZE } from '../../../renderer/features/actions/actions-store';
import { useSession } from '../../../renderer/features/session/session-store';
import { ids, meetingDetail, organisations, people } from './data';
import { catchDownloads } from './downloads';
import { fakeClient, type Handlers } from './fake-client';
import { actionRow, pids } from './policy-test-data';
import { renderWith } from './render';

// happy-dom lays nothing out: give the list's scroll box a height so the virtualiser draws rows.
const sizes = ['clientHeight', 'clientWidth'] as const;
const own = sizes.map((size) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, size));
beforeAll(() => {
  for (const size of sizes) Object.defineProperty(HTMLElement.prototype, size, { configurable: true, get: () => 600 });
});
afterAll(() => {
  sizes.forEach((size, i) => {
    const original = own[i];
    if (original) Object.defineProperty(HTMLElement.prototype, size, original);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[size];
  });
  localStorage.clear();
});

/** The meeting of the test data as the meeting picker finds it, and an older one of another series. */
const picked = (() => {
  const m = meetingDetail();
  return { id: m.id, seriesId: m.seriesId, number: m.number, yearBe: m.yearBe, date: m.date, venue: m.venue, status: m.status, minutesStatus: m.minutesStatus, seriesName: 'ผู้บริหาร ดศ.' };
})();
const older = { ...picked, id: 'meeting-older', number: 7, yearBe: 2564, seriesName: 'คณะทำงานไซเบอร์' };

const overdueRow = actionRow(1, { overdue: true, lastProgress: { id: pids.action(90), actionId: pids.action(1), date: '2025-03-20', text: 'เริ่มแล้ว', percent: 20, reportedBy: 'สสช.', illustrative: true } });

async function setup(org: string | null, handlers: Handlers = {}, total = 2) {
  const client = fakeClient({
    'people.list': () => people,
    'organisations.list': () => organisations,
    'meetings.pick': (q) => (q.query === '' ? [picked, older] : q.query === '7/2564' ? [older] : []),
    'policies.list': () => [],
    'stageTemplates.list': () => [],
    'actions.list': (q) => ({ total, rows: q.offset === 0 ? [overdueRow, actionRow(2)].slice(0, total) : [] }),
    'actions.lastBulkChange': () => null,
    ...handlers,
  });
  const view = renderWith(client, <ActionsPage org={org} />);
  await screen.findByText(`พบ ${new Intl.NumberFormat('th-TH').format(total)} รายการ`);
  return { client, ...view };
}

describe('ActionsPage', () => {
  it('opens on one agency from the address, remembers it, and shows overdue plainly', async () => {
    const { client } = await setup('สสช.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ติดตามข้อสั่งการของ สสช.');
    expect(client.callsTo('actions.list')[0]).toMatchObject({ organisationId: ids.orgNso, limit: PAGE_SIZE, offset: 0, sort: 'due' });
    expect(localStorage.getItem('lekha.actions.org')).toBe('สสช.');
    const rows = screen.getAllByTestId('tracker-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('เกินกำหนด').className).toContain('badge--overdue');
    expect(within(rows[0]).getByText('20 เม.ย. 2568')).toBeTruthy();
    expect(within(rows[0]).getByText('20%')).toBeTruthy();
    expect(within(rows[1]).queryByText('เกินกำหนด')).toBeNull();
  });

  it('reads no people and not every meeting: the meeting filter searches as the officer types', async () => {
    const { client } = await setup(null);
    expect(client.callsTo('people.list')).toEqual([]);
    expect(client.callsTo('meetings.list')).toEqual([]);
    expect(client.callsTo('meetings.pick')).toEqual([{ query: '', limit: 20 }]);
    const choice = screen.getByLabelText('การประชุม') as HTMLSelectElement;
    expect([...choice.options].map((o) => o.text)).toEqual(['ทุกการประชุม', 'ครั้งที่ 2/2569 · ผู้บริหาร ดศ.', 'ครั้งที่ 7/2564 · คณะทำงานไซเบอร์']);
    // A meeting of years ago, by its number: the one match is chosen and the list read for it.
    fireEvent.change(screen.getByLabelText('ค้นหาการประชุม'), { target: { value: '7/2564' } });
    await vi.waitFor(() => expect(client.callsTo('actions.list').at(-1)).toMatchObject({ meetingId: 'meeting-older', offset: 0 }));
    expect(client.callsTo('meetings.pick').at(-1)).toEqual({ query: '7/2564', limit: 20 });
    expect(choice.value).toBe('meeting-older');
    // How many matched is read out as it changes (a live region), not only shown.
    expect(screen.getByText('พบ 1 ครั้ง เลือกในช่องการประชุมด้านล่าง').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('group', { name: 'ข่าวประชาสัมพันธ์การประชุมครั้งที่ 7/2564' })).toBeTruthy();
    // Nothing found: said so, and the chosen meeting stays chosen.
    fireEvent.change(screen.getByLabelText('ค้นหาการประชุม'), { target: { value: 'ไม่มีชุดนี้' } });
    await screen.findByText('ไม่พบการประชุมที่ค้นหา');
    expect([...choice.options].map((o) => o.value)).toEqual(['', 'meeting-older']);
  });

  it('says so in Thai when the address names no known agency', async () => {
    await setup('ไม่มี.');
    expect(screen.getByRole('alert').textContent).toContain('ไม่พบหน่วยงานชื่อย่อ “ไม่มี.”');
  });

  it('filters to overdue and by status, and sorts', async () => {
    const { client } = await setup(null);
    await act(async () => {
      fireEvent.click(screen.getByLabelText('เฉพาะที่เกินกำหนด'));
    });
    await act(async () => {
      fireEvent.click(screen.getByLabelText('อยู่ระหว่างดำเนินการ'));
    });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('เรียงตาม'), { target: { value: 'meeting' } });
    });
    expect(client.callsTo('actions.list').at(-1)).toEqual({ overdue: true, statuses: ['in_progress'], sort: 'meeting', direction: 'asc', limit: PAGE_SIZE, offset: 0 });
  });

  it('reads further pages only as the officer scrolls to them', async () => {
    const { client } = await setup(null, { 'actions.list': (q) => ({ total: 100_000, rows: Array.from({ length: q.limit ?? 0 }, (_, i) => actionRow(i, { id: `00000000-0000-4000-8000-${String((q.offset ?? 0) + i).padStart(12, '0')}` })) }) }, 100_000);
    expect(client.callsTo('actions.list').map((q) => q.offset)).toEqual([0]);
    // Only the rows in view are drawn.
    expect(screen.getAllByTestId('tracker-row').length).toBeLessThan(30);
    const scroller = screen.getByTestId('tracker-scroll');
    await act(async () => {
      scroller.scrollTop = 84 * 50_000;
      fireEvent.scroll(scroller);
    });
    expect(client.callsTo('actions.list').map((q) => q.offset)).toContain(Math.floor(50_000 / PAGE_SIZE) * PAGE_SIZE);
  });

  it('changes the status of the selected rows at once: no status chosen for the officer, a confirmation naming the count, then an undo', async () => {
    const change = { id: pids.action(99), at: '2026-11-30T03:00:00.000Z', actor: 'สุดา', status: 'in_progress' as const, count: 2, undone: false };
    const { client } = await setup(null, { 'actions.bulkStatus': () => ({ updated: 2, change }), 'actions.undoBulk': () => ({ restored: 2 }) });
    const rows = screen.getAllByTestId('tracker-row');
    for (const row of rows) fireEvent.click(within(row).getByRole('checkbox'));
    expect(screen.getByText('เลือกไว้ 2 รายการ')).toBeTruthy();
    expect((screen.getByLabelText('เปลี่ยนเป็น') as HTMLSelectElement).value).toBe('');
    expect((screen.getByRole('button', { name: 'เปลี่ยนสถานะ' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('เปลี่ยนเป็น'), { target: { value: 'in_progress' } });
    fireEvent.click(screen.getByRole('button', { name: 'เปลี่ยนสถานะ' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('เปลี่ยนสถานะ 2 รายการเป็น “อยู่ระหว่างดำเนินการ” ใช่หรือไม่');
    expect(client.callsTo('actions.bulkStatus')).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'ยืนยัน เปลี่ยน' }));
    });
    expect(client.callsTo('actions.bulkStatus')).toEqual([{ ids: [pids.action(1), pids.action(2)], status: 'in_progress', versions: { [pids.action(1)]: 1, [pids.action(2)]: 1 } }]);
    expect(screen.getByText('เปลี่ยนสถานะ 2 รายการเป็น “อยู่ระหว่างดำเนินการ” แล้ว')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'เลิกทำ' }));
    });
    expect(client.callsTo('actions.undoBulk')).toEqual([{ id: change.id }]);
    expect(screen.getByText('เลิกทำแล้ว คืนสถานะเดิมให้ 2 รายการ')).toBeTruthy();
  });

  it('records progress in the side panel', async () => {
    const update = { id: pids.action(91), actionId: pids.action(1), date: '2025-04-01', text: 'ส่งหนังสือแจ้งแล้ว', percent: 60, reportedBy: 'สสช.', illustrative: false };
    const { client } = await setup(null, { 'actions.progress': () => [], 'actions.addProgress': () => [update] });
    await act(async () => {
      fireEvent.click(within(screen.getAllByTestId('tracker-row')[0]).getByRole('button', { name: /^ความคืบหน้า ของ/ }));
    });
    const panel = screen.getByRole('complementary', { name: 'ความคืบหน้า' });
    expect(within(panel).getByText('ยังไม่มีรายงานความคืบหน้า')).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText(/^วันที่รายงาน/), { target: { value: '1/4/2568' } });
    fireEvent.change(within(panel).getByLabelText(/^ความคืบหน้า/), { target: { value: 'ส่งหนังสือแจ้งแล้ว' } });
    fireEvent.change(within(panel).getByLabelText('ร้อยละ'), { target: { value: '160' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    expect(within(panel).getByText('ร้อยละต้องเป็นจำนวนเต็มระหว่าง 0 ถึง 100')).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText('ร้อยละ'), { target: { value: '60' } });
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    });
    expect(client.callsTo('actions.addProgress')).toEqual([{ actionId: pids.action(1), date: '2025-04-01', text: 'ส่งหนังสือแจ้งแล้ว', percent: 60, reportedBy: 'สสช.' }]);
    expect(within(panel).getByText('ส่งหนังสือแจ้งแล้ว')).toBeTruthy();
    expect(within(screen.getAllByTestId('tracker-row')[0]).getByText('60%')).toBeTruthy();
  });

  it('exports the current filter, and offers the press summary once a meeting is chosen', async () => {
    const downloads = catchDownloads();
    const file = { fileName: 'ติดตามข้อสั่งการ.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: btoa('PK') };
    const press = { fileName: 'ข่าวประชาสัมพันธ์ 2-2569.txt', mediaType: 'text/plain', base64: btoa('x') };
    const { client } = await setup('สสช.', { 'reports.actions': () => file, 'reports.press': () => press });
    await act(async () => {
      fireEvent.click(screen.getByLabelText('เฉพาะที่เกินกำหนด'));
    });
    const exporter = screen.getByRole('group', { name: 'ส่งออกตามตัวกรอง' });
    await act(async () => {
      fireEvent.click(within(exporter).getByRole('button', { name: 'ส่งออก' }));
    });
    expect(client.callsTo('reports.actions')).toEqual([{ format: 'xlsx', organisationId: ids.orgNso, overdue: true }]);
    expect(screen.queryByRole('group', { name: /ข่าวประชาสัมพันธ์/ })).toBeNull();
    await act(async () => {
      fireEvent.change(screen.getByLabelText('การประชุม'), { target: { value: ids.meeting } });
    });
    const pressGroup = screen.getByRole('group', { name: 'ข่าวประชาสัมพันธ์การประชุมครั้งที่ 2/2569' });
    await act(async () => {
      fireEvent.click(within(pressGroup).getByRole('button', { name: 'ข้อความ (TXT)' }));
    });
    expect(client.callsTo('reports.press')).toEqual([{ meetingId: ids.meeting, format: 'txt' }]);
    expect(downloads.map((d) => d.fileName)).toEqual([file.fileName, press.fileName]);
  });
});

describe('ActionsPage in team mode', () => {
  afterEach(() => useSession.getState().setOfficer(null));
  const signedIn = (role: 'reporter' | 'reader') =>
    useSession.getState().setOfficer({ id: pids.action(80), name: 'สมศรี ใจดี', username: 'somsri', role, organisationId: role === 'reporter' ? ids.orgNso : null, clearance: 'none' });

  it('offers an agency reporter no bulk change, no ticks and no press summary, but the progress form of its directives', async () => {
    signedIn('reporter');
    const { client } = await setup('สสช.', { 'actions.progress': () => [] });
    expect(screen.queryByLabelText('เปลี่ยนเป็น')).toBeNull();
    expect(screen.queryByRole('group', { name: 'เปลี่ยนสถานะหลายรายการ' })).toBeNull();
    expect(screen.queryAllByRole('checkbox', { name: /^เลือก/ })).toEqual([]);
    // The page never asks for what the role would be refused.
    expect(client.callsTo('actions.lastBulkChange')).toEqual([]);
    // Its own agency is the only one to choose, and no link leads to every agency's.
    const agencies = within(screen.getByLabelText('หน่วยงาน', { exact: false, selector: 'select' })).getAllByRole('option');
    expect(agencies.map((o) => (o as HTMLOptionElement).value)).toEqual([ids.orgNso]);
    expect(screen.queryByRole('link', { name: 'ทุกหน่วยงาน' })).toBeNull();
    await act(async () => {
      fireEvent.change(screen.getByLabelText('การประชุม'), { target: { value: ids.meeting } });
    });
    expect(screen.queryByRole('group', { name: /ข่าวประชาสัมพันธ์/ })).toBeNull();
    await act(async () => {
      fireEvent.click(within(screen.getAllByTestId('tracker-row')[0]).getByRole('button', { name: /^ความคืบหน้า ของ/ }));
    });
    const panel = screen.getByRole('complementary', { name: 'ความคืบหน้า' });
    expect(within(panel).getByRole('button', { name: 'บันทึกความคืบหน้า' })).toBeTruthy();
  });

  it('lets a reader read the progress reports but offers no form to add one', async () => {
    signedIn('reader');
    await setup(null, { 'actions.progress': () => [overdueRow.lastProgress!] });
    expect(screen.queryByLabelText('เปลี่ยนเป็น')).toBeNull();
    await act(async () => {
      fireEvent.click(within(screen.getAllByTestId('tracker-row')[0]).getByRole('button', { name: /^ความคืบหน้า ของ/ }));
    });
    const panel = screen.getByRole('complementary', { name: 'ความคืบหน้า' });
    expect(within(panel).getByText('เริ่มแล้ว')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'บันทึกความคืบหน้า' })).toBeNull();
    expect(within(panel).queryByLabelText('ร้อยละ')).toBeNull();
  });

  it('offers the secretariat the bulk change and the ticks as in one-officer mode', async () => {
    useSession.getState().setOfficer({ id: pids.action(81), name: 'อรุณี สารบรรณ', username: 'arunee', role: 'secretariat', organisationId: null, clearance: 'top_secret' });
    await setup('สสช.');
    expect(screen.getByLabelText('เปลี่ยนเป็น')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ทุกหน่วยงาน' })).toBeTruthy();
    expect(within(screen.getByLabelText('หน่วยงาน', { exact: false, selector: 'select' })).getAllByRole('option').length).toBeGreaterThan(2);
    expect(screen.getAllByTestId('tracker-row').map((r) => within(r).queryAllByRole('checkbox').length)).toEqual([1, 1]);
  });
});
