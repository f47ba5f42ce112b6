import type { Organisation } from '../../../shared/schemas/directory';
import type { ActionRow } from '../../../shared/schemas/actions';
import type { DocumentSettings } from '../../../shared/schemas/document-settings';
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

/** A meeting's place among the meetings, earliest first: its date, then its year and number. */
export interface MeetingOrder {
  date: string | null;
  yearBe: number;
  number: number;
}

/** `4.10` after `4.9`: agenda numbers compared part by part as numbers. */
function compareItemNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/**
 * The order a tracker lists its rows in: by due date, undated last; rows due the same day or undated
 * in the order they were decided (the meeting, then the agenda item, then the directive's place under
 * it), so a tracker printed twice lists them the same way and as the minutes do.
 */
export function trackerOrder(rows: readonly ActionRow[], meetings: ReadonlyMap<string, MeetingOrder>): ActionRow[] {
  const meetingKey = (r: ActionRow) => meetings.get(r.meetingId);
  const compareMeetings = (a: ActionRow, b: ActionRow) => {
    const ma = meetingKey(a);
    const mb = meetingKey(b);
    if (!ma || !mb) return (ma ? 0 : 1) - (mb ? 0 : 1);
    // A meeting without a date sorts after the dated ones of its year.
    return (ma.date ?? '9999').localeCompare(mb.date ?? '9999') || ma.yearBe - mb.yearBe || ma.number - mb.number;
  };
  return [...rows].sort(
    (a, b) =>
      (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
      compareMeetings(a, b) ||
      a.meetingId.localeCompare(b.meetingId) ||
      compareItemNumbers(a.itemNumber, b.itemNumber) ||
      a.position - b.position ||
      a.id.localeCompare(b.id),
  );
}

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
    page: { orientation: 'landscape', marginsCm: TABLE_MARGINS_CM, digits: data.settings.digits, secrecy: '', urgency: '', footerNote: '' },
    body: { align: 'left', firstLineCm: 0 },
    font: { profile: data.settings.fontProfile, size: data.settings.fontSize ?? (data.settings.fontProfile === 'sarabun' ? 12 : 14), regularPath: data.settings.customFontPath, boldPath: data.settings.customBoldFontPath ?? data.settings.customFontPath },
  };
}
