// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PolicyPage } from '../../../renderer/features/policies/policy-page';
import { ids, meetingDetail, organisations, people } from './data';
import { fakeClient, type Handlers, refusal } from './fake-client';
import { billDetail, pids, templates } from './policy-test-data';
import { renderWith } from './render';

async function setup(handlers: Handlers = {}) {
  const client = fakeClient({
    'policies.get': () => billDetail(),
    'stageTemplates.list': () => templates,
    'people.list': () => people,
    'organisations.list': () => organisations,
    // The deciding meeting is searched for (ui/meeting-picker.tsx): the latest come first.
    'meetings.pick': () => {
      const { id, seriesId, number, yearBe, date, venue, status, minutesStatus } = meetingDetail();
      return [{ id, seriesId, number, yearBe, date, venue, status, minutesStatus, seriesName: 'ผู้บริหาร ดศ.' }];
    },
    'meetings.get': () => meetingDetail(),
    ...handlers,
  });
  const view = renderWith(client, <PolicyPage id={pids.bill} />);
  await screen.findByRole('heading', { level: 1, name: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....' });
  return { client, ...view };
}

describe('PolicyPage', () => {
  it('shows the timeline citing the deciding item, the stages with the current one, and the agenda items', async () => {
    await setup();
    const timeline = screen.getByRole('list', { name: 'ลำดับความเคลื่อนไหว' });
    expect(within(timeline).getByText('24 ก.พ. 2568')).toBeTruthy();
    const ref = within(timeline).getByRole('link', { name: 'ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1' });
    expect(ref.getAttribute('href')).toBe(`#/meetings/${ids.meeting}`);
    const stages = screen.getByRole('list', { name: 'ขั้นตอนตามแม่แบบ' });
    expect(stages.querySelector('[aria-current="step"]')?.textContent).toContain('ยกร่างโดยหน่วยงาน');
    expect(screen.getByText(/79,610/)).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'สถาบันการเงิน' })).toBeTruthy();
  });

  it('moves to the next stage with the date in the Buddhist era and the deciding item', async () => {
    const moved = billDetail({ currentStageId: pids.stage(2), currentStage: 'รับฟังความคิดเห็นและวิเคราะห์ผลกระทบ' });
    const { client } = await setup({ 'policies.moveStage': () => moved });
    const form = screen.getByRole('form', { name: 'ย้ายไปขั้นตอน' });
    // The next stage is offered first.
    expect((within(form).getByLabelText(/^ขั้นตอน/) as HTMLSelectElement).value).toBe(pids.stage(2));
    fireEvent.change(within(form).getByLabelText(/^วันที่/), { target: { value: '1/3/2568' } });
    fireEvent.change(within(form).getByLabelText('หมายเหตุ'), { target: { value: 'เปิดรับฟังความคิดเห็น' } });
    await act(async () => {
      fireEvent.change(within(form).getByLabelText('การประชุมที่พิจารณา'), { target: { value: ids.meeting } });
    });
    await within(form).findByRole('option', { name: /^4\.1 / });
    fireEvent.change(within(form).getByLabelText('ระเบียบวาระ'), { target: { value: ids.item(1) } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึกการย้ายขั้นตอน' }));
    });
    expect(client.callsTo('policies.moveStage')).toEqual([
      { policyId: pids.bill, stageId: pids.stage(2), date: '2025-03-01', note: 'เปิดรับฟังความคิดเห็น', agendaItemId: ids.item(1) },
    ]);
    expect(within(form).getByRole('status').textContent).toBe('ย้ายไปขั้นตอน “รับฟังความคิดเห็นและวิเคราะห์ผลกระทบ” แล้ว');
  });

  it('shows the core’s refusal in Thai by the move form', async () => {
    await setup({ 'policies.moveStage': () => { throw refusal('policies.moveStage', 'INVALID', 'ขั้นตอนนี้ไม่อยู่ในแม่แบบขั้นตอนของเรื่องนี้', 'stageId'); } });
    const form = screen.getByRole('form', { name: 'ย้ายไปขั้นตอน' });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึกการย้ายขั้นตอน' }));
    });
    expect(within(form).getByText('ขั้นตอนนี้ไม่อยู่ในแม่แบบขั้นตอนของเรื่องนี้')).toBeTruthy();
  });

  it('adds a stakeholder’s position and resolves the question', async () => {
    const { client } = await setup({ 'policies.addPosition': () => billDetail(), 'policies.updateQuestion': () => billDetail() });
    const question = screen.getByRole('article', { name: 'ความรับผิดชอบในการชดใช้ความเสียหาย' });
    fireEvent.click(within(question).getByRole('button', { name: '+ เพิ่มท่าที' }));
    fireEvent.change(within(question).getByLabelText(/^ผู้เกี่ยวข้อง/), { target: { value: 'ผู้ให้บริการโทรคมนาคม' } });
    fireEvent.change(within(question).getByLabelText('สถานะท่าที'), { target: { value: 'conditional' } });
    await act(async () => {
      fireEvent.click(within(question).getByRole('button', { name: 'บันทึกท่าที' }));
    });
    expect(client.callsTo('policies.addPosition')).toEqual([
      { questionId: pids.question, stakeholder: 'ผู้ให้บริการโทรคมนาคม', organisationId: null, position: '', status: 'conditional' },
    ]);
    fireEvent.click(within(question).getByRole('button', { name: 'บันทึกข้อยุติ' }));
    fireEvent.change(within(question).getByLabelText('ข้อยุติ'), { target: { value: 'ทุกฝ่ายร่วมรับผิดชอบ' } });
    await act(async () => {
      fireEvent.click(within(question).getByRole('button', { name: 'ยืนยันว่าได้ข้อยุติแล้ว' }));
    });
    expect(client.callsTo('policies.updateQuestion')).toEqual([{ id: pids.question, status: 'resolved', resolution: 'ทุกฝ่ายร่วมรับผิดชอบ' }]);
  });

  it('adds an indicator value typed with a thousands separator', async () => {
    const { client } = await setup({ 'policies.addIndicatorValue': () => billDetail() });
    fireEvent.click(screen.getByRole('button', { name: 'เพิ่มค่าของ กองทุนหมู่บ้านในฐานข้อมูล' }));
    const form = screen.getByRole('form', { name: 'เพิ่มค่าของ กองทุนหมู่บ้านในฐานข้อมูล' });
    fireEvent.change(within(form).getByLabelText(/^ข้อมูล ณ วันที่/), { target: { value: '31/3/2568' } });
    fireEvent.change(within(form).getByLabelText(/^ค่า/), { target: { value: '80,012' } });
    fireEvent.change(within(form).getByLabelText('แหล่งข้อมูล'), { target: { value: 'BDI' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึกค่า' }));
    });
    expect(client.callsTo('policies.addIndicatorValue')).toEqual([{ indicatorId: pids.indicator, asOf: '2025-03-31', value: 80012, source: 'BDI' }]);
  });
});

