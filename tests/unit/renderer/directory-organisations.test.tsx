// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/api/client';
import { DirectoryPage } from '../../../renderer/features/directory/directory-page';
import { parseHash } from '../../../renderer/router';
import type { Organisation } from '../../../renderer/state/types';
import { ids, people } from './data';
import { dirIds, directoryOrganisations } from './directory-data';
import { fakeClient, type Handlers, refusal } from './fake-client';
import { renderWith } from './render';

async function setup(handlers: Handlers = {}) {
  let list = structuredClone(directoryOrganisations);
  const client = fakeClient({
    'people.list': () => people,
    'organisations.list': () => list,
    'organisations.update': (patch) => {
      const found = list.find((o) => o.id === patch.id) as Organisation;
      const updated = { ...found, ...patch } as Organisation;
      list = list.map((o) => (o.id === patch.id ? updated : o));
      return updated;
    },
    ...handlers,
  });
  const view = renderWith(client, <DirectoryPage tab="organisations" org={null} />);
  await screen.findByRole('table');
  return { client, ...view };
}

const abbreviations = () => screen.getAllByTestId('organisation-row').map((r) => within(r).getAllByRole('rowheader')[0].firstChild?.textContent);
const find = (text: string) => fireEvent.change(screen.getByLabelText('ค้นหา'), { target: { value: text } });

