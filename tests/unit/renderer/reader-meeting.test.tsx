// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinutesState } from '../../../shared/schemas/minutes';
import { MeetingPage } from '../../../renderer/features/meetings/meeting-page';
import { ids, } from './data';
import { signInReader, signOut } from './reader-session';
import { renderWith } from './render';
import { meetingClient, } from './meeting-fake';

const minutes: MinutesState = {
  meetingId: ids.meeting, version: 1, status: 'draft', certifiedHow: null, certifiedAtItemId: null, certifiedAt: null, certifiedOn: null, amended: false,
  amendmentText: '', contentHash: null, versions: [],
};

async function setup() {
  const client = meetingClient({
    'meetings.list': () => [],
    'minutes.get': () => minutes,
    'minutes.draftChanges': () => ({ from: 0, changed: false, changes: [] }),
    'audit.list': () => [],
    'policies.list': () => [],
    'stageTemplates.list': () => [],
  });
  renderWith(client, <MeetingPage id={ids.meeting} />);
  await screen.findByRole('heading', { level: 1 });
  return client;
}

const tabNames = () => screen.getAllByRole('tab').map((t) => t.textContent);
const open = (name: string) => act(async () => fireEvent.click(screen.getByRole('tab', { name })));

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(signOut);

describe('the meeting page for a reader (team mode)', () => {
  it('has no evidence or history tab (the secretariat’s), even when one was open before', async () => {
    sessionStorage.setItem(`lekha.meeting-tab:${ids.meeting}`, 'history');
    signInReader();
    const client = await setup();
    expect(tabNames()).toEqual(['ข้อมูลการประชุม', 'บันทึกรายงานการประชุม', 'การรับรองและฉบับต่าง ๆ']);
    expect(screen.getByRole('tab', { name: 'ข้อมูลการประชุม' }).getAttribute('aria-selected')).toBe('true');
    expect(client.callsTo('audit.list')).toEqual([]);
    // The meeting's details are shown with no save button it could never use.
    const details = screen.getByRole('tabpanel', { name: 'ข้อมูลการประชุม' });
    expect(within(details).getByLabelText('สถานที่')).toBeTruthy();
    expect(within(details).queryByRole('button', { name: 'บันทึก' })).toBeNull();
    // The arrow keys go round the three tabs only.
    fireEvent.keyDown(screen.getByRole('tab', { name: 'ข้อมูลการประชุม' }), { key: 'End' });
    expect(screen.getByRole('tab', { name: 'การรับรองและฉบับต่าง ๆ' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows the minutes being drafted read-only, with no phrases and no directive to add', async () => {
    signInReader();
    const client = await setup();
    await open('บันทึกรายงานการประชุม');
    const panel = screen.getByRole('tabpanel', { name: 'บันทึกรายงานการประชุม' });
    const discussion = within(panel).getByLabelText(/^สาระการพิจารณาของที่ประชุม/) as HTMLTextAreaElement;
    expect(discussion.readOnly).toBe(true);
    fireEvent.change(discussion, { target: { value: 'พิมพ์ไม่ได้' } });
    expect(client.callsTo('agenda.update')).toEqual([]);
    expect(within(panel).queryAllByRole('button', { name: /^\+ / })).toEqual([]);
  });

  it('shows where the minutes stand but offers no circulation or certification', async () => {
    signInReader();
    await setup();
    await open('การรับรองและฉบับต่าง ๆ');
    const panel = screen.getByRole('tabpanel', { name: 'การรับรองและฉบับต่าง ๆ' });
    expect(within(panel).getByTestId('minutes-steps')).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'แจ้งเวียน' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'รับรองรายงานการประชุม' })).toBeNull();
  });

  it('keeps all five tabs, the drafting and the certification for the single officer (no session)', async () => {
    await setup();
    expect(tabNames()).toHaveLength(5);
    expect(within(screen.getByRole('tabpanel', { name: 'ข้อมูลการประชุม' })).getAllByRole('button', { name: 'บันทึก' }).length).toBeGreaterThan(0);
    await open('บันทึกรายงานการประชุม');
    expect((screen.getByLabelText(/^สาระการพิจารณาของที่ประชุม/) as HTMLTextAreaElement).readOnly).toBe(false);
    expect(within(screen.getByRole('tabpanel', { name: 'บันทึกรายงานการประชุม' })).getAllByRole('button', { name: /^\+ / }).length).toBeGreaterThan(0);
    await open('การรับรองและฉบับต่าง ๆ');
    expect(screen.getByRole('button', { name: 'แจ้งเวียน' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'รับรองรายงานการประชุม' })).toBeTruthy();
  });
});