describe('PolicyPage editing and removing', () => {
  it('edits a milestone with Buddhist-era dates', async () => {
    const { client } = await setup({ 'policies.updateMilestone': () => billDetail() });
    fireEvent.click(screen.getByRole('button', { name: 'แก้ไข กำหนดการ ตอบแบบสอบถามออนไลน์' }));
    const form = screen.getByRole('form', { name: 'แก้ไขกำหนดการ “ตอบแบบสอบถามออนไลน์”' });
    expect((within(form).getByLabelText(/^วันเริ่ม/) as HTMLInputElement).value).toBe('1/4/2568');
    fireEvent.change(within(form).getByLabelText(/^กำหนดการ/), { target: { value: 'ตอบแบบสอบถามออนไลน์ (ขยายเวลา)' } });
    fireEvent.change(within(form).getByLabelText(/^วันสิ้นสุด/), { target: { value: '30/4/2568' } });
    fireEvent.change(within(form).getByLabelText('สถานะ'), { target: { value: 'in_progress' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: 'บันทึกกำหนดการ' }));
    });
    expect(client.callsTo('policies.updateMilestone')).toEqual([
      { id: billDetail().milestones[0].id, version: billDetail().milestones[0].version, title: 'ตอบแบบสอบถามออนไลน์ (ขยายเวลา)', startDate: '2025-04-01', endDate: '2025-04-30', status: 'in_progress' },
    ]);
    expect(screen.queryByRole('form', { name: 'แก้ไขกำหนดการ “ตอบแบบสอบถามออนไลน์”' })).toBeNull();
  });

  it('removes a stakeholder’s position only after confirming', async () => {
    const { client } = await setup({ 'policies.removePosition': () => billDetail({ questions: [{ ...billDetail().questions[0], positions: [] }] }) });
    const question = screen.getByRole('article', { name: 'ความรับผิดชอบในการชดใช้ความเสียหาย' });
    fireEvent.click(within(question).getByRole('button', { name: 'ลบ ท่าทีของ สถาบันการเงิน' }));
    expect(client.callsTo('policies.removePosition')).toEqual([]);
    await act(async () => {
      fireEvent.click(within(question).getByRole('button', { name: 'ยืนยันการลบท่าที' }));
    });
    expect(client.callsTo('policies.removePosition')).toEqual([{ id: billDetail().questions[0].positions[0].id, version: billDetail().questions[0].positions[0].version }]);
    expect(within(question).getByText('ยังไม่มีท่าทีของผู้เกี่ยวข้อง')).toBeTruthy();
  });

  it('shows the core’s Thai refusal when an indicator value cannot be removed', async () => {
    const { client } = await setup({
      'policies.removeIndicatorValue': () => {
        throw refusal('policies.removeIndicatorValue', 'NOT_FOUND', 'ไม่พบค่านี้ อาจถูกลบไปแล้ว');
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'ลบ ค่า ณ วันที่ 24 ก.พ. 2568' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'ยืนยันการลบค่า' }));
    });
    expect(client.callsTo('policies.removeIndicatorValue')).toEqual([{ id: billDetail().indicators[0].values[0].id }]);
    expect(screen.getByText('ไม่พบค่านี้ อาจถูกลบไปแล้ว')).toBeTruthy();
  });
});
