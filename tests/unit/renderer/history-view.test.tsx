// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../shared/schemas/audit';
import { HistoryView } from '../../../renderer/features/meetings/history-view';
import { useMeeting } from '../../../renderer/state/app-context';
import { ids, } from './data';
import { meetingClient, renderMeeting } from './meeting-fake';

/** A local wall-clock time as the ISO instant the core stores, so the test reads the same in any time zone. */
const at = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();
const base = { meetingId: ids.meeting, actor: 'somsri', label: null };
const other = '00000000-0000-4000-8000-000000000999';

const entries: AuditEntry[] = [
  {
    ...base, id: 6, at: at(2026, 12, 23, 14, 5), entity: 'minutes', entityId: ids.meeting, action: 'update',
    before: { status: 'circulated', certified_how: null, amended: 0, amendment_text: '', updated_at: 'x' },
    after: { status: 'certified', certified_how: 'next_meeting', amended: 1, amendment_text: 'แก้ไขมติเรื่อง 4.1', updated_at: 'y' },
  },
  {
    ...base, id: 5, at: at(2026, 11, 25, 10, 42), entity: 'agenda_items', entityId: ids.item(1), action: 'update',
    before: { resolution: '', resolution_kind: null, carry_forward: 0 },
    after: { resolution: 'ที่ประชุมเห็นชอบในหลักการ', resolution_kind: 'approved_in_principle', carry_forward: 1 },
    label: { subject: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม' },
  },
  {
    ...base, id: 4, at: at(2026, 11, 25, 9, 31), entity: 'attendance', entityId: ids.att(2), action: 'update',
    before: { person_id: ids.somchai, presence: 'onsite', absence_reason: null }, after: { person_id: ids.somchai, presence: 'absent', absence_reason: 'official_duty' },
  },
  {
    ...base, id: 3, at: at(2026, 11, 25, 9, 30), entity: 'action_items', entityId: ids.item(60), action: 'create',
    before: null, after: null, label: { kind: 'directive', text: 'ให้ ดีป้า ประสาน สสช.' },
  },
  {
    ...base, id: 2, at: at(2026, 11, 24, 16, 0), entity: 'meetings', entityId: ids.meeting, action: 'update',
    before: { number: 2, year_be: 2569, date: '2026-11-24', chair_id: null }, after: { number: 2, year_be: 2569, date: '2026-11-25', chair_id: ids.chair },
  },
];

function Live() {
  const detail = useMeeting((s) => s.detail);
  return detail ? <HistoryView meeting={detail} active /> : null;
}

async function setup(log: AuditEntry[] = entries) {
  return renderMeeting(meetingClient({ 'audit.list': () => log }), <Live />);
}

describe('history of a meeting', () => {
  it('names each export in the register: the file, the version, and for a numbered secret copy which copy and whom it went to', async () => {
    await setup([
      {
        ...base, id: 9, at: at(2026, 12, 24, 9, 0), entity: 'export_register', entityId: other, action: 'create', before: null, after: null,
        label: { kind: 'minutes', format: 'pdf', version: 2, minutes_status: 'certified', file_name: 'รายงานการประชุม ครั้งที่ 2-2569 ฉบับที่ 2.pdf', copy_no: 2, copy_count: 3, recipient: 'ปลัดกระทรวง' },
      },
      {
        ...base, id: 8, at: at(2026, 12, 24, 8, 0), entity: 'export_register', entityId: other, action: 'create', before: null, after: null,
        label: { kind: 'minutes', format: 'pdf', version: 2, minutes_status: 'certified', file_name: 'รายงานการประชุม ครั้งที่ 2-2569.pdf', copy_no: null, copy_count: null, recipient: null },
      },
    ]);
    const [copy, plain] = screen.getAllByTestId('history-entry').map((e) => e.querySelector('.history__what')?.textContent);
    expect(copy).toBe('ส่งออกเอกสาร (บันทึกในทะเบียนการส่งออก) รายงานการประชุม ครั้งที่ 2-2569 ฉบับที่ 2.pdf · ฉบับที่ 2 · สำเนาฉบับที่ 2 ของ 3 ฉบับ · ถึง ปลัดกระทรวง โดย somsri');
    expect(plain).toBe('ส่งออกเอกสาร (บันทึกในทะเบียนการส่งออก) รายงานการประชุม ครั้งที่ 2-2569.pdf · ฉบับที่ 2 โดย somsri');
  });

  it('narrows the history to the exports, and to the other kinds without them', async () => {
    const exported: AuditEntry = {
      ...base, id: 9, at: at(2026, 12, 24, 9, 0), entity: 'export_register', entityId: other, action: 'create', before: null, after: null,
      label: { kind: 'minutes', format: 'pdf', version: 2, minutes_status: 'certified', file_name: 'รายงานการประชุม ครั้งที่ 2-2569.pdf' },
    };
    await setup([exported, ...entries]);
    const filter = screen.getByLabelText('แสดง') as HTMLSelectElement;
    expect([...filter.options].map((o) => o.textContent)).toContain('การส่งออกเอกสารและการทำลาย');
    fireEvent.change(filter, { target: { value: 'exports' } });
    expect(screen.getAllByTestId('history-entry').map((e) => e.querySelector('.history__what')?.textContent)).toEqual([
      'ส่งออกเอกสาร (บันทึกในทะเบียนการส่งออก) รายงานการประชุม ครั้งที่ 2-2569.pdf · ฉบับที่ 2 โดย somsri',
    ]);
    fireEvent.change(filter, { target: { value: 'minutes' } });
    expect(screen.getAllByTestId('history-entry').map((e) => e.querySelector('.history__what')?.textContent)).toEqual(['รับรองรายงานการประชุม โดย somsri']);
  });

  it("reads the meeting's audit log and groups it by Buddhist-era day, newest first", async () => {
    const { client } = await setup();
    expect(client.callsTo('audit.list')).toEqual([{ meetingId: ids.meeting, limit: 200 }]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'วันพุธที่ 23 ธันวาคม 2569', 'วันพุธที่ 25 พฤศจิกายน 2569', 'วันอังคารที่ 24 พฤศจิกายน 2569',
    ]);
    const rows = screen.getAllByTestId('history-entry');
    expect(rows.map((r) => r.querySelector('time')?.textContent)).toEqual(['14.05 น.', '10.42 น.', '09.31 น.', '09.30 น.', '16.00 น.']);
  });

  it('says who did what to which record, and every changed field before → after, in Thai', async () => {
    await setup();
    const [certified, item, attendance, directive, meeting] = screen.getAllByTestId('history-entry');

    expect(certified.querySelector('.history__what')?.textContent).toBe('รับรองรายงานการประชุม โดย somsri');
    const certifiedRows = within(certified).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(certifiedRows).toEqual([
      'สถานะแจ้งเวียนแล้ว→ รับรองแล้ว',
      'วิธีรับรอง(ว่าง)→ รับรองในการประชุมครั้งถัดไป (ระเบียบวาระที่ 2)',
      'มีการแก้ไขไม่ใช่→ ใช่',
      'ข้อความที่แก้ไข(ว่าง)→ แก้ไขมติเรื่อง 4.1',
    ]);

    expect(item.querySelector('.history__what')?.textContent).toBe('แก้ไขระเบียบวาระ 4.1 ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม โดย somsri');
    const itemRows = within(item).getAllByRole('row').slice(1);
    expect(itemRows.map((r) => r.querySelector('th')?.textContent)).toEqual(['มติที่ประชุม', 'ประเภทมติ', 'ยกไปพิจารณาต่อ']);
    expect(itemRows[1].textContent).toBe('ประเภทมติ(ว่าง)→ เห็นชอบในหลักการ');
    expect(itemRows[0].querySelector('del')).toBeNull();
    expect(itemRows[0].querySelector('ins')?.textContent).toBe('ที่ประชุมเห็นชอบในหลักการ');

    expect(attendance.querySelector('.history__what')?.textContent).toBe('แก้ไขผู้เข้าประชุม นายสมชาย ใจดี โดย somsri');
    expect(within(attendance).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      'การเข้าประชุมมาประชุม ณ สถานที่→ ไม่มาประชุม',
      'เหตุที่ไม่มาประชุม(ว่าง)→ ติดราชการ',
    ]);

    expect(directive.querySelector('.history__what')?.textContent).toBe('เพิ่มข้อสั่งการ ให้ ดีป้า ประสาน สสช. โดย somsri');
    expect(within(directive).queryByRole('table')).toBeNull();

    expect(meeting.querySelector('.history__what')?.textContent).toBe('แก้ไขการประชุม ครั้งที่ 2/2569 โดย somsri');
    expect(within(meeting).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      'วันที่ประชุม24 พ.ย. 2569→ 25 พ.ย. 2569',
      'ประธาน(ว่าง)→ นายประเสริฐ จันทรรวงทอง',
    ]);
  });

  it('reads consecutive autosaves of one item as one change, from the first text to the last', async () => {
    const save = (id: number, minute: number, before: string, after: string): AuditEntry => ({
      ...base, id, at: at(2026, 11, 25, 10, minute), entity: 'agenda_items', entityId: ids.item(1), action: 'update',
      before: { subject: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม', discussion: before }, after: { subject: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม', discussion: after },
    });
    const long = 'ที่ประชุมหารือ'.repeat(40);
    await setup([
      save(13, 44, `ที่ประชุมหารือ ${long}`, `ที่ประชุมหารือ ${long} และเห็นควร`),
      save(12, 41, 'ที่ประชุม', `ที่ประชุมหารือ ${long}`),
      save(11, 40, '', 'ที่ประชุม'),
      save(10, 10, 'เดิม', ''),
    ]);
    const rows = screen.getAllByTestId('history-entry');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('.history__who')?.textContent).toBe(' โดย somsri · บันทึก 3 ครั้ง ตั้งแต่ 10.40 น.');
    expect(rows[0].querySelector('.history__before')?.textContent).toBe('(ว่าง)');
    const after = rows[0].querySelector('.history__after ins')?.textContent ?? '';
    expect(after.endsWith('…')).toBe(true);
    fireEvent.click(within(rows[0]).getByRole('button', { name: 'แสดงทั้งหมด' }));
    expect(rows[0].querySelector('.history__after ins')?.textContent).toBe(`ที่ประชุมหารือ ${long} และเห็นควร`);
    // Half an hour earlier: a change of its own.
    expect(rows[1].querySelector('.history__who')?.textContent).toBe(' โดย somsri');
  });

  it('folds saves that each changed a different field: every field from its first value to its last', async () => {
    const save = (id: number, minute: number, before: Record<string, string>, after: Record<string, string>): AuditEntry => ({
      ...base, id, at: at(2026, 11, 25, 10, minute), entity: 'agenda_items', entityId: ids.item(1), action: 'update',
      before: { subject: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม', ...before }, after: { subject: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม', ...after },
    });
    await setup([
      save(22, 45, { resolution: 'ที่ประชุมรับทราบ' }, { resolution: 'ที่ประชุมเห็นชอบ' }),
      save(21, 41, { discussion: '' }, { discussion: 'ที่ประชุมหารือ' }),
    ]);
    const [row] = screen.getAllByTestId('history-entry');
    const befores = [...row.querySelectorAll('.history__before')].map((b) => b.textContent);
    const afters = [...row.querySelectorAll('.history__after')].map((b) => b.textContent);
    expect(befores).toEqual(expect.arrayContaining(['(ว่าง)', 'ที่ประชุมรับทราบ']));
    expect(afters.join(' ')).toContain('ที่ประชุมหารือ');
    expect(afters.join(' ')).toContain('ที่ประชุมเห็นชอบ');
  });

  it('narrows the history to one kind of record', async () => {
    await setup();
    fireEvent.change(screen.getByLabelText('แสดง'), { target: { value: 'attendance' } });
    expect(screen.getAllByTestId('history-entry')).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('แสดง'), { target: { value: 'minutes' } });
    expect(screen.getAllByTestId('history-entry').map((e) => e.dataset.entity)).toEqual(['minutes']);
  });

  it('reads the log again when the meeting changes while it is shown', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client } = await setup();
    client.emit({ type: 'changed', entity: 'agenda_items', meetingId: ids.meeting });
    client.emit({ type: 'changed', entity: 'action_items', meetingId: ids.meeting });
    client.emit({ type: 'changed', entity: 'agenda_items', meetingId: other });
    await act(async () => void vi.advanceTimersByTime(300));
    // One read for the burst; another meeting's changes are not this history's.
    expect(client.callsTo('audit.list')).toHaveLength(2);
    vi.useRealTimers();
  });
});
