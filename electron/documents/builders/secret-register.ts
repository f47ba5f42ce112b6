import type { DocumentSettings } from '../../../shared/schemas/document-settings';
import { secrecyLabels } from '../../../shared/schemas/document-settings';
import type { RegisterEntry } from '../../../shared/schemas/secrets';
import { formatThaiDate, formatThaiDateShort, toThaiDigitsInText } from '../../../shared/thai';
import type { DocumentModel } from '../model';

const kinds: Record<string, string> = {
  minutes: 'รายงานการประชุม', agenda: 'ระเบียบวาระการประชุม', signin: 'ใบลงชื่อผู้เข้าประชุม', book: 'เอกสารประกอบการประชุม',
  letter: 'หนังสือ', invitation: 'หนังสือเชิญประชุม', directives: 'หนังสือแจ้งข้อสั่งการ', actions: 'ตารางติดตามข้อสั่งการ',
  policies: 'รายงานสถานะนโยบายและร่างกฎหมาย', attachment: 'ไฟล์แนบ',
};

/**
 * The register of secret documents (ทะเบียนหนังสือลับ) as a landscape table: one row per file handed out
 * — each numbered copy its own row — with the columns registers of secret papers keep (to confirm against
 * the Regulation's form with the agency's registrar): order, date, the document, class, copy and copies,
 * to whom, who made it, and the file's SHA-256 so a copy found later can be named (`lekha verify`).
 */
export function buildSecretRegister(entries: readonly RegisterEntry[], settings: DocumentSettings, today: string): DocumentModel {
  const digits = (t: string) => (settings.digits === 'thai' ? toThaiDigitsInText(t) : t);
  const title = 'ทะเบียนหนังสือลับ';
  const rows = entries.map((e, i) => [
    String(i + 1),
    formatThaiDateShort(e.at.slice(0, 10)),
    // The file's name says what it is (and which agency's tracker); the kind when the name was changed since.
    e.fileName.replace(/\.[a-z]+$/, '') || kinds[e.kind] || e.kind,
    secrecyLabels[e.secrecy],
    e.copyNo === null ? '-' : String(e.copyNo),
    e.copyCount === null ? '-' : String(e.copyCount),
    e.recipient || '-',
    e.actor,
    e.sha256.slice(0, 16),
  ].map(digits));
  return {
    title,
    titleLines: [title],
    blocks: [
      { type: 'paragraph', text: digits(`ข้อมูล ณ วันที่ ${formatThaiDate(today)} รวม ${entries.length} รายการ`), align: 'center' },
      {
        type: 'table',
        columns: [
          { title: 'ลำดับที่', align: 'center' }, { title: 'วัน เดือน ปี' }, { title: 'เรื่อง' }, { title: 'ชั้นความลับ', align: 'center' },
          { title: 'ฉบับที่', align: 'center' }, { title: 'จำนวน\nฉบับ', align: 'center' }, { title: 'ถึง' }, { title: 'ผู้ส่งออก' },
          { title: 'หมายเหตุ\n(SHA-256)' },
        ],
        rows,
      },
    ],
    page: { orientation: 'landscape', marginsCm: { top: 2, right: 2, bottom: 2, left: 2 }, digits: settings.digits, secrecy: '', urgency: '', footerNote: '' },
    body: { align: 'left', firstLineCm: 0 },
    font: {
      profile: settings.fontProfile, size: settings.fontSize ?? (settings.fontProfile === 'sarabun' ? 12 : 14),
      regularPath: settings.customFontPath, boldPath: settings.customBoldFontPath ?? settings.customFontPath,
    },
  };
}
