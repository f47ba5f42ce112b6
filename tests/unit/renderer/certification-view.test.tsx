// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MinutesState } from '../../../shared/schemas/minutes';
import { CertificationView } from '../../../renderer/features/certification/certification-view';
import { VersionsDiff } from '../../../renderer/features/certification/versions-diff';
import { useMeeting } from '../../../renderer/state/app-context';
import { minutesStoreOf } from '../../../renderer/state/minutes-store';
import type { MeetingDetail, MeetingSummary } from '../../../renderer/state/types';
import { ids, meetingDetail, organisations, people, series, sectionTemplates } from './data';
import { fakeClient, type Handlers, refusal } from './fake-client';
import { renderWith } from './render';

const uid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const later = { meeting: uid(900), item: uid(901) };
const hash = 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

const minutes = (over: Partial<MinutesState> = {}): MinutesState => ({
  meetingId: ids.meeting, version: 1, status: 'circulated', certifiedHow: null, certifiedAtItemId: null, certifiedAt: null, certifiedOn: null, amended: false,
  amendmentText: '', contentHash: null,
  versions: [{ version: 1, status: 'circulated', contentHash: 'b'.repeat(64), createdAt: '2026-11-26T02:15:00.000Z', createdBy: 'somsri' }],
  ...over,
});

/** Meeting 3/2569 of the same series, prepared with its section-2 item certifying 2/2569. */
const laterMeeting: MeetingDetail = {
  ...meetingDetail(),
  id: later.meeting, number: 3, date: '2026-12-23', minutesStatus: 'draft',
  agendaItems: [{
    ...meetingDetail().agendaItems[0], id: later.item, meetingId: later.meeting, sectionId: ids.section(2), number: '2.1',
    subject: 'รับรองรายงานการประชุมครั้งที่ 2/2569 เมื่อวันที่ 25 พฤศจิกายน 2569',
  }],
};
const summary = (m: MeetingDetail): MeetingSummary => ({
  id: m.id, seriesId: m.seriesId, number: m.number, yearBe: m.yearBe, date: m.date, venue: m.venue, status: m.status, minutesStatus: m.minutesStatus,
});

const unchanged = { from: 1, changed: false, changes: [{ kind: 'same' as const, text: 'มติที่ประชุม ที่ประชุมรับทราบ' }] };
const amendedText = {
  from: 1, changed: true,
  changes: [
    { kind: 'removed' as const, text: 'มติที่ประชุม ที่ประชุมเห็นชอบ' },
    { kind: 'added' as const, text: 'มติที่ประชุม ที่ประชุมเห็นชอบในหลักการ' },
  ],
};

function Live() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <CertificationView meeting={detail} /> : null;
}

async function setup(state: MinutesState, handlers: Handlers = {}) {
  const client = fakeClient({
    'people.list': () => people,
    'organisations.list': () => organisations,
    'series.list': () => [series],
    'reference.sectionTemplates': () => sectionTemplates,
    'meetings.get': ({ id }) => (id === later.meeting ? laterMeeting : meetingDetail({ minutesStatus: state.status })),
    'meetings.list': () => [summary(meetingDetail()), summary(laterMeeting)],
    'minutes.get': () => state,
    'minutes.draftChanges': () => unchanged,
    ...handlers,
  });
  const view = renderWith(client, <Live />);
  await act(async () => {
    await Promise.all([view.stores.directory.getState().load(), view.stores.series.getState().load()]);
    await minutesStoreOf(view.stores).getState().load(ids.meeting);
    await view.stores.meeting.getState().load(ids.meeting);
  });
  return { client, ...view };
}

