// A draft of the minutes is no stored version and has no verification code; it printed nothing to tell
// two printed drafts apart. It now prints `ร่าง ยังไม่ได้รับรอง รหัสร่าง ABCD-EFGH` at the foot of every page,
// the code from its own words: the same words, the same code; any change, another (electron/documents/builders/verification.ts).
import { describe, expect, it } from 'vitest';
import { confirmAttendance, testCore } from '../helpers/core';
import { docxPart, pageCount, pdfText } from '../helpers/documents';
import { realMeetingFile } from '../helpers/real-meeting';

const bytes = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));
const DRAFT = /ร่าง ยังไม่ได้รับรอง รหัสร่าง ([A-Z]{4}-[A-Z]{4})/g;

describe('a draft of the minutes says which draft it is', () => {
  it('the real Cabinet meeting: every page of the PDF and the DOCX’s footer carry one draft code, which changes with the words and gives way to the version once circulated', async () => {
    const t = await testCore();
    const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') });
    const pdf = async () => bytes(await t.call('documents.export', { meetingId, kind: 'minutes', format: 'pdf' }));
    const codes = (text: string) => [...text.matchAll(DRAFT)].map((m) => m[1]);

    const first = await pdf();
    const text = pdfText(first);
    const pages = pageCount(first);
    expect(pages).toBeGreaterThan(10);
    const onPages = codes(text);
    expect(onPages).toHaveLength(pages);
    expect(new Set(onPages).size).toBe(1);
    const [code] = onPages;
    // Exported again unchanged: the same code.
    expect(codes(pdfText(await pdf()))[0]).toBe(code);
    // The DOCX of the same draft says the same in its footer.
    const docx = bytes(await t.call('documents.export', { meetingId, kind: 'minutes', format: 'docx' }));
    expect(docxPart(docx, 'word/footer1.xml').replace(/<[^>]+>/g, '')).toContain(`รหัสร่าง ${code}`);

    // One resolution reworded: another code.
    const { agendaItems } = await t.call('meetings.get', { id: meetingId });
    const item = agendaItems.find((i) => i.resolution.length > 20)!;
    await t.call('agenda.update', { id: item.id, resolution: `${item.resolution} ทั้งนี้ ให้รายงานผลต่อคณะรัฐมนตรีภายใน 30 วัน` });
    const changed = codes(pdfText(await pdf()));
    expect(changed).toHaveLength(pages);
    expect(changed[0]).not.toBe(code);

    // Circulated as it reads: the version's footer, no draft code.
    await confirmAttendance(t, meetingId);
    await t.call('minutes.circulate', { meetingId });
    const circulated = pdfText(await pdf());
    expect(circulated).toMatch(/แจ้งเวียนแล้ว ยังไม่ได้รับรอง ฉบับที่ 1 รหัสตรวจสอบ/);
    expect(codes(circulated)).toEqual([]);
  }, 120_000);
});
