import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../electron/cli-demo';
import { type TestCore, seriesWithMeeting, testCore } from '../helpers/core';
import { docxPart, docxParagraphs, pdfText, positionsInOrder, squash } from '../helpers/documents';
import { realMeetingFile } from '../helpers/real-meeting';

const workbook = async (file: { base64: string }) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes(file) as unknown as ArrayBuffer);
  return book;
};

async function demo(): Promise<TestCore> {
  const t = await testCore();
  expect(await loadDemo(t.core)).toBe('loaded');
  return t;
}
const bytes = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

describe('reports from the demo (issue 5)', () => {
  it('the XLSX tracker opens with Thai text, a summary and a sheet per organisation, dates as dates, filters on', async () => {
    const t = await demo();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes(await t.call('reports.actions', { format: 'xlsx' })) as unknown as ArrayBuffer);
    const names = book.worksheets.map((w) => w.name);
    expect(names[0]).toBe('สรุป');
    expect(names).toEqual(expect.arrayContaining(['ดีป้า', 'สป.ดศ.', 'สสช.', 'สกมช.', 'สดช.']));
    const depa = book.getWorksheet('ดีป้า')!;
    expect(depa.getRow(1).getCell(3).value).toBe('เรื่อง');
    expect(String(depa.getRow(2).getCell(3).value)).toContain('รับฟังความคิดเห็น');
    expect(depa.getRow(2).getCell(7).value).toBeInstanceOf(Date);
    expect(depa.getColumn(7).numFmt).toContain('bbbb');
    expect(depa.autoFilter).toBeTruthy();
  });

  it('the CSV starts with a BOM and round-trips its Thai text', async () => {
    const t = await demo();
    const csv = bytes(await t.call('reports.actions', { format: 'csv' }));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    const list = await t.call('actions.list', {});
    for (const row of list.rows) expect(text).toContain(row.text.includes(',') ? `"${row.text}"` : row.text);
    expect(text.split('\r\n')[0]).toContain('หน่วยงานรับผิดชอบ');
  });

  it('the PDF and DOCX trackers list every action; one organisation\'s tracker only its own', async () => {
    const t = await demo();
    const list = await t.call('actions.list', {});
    const pdf = squash(pdfText(bytes(await t.call('reports.actions', { format: 'pdf' }))));
    for (const row of list.rows) expect(pdf).toContain(squash(row.text));
    const docx = docxPart(bytes(await t.call('reports.actions', { format: 'docx' })), 'word/document.xml');
    expect(docx).toContain('<w:tblHeader/>');
    const nso = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'สสช.')!;
    const mine = squash(pdfText(bytes(await t.call('reports.actions', { format: 'pdf', organisationId: nso.id }))));
    expect(mine).toContain('สำนักงานสถิติแห่งชาติ');
    expect(mine).not.toContain(squash('จัดรับฟังความคิดเห็น'));
  });

  it('the policy report names the decree\'s stage and the three liable parties', async () => {
    const t = await demo();
    const text = squash(pdfText(bytes(await t.call('reports.policies', { format: 'pdf' }))));
    expect(text).toContain(squash('พระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี'));
    expect(text).toContain(squash('สถานะปัจจุบัน: คณะรัฐมนตรีเห็นชอบ (สำนักงานคณะกรรมการกฤษฎีกาตรวจพิจารณา)'));
    for (const party of ['สถาบันการเงิน', 'ผู้ให้บริการโทรคมนาคม', 'แพลตฟอร์มดิจิทัล']) expect(text).toContain(party);
    for (const figure of ['79,610แห่ง', '237ชุด', '615รายการ', '91บริษัท']) expect(text).toContain(figure);
  });

  it('the press summary mentions the chair, the venue and the five items', async () => {
    const t = await demo();
    const { id } = await t.call('meetings.find', { number: '2/2568' });
    const txt = bytes(await t.call('reports.press', { meetingId: id, format: 'txt' })).toString('utf8');
    expect(txt).toContain('นายประเสริฐ จันทรรวงทอง');
    expect(txt).toContain('ห้องประชุม 801');
    for (const item of ['Big Data กองทุนหมู่บ้าน', 'TDDC', 'สำมะโนประชากรและเคหะ', 'ส่งเสริมอุตสาหกรรมเกม', 'บัญชีบริการดิจิทัล']) expect(txt).toContain(item);
    const docx = docxPart(bytes(await t.call('reports.press', { meetingId: id, format: 'docx' })), 'word/document.xml').replaceAll('\u00a0', ' '); // names and dates hold together with no-break spaces
    expect(docx).toContain('นายประเสริฐ จันทรรวงทอง');
  });

  it('the XLSX tracker writes every cell in Tahoma, a font with Thai letters that every Windows PC has', async () => {
    const t = await demo();
    const file = await t.call('reports.actions', { format: 'xlsx' });
    const book = await workbook(file);
    let cells = 0;
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        cells++;
        expect(cell.font?.name, `${sheet.name}!${cell.address}`).toBe('Tahoma');
      }));
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    expect(cells).toBeGreaterThan(50);
    const { unzipSync, strFromU8 } = await import('fflate');
    const styles = strFromU8(unzipSync(bytes(file), { filter: (f) => f.name === 'xl/styles.xml' })['xl/styles.xml']);
    expect(styles).toContain('<name val="Tahoma"/>');
  });

  it('one agency\'s tracker holds that agency only, with its own summary, in every format', async () => {
    const t = await demo();
    const nso = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'สสช.')!;
    const mine = await t.call('actions.list', { organisationId: nso.id });
    const all = await t.call('actions.list', {});
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(all.total);

    const book = await workbook(await t.call('reports.actions', { format: 'xlsx', organisationId: nso.id }));
    expect(book.worksheets.map((w) => w.name)).toEqual(['สรุป', 'สสช.']);
    const summary = book.getWorksheet('สรุป')!;
    expect(summary.rowCount).toBe(2);
    expect(String(summary.getRow(2).getCell(1).value)).toContain('สำนักงานสถิติแห่งชาติ');
    expect(summary.getRow(2).getCell(2).value).toBe(mine.total);
    expect(book.getWorksheet('สสช.')!.rowCount).toBe(mine.total + 1);

    const csv = bytes(await t.call('reports.actions', { format: 'csv', organisationId: nso.id })).toString('utf8').trim().split('\r\n');
    expect(csv.length).toBe(mine.total + 1);
    const summaryLine = squash(`รวม ${mine.total} รายการ`);
    const pdf = squash(pdfText(bytes(await t.call('reports.actions', { format: 'pdf', organisationId: nso.id }))));
    const docx = squash(docxPart(bytes(await t.call('reports.actions', { format: 'docx', organisationId: nso.id })), 'word/document.xml').replace(/<[^>]+>/g, ''));
    for (const text of [pdf, docx]) {
      expect(text).toContain(squash('ของสำนักงานสถิติแห่งชาติ (สสช.)'));
      expect(text).toContain(summaryLine);
      for (const row of all.rows) {
        if (mine.rows.some((r) => r.id === row.id)) expect(text).toContain(squash(row.text));
        else expect(text).not.toContain(squash(row.text));
      }
    }
  });

  it('the press draft says when the meeting was, and its wording comes from the meeting, not from the demo series', async () => {
    const t = await testCore();
    const { chair, member, series, meeting, section } = await seriesWithMeeting(t, '2026-11-25');
    const org = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'สพร.')!;
    await t.call('people.update', { id: member.id, organisationId: org.id });
    await t.call('series.update', { id: series.id, nameTh: 'การประชุมคณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล' });
    await t.call('meetings.update', { id: meeting.id, venue: 'ห้องประชุม 1 ชั้น 17', chairId: chair.id });
    // Agencies count once their people are marked present; the chair's own is not listed.
    const attendance = (await t.call('meetings.get', { id: meeting.id })).attendance;
    for (const a of attendance) await t.call('attendance.update', { id: a.id, presence: 'onsite' });
    await t.call('agenda.create', {
      meetingId: meeting.id, sectionId: section('consideration').id, subject: 'แผนพัฒนารัฐบาลดิจิทัลของประเทศไทย',
      summary: 'สพร. เสนอแผนพัฒนารัฐบาลดิจิทัลของประเทศไทย ระยะที่ 2 เพื่อให้หน่วยงานของรัฐเชื่อมโยงข้อมูลระหว่างกัน โดยมีตัวชี้วัดรายปี',
      resolution: 'ที่ประชุมเห็นชอบ',
    });
    const txt = bytes(await t.call('reports.press', { meetingId: meeting.id, format: 'txt' })).toString('utf8');
    expect(txt).toContain('การประชุมคณะกรรมการขับเคลื่อนรัฐบาลดิจิทัล ครั้งที่ 1/2569');
    expect(txt).toContain('เมื่อวันพุธที่ 25 พฤศจิกายน 2569 นายประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวง เป็นประธาน');
    expect(txt).toContain('ณ ห้องประชุม 1 ชั้น 17 โดยมีผู้แทนจาก สพร. เข้าร่วมประชุม');
    expect(txt).toContain('ที่ประชุมได้พิจารณาเรื่องสำคัญ 1 เรื่อง ดังนี้');
    expect(txt).toContain('แผนพัฒนารัฐบาลดิจิทัลของประเทศไทย: สพร. เสนอแผนพัฒนารัฐบาลดิจิทัลของประเทศไทย ระยะที่ 2');
    for (const demoWording of ['คณะผู้บริหารและหัวหน้าหน่วยงานในสังกัด', 'Top Executives', 'ประเด็นสำคัญที่หารือ']) expect(txt).not.toContain(demoWording);
    // Names and dates hold together with no-break spaces, each in a run of its own: read the paragraphs' text.
    const docx = docxParagraphs(bytes(await t.call('reports.press', { meetingId: meeting.id, format: 'docx' }))).join('\n').replaceAll('\u00a0', ' ');
    expect(docx).toContain('เมื่อวันพุธที่ 25 พฤศจิกายน 2569');
  });

  it('the press draft carries the items of a Cabinet-style series, leaves out secret items and people not confirmed present', async () => {
    const t = await testCore();
    const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') });
    const meeting = await t.call('meetings.get', { id: meetingId });
    const top = meeting.agendaItems.filter((i) => i.parentId === null);
    const secret = top[1];
    await t.call('agenda.update', { id: secret.id, secrecy: 'secret' });
    const txt = bytes(await t.call('reports.press', { meetingId, format: 'txt' })).toString('utf8');
    // Every other item, from the custom sections (เรื่องกฎหมาย, เรื่องเศรษฐกิจ-สังคม, ...), in the meeting's order.
    const shown = top.filter((i) => i.id !== secret.id);
    expect(txt).toContain(`เรื่องสำคัญ ${shown.length} เรื่อง ดังนี้`);
    expect(positionsInOrder(txt, shown.map((i) => `- ${i.subject}:`)).every((p) => p >= 0)).toBe(true);
    expect(txt).not.toContain(secret.subject);
    expect(txt).toContain('ไม่รวม 1 เรื่องที่มีชั้นความลับ');
    // Nobody is marked present yet: no agency is named as taking part.
    expect(txt).not.toContain('โดยมีผู้แทนจาก');
  });
});
