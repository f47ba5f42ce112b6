import { type ConferencingSystem, conferencingSystemNames, type IdentityMethod, identityMethodLabels } from '../../../shared/schemas/evidence';
import { formatThaiDate, formatThaiTime } from '../../../shared/thai';
import type { Block } from '../model';
import { helpers, type MeetingRecord } from './record';

/** The evidence manifest (services/evidence/manifest.ts): what a minutes version keeps and prints of the e-meeting evidence. */
export interface EvidenceManifest {
  format: 'lekha-evidence/1';
  meetingId: string;
  mode: string;
  conferencing: string;
  secret: boolean;
  attendees: {
    name: string;
    presence: string;
    identity: { method: IdentityMethod; vouchedBy: string | null; checkedAt: string } | null;
    traffic: { firstJoin: string | null; lastLeave: string | null; minutes: number | null; sessions: number } | null;
  }[];
  reports: { system: ConferencingSystem; fileName: string; size: number; sha256: string; importedAt: string; rows: number; unmatched: number }[];
  recording: { fileName: string; durationSeconds: number; sha256: string; location: string; trafficLocation: string } | null;
  sent: { kind: 'invitation' | 'enclosure' | 'paper'; fileName: string; size: number; sha256: string; agendaItemNumber: string | null; sentOn: string; channel: string }[];
  /** SHA-256 of the manifest without this field. */
  sha256: string;
}

const time = (local: string) => formatThaiTime(local.slice(11, 16));
/**
 * A SHA-256 in running text, in groups of eight (`968d1ecc 26d14718 …`): 64 characters do not fit a
 * line, and a Thai-distributed line in Word or LibreOffice otherwise breaks it anywhere, even inside
 * `SHA-256`. Compared with a tool's output, the spaces are left out.
 */
const hash = (hex: string) => hex.match(/.{1,8}/g)!.join(' ');
const HASHED = /(SHA-256 (?:[0-9a-f]{8} ){7}[0-9a-f]{8})/;
const length = (seconds: number) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return [h ? `${h} ชั่วโมง` : '', m || !h ? `${m} นาที` : ''].filter(Boolean).join(' ');
};

/**
 * What the minutes state of an electronic meeting (พ.ร.ก.ฯ 2563 ม.9 and the paragraph after it): the
 * system used, how each attendee identified themselves and when, where the recording and the traffic
 * data are kept (a secret meeting states that it was not recorded), and what was sent beforehand.
 * Printed once any evidence is recorded for a meeting not held on site only; minutes certified before
 * evidence was kept print as they were.
 */
export function evidenceBlocks(record: MeetingRecord): Block[] {
  const e = record.evidence;
  if (!e || e.mode === 'onsite') return [];
  const h = helpers(record);
  const indent = record.settings.firstLineIndentCm;
  const systems = [...new Set(e.reports.map((r) => conferencingSystemNames[r.system]))];
  const system = systems.join(' และ ') || e.conferencing || 'ระบบการประชุมผ่านสื่ออิเล็กทรอนิกส์';
  const blocks: Block[] = [{ type: 'paragraph', text: 'การประชุมผ่านสื่ออิเล็กทรอนิกส์', bold: true, spaceBefore: 8, keepWithNext: true }];
  // Thai digits for the prose where the series asks for them; a hash stays as the tools print it.
  const para = (text: string) =>
    blocks.push({ type: 'paragraph', text: text.split(HASHED).map((part, i) => (i % 2 ? part : h.digits(part))).join(''), firstLineCm: indent });

  const how = e.mode === 'electronic' ? 'ผ่านสื่ออิเล็กทรอนิกส์' : ' ณ ห้องประชุมและผ่านสื่ออิเล็กทรอนิกส์';
  para(`การประชุมครั้งนี้เป็นการประชุม${how}ด้วยระบบ ${system} ผู้เข้าประชุมแสดงตนก่อนร่วมประชุม ดังนี้`);
  const checked = e.attendees.filter((a) => a.identity || a.presence === 'electronic');
  blocks.push({
    type: 'list',
    indentCm: 1,
    items: checked.map((a, i) => {
      const where = a.presence === 'electronic' ? ' (ผ่านสื่ออิเล็กทรอนิกส์)' : '';
      const how = a.identity
        ? `${identityMethodLabels[a.identity.method]}${a.identity.vouchedBy ? ` คือ ${a.identity.vouchedBy}` : ''} เมื่อเวลา ${time(a.identity.checkedAt)}`
        : 'ยังไม่ได้บันทึกการแสดงตน';
      return { marker: h.digits(`${i + 1}.`), text: h.digits(`${a.name}${where}: ${how}`) };
    }),
  });

  if (e.secret) {
    para('การประชุมนี้เป็นการประชุมลับ จึงไม่มีการบันทึกเสียงหรือภาพและเสียงของการประชุม');
  } else if (e.recording) {
    const r = e.recording;
    para(`บันทึกเสียงและภาพของผู้เข้าประชุมทุกคนตลอดการประชุมไว้ในไฟล์ ${r.fileName} ความยาว ${length(r.durationSeconds)} จัดเก็บไว้ที่ ${r.location} (SHA-256 ${hash(r.sha256)})`);
  } else {
    para('ยังไม่ได้บันทึกข้อมูลไฟล์บันทึกเสียงและภาพของการประชุม');
  }

  const traffic = e.reports.map((r) => `${conferencingSystemNames[r.system]} ไฟล์ ${r.fileName} (SHA-256 ${hash(r.sha256)})`);
  const trafficPlace = e.recording?.trafficLocation ? ` และที่ ${e.recording.trafficLocation}` : '';
  para(traffic.length
    ? `ข้อมูลจราจรทางอิเล็กทรอนิกส์ของผู้เข้าประชุมทุกคน ได้แก่ รายงานผู้เข้าร่วมประชุมของระบบ ${traffic.join(' และ ')} จัดเก็บไว้ในระบบเลขาของฝ่ายเลขานุการ${trafficPlace}`
    : 'ยังไม่ได้นำเข้ารายงานผู้เข้าร่วมประชุม (ข้อมูลจราจรทางอิเล็กทรอนิกส์) ของระบบการประชุม');

  if (e.sent.length) {
    const dates = [...new Set(e.sent.map((s) => s.sentOn))].map(formatThaiDate).join(' และ ');
    const channels = [...new Set(e.sent.map((s) => s.channel).filter(Boolean))].join(' และ ');
    const papers = e.sent.filter((s) => s.kind === 'paper').length;
    para(`หนังสือเชิญประชุมและเอกสารประกอบการประชุม${papers ? ` ${papers} ไฟล์` : ''} ส่งถึงผู้เข้าประชุม${channels ? `ทาง${channels}` : ''} เมื่อ ${dates} สำเนาหรือค่า SHA-256 ของทุกไฟล์จัดเก็บไว้เป็นหลักฐาน`);
  }
  para(`บัญชีหลักฐานการประชุมผ่านสื่ออิเล็กทรอนิกส์นี้เป็นส่วนหนึ่งของรายงานการประชุม (SHA-256 ${hash(e.sha256)})`);
  return blocks;
}
