// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MinutesState } from '../../../shared/schemas/minutes';
import { MinutesDrafting } from '../../../renderer/features/minutes/minutes-drafting';
import { useMeeting } from '../../../renderer/state/app-context';
import { readDraft, writeDraft } from '../../../renderer/state/drafts';
import { AUTOSAVE_DELAY_MS, minutesStoreOf } from '../../../renderer/state/minutes-store';
import type { AgendaItem, MeetingDetail } from '../../../renderer/state/types';
import { ids, meetingDetail, organisations, people, series, sectionTemplates } from './data';
import { type Handlers, fakeClient, refusal } from './fake-client';
import { renderWith } from './render';

const draftMinutes: MinutesState = {
  version: 1, meetingId: ids.meeting, status: 'draft', certifiedHow: null, certifiedAtItemId: null, certifiedAt: null, certifiedOn: null, amended: false,
  amendmentText: '', contentHash: null, versions: [],
};

function Live() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <MinutesDrafting meeting={detail} active /> : null;
}

/** A core that keeps what agenda.update is sent, so the meeting read afterwards has it. */
function core(over: Partial<MeetingDetail> = {}, handlers: Handlers = {}) {
  const detail = meetingDetail(over);
  const update: Handlers['agenda.update'] = (patch) => {
    const item = detail.agendaItems.find((i) => i.id === patch.id) as AgendaItem;
    Object.assign(item, patch);
    return item;
  };
  return fakeClient({
    'people.list': () => people,
    'organisations.list': () => organisations,
    'series.list': () => [series],
    'reference.sectionTemplates': () => sectionTemplates,
    'meetings.get': () => detail,
    'minutes.get': () => draftMinutes,
    'agenda.update': update,
    ...handlers,
  });
}

async function setup(client = core()) {
  const view = renderWith(client, <Live />);
  await act(async () => {
    await Promise.all([view.stores.directory.getState().load(), view.stores.series.getState().load()]);
    await minutesStoreOf(view.stores).getState().load(ids.meeting);
    await view.stores.meeting.getState().load(ids.meeting);
  });
  return { client, ...view };
}

