// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MinutesState } from '../../../shared/schemas/minutes';
import { MeetingPage } from '../../../renderer/features/meetings/meeting-page';
import { ids, meetingDetail, organisations, people, series, sectionTemplates } from './data';
import { fakeClient } from './fake-client';
import { renderWith } from './render';

const minutes = (over: Partial<MinutesState> = {}): MinutesState => ({
  meetingId: ids.meeting, version: 1, status: 'draft', certifiedHow: null, certifiedAtItemId: null, certifiedAt: null, certifiedOn: null, amended: false,
  amendmentText: '', contentHash: null, versions: [], ...over,
});

async function setup(certified = false) {
  const client = fakeClient({
    'people.list': () => people,
    'organisations.list': () => organisations,
    'series.list': () => [series],
    'reference.sectionTemplates': () => sectionTemplates,
    'meetings.get': () => meetingDetail({ minutesStatus: certified ? 'certified' : 'draft' }),
    'meetings.list': () => [],
    'minutes.get': () => (certified ? minutes({ status: 'certified', certifiedHow: 'same_meeting', certifiedOn: '2026-11-25', contentHash: 'c'.repeat(64) }) : minutes()),
    'attachments.list': () => [],
    'audit.list': () => [],
  });
  const view = renderWith(client, <MeetingPage id={ids.meeting} />);
  await screen.findByRole('heading', { level: 1 });
  return { client, ...view };
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('meeting page tabs', () => {
  it('has five tabs, switched by click or by arrow keys, and remembers the one open', async () => {
    await setup();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['ข้อมูลการประชุม', 'บันทึกรายงานการประชุม', 'การรับรองและฉบับต่าง ๆ', 'หลักฐานการประชุมออนไลน์', 'ประวัติการแก้ไข']);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'บันทึกรายงานการประชุม' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'บันทึกรายงานการประชุม' })).toBeTruthy();
    expect(sessionStorage.getItem(`lekha.meeting-tab:${ids.meeting}`)).toBe('minutes');
    // The details stay mounted, hidden, so what was typed there survives the switch.
    expect((document.getElementById('panel-info') as HTMLElement).hidden).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'ประวัติการแก้ไข' }));
    expect(await screen.findByText('ยังไม่มีประวัติการแก้ไข')).toBeTruthy();
  });

  it('says certified minutes are read-only and disables the meeting details', async () => {
    await setup(true);
    expect(screen.getByTestId('meeting-locked').textContent).toBe(
      'รายงานการประชุมครั้งที่ 2/2569 รับรองแล้วเมื่อวันพุธที่ 25 พฤศจิกายน 2569 ข้อมูลการประชุม ผู้เข้าประชุม ระเบียบวาระ และรายงานการประชุม จึงแก้ไขไม่ได้ (ยังปรับสถานะ กำหนดเสร็จ และหน่วยงานรับผิดชอบของข้อสั่งการได้)',
    );
    expect((screen.getByLabelText(/^วันที่ประชุม/) as HTMLInputElement).closest('fieldset')?.disabled).toBe(true);
  });

  it('shows the keyboard shortcuts on ? (also Shift+/ with the Thai layout), not while typing', async () => {
    await setup();
    fireEvent.keyDown(screen.getByLabelText(/^สถานที่/), { key: '?', code: 'Slash', shiftKey: true });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(document.body, { key: 'ฦ', code: 'Slash', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'แป้นพิมพ์ลัด' });
    const rows = within(dialog).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toContain('Ctrl + Sบันทึกทันที (รายงานการประชุม หรือแบบฟอร์มที่กำลังพิมพ์)');
    expect(rows).toContain('Alt + ↓ไปเรื่องถัดไป (แท็บบันทึกรายงานการประชุม)');
  });
});
