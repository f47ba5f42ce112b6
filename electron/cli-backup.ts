import { resolve } from 'node:path';
import { type CommandInput, required, withCore } from './cli-common';

/** `lekha backup --out FILE [--db PATH]`: SQLite online backup, checked before it is kept. */
export async function run(input: CommandInput): Promise<void> {
  const out = resolve(required(input, 'out'));
  await withCore(input, async (core) => {
    await core.backupTo(out);
    console.log(`สำรองฐานข้อมูลไปที่ ${out} แล้ว (ตรวจ integrity_check ผ่าน)`);
  });
}
