import ExcelJS from 'exceljs';
import type { Organisation } from '../../../shared/schemas/directory';
import type { ActionRow } from '../../../shared/schemas/actions';
import { kindLabels, ownersText, statusLabels } from '../builders/action-tracker';

/** Thai Buddhist-era dates in Excel: LCID 0x041E with the `bbbb` (Buddhist year) code. */
const THAI_DATE = '[$-41E]d mmm bbbb';
const columns = [
  { header: 'ลำดับ', key: 'n', width: 7 },
  { header: 'ประเภท', key: 'kind', width: 10 },
  { header: 'เรื่อง', key: 'text', width: 60 },
  { header: 'การประชุม', key: 'meeting', width: 12 },
  { header: 'ระเบียบวาระ', key: 'item', width: 40 },
  { header: 'หน่วยงานรับผิดชอบ', key: 'owners', width: 24 },
  { header: 'กำหนดเสร็จ', key: 'due', width: 14 },
  { header: 'สถานะ', key: 'status', width: 18 },
  { header: 'เกินกำหนด', key: 'overdue', width: 10 },
  { header: 'ความคืบหน้าล่าสุด', key: 'progress', width: 50 },
  { header: 'ร้อยละ', key: 'percent', width: 8 },
];

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * Text that a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return) gets
 * a leading apostrophe, as OWASP recommends against CSV/formula injection: `=1+1` typed as a directive
 * stays text in Excel and LibreOffice, in the CSV and in the workbook alike.
 */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Tahoma: part of every Windows since Windows 95 (and of Office for Mac), with Thai letters drawn
 * to read well at spreadsheet sizes, so the sheet looks the same on any officer's PC. TH SarabunPSK
 * is the standard for official letters and is installed on most government PCs, but it needs 14–16 pt
 * to read, is missing on many other machines (Excel then substitutes), and the sheet is a working file,
 * not an official letter. Excel's default Calibri has no Thai letters at all.
 */
export const SHEET_FONT = { name: 'Tahoma', family: 2, size: 10 } as const;

/** Every cell and every column (so cells typed in later too) in the Thai-capable font; the header row bold. */
function applySheetFont(ws: ExcelJS.Worksheet): void {
  ws.columns.forEach((c) => {
    c.font = { ...SHEET_FONT };
  });
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...SHEET_FONT, bold: row.number === 1 };
    });
  });
}

/**
 * A valid sheet name from an abbreviation, unique in the workbook: no []:*?/\, at most 31 characters,
 * not blank, not starting or ending with an apostrophe, not Excel's reserved "History", and not one
 * already taken (Excel compares names without regard to case): `ก/ข` and `กข` become `กข` and `กข (2)`.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[\\/*?:[\]]/g, '').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'หน่วยงาน';
  const free = (name: string) => !taken.has(name.toLowerCase()) && name.toLowerCase() !== 'history';
  let name = base;
  for (let n = 2; !free(name); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function sheet(book: ExcelJS.Workbook, name: string, rows: ActionRow[], orgs: Map<string, Organisation>) {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns;
  rows.forEach((r, i) => {
    ws.addRow({
      n: i + 1, kind: kindLabels[r.kind], text: inert(r.text), meeting: r.meetingNumber, item: inert(r.itemSubject), owners: inert(ownersText(r, orgs)),
      due: asDate(r.dueDate), status: statusLabels[r.status], overdue: r.overdue ? 'เกินกำหนด' : '',
      progress: inert(r.lastProgress?.text ?? ''), percent: r.lastProgress?.percent ?? null,
    });
  });
  ws.getColumn('due').numFmt = THAI_DATE;
  for (const key of ['text', 'item', 'progress']) ws.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  applySheetFont(ws);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return ws;
}

/**
 * The tracker as a workbook: a summary sheet, then one sheet per organisation (lead or supporting).
 * One organisation's tracker (`organisationId`) holds that organisation's sheet and summary row only,
 * though its actions may name other organisations as supporting.
 */
export async function trackerWorkbook(rows: ActionRow[], organisations: Organisation[], organisationId: string | null = null): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Lekha';
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const names = new Set<string>();
  const summary = book.addWorksheet(sheetName('สรุป', names), { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.columns = [
    { header: 'หน่วยงาน', key: 'org', width: 40 }, { header: 'ทั้งหมด', key: 'all', width: 10 }, { header: 'ยังไม่ดำเนินการ', key: 'open', width: 16 },
    { header: 'อยู่ระหว่างดำเนินการ', key: 'in_progress', width: 20 }, { header: 'ดำเนินการแล้ว', key: 'done', width: 16 },
    { header: 'ยกเลิก', key: 'cancelled', width: 10 }, { header: 'เกินกำหนด', key: 'overdue', width: 12 },
  ];
  const ids = organisationId ? [organisationId] : rows.flatMap((r) => [r.leadOrgId, ...r.supportOrgIds]);
  const involved = [...new Set(ids.filter((x): x is string => x !== null))]
    .flatMap((id) => orgs.get(id) ?? []).sort((a, b) => a.abbrTh.localeCompare(b.abbrTh, 'th'));
  for (const org of involved) {
    const mine = rows.filter((r) => r.leadOrgId === org.id || r.supportOrgIds.includes(org.id));
    const count = (s: string) => mine.filter((r) => r.status === s).length;
    summary.addRow({
      org: inert(`${org.abbrTh} ${org.nameTh}`), all: mine.length, open: count('open'), in_progress: count('in_progress'), done: count('done'),
      cancelled: count('cancelled'), overdue: mine.filter((r) => r.overdue).length,
    });
    sheet(book, sheetName(org.abbrTh, names), mine, orgs);
  }
  applySheetFont(summary);
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: involved.length + 1, column: 7 } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** CSV for Excel: UTF-8 with a byte-order mark (or Excel shows Thai as mojibake), RFC 4180 quoting. */
export function trackerCsv(rows: ActionRow[], organisations: Organisation[]): Uint8Array {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const quote = (v: unknown) => {
    const s = v === null || v === undefined ? '' : inert(String(v));
    return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [
    columns.map((c) => c.header),
    ...rows.map((r, i) => [
      String(i + 1), kindLabels[r.kind], r.text, r.meetingNumber, r.itemSubject, ownersText(r, orgs), r.dueDate ?? '', statusLabels[r.status],
      r.overdue ? 'เกินกำหนด' : '', r.lastProgress?.text ?? '', r.lastProgress?.percent == null ? '' : String(r.lastProgress.percent),
    ]),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.map((l) => l.map(quote).join(',')).join('\r\n')}\r\n`);
}
