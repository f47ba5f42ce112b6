import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type TestCore, testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { pdfText } from '../helpers/documents';

/**
 * Issue 14, two ways a secret paper could leave without its class: an attachment's bytes handed out by
 * `attachments.get`, and the policy report citing what was decided at a secret item (demo meeting 2/2568).
 */
const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const pages = (pdf: Uint8Array) => pdfText(pdf).split('\f').filter((p) => p.trim());
/** Lines that are the mark alone: the top and the bottom stamp of a page. */
const marks = (page: string, label: string) => page.split('\n').filter((l) => l.trim() === label).length;
const sha = (base64: string) => createHash('sha256').update(bytes(base64)).digest('hex');

async function demoItem(t: TestCore, number: string) {
  const meetingId = await loadDemo(t);
  const item = (await t.call('meetings.get', { id: meetingId })).agendaItems.find((i) => i.number === number)!;
  return { meetingId, item };
}

describe('an attachment of ลับที่สุด', () => {
  it('is handed out only with the confirm flag, whether the class is its own or its item\'s, and enters the register', async () => {
    const t = await testCore();
    const { meetingId, item } = await demoItem(t, '4.2');
    const content = Buffer.from('บันทึกข้อความ ร่างหลักเกณฑ์').toString('base64');
    const own = await t.call('attachments.add', { agendaItemId: item.id, fileName: 'บันทึก.txt', mediaType: 'text/plain', base64: content, secrecy: 'top_secret' });
    const plain = await t.call('attachments.add', { agendaItemId: item.id, fileName: 'ภาคผนวก.txt', mediaType: 'text/plain', base64: Buffer.from('ภาคผนวก').toString('base64') });
    // Unclassified, on an unclassified item: handed out as before, and not a secret document.
    expect((await t.call('attachments.get', { id: plain.id })).fileName).toBe('ภาคผนวก.txt');
    expect(await t.call('secrets.register', { meetingId })).toEqual([]);

    const refused = await t.refusal('attachments.get', { id: own.id });
    expect([refused.code, refused.field, refused.message]).toEqual(['INVALID', 'confirmTopSecret', expect.stringContaining('ลับที่สุด')]);
    await t.call('agenda.update', { id: item.id, secrecy: 'top_secret' });
    // The item's class reaches its files: the unclassified annex of a ลับที่สุด item is ลับที่สุด too.
    expect((await t.refusal('attachments.get', { id: plain.id })).field).toBe('confirmTopSecret');
    // Opened with the desktop's viewer likewise: asked again first.
    expect((await t.refusal('attachments.open', { id: own.id })).field).toBe('confirmTopSecret');
    expect(await t.call('attachments.open', { id: own.id, confirmTopSecret: true })).toEqual({ opened: false });

    const got = await t.call('attachments.get', { id: own.id, confirmTopSecret: true });
    expect(got.base64).toBe(content);
    const register = await t.call('secrets.register', { meetingId });
    expect(register.map((r) => [r.kind, r.fileName, r.secrecy, r.sha256])).toEqual([['attachment', 'บันทึก.txt', 'top_secret', sha(content)]]);
  });
});

describe('the policy report', () => {
  async function citing(t: TestCore) {
    const { meetingId, item } = await demoItem(t, '4.2');
    const bill = (await t.call('stageTemplates.list', {})).find((x) => x.kind === 'bill')!;
    const policy = await t.call('policies.create', { kind: 'bill', titleTh: 'ร่างพระราชบัญญัติการรักษาความมั่นคงปลอดภัยไซเบอร์ (ฉบับที่ ..) พ.ศ. ....', shortTitle: 'ร่าง พ.ร.บ. ไซเบอร์', stageDate: '2025-01-15' });
    // The last movement, decided at item 4.2 and printed with its note.
    await t.call('policies.moveStage', { policyId: policy.id, stageId: bill.stages[1].id, date: '2025-02-24', note: 'ที่ประชุมเห็นชอบในหลักการ', agendaItemId: item.id });
    return { meetingId, item };
  }

  it('takes the class of the item it cites: ลับ at the top and bottom of every page, and in the register', { timeout: 60_000 }, async () => {
    const t = await testCore();
    const { item } = await citing(t);
    const before = await t.call('reports.policies', { format: 'pdf' });
    expect(pdfText(bytes(before.base64))).not.toMatch(/^\s*ลับ/m);

    await t.call('agenda.update', { id: item.id, secrecy: 'confidential' });
    const made = await t.call('reports.policies', { format: 'pdf' });
    const all = pages(bytes(made.base64));
    expect(all.length).toBeGreaterThan(0);
    expect(all[0]).toContain('ที่ประชุมเห็นชอบในหลักการ');
    for (const [i, page] of all.entries()) expect(marks(page, 'ลับ'), `page ${i + 1}`).toBe(2);
    const register = await t.call('secrets.register', {});
    expect(register.map((r) => [r.kind, r.secrecy, r.sha256])).toEqual([['policies', 'confidential', sha(made.base64)]]);
  });

  it('citing a ลับที่สุด item, is refused without the confirm flag and made with it', { timeout: 60_000 }, async () => {
    const t = await testCore();
    const { item } = await citing(t);
    await t.call('agenda.update', { id: item.id, secrecy: 'top_secret' });
    for (const format of ['pdf', 'docx'] as const) {
      const e = await t.refusal('reports.policies', { format });
      expect([e.code, e.field]).toEqual(['INVALID', 'confirmTopSecret']);
    }
    expect(await t.call('secrets.register', {})).toEqual([]);
    const made = await t.call('reports.policies', { format: 'pdf', confirmTopSecret: true });
    for (const [i, page] of pages(bytes(made.base64)).entries()) expect(marks(page, 'ลับที่สุด'), `page ${i + 1}`).toBe(2);
    expect((await t.call('secrets.register', {})).map((r) => r.secrecy)).toEqual(['top_secret']);
  });
});

describe('numbered copies in the meeting’s history', () => {
  it('name which copy of how many went to whom, as the register does', async () => {
    const t = await testCore();
    const { meetingId, item } = await demoItem(t, '4.2');
    await t.call('agenda.update', { id: item.id, secrecy: 'confidential' });
    await t.call('documents.exportCopies', { meetingId, kind: 'minutes', format: 'pdf', copies: 2, recipients: ['ปลัดกระทรวง', 'ผู้อำนวยการสำนักงานสถิติแห่งชาติ'] });
    const exports = (await t.call('audit.list', { meetingId, limit: 50 })).filter((e) => e.entity === 'export_register');
    expect(exports.map((e) => [e.label?.copy_no, e.label?.copy_count, e.label?.recipient]).sort()).toEqual([
      [1, 2, 'ปลัดกระทรวง'], [2, 2, 'ผู้อำนวยการสำนักงานสถิติแห่งชาติ'],
    ]);
  });
});
