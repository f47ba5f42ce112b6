import { describe, expect, it } from 'vitest';
import { seriesWithMeeting, testCore } from '../helpers/core';
import { exportDocument, loadDemo } from '../helpers/demo';
import { docxPart, libreOfficePdf, pdfText, pdfWords, positionsInOrder } from '../helpers/documents';

/** A meeting of 13 members, an item with a sub-item, both resolved. */
async function meetingOf13() {
  const t = await testCore();
  const { meeting, section } = await seriesWithMeeting(t);
  const names = ['สมศักดิ์ ใจดี', 'วิไลวรรณ ศรีสุข', 'ประยุทธ มั่นคง', 'สุนีย์ รักไทย', 'ธนากร พูนผล', 'กมลวรรณ วงศ์ไทย', 'อนุชา ทองดี', 'พิมพ์ชนก แก้วมณี', 'ชัยวัฒน์ รุ่งเรือง', 'ศิริพร สายสุวรรณ', 'ณัฐพล สุขสม'];
  for (const [i, name] of names.entries()) {
    const [firstName, lastName] = name.split(' ');
    const person = await t.call('people.create', { title: i % 2 ? 'นาง' : 'นาย', firstName, lastName, position: `ผู้อำนวยการกองที่ ${i + 1}` });
    await t.call('attendance.add', { meetingId: meeting.id, personId: person.id, role: 'member', meetingRole: 'กรรมการ' });
  }
  const parent = await t.call('agenda.create', {
    meetingId: meeting.id, sectionId: section('consideration').id, subject: 'การขับเคลื่อนแผนปฏิบัติการด้านดิจิทัลเพื่อเศรษฐกิจและสังคม',
    summary: 'ฝ่ายเลขานุการเสนอความก้าวหน้าของแผนปฏิบัติการด้านดิจิทัลเพื่อเศรษฐกิจและสังคม ระยะที่ 2', resolution: 'ที่ประชุมรับทราบ',
  });
  await t.call('agenda.create', {
    meetingId: meeting.id, sectionId: section('consideration').id, parentId: parent.id, subject: 'การจัดทำตัวชี้วัดรายปีของแผนปฏิบัติการ',
    summary: 'ฝ่ายเลขานุการเสนอร่างตัวชี้วัดรายปีเพื่อให้หน่วยงานรายงานผลทุกไตรมาส', resolution: 'ที่ประชุมเห็นชอบตัวชี้วัดรายปีตามที่ฝ่ายเลขานุการเสนอ',
  });
  return { t, id: meeting.id };
}

/** Where the heading of item `number` starts, and where the มติที่ประชุม after it starts (Lekha's PDF: one word a line). */
function headingAndResolution(words: { x: number; text: string }[], number: string): [number, number] {
  const at = words.findIndex((w) => w.text.startsWith(`${number} เรื่อง`));
  const resolution = words.slice(at + 1).find((w) => w.text.startsWith('มติที่ประชุม'));
  expect(at, `${number} heading`).toBeGreaterThanOrEqual(0);
  return [words[at].x, resolution?.x ?? Number.NaN];
}

describe('minutes layout', () => {
  it('keeps attendee numbers 10. to 13. whole, in the PDF and the DOCX', async () => {
    const { t, id } = await meetingOf13();
    for (const pdf of [await exportDocument(t, id, 'minutes', 'pdf'), libreOfficePdf(await exportDocument(t, id, 'minutes', 'docx'))]) {
      const lines = pdfText(pdf).split('\n').map((l) => l.trim());
      for (const n of [10, 11, 12, 13]) {
        expect(lines.some((l) => l === `${n}.` || l.startsWith(`${n}. `)), `${n}.`).toBe(true);
        expect(lines).not.toContain(String(n));
      }
    }
  });

  it('starts a sub-item\'s text and มติที่ประชุม where its own heading starts, in the PDF and the DOCX', async () => {
    const { t, id } = await meetingOf13();
    const words = pdfWords(await exportDocument(t, id, 'minutes', 'pdf'));
    const [item, itemResolution] = headingAndResolution(words, '4.1');
    const [sub, subResolution] = headingAndResolution(words, '4.1.1');
    expect(sub - item, 'the sub-item stands further in').toBeGreaterThan(10);
    expect(Math.abs(itemResolution - item)).toBeLessThan(1);
    expect(Math.abs(subResolution - sub)).toBeLessThan(1);

    // The DOCX says the same in its paragraph indents (twips): first line of มติที่ประชุม = the heading's indent.
    const paragraphs = docxPart(await exportDocument(t, id, 'minutes', 'docx'), 'word/document.xml').split(/<w:p[ >]/).map((p) => ({
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      start: Number(/<w:ind [^>]*w:left="(\d+)"/.exec(p)?.[1] ?? 0) + Number(/<w:ind [^>]*w:firstLine="(\d+)"/.exec(p)?.[1] ?? 0),
    }));
    for (const number of ['4.1', '4.1.1']) {
      const at = paragraphs.findIndex((p) => p.text.startsWith(`${number} เรื่อง`));
      const resolution = paragraphs.slice(at + 1).find((p) => p.text.startsWith('มติที่ประชุม'));
      expect(resolution?.start, number).toBe(paragraphs[at].start);
    }
    expect(paragraphs.find((p) => p.text.startsWith('4.1.1 เรื่อง'))!.start).toBeGreaterThan(paragraphs.find((p) => p.text.startsWith('4.1 เรื่อง'))!.start);
  });

  it('lists people not yet confirmed apart from ผู้มาประชุม in a draft, in the PDF and the DOCX', async () => {
    const t = await testCore();
    const { meeting, chair, member } = await seriesWithMeeting(t);
    const rows = (await t.call('meetings.get', { id: meeting.id })).attendance;
    await t.call('attendance.update', { id: rows.find((a) => a.personId === chair.id)!.id, presence: 'onsite' });
    expect(rows.find((a) => a.personId === member.id)!.presence).toBe('unconfirmed');
    for (const pdf of [await exportDocument(t, meeting.id, 'minutes', 'pdf'), libreOfficePdf(await exportDocument(t, meeting.id, 'minutes', 'docx'))]) {
      const text = pdfText(pdf);
      const [present, absent, others, unconfirmed] = positionsInOrder(text, ['ผู้มาประชุม', 'ผู้ไม่มาประชุม', 'ผู้เข้าร่วมประชุม', 'ยังไม่ได้ยืนยันการเข้าประชุม']);
      expect(unconfirmed).toBeGreaterThan(others);
      const chairAt = text.indexOf('จันทรรวงทอง');
      expect(chairAt > present && chairAt < absent).toBe(true);
      expect(text.indexOf('สายสุวรรณ')).toBeGreaterThan(unconfirmed);
    }
  });

  it('prints the reviewer\'s signature block only while the series asks for it, in the PDF and the DOCX', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const text = async (format: 'pdf' | 'docx', reviewerBlock?: boolean) => {
      const bytes = await exportDocument(t, meetingId, 'minutes', format, reviewerBlock === undefined ? undefined : { reviewerBlock });
      return format === 'pdf' ? pdfText(bytes) : docxPart(bytes, 'word/document.xml').replace(/<[^>]+>/g, '');
    };
    for (const format of ['pdf', 'docx'] as const) {
      const usual = await text(format);
      expect(usual, format).toContain('ผู้ตรวจรายงานการประชุม');
      const without = await text(format, false);
      expect(without, format).not.toContain('ผู้ตรวจรายงานการประชุม');
      expect(without, format).toContain('ผู้จดรายงานการประชุม');
    }
  });
});
