import { describe, expect, it } from 'vitest';
import { requiredLetterheadFields } from '../../shared/schemas/letters';
import { seriesWithMeeting, testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { pdfText } from '../helpers/documents';
import { letters, setLetterhead, testLetterhead } from '../helpers/letters';

describe('the letterhead, a setting of the series', () => {
  it('is kept field by field, apart from the print settings, and neither patch wipes the other', async () => {
    const t = await testCore();
    const { series } = await seriesWithMeeting(t);
    expect(series.letterhead.agencyName).toBe('');
    await t.call('series.update', { id: series.id, letterhead: { agencyName: testLetterhead.agencyName, address: testLetterhead.address } });
    await t.call('series.update', { id: series.id, letterhead: { phone: '0 2265 6231' } });
    await t.call('series.update', { id: series.id, documentSettings: { digits: 'thai' } });
    const [stored] = await t.call('series.list', {});
    expect(stored.letterhead).toMatchObject({ agencyName: testLetterhead.agencyName, address: testLetterhead.address, phone: '0 2265 6231', email: '' });
    expect(stored.documentSettings.digits).toBe('thai');
    // The print settings an export may override never carry the letterhead.
    expect(Object.keys(stored.documentSettings)).not.toContain('letterhead');
    await t.call('series.update', { id: series.id, letterhead: { phone: '' } });
    const [cleared] = await t.call('series.list', {});
    expect(cleared.letterhead.phone).toBe('');
    expect(cleared.letterhead.agencyName).toBe(testLetterhead.agencyName);
    expect(cleared.documentSettings.digits).toBe('thai');
  });
});

describe('documents.letters refusals', () => {
  it('names every problem at once: each empty letterhead field and a meeting with nothing to send', async () => {
    const t = await testCore();
    const { meeting } = await seriesWithMeeting(t);
    const e = await t.refusal('documents.letters', { meetingId: meeting.id, kind: 'directives', format: 'pdf' });
    expect(e.code).toBe('INVALID');
    expect(e.problems?.map((p) => p.field)).toEqual([...requiredLetterheadFields.map((f) => `letterhead.${f}`), 'meeting.actions']);
    expect(e.message).toContain(`(${requiredLetterheadFields.length + 1} จุด)`);
    expect(e.message).toContain('"ชื่อผู้ลงนาม"');

    // Filled in part: only what is still missing, and what the invitation itself lacks (no time, no venue yet).
    await setLetterhead(t, meeting.id, { agencyName: testLetterhead.agencyName, address: testLetterhead.address, referenceNo: 'ทส 0202.3/' });
    const again = await t.refusal('documents.letters', { meetingId: meeting.id, kind: 'invitation', format: 'docx' });
    expect(again.problems?.map((p) => p.field)).toEqual([
      'letterhead.ownerUnit', 'letterhead.phone', 'letterhead.email', 'letterhead.signerName', 'letterhead.signerPosition', 'meeting.startTime', 'meeting.venue',
    ]);
  });

  it('refuses an unknown kind of letter by the contract, before anything is read', async () => {
    const t = await testCore();
    const { meeting } = await seriesWithMeeting(t);
    const e = await t.refusal('documents.letters', { meetingId: meeting.id, kind: 'memo', format: 'pdf' });
    expect(e.code).toBe('INVALID');
    expect(e.field).toBe('kind');
  });
});

describe('a letter that tells of a secret item', () => {
  it('is marked ลับ at the top and bottom of every page and entered in the export register; the other letters are neither', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    await setLetterhead(t, meetingId);
    const meeting = await t.call('meetings.get', { id: meetingId });
    const item = meeting.agendaItems.find((i) => meeting.actions.some((a) => a.agendaItemId === i.id))!;
    await t.call('agenda.update', { id: item.id, secrecy: 'confidential' });
    const touched = new Set(meeting.actions.filter((a) => a.agendaItemId === item.id).flatMap((a) => [a.leadOrgId, ...a.supportOrgIds]));

    const result = await letters(t, meetingId, 'directives', 'pdf');
    expect(result.files.some((f) => !touched.has(f.organisationId))).toBe(true);
    for (const [i, file] of result.files.entries()) {
      const pages = pdfText(result.bytes[i]).split('\f').filter((p) => p.trim());
      const verdict = await t.call('documents.verify', { base64: file.base64 });
      if (touched.has(file.organisationId)) {
        for (const page of pages) expect(page.split('\n').filter((l) => l.trim() === 'ลับ').length, file.fileName).toBe(2);
        expect(verdict.verdict).toBe('uncertified');
        expect(verdict.message).toContain(file.fileName);
      } else {
        expect(pages.join('\n')).not.toMatch(/^ลับ$/m);
        expect(verdict.verdict).toBe('unknown');
      }
    }
  });
});
