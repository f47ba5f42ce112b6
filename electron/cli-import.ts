import { existsSync, readFileSync } from 'node:fs';
import type { ImportResult } from '../shared/exchange';
import { CliError, type CommandInput, call, withCore } from './cli-common';

/** `lekha import meeting FILE [--db PATH]`: a bad file is refused and nothing is written. */
export async function run(input: CommandInput): Promise<void> {
  const [what, path] = input.args;
  if (what !== 'meeting') throw new CliError(`import รองรับเฉพาะ "meeting"\n\n${input.usage}`, 2);
  if (!path) throw new CliError(`ต้องระบุไฟล์ที่จะนำเข้า\n\n${input.usage}`, 2);
  if (!existsSync(path)) throw new CliError(`ไม่พบไฟล์ ${path}`);
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`นำเข้าไม่ได้: ไฟล์ ${path} ไม่ใช่ JSON ที่ถูกต้อง (${(e as Error).message}) ไม่มีข้อมูลใดถูกบันทึก`);
  }
  await withCore(input, async (core) => {
    const result = await call<ImportResult>(core, 'exchange.importMeeting', { file });
    console.log(`นำเข้าการประชุมจาก ${path} แล้ว (รหัส ${result.meetingId})`);
    // What the import added besides the meeting, for the officer to check.
    if (result.createdOrganisations.length) {
      console.log(`เพิ่มหน่วยงานใหม่ ${result.createdOrganisations.length} หน่วยงาน (อักษรย่อยังไม่ได้ตรวจสอบ ตรวจได้ที่หน้าหน่วยงานและบุคคล หรือ lekha org list):`);
      for (const o of result.createdOrganisations) console.log(`  ${o.abbrTh}\t${o.nameTh}`);
    }
    if (result.createdPeople.length) console.log(`เพิ่มบุคคลใหม่ ${result.createdPeople.length} คน`);
    if (result.addedSections.length) console.log(`เพิ่มหมวดวาระในชุดการประชุม: ${result.addedSections.join(', ')}`);
  });
}