const resolution = () => screen.getByLabelText(/^มติที่ประชุม/) as HTMLTextAreaElement;
const discussion = () => screen.getByLabelText(/^สาระการพิจารณาของที่ประชุม/) as HTMLTextAreaElement;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('minutes drafting', () => {
  it('lists the agenda by section and opens the first item beside it', async () => {
    await setup();
    const nav = screen.getByRole('navigation', { name: 'ระเบียบวาระการประชุม' });
    const items = within(nav).getAllByTestId('minutes-nav-item');
    expect(items.map((i) => i.querySelector('.minutes-nav__number')?.textContent)).toEqual(['4.1', '4.2', '5.1']);
    expect(within(nav).getByText('ระเบียบวาระที่ 3 เรื่องสืบเนื่องจากการประชุมครั้งก่อน').nextElementSibling?.textContent).toBe('ไม่มี');
    expect(items[0].getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('4.1 เรื่อง ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');
    fireEvent.click(items[2]);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('5.1');
  });

  it('inserts a standard phrase at the caret and selects the … for the agency', async () => {
    await setup();
    const field = resolution();
    fireEvent.change(field, { target: { value: 'ที่ประชุมรับทราบ' } });
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    fireEvent.click(screen.getByRole('button', { name: 'มอบหมายให้ … ดำเนินการต่อไป' }));
    expect(field.value).toBe('ที่ประชุมรับทราบ มอบหมายให้ … ดำเนินการต่อไป');
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe('…');
    expect(document.activeElement).toBe(field);
  });

  it('suggests the kind of resolution from the phrase when none is chosen, and Alt+2 inserts the second phrase', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'ที่ประชุมรับทราบ' }));
    expect(resolution().value).toBe('ที่ประชุมรับทราบ');
    expect((screen.getByLabelText('ประเภทมติ') as HTMLSelectElement).value).toBe('noted');
    fireEvent.keyDown(document, { key: '2', code: 'Digit2', altKey: true });
    expect(resolution().value).toBe('ที่ประชุมรับทราบ ที่ประชุมพิจารณาแล้วมีมติเห็นชอบ');
    expect((screen.getByLabelText('ประเภทมติ') as HTMLSelectElement).value).toBe('noted');
  });

  it('autosaves once after typing stops, then says when it was saved', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client } = await setup();
    fireEvent.change(discussion(), { target: { value: 'ที่ประชุม' } });
    await act(async () => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2));
    fireEvent.change(discussion(), { target: { value: 'ที่ประชุมหารือเรื่องนี้' } });
    await act(async () => void vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1));
    expect(client.callsTo('agenda.update')).toEqual([]);
    expect(screen.getByTestId('save-state').textContent).toBe('มีข้อความที่ยังไม่ได้บันทึก');
    expect(readDraft(ids.meeting, ids.item(1))?.fields.discussion).toBe('ที่ประชุมหารือเรื่องนี้');
    await act(async () => void vi.advanceTimersByTime(1));
    expect(client.callsTo('agenda.update')).toEqual([{ id: ids.item(1), discussion: 'ที่ประชุมหารือเรื่องนี้' }]);
    const now = new Date();
    const hhmm = `${String(now.getHours()).padStart(2, '0')}.${String(now.getMinutes()).padStart(2, '0')}`;
    expect(screen.getByTestId('save-state').textContent).toBe(`บันทึกแล้ว ${hhmm} น.`);
    // Confirmed by the core: nothing is left waiting on this computer.
    expect(readDraft(ids.meeting, ids.item(1))).toBeNull();
  });

  it('keeps the text on this computer and shows the Thai reason when a save fails', async () => {
    const client = core({}, {
      'agenda.update': () => {
        throw refusal('agenda.update', 'INTERNAL', 'ติดต่อฐานข้อมูลไม่ได้ กรุณาลองใหม่');
      },
    });
    await setup(client);
    fireEvent.change(resolution(), { target: { value: 'ที่ประชุมเห็นชอบในหลักการ' } });
    await act(async () => {
      fireEvent.keyDown(document, { key: 'ห', code: 'KeyS', ctrlKey: true }); // Ctrl+S with the Thai layout
    });
    expect(client.callsTo('agenda.update')).toEqual([{ id: ids.item(1), resolution: 'ที่ประชุมเห็นชอบในหลักการ' }]);
    const state = screen.getByRole('alert');
    expect(state.textContent).toContain('บันทึกไม่สำเร็จ');
    expect(state.textContent).toContain('ติดต่อฐานข้อมูลไม่ได้ กรุณาลองใหม่');
    expect(state.textContent).toContain('ข้อความยังเก็บไว้ในเครื่องนี้');
    expect(readDraft(ids.meeting, ids.item(1))?.fields.resolution).toBe('ที่ประชุมเห็นชอบในหลักการ');
    expect(resolution().value).toBe('ที่ประชุมเห็นชอบในหลักการ');
    expect(screen.getAllByTestId('minutes-nav-item')[0].textContent).toContain('บันทึกไม่สำเร็จ');
  });

  it('shows a LOCKED refusal as its message, without offering to retry', async () => {
    const client = core({}, {
      'agenda.update': () => {
        throw refusal('agenda.update', 'LOCKED', 'รายงานการประชุมครั้งที่ 2/2569 ได้รับรองแล้ว จึงแก้ไขไม่ได้');
      },
    });
    await setup(client);
    fireEvent.change(resolution(), { target: { value: 'ที่ประชุมรับทราบ' } });
    await act(async () => {
      fireEvent.keyDown(document, { key: 's', code: 'KeyS', ctrlKey: true });
    });
    const state = screen.getByRole('alert');
    expect(state.textContent).toBe('บันทึกไม่สำเร็จ รายงานการประชุมครั้งที่ 2/2569 ได้รับรองแล้ว จึงแก้ไขไม่ได้');
    expect(within(state).queryByRole('button')).toBeNull();
  });

  it('offers text kept from an earlier session and saves it when restored', async () => {
    const item = meetingDetail().agendaItems[1];
    writeDraft({
      meetingId: ids.meeting, itemId: item.id, at: '2026-11-25T03:42:00.000Z',
      fields: { discussion: '', resolution: 'ที่ประชุมพิจารณาแล้วมีมติเห็นชอบบัญชีบริการดิจิทัล', resolutionKind: 'approved', carryForward: false },
    });
    // Equal to what the core has: nothing to offer, and it is cleared.
    writeDraft({ meetingId: ids.meeting, itemId: ids.item(3), at: '2026-11-25T03:42:00.000Z', fields: { discussion: '', resolution: '', resolutionKind: null, carryForward: false } });
    const { client } = await setup();
    expect(screen.getByRole('status').textContent).toContain('1 เรื่อง');
    expect(readDraft(ids.meeting, ids.item(3))).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'ไปที่เรื่อง 4.2' }));
    const prompt = screen.getByTestId('restore-prompt');
    expect(prompt.textContent).toContain('ที่ประชุมพิจารณาแล้วมีมติเห็นชอบบัญชีบริการดิจิทัล');
    expect(resolution().readOnly).toBe(true);
    await act(async () => {
      fireEvent.click(within(prompt).getByRole('button', { name: 'กู้คืนข้อความนี้' }));
    });
    expect(client.callsTo('agenda.update')).toEqual([
      { id: item.id, resolution: 'ที่ประชุมพิจารณาแล้วมีมติเห็นชอบบัญชีบริการดิจิทัล', resolutionKind: 'approved' },
    ]);
    expect(screen.queryByTestId('restore-prompt')).toBeNull();
    expect(resolution().readOnly).toBe(false);
    expect(readDraft(ids.meeting, item.id)).toBeNull();
  });

  it('moves to the next and previous item with Alt+↓ and Alt+↑, saving the one it leaves', async () => {
    const { client } = await setup();
    fireEvent.change(discussion(), { target: { value: 'หารือ' } });
    await act(async () => {
      fireEvent.keyDown(document, { key: 'ArrowDown', altKey: true });
    });
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('4.2');
    expect(client.callsTo('agenda.update')).toEqual([{ id: ids.item(1), discussion: 'หารือ' }]);
    fireEvent.keyDown(document, { key: 'ArrowUp', altKey: true });
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('4.1');
    expect(discussion().value).toBe('หารือ');
  });

  it('saves the kind and carrying forward at once', async () => {
    const { client } = await setup();
    await act(async () => {
      fireEvent.click(screen.getByLabelText(/ยกไปพิจารณาต่อในการประชุมครั้งถัดไป/));
    });
    expect(client.callsTo('agenda.update')).toEqual([{ id: ids.item(1), carryForward: true }]);
  });

  it('is read-only once the minutes are certified', async () => {
    await setup(core({ minutesStatus: 'certified' }));
    expect(discussion().readOnly).toBe(true);
    expect(resolution().readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'ที่ประชุมรับทราบ' })).toBeNull();
    expect(screen.queryByRole('button', { name: /เพิ่มข้อสั่งการ/ })).toBeNull();
  });
});

