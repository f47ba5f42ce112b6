// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { refusal as coreRefusal } from '../../../shared/errors';
import { ApiError } from '../../../renderer/api/client';
import { DirectoryPage } from '../../../renderer/features/directory/directory-page';
import type { Person } from '../../../renderer/state/types';
import { ids } from './data';
import { dirIds, directoryOrganisations, directoryPeople } from './directory-data';
import { fakeClient, type Handlers } from './fake-client';
import { renderWith } from './render';

async function setup(handlers: Handlers = {}, org: string | null = null, organisations = directoryOrganisations) {
  let list = structuredClone(directoryPeople);
  const client = fakeClient({
    'people.list': () => list,
    'organisations.list': () => organisations,
    'people.update': (patch) => {
      const updated = { ...(list.find((p) => p.id === patch.id) as Person), ...patch } as Person;
      list = list.map((p) => (p.id === patch.id ? updated : p));
      return updated;
    },
    'people.create': (input) => ({ ...input, id: '00000000-0000-4000-8000-000000000098', active: true }) as Person,
    ...handlers,
  });
  const view = renderWith(client, <DirectoryPage tab="people" org={org} />);
  await screen.findByRole('table');
  return { client, ...view };
}

const names = () => screen.getAllByTestId('person-row').map((r) => within(r).getByRole('rowheader').firstChild?.textContent);

