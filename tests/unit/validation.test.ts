import { describe, expect, it } from 'vitest';
import type { LekhaError } from '../../shared/errors';
import { describeField, parseCall } from '../../shared/validation';

const refusal = (method: string, args: unknown): LekhaError => {
  try {
    parseCall(method, args);
  } catch (e) {
    return e as LekhaError;
  }
  throw new Error('expected a refusal');
};

describe('validation at the transport', () => {
  it('names the field in Thai and by its path', () => {
    expect(describeField(['agendaItems', 2, 'subject'])).toBe('ระเบียบวาระ › ลำดับที่ 3 › เรื่อง');
    const e = refusal('agenda.create', { meetingId: crypto.randomUUID(), sectionId: crypto.randomUUID(), subject: '   ' });
    expect(e.code).toBe('INVALID');
    expect(e.field).toBe('subject');
    expect(e.message).toContain('"เรื่อง"');
    expect(e.message).toContain('ต้องกรอก');
  });

  it('refuses an unknown method in Thai', () => {
    const e = refusal('files.read', { path: '/etc/passwd' });
    expect(e.code).toBe('INVALID');
    expect(e.message).toContain('ไม่รู้จักคำสั่ง');
  });

  it('gives zod refusals in Thai, not English', () => {
    const e = refusal('meetings.nextNumber', { seriesId: crypto.randomUUID(), yearBe: 'สองพัน' });
    expect(e.message).toMatch(/[ก-๙]/);
    expect(e.message).not.toMatch(/expected|invalid input/i);
  });

  it('passes valid arguments through with defaults filled in', () => {
    const { args } = parseCall('people.create', { firstName: 'มาลี' });
    expect(args).toMatchObject({ firstName: 'มาลี', title: '', organisationId: null, illustrative: false });
  });
});
