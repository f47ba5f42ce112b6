import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../electron/cli-demo';
import { type TestCore, testCore } from '../helpers/core';
import { docxPart, pdfText, squash } from '../helpers/documents';

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
    const docx = docxPart(bytes(await t.call('reports.press', { meetingId: id, format: 'docx' })), 'word/document.xml');
    expect(docx).toContain('นายประเสริฐ จันทรรวงทอง');
  });
});
