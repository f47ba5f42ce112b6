import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { demoFile, exportDocument, loadDemo } from '../helpers/demo';
import { libreOfficePdf, pdfText, positionsInOrder, squash } from '../helpers/documents';

describe('the agenda (ระเบียบวาระการประชุม)', () => {
  it('lists every section in order with its items and presenters, in both formats', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    const pdf = squash(pdfText(await exportDocument(t, id, 'agenda', 'pdf')));
    const docx = squash(pdfText(libreOfficePdf(await exportDocument(t, id, 'agenda', 'docx'))));
    for (const text of [pdf, docx]) {
      expect(text.startsWith(squash('ระเบียบวาระการประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'))).toBe(true);
      const sections = [1, 2, 3, 4, 5, 6].map((n) => `ระเบียบวาระที่${n}`);
      expect(positionsInOrder(text, sections).every((p) => p >= 0)).toBe(true);
      expect(text).toContain(squash('4.1 เรื่อง (ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. .... (ดีป้า)'));
      expect(text).toContain(squash('5.2 เรื่อง การจัดตั้งศูนย์กลางข้อมูลสถิติด้านดิจิทัลของประเทศไทย (TDDC) (สสช.)'));
      expect(text).not.toContain('มติที่ประชุม');
      for (const item of demoFile().agendaItems) expect(text).toContain(squash(item.subject));
      // The draft watermark is for minutes; an agenda is final when it is sent.
      expect(text).not.toMatch(/^ร่าง/);
    }
  });

  it('names each item\'s presenter (name, position, agency) and its attached documents under its heading', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    const meeting = await t.call('meetings.get', { id });
    const item = (n: string) => meeting.agendaItems.find((i) => i.number === n)!;
    const people = await t.call('people.list', {});
    const orgs = await t.call('organisations.list', {});
    const director = people.find((p) => p.firstName === 'วิชัย')!;
    const nso = orgs.find((o) => o.abbrTh === 'สสช.')!;
    const analyst = await t.call('people.create', { title: 'นาง', firstName: 'สุนทรี', lastName: 'ใจงาม', position: 'ผู้อำนวยการกองสถิติเศรษฐกิจ', organisationId: nso.id });
    await t.call('agenda.update', { id: item('4.1').id, presenterPersonId: director.id });
    await t.call('agenda.update', { id: item('5.2').id, presenterPersonId: analyst.id });
    const attach = (n: string, fileName: string) =>
      t.call('attachments.add', { agendaItemId: item(n).id, fileName, mediaType: 'application/pdf', base64: Buffer.from(fileName).toString('base64') });
    await attach('4.1', 'สรุปผลการรับฟังความคิดเห็น (ร่าง) พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม.pdf');
    await attach('4.1', 'ตารางเปรียบเทียบร่างกฎหมาย.docx');
    await attach('5.2', 'รายงานความคืบหน้าศูนย์ TDDC ปี 2568.pdf');

    const pdf = squash(pdfText(await exportDocument(t, id, 'agenda', 'pdf')));
    const docx = squash(pdfText(libreOfficePdf(await exportDocument(t, id, 'agenda', 'docx'))));
    const subject = (n: string) => squash(item(n).subject);
    for (const text of [pdf, docx]) {
      const order = positionsInOrder(text, [
        subject('4.1'),
        squash('ผู้นำเสนอ นายวิชัย รุ่งเรือง ผู้อำนวยการใหญ่สำนักงานส่งเสริมเศรษฐกิจดิจิทัล'),
        'เอกสารประกอบ',
        squash('1) สรุปผลการรับฟังความคิดเห็น (ร่าง) พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม'),
        squash('2) ตารางเปรียบเทียบร่างกฎหมาย'),
        squash(item('4.1').summary).slice(0, 30),
        subject('5.2'),
        // The position does not name the agency, so the agency follows it.
        squash('ผู้นำเสนอ นางสุนทรี ใจงาม ผู้อำนวยการกองสถิติเศรษฐกิจ สำนักงานสถิติแห่งชาติ'),
        squash('เอกสารประกอบ รายงานความคืบหน้าศูนย์ TDDC ปี 2568'),
      ]);
      expect(order.every((p) => p >= 0), JSON.stringify(order)).toBe(true);
      expect(text).not.toContain('.pdf');
    }
    // Minutes do not repeat the presenters and documents.
    expect(squash(pdfText(await exportDocument(t, id, 'minutes', 'pdf')))).not.toContain('ผู้นำเสนอ');
  });
});
