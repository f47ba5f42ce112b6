// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PolicyTemplatesPage } from '../../../renderer/features/policies/policy-templates-page';
import { parseHash } from '../../../renderer/router';
import { fakeClient, type Handlers, refusal } from './fake-client';
import { pids, templates } from './policy-test-data';
import { renderWith } from './render';

async function setup(handlers: Handlers = {}) {
  const client = fakeClient({ 'policies.list': () => [], 'stageTemplates.list': () => templates, ...handlers });
  const view = renderWith(client, <PolicyTemplatesPage />);
  await screen.findByText('ร่างพระราชบัญญัติ', { selector: 'strong' });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'แก้ไข แม่แบบ ร่างพระราชบัญญัติ' }));
  });
  const form = screen.getByRole('form', { name: 'แก้ไขแม่แบบ “ร่างพระราชบัญญัติ”' });
  return { client, form, ...view };
}

describe('PolicyTemplatesPage', () => {
  it('has its own route under the policies', () => {
    expect(parseHash('#/policies/templates')).toEqual({ name: 'policyTemplates' });
  });

  it('saves a reordered template with its stages in the new order, each keeping its id', async () => {
    const { client, form } = await setup({ 'stageTemplates.update': () => templates[0] });
    fireEvent.click(within(form).getByRole('button', { name: 'เลื่อนขั้นตอน คณะรัฐมนตรีอนุมัติหลักการ ขึ้น' }));
    fireEvent.change(within(form).getByLabelText('การสิ้นสุดที่ขั้นตอนที่ 4'), { target: { value: 'withdrawn' } });
    fireEvent.click(within(form).getByRole('button', { name: 'แทรกขั้นตอนใหม่ก่อน ตกไป' }));
    fireEvent.change(within(form).getByLabelText(/^ชื่อขั้นตอนที่ 4/), { target: { value: 'สภาผู้แทนราษฎรพิจารณา' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึกแม่แบบ' }));
    });
    expect(client.callsTo('stageTemplates.update')).toEqual([
      {
        id: pids.template, nameTh: 'ร่างพระราชบัญญัติ', nameEn: 'Bill',
        stages: [
          { id: pids.stage(1), nameTh: 'ยกร่างโดยหน่วยงาน', nameEn: 'Stage 1', terminal: null },
          { id: pids.stage(3), nameTh: 'คณะรัฐมนตรีอนุมัติหลักการ', nameEn: 'Stage 3', terminal: null },
          { id: pids.stage(2), nameTh: 'รับฟังความคิดเห็นและวิเคราะห์ผลกระทบ', nameEn: 'Stage 2', terminal: null },
          { nameTh: 'สภาผู้แทนราษฎรพิจารณา', nameEn: '', terminal: null },
          { id: pids.stage(9), nameTh: 'ตกไป', nameEn: 'Lapsed', terminal: 'withdrawn' },
        ],
      },
    ]);
    expect(screen.getByText('บันทึกแม่แบบ “ร่างพระราชบัญญัติ” แล้ว')).toBeTruthy();
  });

  it('shows the core’s refusal by the stages when a used stage is removed', async () => {
    const message = 'ไม่สามารถนำขั้นตอน “ยกร่างโดยหน่วยงาน” ออกได้ เพราะมีเรื่องที่เคยอยู่ในขั้นตอนนี้';
    const { client, form } = await setup({
      'stageTemplates.update': () => {
        throw refusal('stageTemplates.update', 'CONFLICT', message, 'stages');
      },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'นำขั้นตอน ยกร่างโดยหน่วยงาน ออก' }));
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึกแม่แบบ' }));
    });
    expect(client.callsTo('stageTemplates.update')[0].stages?.map((s) => s.id)).toEqual([pids.stage(2), pids.stage(3), pids.stage(9)]);
    expect(within(form).getByRole('alert').textContent).toContain(message);
    // The officer's edit is still there to put right.
    expect(within(form).getAllByLabelText(/^ชื่อขั้นตอนที่/)).toHaveLength(3);
  });
});
