import { readFile } from 'node:fs/promises';
import type { Verification } from '../shared/schemas/verify';
import { CliError, type CommandInput, call, withCore } from './cli-common';

/** Exit codes the issue asks for: the certified record 0; a faithful copy of a version not certified 3; anything else 1. */
const exitCodes = { certified: 0, uncertified: 3, unknown: 1 } as const;

/** `lekha verify FILE.pdf [--json]`: which export of this database a file is, and whether it is the certified minutes. */
export async function run(input: CommandInput): Promise<void> {
  const [file] = input.args;
  if (!file) throw new CliError(`ต้องระบุไฟล์ที่จะตรวจ\n\n${input.usage}`, 2);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new CliError(`เปิดไฟล์ ${file} ไม่ได้ (ไม่พบไฟล์หรือไม่มีสิทธิ์อ่าน)`, 2);
  }
  const result = await withCore(input, (core) => call<Verification>(core, 'documents.verify', { base64: bytes.toString('base64') }));
  if (input.values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(result.message);
    for (const d of result.differences) console.log(`  - ${d}`);
  }
  process.exitCode = exitCodes[result.verdict];
}
