// Threat: text an officer (or an imported file) typed turning into a formula when a tracker is opened in
// Excel or LibreOffice (=, +, -, @, tab, CR at the start of a cell), agency abbreviations that make the
// workbook fail (two mapping to one sheet name, reserved names, over 31 characters), and hostile text
// breaking any export.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seriesWithMeeting, testCore } from '../helpers/core';
import { pdfText } from '../helpers/documents';

const formulas = ['=1+1', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', '\t=HYPERLINK("http://x")', '\r=1'];
const hostile = [...formulas, '<script>alert(1)</script>', 'ใบแจ้งหนี้\u202Efdp.exe', 'ก'.repeat(4000), '"quoted", with, commas', 'ำ่ํา'];

async function trackerWithHostileText() {
  const t = await testCore();
  const { meeting, section } = await seriesWithMeeting(t);
  const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: '=HYPERLINK("http://evil")' });
  const abbrs = ['ก/ข', 'กข', 'สรุป', 'History', `${'ก'.repeat(31)}ก`, `${'ก'.repeat(31)}ข`, "'อย่าง'"];
  const orgs = [];
  for (const [i, abbrTh] of abbrs.entries()) orgs.push(await t.call('organisations.create', { abbrTh, nameTh: `หน่วยงานทดสอบ ${i}`, kind: 'department' }));
  for (const [i, text] of hostile.entries()) {
    const a = await t.call('actions.create', { agendaItemId: item.id, kind: 'directive', text, leadOrgId: orgs[i % orgs.length].id });
    await t.call('actions.addProgress', { actionId: a.id, date: '2026-11-30', text: formulas[i % formulas.length] });
  }
  return { t, meeting, orgs };
}

const bytes = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

describe('exports fed hostile text', () => {
  it('write CSV cells that spreadsheets read as text, not formulas', async () => {
    const { t } = await trackerWithHostileText();
    const csv = bytes(await t.call('reports.actions', { format: 'csv' })).toString('utf8');
    for (const line of csv.split('\r\n').slice(1).filter(Boolean)) {
      for (const field of line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []) {
        const cell = field.replace(/,$/, '').replace(/^"(.*)"$/s, '$1');
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    expect(csv).toContain('"\'=1+1"');
  });

  it('write a workbook with every sheet named validly and uniquely, and formula-like text as inert strings', async () => {
    const { t } = await trackerWithHostileText();
    const book = new ExcelJS.Workbook();
    // exceljs's types want an ArrayBuffer; it reads a Buffer as well.
    await book.xlsx.load(bytes(await t.call('reports.actions', { format: 'xlsx' })) as unknown as ArrayBuffer);
    const names = book.worksheets.map((w) => w.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[\\/*?:[\]]|^'|'$/);
      expect(n.toLowerCase()).not.toBe('history');
    }
    expect(names).toEqual(expect.arrayContaining(['สรุป', 'กข', 'กข (2)', 'สรุป (2)']));
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
    })));
  });

  it('let every document of the meeting be made, hostile text and all', async () => {
    const { t, meeting } = await trackerWithHostileText();
    for (const kind of ['minutes', 'agenda', 'signin'] as const) {
      for (const format of ['pdf', 'docx'] as const) expect(bytes(await t.call('documents.export', { meetingId: meeting.id, kind, format })).length).toBeGreaterThan(1000);
    }
    for (const format of ['pdf', 'docx'] as const) expect(bytes(await t.call('reports.actions', { format })).length).toBeGreaterThan(1000);
    expect(bytes(await t.call('reports.press', { meetingId: meeting.id, format: 'txt' })).toString()).toContain('HYPERLINK');
    const minutes = pdfText(bytes(await t.call('documents.export', { meetingId: meeting.id, kind: 'minutes', format: 'pdf' })));
    expect(minutes).toContain('=1+1');
    expect(minutes).not.toContain('\u202E');
  });
});
