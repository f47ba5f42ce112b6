import { resolve } from 'node:path';
import { isLekhaError } from '../shared/errors';
import { CliError, type CommandInput, optional, required } from './cli-common';
import { defaultDbPath } from './paths';

/** `lekha restore --from FOLDER [--db PATH]`: checked first; the replaced database is kept beside it. */
export async function run(input: CommandInput): Promise<void> {
  const from = required(input, 'from');
  const dbPath = resolve(optional(input, 'db') ?? defaultDbPath());
  const { restoreBackup } = await import('./api');
  try {
    const { keptAs, manifest } = restoreBackup(resolve(from), dbPath);
    console.log(`นำสำเนาสำรองจาก ${from} (สร้างเมื่อ ${manifest.createdAt}) กลับมาใช้ที่ ${dbPath} แล้ว พร้อมไฟล์แนบ ${manifest.attachments.length} ไฟล์`);
    if (keptAs) console.log(`ฐานข้อมูลเดิมเก็บไว้ที่ ${keptAs}`);
  } catch (error) {
    if (isLekhaError(error)) throw new CliError(error.message);
    throw error;
  }
}
