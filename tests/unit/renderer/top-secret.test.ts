import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/api/client';
import { confirmingTopSecret } from '../../../renderer/lib/top-secret';

const refusedTopSecret = new ApiError('reports.actions', { code: 'INVALID', message: 'เอกสารนี้มีชั้นความลับ "ลับที่สุด" การส่งออกต้องยืนยันอีกครั้ง', field: 'confirmTopSecret' });

describe('confirmingTopSecret: the second question before a ลับที่สุด export (issue 14)', () => {
  it('asks only when the core refuses for want of the confirmation, and calls again with it on yes', async () => {
    const call = vi.fn(async (confirm: boolean) => {
      if (!confirm) throw refusedTopSecret;
      return 'file';
    });
    const ask = vi.fn(async () => true);
    expect(await confirmingTopSecret(call, ask)).toBe('file');
    expect(call.mock.calls).toEqual([[false], [true]]);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('leaves the refusal on no, and never asks about another refusal or an ordinary export', async () => {
    const ask = vi.fn(async () => false);
    await expect(confirmingTopSecret(async () => { throw refusedTopSecret; }, ask)).rejects.toBe(refusedTopSecret);
    const other = new ApiError('reports.actions', { code: 'INVALID', message: 'วันที่ไม่ถูกต้อง', field: 'dueFrom' });
    await expect(confirmingTopSecret(async () => { throw other; }, ask)).rejects.toBe(other);
    expect(await confirmingTopSecret(async () => 'file', ask)).toBe('file');
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
