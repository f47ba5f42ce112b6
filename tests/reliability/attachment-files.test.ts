// Threat: an attachment stored wrong and trusted ever after — a truncated copy under the content's
// SHA-256 name, files left by refused adds, invalid base64 stored as garbage, a name that hides its type.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmAttendance, seriesWithMeeting, testCore } from '../helpers/core';

const pdf = Buffer.from('%PDF-1.4\n% ภาคผนวก ก\n'.repeat(200));
const sha = createHash('sha256').update(pdf).digest('hex');

async function withItem() {
  const t = await testCore();
  const { meeting, section } = await seriesWithMeeting(t);
  const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('information').id, subject: 'รายงานผล' });
  const files = join(dirname(t.dbPath), 'attachments');
  const stored = () => (existsSync(files) ? readdirSync(files, { recursive: true }).map(String).filter((f) => f.includes('.') || f.length > 60) : []);
  return { t, meeting, item, files, stored };
}

describe('attachment files', () => {
  it('replace a damaged copy under the same name instead of trusting it', async () => {
    const { t, item, files } = await withItem();
    const path = join(files, sha.slice(0, 2), sha);
    await t.call('attachments.add', { agendaItemId: item.id, fileName: 'ภาคผนวก.pdf', base64: pdf.toString('base64') });
    writeFileSync(path, pdf.subarray(0, 100)); // what a disk that filled up half-way leaves
    const again = await t.call('attachments.add', { agendaItemId: item.id, fileName: 'ภาคผนวก (ฉบับแก้).pdf', base64: pdf.toString('base64') });
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(sha);
    expect(Buffer.from((await t.call('attachments.get', { id: again.id })).base64, 'base64').equals(pdf)).toBe(true);
  });

  it('leave nothing behind when the add is refused', async () => {
    const { t, meeting, item, stored } = await withItem();
    await confirmAttendance(t, meeting.id);
    await t.call('minutes.certify', { meetingId: meeting.id, how: 'same_meeting', date: '2026-11-25' });
    const e = await t.refusal('attachments.add', { agendaItemId: item.id, fileName: 'หลังรับรอง.pdf', base64: pdf.toString('base64') });
    expect(e.code).toBe('LOCKED');
    const missing = await t.refusal('attachments.add', { agendaItemId: crypto.randomUUID(), fileName: 'x.pdf', base64: pdf.toString('base64') });
    expect(missing.code).toBe('NOT_FOUND');
    expect(stored()).toEqual([]);
  });

  it('refuse content that is not base64, naming the field', async () => {
    const { t, item, stored } = await withItem();
    const e = await t.refusal('attachments.add', { agendaItemId: item.id, fileName: 'x.pdf', base64: 'ไม่ใช่ base64!!' });
    expect([e.code, e.field]).toEqual(['INVALID', 'base64']);
    expect(e.message).toContain('ไม่ใช่ base64');
    expect(stored()).toEqual([]);
  });

  it('show names with bidirectional controls taken out, so an .exe cannot pose as a .pdf', async () => {
    const { t, item } = await withItem();
    const added = await t.call('attachments.add', { agendaItemId: item.id, fileName: 'ใบแจ้งหนี้\u202Efdp.exe', base64: pdf.toString('base64') });
    expect(added.fileName).toBe('ใบแจ้งหนี้fdp.exe');
    expect((await t.call('attachments.get', { id: added.id })).fileName).toBe('ใบแจ้งหนี้fdp.exe');
  });
});
