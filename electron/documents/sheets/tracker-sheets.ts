import { PassThrough } from 'node:stream';
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

/** What a tracker is made from: the rows in order, a batch at a time, for all or one organisation, and the counts per organisation. */
export interface TrackerSource {
  organisations: Organisation[];
  /** One organisation's tracker, or the consolidated one. */
  organisationId: string | null;
  counts: { organisationId: string; all: number; open: number; in_progress: number; done: number; cancelled: number; overdue: number }[];
  rows(organisationId?: string): AsyncIterable<ActionRow[]>;
  /** ลับ, ลับมาก, ลับที่สุด printed on every page of the workbook, or empty (the highest class its rows come from). */
  secrecy?: string;
}

const font = (bold = false) => ({ ...SHEET_FONT, bold });

type SheetMarks = { headerFooter?: Partial<ExcelJS.HeaderFooter> };
/**
 * A secret tracker's class on every printed page of every sheet, centred at the top and the bottom,
 * bold, red and larger than the cells (issue 14): Excel's header and footer codes (&C centre, &K colour).
 */
function printedMarks(label: string): SheetMarks {
  if (!label) return {};
  const mark = `&C&"Tahoma,Bold"&16&KC00000${label}`;
  return { headerFooter: { oddHeader: mark, oddFooter: mark } };
}

/** Every column in the Thai-capable font (so cells typed in later too), the header row bold. */
function styledColumns<T extends { header: string; key: string; width: number }>(cols: T[], extra: Partial<Record<string, Partial<ExcelJS.Style>>> = {}) {
  return cols.map((c) => ({ ...c, style: { font: font(), ...extra[c.key] } }));
}

/** One organisation's sheet, its rows written (and let go) a batch at a time. */
async function writeSheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, batches: AsyncIterable<ActionRow[]>, orgs: Map<string, Organisation>, marks: SheetMarks,
) {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], ...marks });
  ws.columns = styledColumns(columns, {
    due: { numFmt: THAI_DATE },
    ...Object.fromEntries(['text', 'item', 'progress'].map((k) => [k, { alignment: { wrapText: true, vertical: 'top' } }])),
  });
  ws.getRow(1).font = font(true);
  let n = 0;
  for await (const batch of batches) {
    for (const r of batch) {
      ws.addRow({
        n: ++n, kind: kindLabels[r.kind], text: inert(r.text), meeting: r.meetingNumber, item: inert(r.itemSubject), owners: inert(ownersText(r, orgs)),
        due: asDate(r.dueDate), status: statusLabels[r.status], overdue: r.overdue ? 'เกินกำหนด' : '',
        progress: inert(r.lastProgress?.text ?? ''), percent: r.lastProgress?.percent ?? null,
      }).commit();
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, n + 1), column: columns.length } };
  ws.commit();
}

/**
 * The tracker as a workbook: a summary sheet, then one sheet per organisation (lead or supporting).
 * One organisation's tracker holds that organisation's sheet and summary row only, though its actions
 * may name other organisations as supporting. Written with exceljs' streaming writer, a sheet after
 * the other, so memory stays flat whatever the number of rows.
 */
export async function trackerWorkbook(source: TrackerSource): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  // Shared strings, as Excel itself writes text (without them exceljs writes formula-result cells, t="str").
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  book.creator = 'Lekha';
  const orgs = new Map(source.organisations.map((o) => [o.id, o]));
  const names = new Set<string>();
  const counts = new Map(source.counts.map((c) => [c.organisationId, c]));
  const ids = source.organisationId ? [source.organisationId] : [...counts.keys()];
  const involved = ids.filter((id) => counts.get(id)?.all).flatMap((id) => orgs.get(id) ?? []).sort((a, b) => a.abbrTh.localeCompare(b.abbrTh, 'th'));

  const marks = printedMarks(source.secrecy ?? '');
  const summary = book.addWorksheet(sheetName('สรุป', names), { views: [{ state: 'frozen', ySplit: 1 }], ...marks });
  summary.columns = styledColumns([
    { header: 'หน่วยงาน', key: 'org', width: 40 }, { header: 'ทั้งหมด', key: 'all', width: 10 }, { header: 'ยังไม่ดำเนินการ', key: 'open', width: 16 },
    { header: 'อยู่ระหว่างดำเนินการ', key: 'in_progress', width: 20 }, { header: 'ดำเนินการแล้ว', key: 'done', width: 16 },
    { header: 'ยกเลิก', key: 'cancelled', width: 10 }, { header: 'เกินกำหนด', key: 'overdue', width: 12 },
  ]);
  summary.getRow(1).font = font(true);
  for (const org of involved) {
    const { organisationId: _, ...c } = counts.get(org.id)!;
    summary.addRow({ org: inert(`${org.abbrTh} ${org.nameTh}`), ...c }).commit();
  }
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: involved.length + 1, column: 7 } };
  summary.commit();
  for (const org of involved) await writeSheet(book, sheetName(org.abbrTh, names), source.rows(org.id), orgs, marks);
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** CSV for Excel: UTF-8 with a byte-order mark (or Excel shows Thai as mojibake), RFC 4180 quoting; written a batch at a time. */
export async function trackerCsv(source: TrackerSource): Promise<Uint8Array> {
  const orgs = new Map(source.organisations.map((o) => [o.id, o]));
  const quote = (v: unknown) => {
    const s = v === null || v === undefined ? '' : inert(String(v));
    return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const line = (cells: string[]) => `${cells.map(quote).join(',')}\r\n`;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [encoder.encode(`\uFEFF${line(columns.map((c) => c.header))}`)];
  let n = 0;
  for await (const batch of source.rows()) {
    parts.push(encoder.encode(batch.map((r) => line([
      String(++n), kindLabels[r.kind], r.text, r.meetingNumber, r.itemSubject, ownersText(r, orgs), r.dueDate ?? '', statusLabels[r.status],
      r.overdue ? 'เกินกำหนด' : '', r.lastProgress?.text ?? '', r.lastProgress?.percent == null ? '' : String(r.lastProgress.percent),
    ])).join('')));
  }
  return new Uint8Array(Buffer.concat(parts));
}
