// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../shared/schemas/meeting';
import { hasUnsavedChanges } from '../../../renderer/state/dirty';
import type { MeetingDetail } from '../../../renderer/state/types';
import { chooseInMenu, itemEl, openItem, renderAgenda, rowButton } from './agenda-screen';
import { ids, meetingDetail } from './data';

const base = meetingDetail();
const directive = (n: number, itemId: string): ActionItem => ({
  version: 1, id: ids.att(80 + n), agendaItemId: itemId, kind: 'directive', text: `ข้อสั่งการที่ ${n}`, dueDate: null, status: 'open',
  leadOrgId: null, supportOrgIds: [], illustrative: false, position: n,
});
/** 4.1 decided with two directives; 5.1 confidential. */
const decided = meetingDetail({
  agendaItems: [
    { ...base.agendaItems[0], resolution: 'ที่ประชุมเห็นชอบในหลักการ' },
    base.agendaItems[1],
    { ...base.agendaItems[2], secrecy: 'confidential' },
  ],
  actions: [directive(1, ids.item(1)), directive(2, ids.item(1)), { ...directive(3, ids.item(1)), kind: 'follow_up' }],
});

const setup = (detail: MeetingDetail = decided, focusItem?: string) =>
  renderAgenda(detail, { 'agenda.update': (a) => ({ ...detail.agendaItems.find((i) => i.id === a.id)!, ...a }) as never }, focusItem);

const subjectField = (number: string) => within(itemEl(number)).getByRole('textbox', { name: /^เรื่อง/ }) as HTMLInputElement;
const frame = () => act(() => new Promise<void>((done) => requestAnimationFrame(() => done())));

