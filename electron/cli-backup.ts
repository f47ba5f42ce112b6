import { resolve } from 'node:path';
import { type CommandInput, required, withCore } from './cli-common';

/** `lekha backup --out FOLDER [--db PATH]`: a checked folder with the database, its attachments and a manifest. */
export async function run(input: CommandInput): Promise<void> {
  const out = resolve(required(input, 'out'));
  await withCore(input, async (core) => {
    const manifest = await core.backupTo(out);
    console.log(`สำรองฐานข้อมูลและไฟล์แนบ ${manifest.attachments.length} ไฟล์ ไปที่โฟลเดอร์ ${out} แล้ว (ตรวจ integrity_check ผ่าน)`);
    for (const problem of manifest.problems) console.log(`คำเตือน: ${problem}`);
  });
}
