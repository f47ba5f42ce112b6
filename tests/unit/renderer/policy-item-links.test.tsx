// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgendaItemPolicies } from '../../../renderer/features/agenda/agenda-item-policies';
import { ids, meetingDetail } from './data';
import { fakeClient, type Handlers } from './fake-client';
import { billDetail, pids, summaryOf, templates } from './policy-test-data';
import { renderWith } from './render';

const decree = billDetail({ id: pids.decree, titleTh: 'พระราชกำหนดมาตรการป้องกันอาชญากรรมทางเทคโนโลยี', shortTitle: 'พ.ร.ก. อาชญากรรมทางเทคโนโลยี' });

async function setup(policyIds: string[], handlers: Handlers = {}) {
  const client = fakeClient({ 'policies.list': () => [summaryOf(billDetail()), summaryOf(decree)], 'stageTemplates.list': () => templates, ...handlers });
  const meeting = meetingDetail();
  const item = { ...meeting.agendaItems[0], policyIds };
  const view = renderWith(client, <AgendaItemPolicies item={item} meeting={meeting} />);
  await act(async () => {});
  return { client, section: screen.getByTestId('item-policies'), ...view };
}

describe('AgendaItemPolicies', () => {
  it('lists the item’s policies with their stage, linking to each policy', async () => {
    const { section } = await setup([pids.bill]);
    const link = within(section).getByRole('link', { name: 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' });
    expect(link.getAttribute('href')).toBe(`#/policies/${pids.bill}`);
    expect(section.textContent).toContain('ยกร่างโดยหน่วยงาน');
  });

  it('moves a linked policy to its next stage with this item and the meeting’s date, after confirming', async () => {
    const moved = billDetail({ currentStageId: pids.stage(2), currentStage: 'รับฟังความคิดเห็นและวิเคราะห์ผลกระทบ' });
    const { client, section } = await setup([pids.bill], { 'policies.moveStage': () => moved });
    fireEvent.click(within(section).getByRole('button', { name: 'เลื่อนขั้นตอน ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' }));
    const confirm = within(section).getByRole('group', { name: 'เลื่อนขั้นตอน' });
    expect(confirm.textContent).toContain('“รับฟังความคิดเห็นและวิเคราะห์ผลกระทบ” ตามระเบียบวาระที่ 4.1 วันที่ 25 พ.ย. 2569');
    expect(client.callsTo('policies.moveStage')).toEqual([]);
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: 'ยืนยันการเลื่อนขั้นตอน' }));
    });
    expect(client.callsTo('policies.moveStage')).toEqual([
      { policyId: pids.bill, stageId: pids.stage(2), date: '2026-11-25', note: 'ตามมติที่ประชุม ระเบียบวาระที่ 4.1', agendaItemId: ids.item(1) },
    ]);
    expect(within(section).getByRole('status').textContent).toBe('เลื่อน “ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม” ไปขั้นตอน “รับฟังความคิดเห็นและวิเคราะห์ผลกระทบ” แล้ว');
  });

  it('links and unlinks a policy', async () => {
    const { client, section } = await setup([pids.bill], { 'policies.linkItem': () => billDetail() });
    fireEvent.change(within(section).getByLabelText('— เลือกเรื่องเพื่อเชื่อมโยง —'), { target: { value: pids.decree } });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'เชื่อมโยง' }));
    });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'ยกเลิกการเชื่อมโยง ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' }));
    });
    expect(client.callsTo('policies.linkItem')).toEqual([
      { policyId: pids.decree, agendaItemId: ids.item(1), linked: true },
      { policyId: pids.bill, agendaItemId: ids.item(1), linked: false },
    ]);
  });
});
