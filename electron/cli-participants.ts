import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Result } from '../shared/contract';
import { type AttendeeEvidence, conferencingSystemNames } from '../shared/schemas/evidence';
import { CliError, type CommandInput, call, optional, required, withCore } from './cli-common';
import { meetingId } from './cli-export';

const hhmm = (local: string | null) => (local ? local.slice(11, 16).replace(':', '.') : '—');
const traffic = (a: AttendeeEvidence) => `${hhmm(a.firstJoin)}–${hhmm(a.lastLeave)} ${a.minutes ?? '—'} นาที ${a.sessions} ครั้ง`;
const presence: Record<string, string> = { electronic: 'ประชุมผ่านสื่ออิเล็กทรอนิกส์', onsite: 'ประชุม ณ ห้องประชุม' };

/**
 * `lekha import participants --meeting 2/2568 FILE.csv`: a Zoom, Webex or Microsoft Teams participant
 * report kept with the meeting (its SHA-256 printed), and every attendee shown as found in THIS file (with
 * first join, last leave and minutes connected) or not, then the totals over all the meeting's reports,
 * then the rows that match nobody, which the officer matches on the meeting's evidence tab.
 */
export async function run(input: CommandInput): Promise<void> {
  const path = input.args[1];
  if (!path) throw new CliError(`ต้องระบุไฟล์รายงานผู้เข้าร่วม\n\n${input.usage}`, 2);
  const meeting = required(input, 'meeting');
  let bytes: Buffer;
  try {
    if (statSync(path).size > 10 * 1024 * 1024) throw new CliError(`ไฟล์ "${path}" ใหญ่เกิน 10 MB จึงไม่ใช่รายงานผู้เข้าร่วมที่อ่านได้`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`ไม่พบไฟล์ "${path}"`);
  }
  await withCore(input, async (core) => {
    const id = await meetingId(core, { meeting, series: optional(input, 'series') });
    const r = await call<Result<'evidence.importReport'>>(core, 'evidence.importReport', { meetingId: id, fileName: basename(path), base64: bytes.toString('base64') });
    const report = r.view.reports.at(-1)!;
    console.log(`นำเข้ารายงานผู้เข้าร่วมของ ${conferencingSystemNames[r.system]} จาก ${basename(path)} แล้ว: ${r.rows} แถว ตรงกับผู้เข้าประชุม ${r.matched.length} แถว ไม่ตรงกับผู้ใด ${r.unmatched.length} แถว`);
    console.log(`SHA-256 ${report.sha256}`);
    // This file's rows only: the view's attendees merge every report imported for the meeting, so an
    // attendee found in an earlier Zoom report would read as found in this Webex one.
    console.log(`\nผู้เข้าประชุมที่พบในไฟล์นี้ (เข้าครั้งแรก–ออกครั้งสุดท้าย, นาทีที่เชื่อมต่อ, จำนวนครั้งที่เข้า):`);
    for (const a of r.inFile) console.log(`  ${a.name}\t${a.sessions ? `พบในไฟล์นี้ ${traffic(a)}` : `ไม่พบในไฟล์นี้ (${presence[a.presence] ?? 'ไม่มาประชุม'})`}`);
    if (r.view.reports.length > 1) {
      console.log(`\nรวมทุกรายงานที่นำเข้าสำหรับการประชุมนี้ (${r.view.reports.length} ไฟล์):`);
      for (const a of r.view.attendees) console.log(`  รวม\t${a.name}\t${a.sessions ? `พบ ${traffic(a)}` : 'ไม่พบในรายงานใด'}`);
    }
    if (r.unmatched.length) {
      console.log('\nแถวที่ไม่ตรงกับผู้เข้าประชุมคนใด (จับคู่เองได้ที่แท็บ "หลักฐานการประชุมออนไลน์" ของการประชุม):');
      for (const u of r.unmatched) console.log(`  บรรทัด ${u.line}\t${u.displayName}${u.email ? `\t${u.email}` : ''}`);
    }
  });
}