async function chooseBothSomchai() {
  const [first, second] = screen.getAllByRole('checkbox', { name: 'เลือก นายสมชาย ใจดี เพื่อรวมรายการ' });
  fireEvent.click(first);
  expect(screen.getByRole('region', { name: 'รายการที่เลือกเพื่อรวม' }).textContent).toContain('เลือกอีกหนึ่งรายการ');
  expect((screen.getByRole('button', { name: 'เปรียบเทียบและรวม' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(second);
  // Two chosen: a third cannot be.
  expect((screen.getByRole('checkbox', { name: 'เลือก นายวิชัย รุ่งเรือง เพื่อรวมรายการ' }) as HTMLInputElement).disabled).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'เปรียบเทียบและรวม' }));
  return screen.getByRole('region', { name: 'รวมรายการบุคคลที่ซ้ำกัน' });
}

describe('Directory: people', () => {
  it('finds by name, position or organisation, and filters by organisation', async () => {
    await setup();
    fireEvent.change(screen.getByLabelText('ค้นหา'), { target: { value: 'รองผู้อำนวยการ' } });
    expect(names()).toEqual(['นางสาวพรทิพย์ ศรีสุข']);
    fireEvent.change(screen.getByLabelText('ค้นหา'), { target: { value: 'ดีป้า' } });
    expect(names()).toEqual(['นายวิชัย รุ่งเรือง']);
    fireEvent.change(screen.getByLabelText('ค้นหา'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('หน่วยงาน'), { target: { value: ids.orgNso } });
    expect(names().sort()).toEqual(['นางสาวพรทิพย์ ศรีสุข', 'นายสมชาย ใจดี'].sort());
  });

  it('opens on one organisation’s people from its address', async () => {
    await setup({}, ids.orgDepa);
    expect(names()).toEqual(['นายวิชัย รุ่งเรือง']);
  });

  it('adds a person: the first name is required, the organisation chosen from active ones', async () => {
    const { client } = await setup({}, null, directoryOrganisations.map((o) => (o.id === dirIds.soc ? { ...o, active: false } : o)));
    fireEvent.click(screen.getByRole('button', { name: '+ เพิ่มบุคคล' }));
    const form = screen.getByRole('form', { name: 'เพิ่มบุคคล' });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มบุคคล' }));
    });
    expect(client.callsTo('people.create')).toHaveLength(0);
    expect(within(form).getByText('กรุณากรอกชื่อ')).toBeTruthy();
    const orgOptions = [...(within(form).getByLabelText('หน่วยงาน') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(orgOptions.some((o) => o?.startsWith('สลค.'))).toBe(false);
    expect(orgOptions.some((o) => o?.startsWith('สำนักงาน ก.พ.ร.'))).toBe(true);

    fireEvent.change(within(form).getByLabelText('คำนำหน้า'), { target: { value: 'นางสาว' } });
    fireEvent.change(within(form).getByLabelText(/^ชื่อ/), { target: { value: 'อรอุมา' } });
    fireEvent.change(within(form).getByLabelText('นามสกุล'), { target: { value: 'แก้วใส' } });
    fireEvent.change(within(form).getByLabelText('หน่วยงาน'), { target: { value: dirIds.opdc } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มบุคคล' }));
    });
    expect(client.callsTo('people.create')).toEqual([{ title: 'นางสาว', firstName: 'อรอุมา', lastName: 'แก้วใส', position: '', organisationId: dirIds.opdc }]);
    expect(screen.getByRole('status').textContent).toBe('เพิ่ม นางสาวอรอุมา แก้วใส แล้ว');
  });

  it('deactivates a person after the dialog; hidden unless asked for, reactivated from the list', async () => {
    const { client } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'เลิกใช้ รายชื่อ นายวิชัย รุ่งเรือง' }));
    const dialog = screen.getByRole('dialog', { name: 'เลิกใช้รายชื่อ นายวิชัย รุ่งเรือง?' });
    expect(dialog.textContent).toContain('รายงานการประชุมเดิมยังแสดงชื่อนี้ตามเดิม');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'เลิกใช้รายชื่อ' }));
    });
    expect(client.callsTo('people.update')).toEqual([{ id: ids.wichai, version: 1, active: false }]);
    expect(names()).not.toContain('นายวิชัย รุ่งเรือง');
    fireEvent.click(screen.getByLabelText('แสดงรายชื่อที่เลิกใช้แล้ว'));
    expect(names()).toContain('นายวิชัย รุ่งเรือง');
  });

  it('merges two records of one person: side by side, the kept one chosen, a dialog naming both', async () => {
    const { client } = await setup({
      'people.merge': ({ keepId }) => directoryPeople.find((p) => p.id === keepId) as Person,
    });
    const panel = await chooseBothSomchai();
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'รวมรายการบุคคลที่ซ้ำกัน' }));
    const table = within(panel).getByRole('table');
    expect(within(table).getByText('ผู้อำนวยการสำนักงานสถิติแห่งชาติ')).toBeTruthy();
    expect(within(table).getByText('ผอ.สสช.')).toBeTruthy();
    // Record 1 is the one chosen first; the officer keeps record 2 (the one imported later) instead.
    const position = within(table).getByRole('row', { name: /^ตำแหน่ง/ });
    expect(within(position).getAllByRole('cell').map((c) => c.textContent)).toEqual(['ผู้อำนวยการสำนักงานสถิติแห่งชาติ', 'ผอ.สสช.']);
    fireEvent.click(within(table).getByRole('radio', { name: 'เก็บรายการที่ 2 ไว้ นายสมชาย ใจดี' }));

    const start = within(panel).getByRole('button', { name: 'รวมรายการ…' });
    start.focus();
    fireEvent.click(start);
    const dialog = screen.getByRole('dialog', { name: 'ยืนยันการรวมรายการบุคคล' });
    expect(dialog.textContent).toContain('รวมรายการที่ 1 “นายสมชาย ใจดี” เข้ากับรายการที่ 2 “นายสมชาย ใจดี”');
    // It cannot be undone: focus starts on cancel.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'ยกเลิก' }));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'รวมเป็นรายการเดียว' }));
    });
    expect(client.callsTo('people.merge')).toEqual([{ keepId: dirIds.somchai2, mergeId: ids.somchai }]);
    const rows = screen.getAllByTestId('person-row').filter((r) => r.textContent?.includes('นายสมชาย ใจดี'));
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('ผอ.สสช.');
    expect(screen.queryByRole('region', { name: 'รวมรายการบุคคลที่ซ้ำกัน' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('รวม นายสมชาย ใจดี เข้ากับ นายสมชาย ใจดี แล้ว');
    // The merged record stays for certified minutes: inactive, saying where it went, offering nothing to do.
    fireEvent.click(screen.getByLabelText('แสดงรายชื่อที่เลิกใช้แล้ว'));
    const somchais = screen.getAllByTestId('person-row').filter((r) => r.textContent?.includes('นายสมชาย ใจดี'));
    expect(somchais).toHaveLength(2);
    const merged = somchais.find((r) => !r.textContent?.includes('ผอ.สสช.')) as HTMLElement;
    expect(within(merged).getByText('รวมเข้ากับ นายสมชาย ใจดี แล้ว')).toBeTruthy();
    expect(within(merged).queryByRole('button', { name: /กลับมาใช้/ })).toBeNull();
    expect((within(merged).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows the core’s refusal, naming the meeting, when both records attend one meeting', async () => {
    const { client } = await setup({
      'people.merge': () => {
        const shape = coreRefusal('CONFLICT', 'รวม นายสมชาย ใจดี เข้ากับ นายสมชาย ใจดี ไม่ได้ เพราะทั้งสองรายการอยู่ในการประชุมเดียวกัน', [
          { field: 'mergeId', message: 'การประชุมครั้งที่ 2/2569: ลบรายชื่อหนึ่งในสองรายการออกก่อน' },
          { field: 'mergeId', message: 'การประชุมครั้งที่ 3/2569: ลบรายชื่อหนึ่งในสองรายการออกก่อน' },
        ]).toShape();
        throw new ApiError('people.merge', shape);
      },
    });
    const panel = await chooseBothSomchai();
    fireEvent.click(within(panel).getByRole('button', { name: 'รวมรายการ…' }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'รวมเป็นรายการเดียว' }));
    });
    expect(client.callsTo('people.merge')).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    const alert = within(panel).getByRole('alert');
    expect(alert.textContent).toContain('รวมรายการไม่ได้');
    expect(alert.textContent).toContain('การประชุมครั้งที่ 2/2569');
    expect(alert.textContent).toContain('การประชุมครั้งที่ 3/2569');
    expect(document.activeElement).toBe(alert);
    // Nothing changed: both records are still listed.
    expect(screen.getAllByTestId('person-row').filter((r) => r.textContent?.includes('นายสมชาย ใจดี'))).toHaveLength(2);
  });
});
