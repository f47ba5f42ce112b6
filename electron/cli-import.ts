import { existsSync, readFileSync } from 'node:fs';
import type { ImportResult } from '../shared/exchange';
import { CliError, type CommandInput, call, withCore } from './cli-common';

/**
 * `lekha import meeting FILE [--rename-org OLD=NEW]... [--db PATH]`: a bad file is refused and
 * nothing is written; --rename-org brings an organisation in under another abbreviation.
 */
export async function run(input: CommandInput): Promise<void> {
  const [what, path] = input.args;
  if (what === 'participants') return (await import('./cli-participants')).run(input);
  if (what !== 'meeting') throw new CliError(`import รองรับ "meeting" และ "participants"\n\n${input.usage}`, 2);
  if (!path) throw new CliError(`ต้องระบุไฟล์ที่จะนำเข้า\n\n${input.usage}`, 2);
  if (!existsSync(path)) throw new CliError(`ไม่พบไฟล์ ${path}`);
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`นำเข้าไม่ได้: ไฟล์ ${path} ไม่ใช่ JSON ที่ถูกต้อง (${(e as Error).message}) ไม่มีข้อมูลใดถูกบันทึก`);
  }
  const renameOrganisations = renames(input);
  await withCore(input, async (core) => {
    const result = await call<ImportResult>(core, 'exchange.importMeeting', { file, renameOrganisations });
    console.log(`นำเข้าการประชุมจาก ${path} แล้ว (รหัส ${result.meetingId})`);
    // What the import added besides the meeting, for the officer to check.
    if (result.createdOrganisations.length) {
      console.log(`เพิ่มหน่วยงานใหม่ ${result.createdOrganisations.length} หน่วยงาน (อักษรย่อยังไม่ได้ตรวจสอบ ตรวจได้ที่หน้าหน่วยงานและบุคคล หรือ lekha org list):`);
      for (const o of result.createdOrganisations) console.log(`  ${o.abbrTh}\t${o.nameTh}`);
    }
    if (result.reusedOrganisations.length) {
      console.log(`ใช้หน่วยงานที่มีอยู่แล้วแทนอักษรย่อในไฟล์ ${result.reusedOrganisations.length} หน่วยงาน (ชื่อตรงกัน อักษรย่อต่างกัน):`);
      for (const o of result.reusedOrganisations) console.log(`  ${o.fileAbbr} → ${o.abbrTh}\t${o.nameTh}`);
    }
    if (result.createdPeople.length) console.log(`เพิ่มบุคคลใหม่ ${result.createdPeople.length} คน`);
    if (result.addedSections.length) console.log(`เพิ่มหมวดวาระในชุดการประชุม: ${result.addedSections.join(', ')}`);
  });
}

/** `--rename-org "อสส.=อสส.(สวนสัตว์)"`, as often as needed. */
function renames(input: CommandInput): Record<string, string> {
  const given = input.values['rename-org'];
  const pairs = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0 || at === pair.length - 1) throw new CliError(`--rename-org ต้องอยู่ในรูป อักษรย่อในไฟล์=อักษรย่อใหม่ เช่น "อสส.=อสส.(สวนสัตว์)" (ได้รับ "${pair}")`, 2);
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    }),
  );
}
