import ExcelJS from 'exceljs';
import { type DestructionListData, destructionColumns, destructionHeading, destructionRows } from '../builders/destruction-list';
import { inert, SHEET_FONT } from './tracker-sheets';

const widths = [8, 12, 22, 16, 60, 20, 36];

/** The destruction list (form 25) as a workbook: the heading lines, then the form's columns; Thai in Tahoma (tracker-sheets.ts). */
export async function destructionWorkbook(data: DestructionListData): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`ขอทำลาย ${data.yearBe}`);
  sheet.columns = widths.map((width) => ({ width }));
  for (const line of destructionHeading(data)) {
    const row = sheet.addRow([line]);
    sheet.mergeCells(row.number, 1, row.number, destructionColumns.length);
    row.font = { ...SHEET_FONT, bold: row.number === 1, size: row.number === 1 ? 14 : SHEET_FONT.size };
    row.alignment = { horizontal: 'center' };
  }
  const header = sheet.addRow([...destructionColumns]);
  header.font = { ...SHEET_FONT, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const cells of destructionRows(data)) {
    const row = sheet.addRow(cells.map(inert));
    row.font = SHEET_FONT;
    row.alignment = { vertical: 'top', wrapText: true };
    // Neither Excel nor LibreOffice grows a row to its wrapped text on opening a file that does not say
    // its height: estimated from the longest cell (Thai at 10 pt Tahoma, about 1.6 characters per width unit, as LibreOffice drew it).
    const lines = Math.max(...cells.map((text, i) => Math.ceil(text.length / (widths[i] * 1.6)) || 1));
    row.height = 15 * lines;
  }
  for (let r = header.number; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= destructionColumns.length; c++) {
      sheet.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header.number}:${header.number}` };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