describe('Directory: organisations', () => {
  it('has its own address, with a tab for people of one organisation', () => {
    expect(parseHash('#/directory')).toEqual({ name: 'directory', tab: 'organisations', org: null });
    expect(parseHash(`#/directory?tab=people&org=${ids.orgNso}`)).toEqual({ name: 'directory', tab: 'people', org: ids.orgNso });
  });

  it('finds by Thai name, abbreviation with or without dots, English, and Thai or Arabic digits', async () => {
    await setup();
    expect(abbreviations()).toHaveLength(6);
    find('สลค');
    expect(abbreviations()).toEqual(['สลค.']);
    find('ก.พ.ร');
    expect(abbreviations()).toEqual(['สำนักงาน ก.พ.ร.']);
    find('กพร');
    expect(abbreviations()).toEqual(['สำนักงาน ก.พ.ร.']);
    find('cabinet');
    expect(abbreviations()).toEqual(['สลค.']);
    find('มัธยมศึกษา เขต ๑');
    expect(abbreviations()).toEqual(['สพม.กท 1']);
    expect(screen.getByText('แสดง 1 จาก 6 หน่วยงาน')).toBeTruthy();
    find('กรมที่ไม่มีอยู่');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('ไม่พบรายการที่ตรงกับคำค้น')).toBeTruthy();
  });

  it('filters by kind', async () => {
    await setup();
    fireEvent.change(screen.getByLabelText('ประเภท'), { target: { value: 'central_agency' } });
    expect(abbreviations().sort()).toEqual(['สลค.', 'สำนักงาน ก.พ.ร.'].sort());
  });

  it('flags an unverified abbreviation, explains the flag, and marks it verified', async () => {
    const { client } = await setup();
    const row = screen.getAllByTestId('organisation-row').find((r) => r.textContent?.includes('สขญ.')) as HTMLElement;
    expect(within(row).getByText('ยังไม่ได้ตรวจสอบอักษรย่อ')).toBeTruthy();
    expect(screen.getByText(/ยังไม่ได้ตรวจกับแหล่งที่เผยแพร่อย่างเป็นทางการ/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'ยืนยันอักษรย่อ สขญ. ว่าตรวจสอบแล้ว' }));
    });
    expect(client.callsTo('organisations.update')).toEqual([{ id: dirIds.bdi, version: 1, abbrVerified: true }]);
    expect(within(row).queryByText('ยังไม่ได้ตรวจสอบอักษรย่อ')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('ยืนยันอักษรย่อ สขญ. แล้ว');
  });

  it('adds an organisation: checks the required fields first, then shows the core’s Thai refusal by its field', async () => {
    const taken = 'มีหน่วยงานที่ใช้อักษรย่อ "สสช." อยู่แล้ว';
    const { client } = await setup({
      'organisations.create': (input) => {
        if (input.abbrTh === 'สสช.') throw refusal('organisations.create', 'CONFLICT', taken, 'abbrTh');
        return { ...input, id: '00000000-0000-4000-8000-000000000099', active: true } as Organisation;
      },
    });
    fireEvent.click(screen.getByRole('button', { name: '+ เพิ่มหน่วยงาน' }));
    const form = screen.getByRole('form', { name: 'เพิ่มหน่วยงาน' });
    // Focus goes to the form's heading, so a screen reader starts there.
    expect(document.activeElement).toBe(within(form).getByRole('heading', { name: 'เพิ่มหน่วยงาน' }));

    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มหน่วยงาน' }));
    });
    expect(client.callsTo('organisations.create')).toHaveLength(0);
    expect(within(form).getByText('กรุณากรอกชื่อหน่วยงาน')).toBeTruthy();
    expect(within(form).getByText('กรุณากรอกอักษรย่อ')).toBeTruthy();
    expect(within(form).getByText('กรุณากรอกประเภท')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText(/^ชื่อหน่วยงาน/));

    fireEvent.change(within(form).getByLabelText(/^ชื่อหน่วยงาน/), { target: { value: 'สำนักงบประมาณ' } });
    fireEvent.change(within(form).getByLabelText(/^อักษรย่อ \*/), { target: { value: 'สสช.' } });
    fireEvent.change(within(form).getByLabelText(/^ประเภท/), { target: { value: 'central_agency' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มหน่วยงาน' }));
    });
    const abbr = within(form).getByLabelText(/^อักษรย่อ \*/) as HTMLInputElement;
    expect(abbr.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${abbr.id}-error`)?.textContent).toBe(taken);
    expect(abbr.getAttribute('aria-describedby')).toContain(`${abbr.id}-error`);
    // What was typed stays to put right.
    expect((within(form).getByLabelText(/^ชื่อหน่วยงาน/) as HTMLInputElement).value).toBe('สำนักงบประมาณ');

    fireEvent.change(abbr, { target: { value: 'สงป.' } });
    fireEvent.change(within(form).getByLabelText('ชื่อภาษาอังกฤษ'), { target: { value: 'Bureau of the Budget' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มหน่วยงาน' }));
    });
    expect(client.callsTo('organisations.create')[1]).toEqual({
      nameTh: 'สำนักงบประมาณ', abbrTh: 'สงป.', nameEn: 'Bureau of the Budget', abbrEn: null, kind: 'central_agency', parentId: null, abbrVerified: true,
    });
    expect(screen.queryByRole('form', { name: 'เพิ่มหน่วยงาน' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('เพิ่มหน่วยงาน สงป. แล้ว');
    expect(abbreviations()).toContain('สงป.');
  });

  it('shows each problem of a refusal that lists several by its own field', async () => {
    await setup({
      'organisations.create': () => {
        throw new ApiError('organisations.create', {
          code: 'INVALID', message: 'บันทึกไม่ได้ (2 จุด):\n1) ชื่อยาวเกิน\n2) อักษรย่อยาวเกิน', field: 'nameTh',
          problems: [{ field: 'nameTh', message: 'ยาวเกิน 300 ตัวอักษร' }, { field: 'abbrTh', message: 'ยาวเกิน 40 ตัวอักษร' }],
        });
      },
    });
    fireEvent.click(screen.getByRole('button', { name: '+ เพิ่มหน่วยงาน' }));
    const form = screen.getByRole('form', { name: 'เพิ่มหน่วยงาน' });
    fireEvent.change(within(form).getByLabelText(/^ชื่อหน่วยงาน/), { target: { value: 'ก' } });
    fireEvent.change(within(form).getByLabelText(/^อักษรย่อ \*/), { target: { value: 'ก.' } });
    fireEvent.change(within(form).getByLabelText(/^ประเภท/), { target: { value: 'department' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มหน่วยงาน' }));
    });
    const name = within(form).getByLabelText(/^ชื่อหน่วยงาน/);
    const abbr = within(form).getByLabelText(/^อักษรย่อ \*/);
    expect(document.getElementById(`${name.id}-error`)?.textContent).toBe('ยาวเกิน 300 ตัวอักษร');
    expect(document.getElementById(`${abbr.id}-error`)?.textContent).toBe('ยาวเกิน 40 ตัวอักษร');
  });

  it('deactivates after a dialog saying old minutes keep the name; the record stays, shown on request', async () => {
    const { client } = await setup();
    const opener = screen.getByRole('button', { name: 'เลิกใช้ หน่วยงาน ดีป้า' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'เลิกใช้หน่วยงาน ดีป้า?' }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('สำนักงานส่งเสริมเศรษฐกิจดิจิทัล');
    expect(dialog.textContent).toContain('รายงานการประชุมและเอกสารเดิมยังแสดงชื่อนี้ตามเดิม');
    // Cancel leaves everything as it was and gives focus back.
    fireEvent.click(within(dialog).getByRole('button', { name: 'ยกเลิก' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(client.callsTo('organisations.update')).toHaveLength(0);

    fireEvent.click(opener);
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'เลิกใช้หน่วยงาน' }));
    });
    expect(client.callsTo('organisations.update')).toEqual([{ id: ids.orgDepa, version: 1, active: false }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(abbreviations()).not.toContain('ดีป้า');
    // Its row went with it: focus lands on the find box, not on nothing.
    expect(document.activeElement).toBe(screen.getByLabelText('ค้นหา'));

    fireEvent.click(screen.getByLabelText('แสดงหน่วยงานที่เลิกใช้แล้ว'));
    const row = screen.getAllByTestId('organisation-row').find((r) => r.textContent?.includes('ดีป้า')) as HTMLElement;
    expect(within(row).getByText('เลิกใช้แล้ว')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'กลับมาใช้ หน่วยงาน ดีป้า' }));
    });
    expect(client.callsTo('organisations.update')[1]).toEqual({ id: ids.orgDepa, version: 1, active: true });
    expect(within(row).getByText('ใช้งาน')).toBeTruthy();
  });

  it('edits in place and says so', async () => {
    const { client } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'แก้ไข หน่วยงาน สลค.' }));
    const form = screen.getByRole('form', { name: 'แก้ไขหน่วยงาน สลค.' });
    fireEvent.change(within(form).getByLabelText('อักษรย่อภาษาอังกฤษ'), { target: { value: 'SOC.' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    });
    expect(client.callsTo('organisations.update')[0]).toMatchObject({ id: dirIds.soc, abbrTh: 'สลค.', abbrEn: 'SOC.', kind: 'central_agency', abbrVerified: true });
    expect(screen.getByRole('status').textContent).toBe('บันทึกหน่วยงาน สลค. แล้ว');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'แก้ไข หน่วยงาน สลค.' }));
  });
});