describe('certification', () => {
  it('shows where the minutes stand: draft → circulated → certified', async () => {
    await setup(minutes());
    const steps = within(screen.getByTestId('minutes-steps')).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(['✓ร่าง', '2แจ้งเวียนแล้ว', '3รับรองแล้ว']);
    expect(steps[1].getAttribute('aria-current')).toBe('step');
  });

  it('circulates, storing a version', async () => {
    const { client } = await setup(minutes({ status: 'draft', versions: [] }), {
      'minutes.circulate': () => minutes(),
    });
    expect(screen.getByText(/ยังไม่มีฉบับที่จัดเก็บ/)).toBeTruthy();
    expect(screen.getByTestId('unresolved').textContent).toBe('ยังไม่มีมติที่ประชุม 3 เรื่อง (4.1, 4.2, 5.1) แจ้งเวียนได้ แต่ควรตรวจสอบก่อน');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'แจ้งเวียน' }));
    });
    expect(client.callsTo('minutes.circulate')).toEqual([{ meetingId: ids.meeting }]);
    expect(screen.getByText('แจ้งเวียนแล้ว จัดเก็บเป็นฉบับที่ 1')).toBeTruthy();
    expect(screen.getAllByTestId('version-row')).toHaveLength(1);
  });

  it('certifies at item 2 of the next meeting, with amendments, after asking once more', async () => {
    const { client } = await setup(minutes(), {
      'minutes.draftChanges': () => amendedText,
      'minutes.certify': (a) => minutes({
        status: 'certified', certifiedHow: 'next_meeting', certifiedAtItemId: later.item, certifiedOn: a.date, amended: true,
        amendmentText: a.amendmentText ?? '', contentHash: hash,
      }),
    });
    const form = screen.getByRole('form', { name: 'รับรองรายงานการประชุม' });
    // The next meeting and its section-2 item come chosen, with that meeting's date.
    expect((within(form).getByLabelText('การประชุมที่รับรอง') as HTMLSelectElement).value).toBe(later.meeting);
    expect((within(form).getByLabelText(/^ระเบียบวาระที่รับรอง/) as HTMLSelectElement).value).toBe(later.item);
    expect((within(form).getByLabelText(/^วันที่รับรอง/) as HTMLInputElement).value).toBe('23/12/2569');
    // The text changed since it was circulated: "with amendments" comes chosen, the change shown.
    expect((within(form).getByLabelText('โดยมีการแก้ไข') as HTMLInputElement).checked).toBe(true);
    expect(within(form).getByText(/การแก้ไขจากฉบับที่แจ้งเวียน \(ฉบับที่ 1\)/)).toBeTruthy();
    expect(within(form).getAllByText(/ในหลักการ/).length).toBeGreaterThan(0);
    fireEvent.click(within(form).getByRole('button', { name: 'รับรองรายงานการประชุม' }));
    expect(within(form).getByText('กรุณาระบุข้อความที่แก้ไข')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^ข้อความที่แก้ไข/), { target: { value: 'ระเบียบวาระที่ 4.1 แก้ไขคำว่า “เห็นชอบ” เป็น “เห็นชอบในหลักการ”' } });
    expect(within(form).getByText(/ที่ประชุมรับรองรายงานการประชุมครั้งที่ 2\/2569 โดยมีการแก้ไข ดังนี้ ระเบียบวาระที่ 4.1/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'รับรองรายงานการประชุม' }));
    expect(client.callsTo('minutes.certify')).toEqual([]);
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'ยืนยันการรับรอง' }));
    });
    expect(client.callsTo('minutes.certify')).toEqual([{
      meetingId: ids.meeting, how: 'next_meeting', atItemId: later.item, date: '2026-12-23', amended: true,
      amendmentText: 'ระเบียบวาระที่ 4.1 แก้ไขคำว่า “เห็นชอบ” เป็น “เห็นชอบในหลักการ”',
    }]);
    const record = await screen.findByTestId('certification-record');
    expect(record.textContent).toContain('รับรองในการประชุมครั้งที่ 3/2569 ระเบียบวาระที่ 2.1');
    expect(record.textContent).toContain('วันพุธที่ 23 ธันวาคม 2569');
    expect(screen.getByTestId('amendment-text').textContent).toBe('ระเบียบวาระที่ 4.1 แก้ไขคำว่า “เห็นชอบ” เป็น “เห็นชอบในหลักการ”');
    expect(screen.getByTestId('content-hash').textContent).toBe(hash);
    expect(screen.queryByRole('form', { name: 'รับรองรายงานการประชุม' })).toBeNull();
  });

  it('certifies by circulation without amendments on the date typed', async () => {
    const { client } = await setup(minutes(), { 'minutes.certify': () => minutes({ status: 'certified', certifiedHow: 'circulation', contentHash: hash }) });
    const form = screen.getByRole('form', { name: 'รับรองรายงานการประชุม' });
    fireEvent.click(within(form).getByLabelText('รับรองโดยการแจ้งเวียน'));
    expect(within(form).queryByLabelText('การประชุมที่รับรอง')).toBeNull();
    fireEvent.change(within(form).getByLabelText(/^วันที่รับรอง/), { target: { value: '5/12/2569' } });
    fireEvent.click(within(form).getByRole('button', { name: 'รับรองรายงานการประชุม' }));
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'ยืนยันการรับรอง' }));
    });
    expect(client.callsTo('minutes.certify')).toEqual([
      { meetingId: ids.meeting, how: 'circulation', atItemId: null, date: '2026-12-05', amended: false, amendmentText: '' },
    ]);
  });

  it('will not claim amendments the text does not show, nor deny those it does', async () => {
    const { client } = await setup(minutes(), { 'minutes.certify': () => minutes({ status: 'certified', contentHash: hash }) });
    const form = screen.getByRole('form', { name: 'รับรองรายงานการประชุม' });
    expect((within(form).getByLabelText('โดยไม่มีการแก้ไข') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByLabelText('โดยมีการแก้ไข'));
    fireEvent.change(within(form).getByLabelText(/^ข้อความที่แก้ไข/), { target: { value: 'แก้ไขระเบียบวาระที่ 4.1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'รับรองรายงานการประชุม' }));
    expect(within(form).getByRole('alert').textContent).toContain('ยังไม่ได้แก้ไขข้อความ');
    expect(within(form).queryByRole('button', { name: 'ยืนยันการรับรอง' })).toBeNull();
    expect(client.callsTo('minutes.certify')).toEqual([]);
  });

  it('lets a draft be certified only at the same meeting, and shows the core refusal in its words', async () => {
    await setup(minutes({ status: 'draft', versions: [] }), {
      'minutes.certify': () => {
        throw refusal('minutes.certify', 'CONFLICT', 'ต้องแจ้งเวียนร่างรายงานการประชุมก่อนรับรอง (เว้นแต่รับรองในการประชุมครั้งเดียวกัน)', 'how');
      },
    });
    const form = screen.getByRole('form', { name: 'รับรองรายงานการประชุม' });
    expect((within(form).getByLabelText('รับรองในการประชุมครั้งถัดไป (ระเบียบวาระที่ 2)') as HTMLInputElement).disabled).toBe(true);
    expect((within(form).getByLabelText('รับรองในการประชุมครั้งเดียวกัน') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText(/^วันที่รับรอง/) as HTMLInputElement).value).toBe('25/11/2569');
    fireEvent.click(within(form).getByRole('button', { name: 'รับรองรายงานการประชุม' }));
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'ยืนยันการรับรอง' }));
    });
    expect(within(form).getAllByText(/ต้องแจ้งเวียนร่างรายงานการประชุมก่อนรับรอง/).length).toBeGreaterThan(0);
  });
});

