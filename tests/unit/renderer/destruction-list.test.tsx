// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DestructionList } from '../../../renderer/features/settings/destruction-list';
import type { DueRecord } from '../../../shared/schemas/retention';
import { fakeClient } from './fake-client';
import { renderWith } from './render';

const MEETING = '00000000-0000-4000-8000-000000000101';
const approved: DueRecord = {
  meetingId: MEETING,
  meetingLabel: 'การประชุมผู้บริหารระดับสูง ครั้งที่ 2/2558',
  seriesName: 'การประชุมผู้บริหารระดับสูง',
  meetingNumber: 'ครั้งที่ 2/2558',
  meetingDate: '2015-02-24',
  kind: 'working_papers',
  subject: 'ร่างรายงานการประชุม 3 ฉบับ',
  count: 3,
  dueYearBe: 2568,
  decision: {
    id: '00000000-0000-4000-8000-000000000201', meetingId: MEETING, kind: 'working_papers', yearBe: 2569, meetingLabel: 'การประชุมผู้บริหารระดับสูง ครั้งที่ 2/2558',
    reference: 'หนังสือกรมศิลปากร ที่ วธ 0404/123 ลงวันที่ 1 ตุลาคม 2569', decidedOn: '2026-10-01', recordedAt: '2026-10-02T03:00:00.000Z', recordedBy: 'สมหญิง ใจดี',
    carriedOutAt: null, removed: null,
  },
};

async function setup() {
  const client = fakeClient({
    'retention.due': () => ({ yearBe: 2569, records: [approved] }),
    'retention.destroy': () => ({ ...approved.decision!, carriedOutAt: '2026-11-30T10:00:00.000Z', removed: 3 }),
  });
  renderWith(client, <DestructionList />);
  fireEvent.change(screen.getByLabelText('ประจำปี พ.ศ.'), { target: { value: '2569' } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'แสดงรายการ' })));
  return client;
}

describe('destroying records past retention', () => {
  it('asks in the app’s own dialog, naming the record and the meeting, and starts on cancel', async () => {
    const client = await setup();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'ทำลายตามที่อนุมัติ' })));
    const dialog = screen.getByRole('dialog', { name: 'ทำลายตามที่อนุมัติ' });
    expect(dialog.textContent).toContain('การประชุมผู้บริหารระดับสูง ครั้งที่ 2/2558');
    expect(dialog.textContent).toContain('ย้อนกลับไม่ได้');
    const cancel = within(dialog).getByRole('button', { name: 'ยกเลิก' });
    expect(document.activeElement).toBe(cancel);
    await act(async () => fireEvent.click(cancel));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(client.callsTo('retention.destroy')).toEqual([]);
  });

  it('destroys only once confirmed', async () => {
    const client = await setup();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'ทำลายตามที่อนุมัติ' })));
    const dialog = screen.getByRole('dialog', { name: 'ทำลายตามที่อนุมัติ' });
    await act(async () => fireEvent.click(within(dialog).getAllByRole('button', { name: 'ทำลายตามที่อนุมัติ' })[0]));
    expect(client.callsTo('retention.destroy')).toEqual([{ id: approved.decision!.id }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
