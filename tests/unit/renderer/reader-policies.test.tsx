// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AgendaItemPolicies } from '../../../renderer/features/agenda/agenda-item-policies';
import { PoliciesPage } from '../../../renderer/features/policies/policies-page';
import { PolicyPage } from '../../../renderer/features/policies/policy-page';
import { PolicyTemplatesPage } from '../../../renderer/features/policies/policy-templates-page';
import { meetingDetail, organisations, people } from './data';
import { fakeClient } from './fake-client';
import { billDetail, pids, summaryOf, templates } from './policy-test-data';
import { readerNote, signInReader, signOut } from './reader-session';
import { renderWith } from './render';

afterEach(signOut);

const handlers = {
  'policies.get': () => billDetail(),
  'policies.list': () => [summaryOf(billDetail())],
  'stageTemplates.list': () => templates,
  'people.list': () => people,
  'organisations.list': () => organisations,
  'meetings.pick': () => [],
};

async function openPolicy() {
  renderWith(fakeClient(handlers), <PolicyPage id={pids.bill} />);
  await screen.findByRole('heading', { level: 1, name: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....' });
}

/** Every control on the policy page that changes the record, by the name the officer sees. */
const editingControls = () => ({
  move: screen.queryByRole('form', { name: 'ย้ายไปขั้นตอน' }),
  addQuestion: screen.queryByRole('form', { name: 'เพิ่มประเด็น' }),
  addPosition: screen.queryByRole('button', { name: '+ เพิ่มท่าที' }),
  resolve: screen.queryByRole('button', { name: 'บันทึกข้อยุติ' }),
  addMilestone: screen.queryByRole('form', { name: 'เพิ่มกำหนดการ' }),
  addIndicator: screen.queryByRole('form', { name: 'เพิ่มตัวชี้วัด' }),
  addValue: screen.queryByRole('button', { name: /^เพิ่มค่าของ/ }),
  edits: screen.queryAllByRole('button', { name: /^แก้ไข / }).length,
  removes: screen.queryAllByRole('button', { name: /^ลบ/ }).length,
});

describe('a policy for a reader (team mode)', () => {
  it('shows the timeline, questions, milestones and indicators with no control the role would be refused at', async () => {
    signInReader();
    await openPolicy();
    // The content is all there.
    expect(screen.getByText('ความรับผิดชอบในการชดใช้ความเสียหาย')).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'สถาบันการเงิน' })).toBeTruthy();
    expect(screen.getByText('ตอบแบบสอบถามออนไลน์')).toBeTruthy();
    expect(screen.getByText(/79,610/)).toBeTruthy();
    // No editing control, and the reason said once.
    expect(editingControls()).toEqual({
      move: null, addQuestion: null, addPosition: null, resolve: null, addMilestone: null, addIndicator: null, addValue: null, edits: 0, removes: 0,
    });
    expect(screen.getByRole('note').textContent).toBe(readerNote);
    // reports.policies is a reading method: the report is still offered.
    expect(within(screen.getByRole('group', { name: 'รายงานสถานะนโยบายและกฎหมาย' })).getAllByRole('button')).toHaveLength(2);
  });

  it('keeps every control for the single officer (no session)', async () => {
    await openPolicy();
    const c = editingControls();
    expect([c.move, c.addQuestion, c.addPosition, c.resolve, c.addMilestone, c.addIndicator, c.addValue].every(Boolean)).toBe(true);
    expect(c.edits).toBe(2);
    expect(c.removes).toBe(3);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('the policy list for a reader', () => {
  it('lists the policies but offers no new one', async () => {
    signInReader();
    renderWith(fakeClient(handlers), <PoliciesPage />);
    await screen.findByRole('link', { name: 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' });
    expect(screen.queryByRole('button', { name: '+ เพิ่มเรื่องที่ติดตาม' })).toBeNull();
    expect(screen.getByRole('note').textContent).toBe(readerNote);
  });

  it('offers the single officer a new one', async () => {
    renderWith(fakeClient(handlers), <PoliciesPage />);
    await screen.findByRole('link', { name: 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' });
    expect(screen.getByRole('button', { name: '+ เพิ่มเรื่องที่ติดตาม' })).toBeTruthy();
  });
});

describe('an agenda item’s policies for a reader', () => {
  async function itemPolicies() {
    const meeting = meetingDetail();
    renderWith(fakeClient(handlers), <AgendaItemPolicies item={{ ...meeting.agendaItems[0], policyIds: [pids.bill] }} meeting={meeting} />);
    await act(async () => {});
    return screen.getByTestId('item-policies');
  }

  it('names the linked policy and its stage, with no link, unlink or move control', async () => {
    signInReader();
    const section = await itemPolicies();
    expect(within(section).getByRole('link', { name: 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' })).toBeTruthy();
    expect(section.textContent).toContain('ยกร่างโดยหน่วยงาน');
    expect(within(section).queryAllByRole('button')).toEqual([]);
    expect(within(section).queryByRole('combobox')).toBeNull();
  });

  it('keeps them for the single officer', async () => {
    const section = await itemPolicies();
    expect(within(section).getAllByRole('button').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the stage templates for a reader', () => {
  it('lists each template’s stages with no new or edit button', async () => {
    signInReader();
    renderWith(fakeClient(handlers), <PolicyTemplatesPage />);
    await screen.findByText('ร่างพระราชบัญญัติ', { selector: 'strong' });
    expect(screen.getByText('ยกร่างโดยหน่วยงาน')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '+ สร้างแม่แบบใหม่' })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^แก้ไข แม่แบบ/ })).toEqual([]);
    expect(screen.getByRole('note').textContent).toBe(readerNote);
  });

  it('keeps them for the single officer', async () => {
    renderWith(fakeClient(handlers), <PolicyTemplatesPage />);
    await screen.findByText('ร่างพระราชบัญญัติ', { selector: 'strong' });
    expect(screen.getByRole('button', { name: '+ สร้างแม่แบบใหม่' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^แก้ไข แม่แบบ/ }).length).toBeGreaterThan(0);
  });
});