describe('versions', () => {
  const certified = minutes({
    status: 'certified', certifiedHow: 'circulation', certifiedOn: '2026-12-05', amended: true, amendmentText: 'แก้ไขมติเรื่อง 4.1',
    contentHash: hash,
    versions: [
      { version: 1, status: 'circulated', contentHash: 'b'.repeat(64), createdAt: '2026-11-26T02:15:00.000Z', createdBy: 'somsri' },
      { version: 2, status: 'certified', contentHash: hash, createdAt: '2026-12-05T03:00:00.000Z', createdBy: 'somsri' },
    ],
  });

  it('lists every version with its status, author and the amendment, views one and compares it with the next', async () => {
    const { client } = await setup(certified, {
      'minutes.version': ({ version }) => ({ ...certified.versions[version - 1], text: ['รายงานการประชุม', `ฉบับที่ ${version}`] }),
      'minutes.compare': ({ from, to }) => ({ from, to, changes: [{ kind: 'removed', text: 'ที่ประชุมเห็นชอบ' }, { kind: 'added', text: 'ที่ประชุมเห็นชอบในหลักการ' }] }),
    });
    const rows = screen.getAllByTestId('version-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('แจ้งเวียนแล้ว');
    expect(rows[0].textContent).toContain('somsri');
    expect(rows[1].textContent).toContain('รับรองโดยมีการแก้ไข: แก้ไขมติเรื่อง 4.1');
    expect(within(rows[1]).queryByRole('button', { name: /เทียบกับ/ })).toBeNull();
    await act(async () => {
      fireEvent.click(within(rows[0]).getByRole('button', { name: 'ดูฉบับที่ 1' }));
    });
    expect(screen.getByTestId('version-text').textContent).toContain('ฉบับที่ 1');
    await act(async () => {
      fireEvent.click(within(rows[0]).getByRole('button', { name: 'เทียบกับฉบับที่ 2' }));
    });
    expect(client.callsTo('minutes.compare')).toEqual([{ meetingId: ids.meeting, from: 1, to: 2 }]);
    expect(screen.getByTestId('versions-diff').querySelector('del')?.textContent).toContain('ที่ประชุมเห็นชอบ');
  });
});

describe('diff', () => {
  const same = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'same' as const, text: `ย่อหน้าที่ ${i + 1}` }));

  it('strikes removed text, marks added text, marks the changed words, and folds unchanged context', () => {
    const changes = [
      ...same(8),
      { kind: 'removed' as const, text: 'มติที่ประชุม ที่ประชุมพิจารณาแล้วมีมติเห็นชอบ' },
      { kind: 'added' as const, text: 'มติที่ประชุม ที่ประชุมพิจารณาแล้วมีมติเห็นชอบในหลักการ' },
      ...same(6).map((c) => ({ ...c, text: `${c.text} ต่อ` })),
    ];
    renderWith(fakeClient({}), <VersionsDiff comparison={{ from: 1, to: 2, changes }} />);
    const diff = screen.getByTestId('versions-diff');
    expect(diff.querySelector('h3')?.textContent).toBe('เปรียบเทียบฉบับที่ 1 กับฉบับที่ 2');
    expect(diff.textContent).toContain('เพิ่ม 1 ย่อหน้า · ลบ 1 ย่อหน้า · คงเดิม 14 ย่อหน้า');
    const removed = diff.querySelector('[data-kind="removed"] del');
    const added = diff.querySelector('[data-kind="added"] ins');
    expect(removed?.textContent).toBe('ข้อความที่ลบ: มติที่ประชุม ที่ประชุมพิจารณาแล้วมีมติเห็นชอบ');
    expect(added?.textContent).toBe('ข้อความที่เพิ่ม: มติที่ประชุม ที่ประชุมพิจารณาแล้วมีมติเห็นชอบในหลักการ');
    expect([...(added?.querySelectorAll('mark') ?? [])].map((m) => m.textContent).join('')).toBe('ในหลักการ');
    // Two paragraphs of context each side; the rest folded.
    const shownSame = [...diff.querySelectorAll('[data-kind="same"]')].map((l) => l.textContent);
    expect(shownSame).toEqual(['ย่อหน้าที่ 7', 'ย่อหน้าที่ 8', 'ย่อหน้าที่ 1 ต่อ', 'ย่อหน้าที่ 2 ต่อ']);
    fireEvent.click(screen.getByRole('button', { name: 'แสดงย่อหน้าที่ไม่เปลี่ยนแปลง 6 ย่อหน้า' }));
    expect(diff.querySelectorAll('[data-kind="same"]')).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'แสดงย่อหน้าที่ไม่เปลี่ยนแปลง 4 ย่อหน้า' })).toBeTruthy();
  });

  it('says when two versions are the same', () => {
    renderWith(fakeClient({}), <VersionsDiff comparison={{ from: 2, to: 3, changes: same(3) }} />);
    expect(screen.getByText('ทั้งสองฉบับมีข้อความเหมือนกันทุกย่อหน้า')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
