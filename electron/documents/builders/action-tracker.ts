import type { Organisation } from '../../../shared/schemas/directory';
import type { ActionRow } from '../../../shared/schemas/actions';
import { type DocumentSettings, secrecyLabels } from '../../../shared/schemas/document-settings';
import { highestSecrecy, type Secrecy } from '../../../shared/secrecy';
import { formatThaiDate, formatThaiDateShort, toThaiDigitsInText } from '../../../shared/thai';
import type { Block, DocumentModel } from '../model';

const TABLE_MARGINS_CM = { top: 2, right: 2, bottom: 2, left: 2 };

export const statusLabels = { open: 'ยังไม่ดำเนินการ', in_progress: 'อยู่ระหว่างดำเนินการ', done: 'ดำเนินการแล้ว', cancelled: 'ยกเลิก' } as const;
export const kindLabels = { directive: 'ข้อสั่งการ', follow_up: 'มติ' } as const;

export interface TrackerData {
  rows: ActionRow[];
  organisations: Organisation[];
  /** One organisation's tracker, or the consolidated one. */
  organisationId: string | null;
  today: string;
  settings: DocumentSettings;
  /** The highest class of the meetings and items its rows come from: a directive of a ลับมาก item makes the tracker ลับมาก. */
  secrecy?: Secrecy;
}

export const statusText = (r: ActionRow) => (r.overdue ? `${statusLabels[r.status]} (เกินกำหนด)` : statusLabels[r.status]);
/**
 * Supporting agencies by abbreviation in Thai alphabetical order: `action_owners` keeps no order of
 * its own, and the same directive must name them the same way in the minutes and every tracker.
 */
export const supportingAbbreviations = (orgs: readonly (Organisation | undefined)[]): string[] =>
  orgs.map((o) => o?.abbrTh ?? '').filter(Boolean).sort((a, b) => a.localeCompare(b, 'th'));
export const ownersText = (r: ActionRow, orgs: Map<string, Organisation>) => {
  const lead = r.leadOrgId ? [`${orgs.get(r.leadOrgId)?.abbrTh ?? ''} (หลัก)`] : [];
  return [...lead, ...supportingAbbreviations(r.supportOrgIds.map((id) => orgs.get(id)))].join(', ');
};
export const progressText = (r: ActionRow) =>
  r.lastProgress ? `${r.lastProgress.percent !== null ? `ร้อยละ ${r.lastProgress.percent} ` : ''}${r.lastProgress.text} (${formatThaiDateShort(r.lastProgress.date)})` : '-';

/** `รวม 12 รายการ (ยังไม่ดำเนินการ 3 อยู่ระหว่างดำเนินการ 5 …) เกินกำหนด 2 รายการ`: the counts of the rows the tracker holds. */
export function trackerSummary(rows: ActionRow[]): string {
  const counts = (Object.keys(statusLabels) as (keyof typeof statusLabels)[])
    .map((s) => [statusLabels[s], rows.filter((r) => r.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${n}`);
  const overdue = rows.filter((r) => r.overdue).length;
  return `รวม ${rows.length} รายการ${counts.length ? ` (${counts.join(' ')})` : ''} เกินกำหนด ${overdue} รายการ`;
}

/**
 * The action tracker (ตารางติดตามข้อสั่งการและมติที่ประชุม) as a document: landscape A4, one ruled
 * table whose column widths come from its content, the header repeating on every page. A row names
 * where it comes from by meeting and item number only, on two short lines; the item's subject is in
 * the minutes.
 */
export function buildActionTracker(data: TrackerData): DocumentModel {
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const digits = (t: string) => (data.settings.digits === 'thai' ? toThaiDigitsInText(t) : t);
  const org = data.organisationId ? orgs.get(data.organisationId) : undefined;
  const title = `ตารางติดตามข้อสั่งการและมติที่ประชุม${org ? ` ของ${org.nameTh} (${org.abbrTh})` : ''}`;
  const blocks: Block[] = [
    { type: 'paragraph', text: digits(`ข้อมูล ณ วันที่ ${formatThaiDate(data.today)} ${trackerSummary(data.rows)}`), align: 'center' },
    {
      type: 'table',
      columns: [
        { title: 'ลำดับ', align: 'center' }, { title: 'เรื่อง' }, { title: 'ที่มา' },
        // Two-line headers where the words allow: a column as narrow as its content needs no wide title.
        { title: 'หน่วยงาน' }, { title: 'กำหนด\nเสร็จ' }, { title: 'สถานะ /\nความคืบหน้า' },
      ],
      rows: data.rows.map((r, i) => [
        String(i + 1), `${kindLabels[r.kind]}: ${r.text}`, `ครั้งที่ ${r.meetingNumber}\nระเบียบวาระที่ ${r.itemNumber}`, ownersText(r, orgs),
        r.dueDate ? formatThaiDateShort(r.dueDate) : '-', r.lastProgress ? `${statusText(r)}\n${progressText(r)}` : statusText(r),
      ].map(digits)),
    },
  ];
  return {
    title,
    titleLines: [title],
    blocks,
    // A working table, not a letter: 2 cm all round (the series' margins, 3 cm on the left, are for bound portrait pages).
    page: { orientation: 'landscape', marginsCm: TABLE_MARGINS_CM, digits: data.settings.digits, secrecy: secrecyLabels[highestSecrecy(data.secrecy, data.settings.secrecy)], urgency: '', footerNote: '' },
    body: { align: 'left', firstLineCm: 0 },
    font: { profile: data.settings.fontProfile, size: data.settings.fontSize ?? (data.settings.fontProfile === 'sarabun' ? 12 : 14), regularPath: data.settings.customFontPath, boldPath: data.settings.customBoldFontPath ?? data.settings.customFontPath },
  };
}
