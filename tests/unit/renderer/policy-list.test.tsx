// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PoliciesPage } from '../../../renderer/features/policies/policies-page';
import { ids, organisations, people } from './data';
import { catchDownloads } from './downloads';
import { fakeClient, type Handlers, refusal } from './fake-client';
import { billDetail, pids, summaryOf, templates } from './policy-test-data';
import { renderWith } from './render';

afterEach(() => {
  location.hash = '';
});

async function setup(handlers: Handlers = {}) {
  const client = fakeClient({
    'policies.list': () => [summaryOf(billDetail())],
    'stageTemplates.list': () => templates,
    'people.list': () => people,
    'organisations.list': () => organisations,
    ...handlers,
  });
  const view = renderWith(client, <PoliciesPage />);
  await screen.findByRole('link', { name: 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' });
  return { client, ...view };
}

describe('PoliciesPage', () => {
  it('lists each policy with its kind, current stage, last movement (Buddhist era) and owner', async () => {
    await setup();
    const row = screen.getByRole('link', { name: 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' }).closest('tr')!;
    expect(within(row).getByText('ร่างพระราชบัญญัติ')).toBeTruthy();
    expect(within(row).getByText('ยกร่างโดยหน่วยงาน')).toBeTruthy();
    expect(within(row).getByText('24 ก.พ. 2568')).toBeTruthy();
    expect(within(row).getByText('ดีป้า')).toBeTruthy();
  });

  it('creates a policy from the kind’s stage template and opens it', async () => {
    const created = billDetail({ id: pids.decree, titleTh: 'ร่างพระราชบัญญัติใหม่' });
    const { client } = await setup({ 'policies.create': () => created });
    fireEvent.click(screen.getByRole('button', { name: '+ เพิ่มเรื่องที่ติดตาม' }));
    const form = screen.getByRole('form', { name: 'เพิ่มเรื่องที่ติดตาม' });
    expect((within(form).getByLabelText('แม่แบบขั้นตอน') as HTMLSelectElement).value).toBe(pids.template);
    fireEvent.change(within(form).getByLabelText('ขั้นตอนปัจจุบัน'), { target: { value: pids.stage(2) } });
    fireEvent.change(within(form).getByLabelText(/^ชื่อเรื่อง/), { target: { value: 'ร่างพระราชบัญญัติใหม่' } });
    fireEvent.change(within(form).getByLabelText('หน่วยงานเจ้าของเรื่อง'), { target: { value: ids.orgDepa } });
    fireEvent.change(within(form).getByLabelText(/^วันที่อยู่ในขั้นตอนนี้/), { target: { value: '1/3/2568' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึกเรื่องที่ติดตาม' }));
    });
    expect(client.callsTo('policies.create')).toEqual([
      { kind: 'bill', titleTh: 'ร่างพระราชบัญญัติใหม่', shortTitle: '', ownerOrgId: ids.orgDepa, stageDate: '2025-03-01', stageNote: '', templateId: pids.template, stageId: pids.stage(2) },
    ]);
    expect(location.hash).toBe(`#/policies/${pids.decree}`);
  });

  it('asks for the title in Thai before calling the core, and shows the core’s refusal', async () => {
    const { client } = await setup({ 'policies.create': () => { throw refusal('policies.create', 'NOT_FOUND', 'ไม่พบแม่แบบขั้นตอนที่เลือก', 'templateId'); } });
    fireEvent.click(screen.getByRole('button', { name: '+ เพิ่มเรื่องที่ติดตาม' }));
    const form = screen.getByRole('form', { name: 'เพิ่มเรื่องที่ติดตาม' });
    fireEvent.click(within(form).getByRole('button', { name: 'บันทึกเรื่องที่ติดตาม' }));
    expect(within(form).getByText('กรุณากรอกชื่อเรื่อง')).toBeTruthy();
    expect(client.callsTo('policies.create')).toEqual([]);
    fireEvent.change(within(form).getByLabelText(/^ชื่อเรื่อง/), { target: { value: 'เรื่องใหม่' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึกเรื่องที่ติดตาม' }));
    });
    expect(within(form).getByRole('alert').textContent).toContain('ไม่พบแม่แบบขั้นตอนที่เลือก');
  });

  it('exports the policy status report as DOCX', async () => {
    const downloads = catchDownloads();
    const { client } = await setup({ 'reports.policies': () => ({ fileName: 'รายงานสถานะ.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', base64: btoa('PK') }) });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Word (DOCX)' }));
    });
    expect(client.callsTo('reports.policies')).toEqual([{ format: 'docx' }]);
    expect(downloads.map((d) => d.fileName)).toEqual(['รายงานสถานะ.docx']);
  });
});
