import type { Organisation } from '../../../shared/schemas/directory';
import type { ActionRow } from '../../../shared/schemas/actions';
import type { DocumentSettings } from '../../../shared/schemas/document-settings';
import { formatThaiDate, formatThaiDateShort, toThaiDigitsInText } from '../../../shared/thai';
import type { Block, DocumentModel } from '../model';

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
export const ownersText = (r: ActionRow, orgs: Map<string, Organisation>) =>
  [r.leadOrgId, ...r.supportOrgIds].filter((x): x is string => x !== null).map((id, i) => `${orgs.get(id)?.abbrTh ?? ''}${i === 0 && r.leadOrgId ? ' (หลัก)' : ''}`).join(', ');
export const progressText = (r: ActionRow) =>
  r.lastProgress ? `${r.lastProgress.percent !== null ? `ร้อยละ ${r.lastProgress.percent} ` : ''}${r.lastProgress.text} (${formatThaiDateShort(r.lastProgress.date)})` : '-';

/** The action tracker (ตารางติดตามข้อสั่งการและมติที่ประชุม) as a document: one ruled table, headers repeating. */
export function buildActionTracker(data: TrackerData): DocumentModel {
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const digits = (t: string) => (data.settings.digits === 'thai' ? toThaiDigitsInText(t) : t);
  const org = data.organisationId ? orgs.get(data.organisationId) : undefined;
  const title = `ตารางติดตามข้อสั่งการและมติที่ประชุม${org ? ` ของ${org.nameTh} (${org.abbrTh})` : ''}`;
  const overdue = data.rows.filter((r) => r.overdue).length;
  const blocks: Block[] = [
    { type: 'paragraph', text: digits(`ข้อมูล ณ วันที่ ${formatThaiDate(data.today)} รวม ${data.rows.length} รายการ เกินกำหนด ${overdue} รายการ`), align: 'center' },
    {
      type: 'table',
      columns: [
        { title: 'ลำดับ', width: 0.07, align: 'center' }, { title: 'เรื่อง', width: 0.33 }, { title: 'ที่มา', width: 0.14 },
        { title: 'หน่วยงาน', width: 0.13 }, { title: 'กำหนดเสร็จ', width: 0.11 }, { title: 'สถานะ / ความคืบหน้า', width: 0.22 },
      ],
      rows: data.rows.map((r, i) => [
        String(i + 1), `${kindLabels[r.kind]}: ${r.text}`, `ครั้งที่ ${r.meetingNumber} ระเบียบวาระที่ ${r.itemNumber} ${r.itemSubject}`, ownersText(r, orgs),
        r.dueDate ? formatThaiDateShort(r.dueDate) : '-', `${statusText(r)} ${progressText(r)}`,
      ].map(digits)),
    },
  ];
  return {
    title,
    titleLines: [title],
    blocks,
    page: { marginsCm: data.settings.marginsCm, digits: data.settings.digits, secrecy: '', urgency: '', footerNote: '' },
    body: { align: 'left', firstLineCm: 0 },
    font: { profile: data.settings.fontProfile, size: data.settings.fontSize ?? (data.settings.fontProfile === 'sarabun' ? 12 : 14), regularPath: data.settings.customFontPath, boldPath: data.settings.customBoldFontPath ?? data.settings.customFontPath },
  };
}
