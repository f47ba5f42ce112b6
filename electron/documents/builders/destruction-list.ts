import type { DocumentSettings } from '../../../shared/schemas/document-settings';
import { type DueRecord, recordKindLabels } from '../../../shared/schemas/retention';
import { formatThaiDate, formatThaiDateLong, toThaiDigitsInText } from '../../../shared/thai';
import type { DocumentModel } from '../model';

/**
 * The columns of the destruction list, form 25 of the Regulation on Official Correspondence
 * (บัญชีหนังสือขอทำลาย, ระเบียบงานสารบรรณ ข้อ 66, แบบที่ 25): ลำดับที่, รหัสแฟ้ม, ที่, ลงวันที่, เรื่อง,
 * การพิจารณา, หมายเหตุ, under a heading naming the year, the agency (กระทรวง ทบวง กรม กอง), the date
 * and the sheet number (แผ่นที่). รหัสแฟ้ม is the agency's own filing code, which Lekha does not keep: it is
 * left for the officer, and การพิจารณา is the destruction committee's to fill (ข้อ 66-67).
 */
export const destructionColumns = ['ลำดับที่', 'รหัสแฟ้ม', 'ที่', 'ลงวันที่', 'เรื่อง', 'การพิจารณา', 'หมายเหตุ'] as const;

export interface DestructionListData {
  yearBe: number;
  /** The agency making the list; dots when Lekha does not know it. */
  agency: string;
  /** ISO date the list is made. */
  today: string;
  records: readonly DueRecord[];
  retentionYears: Partial<Record<DueRecord['kind'], number | null>>;
}

/** One row per record, in the form's columns, text final (Arabic digits: the sheet's and the DOCX's alike). */
export function destructionRows(data: DestructionListData): string[][] {
  return data.records.map((r, i) => {
    const years = data.retentionYears[r.kind];
    const kept = years ? `อายุการเก็บ ${years} ปี ครบกำหนด พ.ศ. ${r.dueYearBe}` : '';
    const decided = r.decision ? `อนุมัติให้ทำลายแล้ว (${r.decision.reference})${r.decision.carriedOutAt ? ' ทำลายแล้ว' : ''}` : '';
    return [
      String(i + 1),
      '',
      r.meetingNumber,
      r.meetingDate ? formatThaiDate(r.meetingDate) : '',
      `${recordKindLabels[r.kind]} ${r.seriesName}: ${r.subject}${r.count > 1 ? ` (${r.count} รายการ)` : ''}`,
      '',
      [kept, decided].filter(Boolean).join(' '),
    ];
  });
}

const columnShares = [6, 8, 13, 16, 33, 11, 13];

export const destructionTitle = (yearBe: number) => `บัญชีหนังสือขอทำลาย ประจำปี ${yearBe}`;

export function destructionHeading(data: DestructionListData): string[] {
  return [destructionTitle(data.yearBe), `กระทรวง ทบวง กรม กอง ${data.agency}`, `วันที่ ${formatThaiDateLong(data.today).replace(/^วัน\S+ที่ /, '')}`];
}

/** The list as a document (DOCX): a landscape table, header repeated on every page; pages are the form's แผ่นที่. */
export function buildDestructionList(data: DestructionListData, settings: DocumentSettings): DocumentModel {
  const digits = (t: string) => (settings.digits === 'thai' ? toThaiDigitsInText(t) : t);
  const heading = destructionHeading(data).map(digits);
  return {
    title: heading[0],
    titleLines: heading,
    blocks: [{
      type: 'table',
      // Fixed shares of the width: sized to their content, `ที่` (ครั้งที่ 1/2549) came out so narrow that
      // LibreOffice broke the number; the subject takes what the form's other columns leave.
      columns: destructionColumns.map((title, i) => ({ title, width: columnShares[i], align: i === 0 ? 'center' as const : 'left' as const })),
      rows: data.records.length ? destructionRows(data).map((row) => row.map(digits)) : [['', '', '', '', 'ไม่มีหนังสือที่ครบกำหนดอายุการเก็บในปีนี้', '', '']],
    }],
    page: { orientation: 'landscape', marginsCm: { top: 2, right: 1.5, bottom: 1.5, left: 2 }, digits: settings.digits, secrecy: '', urgency: '', footerNote: '' },
    body: { align: 'left', firstLineCm: 0 },
    font: { profile: settings.fontProfile, size: settings.fontSize ?? (settings.fontProfile === 'sarabun' ? 14 : 16), regularPath: settings.customFontPath, boldPath: settings.customBoldFontPath ?? settings.customFontPath },
  };
}
