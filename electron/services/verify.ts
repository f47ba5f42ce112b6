import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { formatMeetingNumber } from '../../shared/numbering';
import type { Verification } from '../../shared/schemas/verify';
import { formatThaiDateShort } from '../../shared/thai';
import type { DB } from '../db/types';
import { buildMinutes } from '../documents/builders/minutes';
import { documentTitle, type MeetingRecord } from '../documents/builders/record';
import { readVersionKeywords } from '../documents/builders/verification';
import type { DocumentModel } from '../documents/model';
import { modelText } from '../documents/model-text';
import { PT_PER_CM } from '../documents/pdf/render-pdf';
import type { HandlerSlice } from './context';
import { pdfTextPages } from './pdf-text';

type Meeting = NonNullable<Verification['meeting']>;
const squeeze = (text: string) => text.replace(/\s+/g, '');
const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);

async function meetingOf(db: Kysely<DB>, id: string | null): Promise<Meeting | null> {
  if (!id) return null;
  const m = await db.selectFrom('meetings as m').innerJoin('meeting_series as s', 's.id', 'm.series_id')
    .select(['m.id', 's.name_th', 'm.number', 'm.year_be']).where('m.id', '=', id).executeTakeFirst();
  return m ? { id: m.id, seriesName: m.name_th, number: m.number, yearBe: m.year_be } : null;
}

const named = (m: Meeting | null, version: number | null) =>
  `${m ? `${documentTitle('รายงานการประชุม', m.seriesName)} ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}` : 'รายงานการประชุม'}${version ? ` ฉบับที่ ${version}` : ''}`;

/**
 * The paragraphs and list lines of a stored version as its minutes print them: what a changed copy
 * would lack. Tables, attendee rows and signatures are left out: their cells come out of a PDF in
 * reading order only roughly.
 */
export function versionParagraphs(model: DocumentModel): string[] {
  const prose = model.blocks.filter((b) => b.type === 'paragraph' || b.type === 'list');
  return modelText({ ...model, blocks: prose }).filter((t) => squeeze(t).length > 0);
}

/** The minutes' body band: inside the margins the version prints with, where the page furniture is not. */
export const bodyBand = (model: DocumentModel) => (height: number) => ({
  bottom: model.page.marginsCm.bottom * PT_PER_CM,
  top: height - model.page.marginsCm.top * PT_PER_CM,
});

/** A file that names a stored version but is no export of it: which of the version's paragraphs it lacks. */
async function differences(db: Kysely<DB>, bytes: Uint8Array, meetingId: string, version: number): Promise<string[] | null> {
  const row = await db.selectFrom('minutes_versions').select('content').where('meeting_id', '=', meetingId).where('version', '=', version).executeTakeFirst();
  const print = row ? (JSON.parse(row.content) as { print?: MeetingRecord }).print : undefined;
  if (!print) return null;
  const model = buildMinutes(print);
  let text: string;
  try {
    text = squeeze((await pdfTextPages(bytes, bodyBand(model))).join(''));
  } catch {
    return ['อ่านข้อความในไฟล์ไม่ได้ (ไฟล์เสียหาย หรือไม่ใช่ PDF)'];
  }
  return versionParagraphs(model).filter((p) => !text.includes(squeeze(p))).map((p) => `ไม่ตรงกับฉบับที่จัดเก็บ: “${short(p)}”`);
}

export async function verifyFile(db: Kysely<DB>, bytes: Uint8Array): Promise<Verification> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const entry = await db.selectFrom('export_register').selectAll().where('file_sha256', '=', sha256).orderBy('at', 'desc').executeTakeFirst();
  if (entry) {
    const meeting = await meetingOf(db, entry.meeting_id);
    const base = { meeting, version: entry.version, exportedAt: entry.at, exportedBy: entry.actor, differences: [] };
    // A numbered copy of a secret document says which copy it is and whom it went to (issue 14): a copy found astray is traced.
    const copy = entry.copy_no && entry.copy_count ? ` สำเนาฉบับที่ ${entry.copy_no} ของ ${entry.copy_count} ฉบับ${entry.recipient ? ` ถึง ${entry.recipient}` : ''}` : '';
    const when = `ส่งออกเมื่อ ${formatThaiDateShort(entry.at.slice(0, 10))} โดย ${entry.actor}${copy}`;
    const minutes = entry.meeting_id ? await db.selectFrom('minutes').select(['status', 'content_hash']).where('meeting_id', '=', entry.meeting_id).executeTakeFirst() : undefined;
    if (entry.kind !== 'minutes') return { ...base, verdict: 'uncertified', message: `เป็นไฟล์ ${entry.file_name} ที่ส่งออกจากฐานข้อมูลนี้ (${when}) ไม่ใช่รายงานการประชุม` };
    if (entry.version_hash && minutes?.status === 'certified' && minutes.content_hash === entry.version_hash) {
      return { ...base, verdict: 'certified', message: `ตรงกับ${named(meeting, entry.version)} ที่รับรองแล้ว ทุกไบต์ (${when})` };
    }
    if (entry.version_hash) {
      const later = minutes?.status === 'certified' ? ' ต่อมาได้รับรองฉบับอื่น ฉบับนี้จึงไม่ใช่รายงานการประชุมที่รับรอง' : ' ยังไม่ได้รับรอง';
      return { ...base, verdict: 'uncertified', message: `เป็นสำเนาที่ถูกต้องของ${named(meeting, entry.version)} ซึ่งแจ้งเวียนแล้ว${later} (${when})` };
    }
    return { ...base, verdict: 'unknown', message: `เป็นร่าง${named(meeting, null)} ที่ยังไม่ได้จัดเก็บเป็นฉบับ ไม่ตรงกับฉบับใดที่แจ้งเวียนหรือรับรอง (${when})` };
  }
  const claim = readVersionKeywords(bytes);
  const none = { verdict: 'unknown' as const, exportedAt: null, exportedBy: null };
  if (!claim) return { ...none, meeting: null, version: null, differences: [], message: 'ไม่พบไฟล์นี้ในทะเบียนการส่งออกของฐานข้อมูลนี้ และไฟล์ไม่ได้ระบุว่าเป็นรายงานการประชุมที่ส่งออกจากเลขา' };
  const meeting = await meetingOf(db, claim.meetingId);
  const found = meeting && claim.number > 0 ? await differences(db, bytes, claim.meetingId, claim.number) : null;
  if (!meeting || !found) {
    return { ...none, meeting, version: claim.number || null, differences: [], message: `ไฟล์ระบุว่าเป็น${named(meeting, claim.number)} แต่ไม่พบฉบับนี้ในฐานข้อมูลนี้` };
  }
  const what = found.length ? `ข้อความ ${found.length} ย่อหน้าไม่ตรงกับฉบับที่จัดเก็บ` : 'ข้อความทุกย่อหน้าที่ตรวจได้ตรงกับฉบับที่จัดเก็บ แต่ไฟล์ไม่ตรงกับไฟล์ใดที่ส่งออก (ถูกแก้ไขหรือบันทึกใหม่)';
  return { ...none, meeting, version: claim.number, differences: found, message: `ไฟล์ระบุว่าเป็น${named(meeting, claim.number)} แต่ไม่ตรงกับไฟล์ใดที่ส่งออกจากฐานข้อมูลนี้: ${what}` };
}

export const verifyHandlers: HandlerSlice<'documents.verify'> = {
  'documents.verify': async ({ base64 }, { db }) => verifyFile(db, Buffer.from(base64, 'base64')),
};
