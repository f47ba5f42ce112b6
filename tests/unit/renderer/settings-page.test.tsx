// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseWordList, SettingsPage } from '../../../renderer/features/settings/settings-page';
import { parseHash } from '../../../renderer/router';
import { useDirtyStore } from '../../../renderer/state/dirty';
import { appSettings } from './data';
import { fakeClient, type Handlers, refusal } from './fake-client';
import { renderWith } from './render';

async function setup(handlers: Handlers = {}) {
  const client = fakeClient({
    'settings.get': () => appSettings,
    'retention.get': () => [{ kind: 'minutes', years: null }, { kind: 'working_papers', years: 10 }, { kind: 'attachments', years: 10 }],
    ...handlers,
  });
  const view = renderWith(client, <SettingsPage />);
  await act(async () => {});
  const words = screen.getByLabelText('รายการคำ (บรรทัดละหนึ่งคำ)') as HTMLTextAreaElement;
  return { client, words, ...view };
}

const save = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
  });
};

describe('SettingsPage', () => {
  it('has its own address', () => {
    expect(parseHash('#/settings')).toEqual({ name: 'settings' });
  });

  it('shows the no-break words one per line, with what they are for', async () => {
    const { words } = await setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ตั้งค่า');
    expect(screen.getByRole('heading', { name: 'คำที่ห้ามตัดข้ามบรรทัด' })).toBeTruthy();
    expect(screen.getByText(/คำที่ใส่ไว้ที่นี่จะไม่ถูกตัดข้ามบรรทัด/)).toBeTruthy();
    expect(words.value).toBe('ดีป้า\nบัญชีบริการดิจิทัล');
    expect(screen.getByText('2 คำ')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'บันทึก' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('saves added and removed words through settings.update, without blanks or repeats', async () => {
    const { client, words } = await setup({ 'settings.update': (patch) => ({ officerName: '', noBreakWords: patch.noBreakWords ?? [], version: 2 }) });
    fireEvent.change(words, { target: { value: 'บัญชีบริการดิจิทัล\n\n  สำนักงานสถิติแห่งชาติ  \nกองทุนหมู่บ้าน\nกองทุนหมู่บ้าน\n' } });
    expect(screen.getByRole('status').textContent).toBe('มีการแก้ไขที่ยังไม่ได้บันทึก');
    expect(useDirtyStore.getState().keys.has('settings-no-break-words')).toBe(true);
    await save();
    expect(client.callsTo('settings.update')).toEqual([{ version: 1, noBreakWords: ['บัญชีบริการดิจิทัล', 'สำนักงานสถิติแห่งชาติ', 'กองทุนหมู่บ้าน'] }]);
    expect(words.value).toBe('บัญชีบริการดิจิทัล\nสำนักงานสถิติแห่งชาติ\nกองทุนหมู่บ้าน');
    expect(screen.getByRole('status').textContent).toBe('บันทึกแล้ว');
    expect(useDirtyStore.getState().keys.size).toBe(0);
  });

  it('points at a line that is too long instead of sending it', async () => {
    const { client, words } = await setup({ 'settings.update': () => appSettings });
    fireEvent.change(words, { target: { value: `ดีป้า\n${'ก'.repeat(101)}` } });
    await save();
    expect(client.callsTo('settings.update')).toHaveLength(0);
    expect(screen.getByText('บรรทัดที่ 2 ยาวเกิน 100 ตัวอักษร กรุณาแยกเป็นคำที่สั้นลง')).toBeTruthy();
    expect(words.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(words);
  });

  it('shows the core’s Thai refusal and keeps what was typed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { words } = await setup({
      'settings.update': () => {
        throw refusal('settings.update', 'INVALID', 'รายการคำยาวเกินกำหนด', 'noBreakWords.0');
      },
    });
    fireEvent.change(words, { target: { value: 'คำใหม่' } });
    await save();
    expect(screen.getByRole('alert').textContent).toContain('รายการคำยาวเกินกำหนด');
    expect(words.value).toBe('คำใหม่');
  });

  it('keeps minutes permanent and sends only the retention the officer changed', async () => {
    const { client } = await setup({ 'retention.update': ({ kind, years }) => [{ kind: 'minutes', years: null }, { kind: 'working_papers', years: 10 }, { kind, years }] });
    const group = screen.getByRole('group', { name: 'อายุการเก็บ: เอกสารแนบระเบียบวาระ' });
    expect((screen.getAllByLabelText('เก็บไว้ตลอดไป')[0] as HTMLInputElement).checked).toBe(true);
    const years = group.querySelector('input[type="number"]') as HTMLInputElement;
    fireEvent.change(years, { target: { value: '0' } });
    expect(screen.getByText('จำนวนปีต้องเป็น 1 ถึง 100')).toBeTruthy();
    fireEvent.change(years, { target: { value: '5' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'บันทึกอายุการเก็บ' }));
    });
    expect(client.calls.filter((c) => c.method === 'retention.update').map((c) => c.args)).toEqual([{ kind: 'attachments', years: 5 }]);
  });

  it('reads a word list the way the core keeps it', () => {
    expect(parseWordList(' ก \r\nข\n\nก\n')).toEqual(['ก', 'ข']);
  });

  it('saves the officer name that the history will record', async () => {
    const { client } = await setup({ 'settings.update': (patch) => ({ officerName: patch.officerName ?? '', noBreakWords: appSettings.noBreakWords, version: 2 }) });
    const name = screen.getByLabelText('ชื่อเจ้าหน้าที่') as HTMLInputElement;
    fireEvent.change(name, { target: { value: '  นางสุดา แก้วมณี ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'บันทึกชื่อ' }));
    });
    expect(client.calls.filter((c) => c.method === 'settings.update').map((c) => c.args)).toEqual([{ version: 1, officerName: 'นางสุดา แก้วมณี' }]);
    expect(screen.getByText('บันทึกแล้ว')).toBeTruthy();
  });
});