describe('directives and follow-ups beside the minutes', () => {
  it('adds a directive with its lead and supporting agencies and a Buddhist-era due date', async () => {
    const created = {
      id: ids.item(50), version: 1, agendaItemId: ids.item(1), kind: 'directive' as const, text: 'ให้ ดีป้า ประสาน สสช.', dueDate: '2026-12-31',
      status: 'open' as const, leadOrgId: ids.orgDepa, supportOrgIds: [ids.orgNso], illustrative: false, position: 1,
    };
    const client = core({}, { 'actions.create': () => created });
    await setup(client);
    fireEvent.click(screen.getByRole('button', { name: '+ เพิ่มข้อสั่งการ' }));
    const form = screen.getByRole('form', { name: 'เพิ่มข้อสั่งการ' });
    fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    expect(within(form).getByText('กรุณากรอกข้อความ')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^ข้อความ/), { target: { value: 'ให้ ดีป้า ประสาน สสช.' } });
    fireEvent.change(within(form).getByLabelText('หน่วยงานหลัก'), { target: { value: ids.orgDepa } });
    fireEvent.click(within(form).getByLabelText('สสช.'));
    fireEvent.change(within(form).getByLabelText('กำหนดเสร็จ'), { target: { value: '31/12/2569' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('actions.create')).toEqual([
      { agendaItemId: ids.item(1), kind: 'directive', text: 'ให้ ดีป้า ประสาน สสช.', leadOrgId: ids.orgDepa, supportOrgIds: [ids.orgNso], dueDate: '2026-12-31', status: 'open' },
    ]);
  });

  it('asks before saving a new directive due in the past (1/1/2500 is most likely a slip)', async () => {
    const client = core({}, { 'actions.create': () => ({ id: ids.item(52), version: 1, agendaItemId: ids.item(1), kind: 'directive', text: 'x', dueDate: '1957-01-01', status: 'open', leadOrgId: null, supportOrgIds: [], illustrative: false, position: 1 }) });
    await setup(client);
    fireEvent.click(screen.getByRole('button', { name: '+ เพิ่มข้อสั่งการ' }));
    const form = screen.getByRole('form', { name: 'เพิ่มข้อสั่งการ' });
    fireEvent.change(within(form).getByLabelText(/^ข้อความ/), { target: { value: 'ให้รายงานผล' } });
    fireEvent.change(within(form).getByLabelText('กำหนดเสร็จ'), { target: { value: '1/1/2500' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    });
    expect(within(form).getByRole('alertdialog').textContent).toContain('กำหนดเสร็จ 1/1/2500 เป็นวันที่ผ่านมาแล้ว');
    expect(client.callsTo('actions.create')).toEqual([]);
    fireEvent.click(within(form).getByRole('button', { name: 'ยืนยันวันที่นี้' }));
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('actions.create')).toEqual([expect.objectContaining({ dueDate: '1957-01-01' })]);
  });

  it('shows each action with its agencies, due date and status', async () => {
    await setup(core({
      actions: [{
        version: 1, id: ids.item(51), agendaItemId: ids.item(1), kind: 'follow_up', text: 'จัดทำรายงานผลการดำเนินงาน', dueDate: '2020-01-31',
        status: 'in_progress', leadOrgId: ids.orgNso, supportOrgIds: [ids.orgDepa], illustrative: false, position: 1,
      }],
    }));
    const row = screen.getByTestId('action-row');
    expect(row.textContent).toContain('การดำเนินการตามมติ');
    expect(row.textContent).toContain('หน่วยงานหลัก: สสช.');
    expect(row.textContent).toContain('หน่วยงานสนับสนุน: ดีป้า');
    expect(row.textContent).toContain('กำหนดเสร็จ 31 ม.ค. 2563');
    expect(row.textContent).toContain('อยู่ระหว่างดำเนินการ');
    expect(row.textContent).toContain('เกินกำหนด');
  });
});
