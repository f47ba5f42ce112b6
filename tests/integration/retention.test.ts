import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { docxParagraphs, libreOfficePdf, pdfText, squash } from '../helpers/documents';

const bytes = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));
const prose = new URL('../fixtures/real/prose/', import.meta.url);
const realFile = readdirSync(prose).find((f) => f.endsWith('.txt'))!;

/** The demo meeting (24 Feb 2568) with a real attachment, its minutes circulated twice and certified. */
async function demoWithRecords() {
  const t = await testCore();
  const meetingId = await loadDemo(t);
  const [item] = (await t.call('meetings.get', { id: meetingId })).agendaItems;
  const attachment = await t.call('attachments.add', {
    agendaItemId: item.id, fileName: 'สรุปผลการประชุมคณะรัฐมนตรี.txt', mediaType: 'text/plain', base64: readFileSync(new URL(realFile, prose)).toString('base64'),
  });
  await t.call('minutes.circulate', { meetingId });
  await t.call('agenda.update', { id: item.id, discussion: 'ที่ประชุมขอให้ปรับถ้อยคำในร่างรายงานการประชุมให้ตรงกับเอกสารประกอบ' });
  await t.call('minutes.circulate', { meetingId });
  await t.call('minutes.certify', { meetingId, how: 'circulation', date: '2025-03-10' });
  return { t, meetingId, attachment };
}

describe('retention and the destruction list (issue 14, point 4)', () => {
  it('keeps minutes permanently by default, and working papers and attachments ten years, each a setting', async () => {
    const t = await testCore();
    expect(await t.call('retention.get', {})).toEqual([
      { kind: 'minutes', years: null, version: 1 }, { kind: 'working_papers', years: 10, version: 1 }, { kind: 'attachments', years: 10, version: 1 },
    ]);
    const after = await t.call('retention.update', { kind: 'attachments', years: 5 });
    expect(after.find((c) => c.kind === 'attachments')?.years).toBe(5);
    expect((await t.call('audit.list', { entity: 'retention_classes' })).length).toBe(1);
  });

  it('lists a record in the year its retention ends and after, never before; minutes never while permanent', async () => {
    const { t, meetingId } = await demoWithRecords();
    expect((await t.call('retention.due', { yearBe: 2577 })).records).toEqual([]);
    const due = (await t.call('retention.due', { yearBe: 2578 })).records;
    expect(due.map((r) => [r.meetingId, r.kind, r.count, r.dueYearBe])).toEqual([
      [meetingId, 'working_papers', 2, 2578], [meetingId, 'attachments', 1, 2578],
    ]);
    expect(due[1].subject).toContain('สรุปผลการประชุมคณะรัฐมนตรี.txt');
    expect((await t.call('retention.due', { yearBe: 2590 })).records).toHaveLength(2);
    await t.call('retention.update', { kind: 'minutes', years: 20 });
    expect((await t.call('retention.due', { yearBe: 2590 })).records.map((r) => r.kind)).toEqual(['minutes', 'working_papers', 'attachments']);
  });

  it('writes the destruction list of form 25 as DOCX and XLSX that LibreOffice opens with its Thai text', async () => {
    const { t } = await demoWithRecords();
    const columns = ['ลำดับที่', 'รหัสแฟ้ม', 'ที่', 'ลงวันที่', 'เรื่อง', 'การพิจารณา', 'หมายเหตุ'];
    const docx = await t.call('retention.destructionList', { yearBe: 2578, format: 'docx' });
    expect(docx.fileName).toBe('บัญชีหนังสือขอทำลาย ประจำปี 2578.docx');
    const xlsx = await t.call('retention.destructionList', { yearBe: 2578, format: 'xlsx' });
    for (const [file, ext] of [[docx, 'docx'], [xlsx, 'xlsx']] as const) {
      const text = squash(pdfText(libreOfficePdf(bytes(file), ext)));
      expect(text, ext).toContain('บัญชีหนังสือขอทำลายประจำปี2578');
      for (const column of columns) expect(text, `${ext}: ${column}`).toContain(column);
      expect(text, ext).toContain('ครั้งที่2/2568');
      expect(text, ext).toContain('การประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
      expect(text, ext).toContain('24กุมภาพันธ์2568');
      expect(text, ext).toContain('สรุปผลการประชุมคณะรัฐมนตรี.txt');
      expect(text, ext).toContain('ร่างรายงานการประชุมที่เวียนก่อนรับรองการประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม(TopExecutives):ฉบับที่1,ฉบับที่2');
      expect(text, ext).toContain('อายุการเก็บ10ปีครบกำหนดพ.ศ.2578');
    }
    expect(docxParagraphs(bytes(docx)).join('\n')).not.toContain('undefined');
  });

  it('deletes nothing without a recorded decision, records the decision as its own audited act, then deletes exactly what it names', async () => {
    const { t, meetingId, attachment } = await demoWithRecords();
    const stored = await t.core.attachmentPath(attachment.id);
    expect(existsSync(stored)).toBe(true);
    // No decision: nothing to carry out.
    const none = await t.refusal('retention.destroy', { id: crypto.randomUUID() });
    expect(none.message).toContain('ต้องบันทึกการอนุมัติก่อนทำลาย');
    // Not yet due, or permanent: no decision can be recorded.
    const early = await t.refusal('retention.decide', { meetingId, kind: 'attachments', yearBe: 2577, reference: 'หนังสือกรมศิลปากร ที่ วธ 0410/123', decidedOn: '2035-03-01' });
    expect(early.message).toContain('ไม่อยู่ในบัญชีหนังสือขอทำลาย');
    const permanent = await t.refusal('retention.decide', { meetingId, kind: 'minutes', yearBe: 2600, reference: 'x', decidedOn: '2035-03-01' });
    expect(permanent.code).toBe('INVALID');

    const decision = await t.call('retention.decide', { meetingId, kind: 'attachments', yearBe: 2578, reference: 'หนังสือกรมศิลปากร ที่ วธ 0410/123 ลงวันที่ 1 มีนาคม 2579', decidedOn: '2036-03-01' });
    // Recording the decision deleted nothing.
    expect(await t.call('attachments.list', { meetingId })).toHaveLength(1);
    expect((await t.call('retention.due', { yearBe: 2578 })).records.find((r) => r.kind === 'attachments')?.decision?.id).toBe(decision.id);

    const done = await t.call('retention.destroy', { id: decision.id });
    expect(done.removed).toBe(1);
    expect(done.carriedOutAt).not.toBeNull();
    expect(await t.call('attachments.list', { meetingId })).toEqual([]);
    expect(existsSync(stored)).toBe(false);
    // The working papers were not in the decision: still there, still due.
    expect((await t.call('minutes.version', { meetingId, version: 1 })).version).toBe(1);
    expect((await t.call('retention.due', { yearBe: 2578 })).records.map((r) => r.kind)).toEqual(['working_papers']);
    expect((await t.refusal('retention.destroy', { id: decision.id })).code).toBe('CONFLICT');

    const log = await t.call('audit.list', { meetingId, limit: 50 });
    expect(log.filter((e) => e.entity === 'destruction_decisions').map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update']));
    expect(log.some((e) => e.entity === 'attachments' && e.action === 'delete')).toBe(true);
  });
});
