import { describe, expect, it } from 'vitest';
import { section15Categories } from '../../shared/disclosure';
import { testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { docxParagraphs, pdfText, squash } from '../helpers/documents';
import { realMeetingFile } from '../helpers/real-meeting';

const bytes = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));

describe('the public version of a meeting (issue 14, point 3)', () => {
  it('from a fresh demo: lacks the withheld item’s resolution but names the category and reason; a secret item appears nowhere', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const { agendaItems } = await t.call('meetings.get', { id: meetingId });
    const withResolution = agendaItems.filter((i) => i.parentId === null && i.resolution.trim().length > 20);
    const [withheld, secret] = withResolution;
    const open = agendaItems.find((i) => i.parentId === null && !withResolution.includes(i))!;
    const reason = 'อยู่ระหว่างการเจรจากับผู้ให้บริการแพลตฟอร์ม หากเปิดเผยก่อนได้ข้อยุติอาจทำให้การบังคับใช้กฎหมายไม่บรรลุผล';
    await t.call('disclosure.set', { agendaItemId: withheld.id, status: 'withheld', category: '2', reason });
    await t.call('agenda.update', { id: secret.id, secrecy: 'confidential' });

    const text = squash(pdfText(bytes(await t.call('documents.publicVersion', { meetingId, format: 'pdf' }))));
    expect(text).toContain(squash(withheld.subject));
    expect(text).not.toContain(squash(withheld.resolution));
    expect(text).toContain('มาตรา15(2)');
    expect(text).toContain(squash(section15Categories['2']));
    expect(text).toContain(squash(reason));
    // The secret item: neither its subject, nor its resolution, nor its summary, anywhere in the text.
    expect(text).not.toContain(squash(secret.subject));
    expect(text).not.toContain(squash(secret.resolution).slice(0, 40));
    expect(text).not.toContain(squash(secret.summary).slice(0, 40));
    expect(text).toContain(squash(`${open.number}เรื่อง${open.subject}มติที่ประชุม${open.resolution}`));
    expect(text).toContain('ฉบับนี้ไม่รวมเรื่องที่มีชั้นความลับ');
    // Nothing in it is classified: no secrecy stamp on its pages.
    expect(text).not.toMatch(/^ลับ/m);
  });

  it('on a real Cabinet meeting, in DOCX: the withheld item by heading, category and reason; public items with their resolutions', async () => {
    const t = await testCore();
    const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') });
    const { agendaItems } = await t.call('meetings.get', { id: meetingId });
    const [withheld, ...others] = agendaItems.filter((i) => i.resolution.trim().length > 20);
    await t.call('disclosure.set', { agendaItemId: withheld.id, status: 'withheld', category: '3', reason: 'เป็นความเห็นภายในที่ยังไม่เป็นที่ยุติ' });
    const docx = bytes(await t.call('documents.publicVersion', { meetingId, format: 'docx' }));
    const text = squash(docxParagraphs(docx).join('\n'));
    expect(text).toContain(squash(withheld.subject));
    expect(text).not.toContain(squash(withheld.resolution));
    expect(text).toContain(squash(section15Categories['3']));
    for (const item of others) expect(text).toContain(squash(item.resolution));
    expect(text).not.toContain('ฉบับนี้ไม่รวมเรื่องที่มีชั้นความลับ');
  });

  it('keeps the setting, audited; a withholding without a category or a reason is refused; public again clears them', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const [item] = (await t.call('meetings.get', { id: meetingId })).agendaItems;
    const noReason = await t.refusal('disclosure.set', { agendaItemId: item.id, status: 'withheld', category: '1', reason: '  ' });
    expect(noReason.code).toBe('INVALID');
    expect(noReason.message).toContain('เหตุผล');
    const noCategory = await t.refusal('disclosure.set', { agendaItemId: item.id, status: 'withheld', reason: 'เหตุผล' });
    expect(noCategory.message).toContain('มาตรา 15');
    await t.call('disclosure.set', { agendaItemId: item.id, status: 'withheld', category: '5', reason: 'มีข้อมูลสุขภาพของผู้บริหาร' });
    expect(await t.call('disclosure.list', { meetingId })).toEqual([{ agendaItemId: item.id, status: 'withheld', category: '5', reason: 'มีข้อมูลสุขภาพของผู้บริหาร', version: 1 }]);
    await t.call('disclosure.set', { agendaItemId: item.id, status: 'public' });
    expect(await t.call('disclosure.list', { meetingId })).toEqual([{ agendaItemId: item.id, status: 'public', category: null, reason: '', version: 2 }]);
    const history = await t.call('audit.list', { entity: 'item_disclosure', entityId: item.id });
    expect(history.length).toBeGreaterThanOrEqual(2);
  });

  it('is refused for a meeting secret as a whole', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    await t.call('meetings.update', { id: meetingId, secrecy: 'secret' });
    const e = await t.refusal('documents.publicVersion', { meetingId, format: 'pdf' });
    expect(e.message).toContain('ชั้นความลับทั้งการประชุม');
  });
});