describe('The agenda as one-line rows', () => {
  it('shows each item closed, as its number, subject, presenter and badges: resolution, directives (not follow-ups), secrecy', async () => {
    await setup();
    expect(screen.queryAllByRole('button', { expanded: true })).toEqual([]);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(rowButton('4.1').textContent).toBe('4.1 เรื่อง ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม หน่วยงานที่เสนอ: ดีป้า มีมติ ข้อสั่งการ 2');
    expect(rowButton('4.2').textContent).toBe('4.2 เรื่อง บัญชีบริการดิจิทัล หน่วยงานที่เสนอ: ดีป้า');
    expect(within(rowButton('5.1')).getByText('ลับ')).toBeTruthy();
  });

  it('opens one item at a time; edits left unsaved stay as a draft, said and shown, until saved or cancelled', async () => {
    const { client } = await setup();
    openItem('4.1');
    expect(rowButton('4.1').getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(subjectField('4.1'), { target: { value: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกมและอีสปอร์ต' } });

    openItem('4.2');
    expect(rowButton('4.1').getAttribute('aria-expanded')).toBe('false');
    expect(within(itemEl('4.1')).queryAllByRole('textbox')).toEqual([]);
    expect(subjectField('4.2').value).toBe('บัญชีบริการดิจิทัล');
    // Nothing was sent and nothing was lost: the row says so, a screen reader hears it, leaving the page would ask.
    expect(client.callsTo('agenda.update')).toEqual([]);
    expect(within(rowButton('4.1')).getByText('ร่างยังไม่บันทึก')).toBeTruthy();
    expect(screen.getAllByRole('status').map((s) => s.textContent).join(' ')).toContain('เก็บการแก้ไขเรื่อง 4.1 ที่ยังไม่ได้บันทึกไว้เป็นร่างแล้ว');
    expect(hasUnsavedChanges()).toBe(true);

    openItem('4.1');
    expect(subjectField('4.1').value).toBe('ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกมและอีสปอร์ต');
    await act(async () => {
      fireEvent.click(within(itemEl('4.1')).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('agenda.update')).toEqual([
      expect.objectContaining({ id: ids.item(1), subject: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกมและอีสปอร์ต' }),
    ]);
    expect(rowButton('4.1').getAttribute('aria-expanded')).toBe('false');
    expect(within(rowButton('4.1')).queryByText('ร่างยังไม่บันทึก')).toBeNull();
    expect(hasUnsavedChanges()).toBe(false);

    // Cancel throws the draft away on purpose.
    openItem('4.2');
    fireEvent.change(subjectField('4.2'), { target: { value: 'บัญชีบริการดิจิทัล (ฉบับแก้ไข)' } });
    openItem('5.1');
    expect(within(rowButton('4.2')).getByText('ร่างยังไม่บันทึก')).toBeTruthy();
    openItem('4.2');
    fireEvent.click(within(itemEl('4.2')).getByRole('button', { name: 'ยกเลิก' }));
    expect(within(rowButton('4.2')).queryByText('ร่างยังไม่บันทึก')).toBeNull();
    expect(hasUnsavedChanges()).toBe(false);
    openItem('4.2');
    expect(subjectField('4.2').value).toBe('บัญชีบริการดิจิทัล');
  });

  it('an open item keeps its typing, with no draft said or shown, while the agenda changes around it (here: it moves up)', async () => {
    const [first, second, third] = decided.agendaItems;
    const moved = [{ ...second, position: 1, number: '4.1' }, { ...first, position: 2, number: '4.2' }, third];
    const { client } = await renderAgenda(decided, { 'agenda.move': () => moved });
    openItem('4.2');
    fireEvent.change(subjectField('4.2'), { target: { value: 'บัญชีบริการดิจิทัลภาครัฐ' } });
    await chooseInMenu('4.2', 'เลื่อนขึ้น');
    expect(client.callsTo('agenda.move')).toEqual([{ id: ids.item(2), version: 1, sectionId: ids.section(4), parentId: null, position: 1 }]);
    expect(rowButton('4.1').getAttribute('aria-expanded')).toBe('true');
    expect(subjectField('4.1').value).toBe('บัญชีบริการดิจิทัลภาครัฐ');
    expect(screen.queryByText('ร่างยังไม่บันทึก')).toBeNull();
    expect(screen.getAllByRole('status').map((s) => s.textContent).join(' ')).not.toContain('เก็บการแก้ไข');
  });

  it('moves between rows with the arrow keys, Home and End, across sections; Escape closes the item and returns to its row', async () => {
    await setup();
    rowButton('4.1').focus();
    fireEvent.keyDown(rowButton('4.1'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rowButton('4.2'));
    fireEvent.keyDown(rowButton('4.2'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rowButton('5.1'));
    fireEvent.keyDown(rowButton('5.1'), { key: 'Home' });
    expect(document.activeElement).toBe(rowButton('4.1'));
    fireEvent.keyDown(rowButton('4.1'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rowButton('4.1'));
    fireEvent.keyDown(rowButton('4.1'), { key: 'End' });
    expect(document.activeElement).toBe(rowButton('5.1'));

    openItem('4.2');
    fireEvent.keyDown(subjectField('4.2'), { key: 'Escape' });
    expect(rowButton('4.2').getAttribute('aria-expanded')).toBe('false');
    await frame();
    expect(document.activeElement).toBe(rowButton('4.2'));
  });

  it("the item's one menu: opened by keys with the focus on its first entry, arrows wrap round, Escape gives the focus back", async () => {
    await setup();
    const button = screen.getByRole('button', { name: 'จัดการ เรื่อง 4.2' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = screen.getByRole('menu', { name: 'จัดการ เรื่อง 4.2' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    const entries = within(menu).getAllByRole('menuitem').map((e) => e.textContent);
    expect(entries).toEqual(['เลื่อนขึ้น', 'เลื่อนลง', 'ย้ายไประเบียบวาระอื่น หรือจัดเป็นเรื่องย่อย…', 'เพิ่มเรื่องย่อย', 'แนบไฟล์…', 'ลบเรื่อง…']);
    expect(document.activeElement?.textContent).toBe('เลื่อนขึ้น');
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('ลบเรื่อง…');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('เลื่อนขึ้น');
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('ลบเรื่อง…');
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    // Escape in the menu closes the menu only, not the open item behind it.
    openItem('4.2');
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('ลบเรื่อง…');
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(rowButton('4.2').getAttribute('aria-expanded')).toBe('true');
  });

  it('opens and focuses the item a search result asks for', async () => {
    await setup(decided, ids.item(3));
    expect(rowButton('5.1').getAttribute('aria-expanded')).toBe('true');
    expect(subjectField('5.1').value).toBe('โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568');
    await frame();
    expect(document.activeElement).toBe(itemEl('5.1'));
  });
});
