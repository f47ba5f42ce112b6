import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawQuery } from '../helpers/pg';
import { describe, expect, it } from 'vitest';
import { createInvokeHandler } from '../../electron/shell/invoke';
import { seriesWithMeeting, testCore } from '../helpers/core';

const pdfBytes = Buffer.from('%PDF-1.4\n% เอกสารแนบ ร่าง พ.ร.บ.\n');

describe('attachments', () => {
  it('are copied into the data folder under their SHA-256 and read back byte for byte', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: 'ร่าง พ.ร.บ. เกม' });
    const a = await t.call('attachments.add', { agendaItemId: item.id, fileName: 'ร่าง พ.ร.บ.pdf', mediaType: 'application/pdf', base64: pdfBytes.toString('base64') });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = join(t.filesDir, a.sha256.slice(0, 2), a.sha256);
    expect(readFileSync(stored)).toEqual(pdfBytes);
    const back = await t.call('attachments.get', { id: a.id });
    expect(Buffer.from(back.base64, 'base64')).toEqual(pdfBytes);
    expect(await t.call('attachments.list', { meetingId: meeting.id })).toEqual([a]);

    await t.call('attachments.remove', { id: a.id });
    expect(existsSync(stored)).toBe(false);
  });

  it('opens with the system viewer on the desktop, and says it could not elsewhere', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('information').id, subject: 'TDDC' });
    const a = await t.call('attachments.add', { agendaItemId: item.id, fileName: 'tddc.pdf', mediaType: 'application/pdf', base64: pdfBytes.toString('base64') });
    expect(await t.call('attachments.open', { id: a.id })).toEqual({ opened: false });
    const opened: string[] = [];
    const page = { kind: 'file' as const, url: 'file:///app/index.html' };
    const ipc = createInvokeHandler({ core: t.core, page, log: () => {}, openFile: async (p) => opened.push(p) > 0 });
    const answer = await ipc({ fromMainWindow: true, isTopFrame: true, url: page.url }, 'attachments.open', { id: a.id });
    expect(answer).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual([await t.core.attachmentPath(a.id)]);
    const refused = await ipc({ fromMainWindow: true, isTopFrame: true, url: page.url }, 'attachments.open', { id: crypto.randomUUID() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a file name with a path in it, and changes once the minutes are certified', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('information').id, subject: 'TDDC' });
    const bad = await t.refusal('attachments.add', { agendaItemId: item.id, fileName: '../../etc/passwd', base64: 'AA==' });
    expect(bad.field).toBe('fileName');
    await rawQuery(t.dbPath, "update minutes set status = 'certified', certified_how = 'same_meeting', certified_on = '2026-11-25' where meeting_id = $1", [meeting.id]);
    expect((await t.refusal('attachments.add', { agendaItemId: item.id, fileName: 'late.pdf', base64: 'AA==' })).code).toBe('LOCKED');
  });
});
