import { extname } from 'node:path';
import type { LekhaCore } from './api';
import { CliError, call } from './cli-common';
import { writeFileAtomic } from './files';

interface CopiesResult {
  files: { copyNo: number; recipient: string; base64: string }[];
  warnings: string[];
}

/** `รายงาน.pdf` → `รายงาน ฉบับที่ 3.pdf`: each numbered copy its own file beside --out. */
export const copyPath = (out: string, copyNo: number): string => {
  const ext = extname(out);
  return `${out.slice(0, out.length - ext.length)} ฉบับที่ ${copyNo}${ext}`;
};

/** `--copies N --to "ชื่อ,ชื่อ"`: how many copies and whom each goes to, in copy order (issue 14). */
export function copiesOption(copies: string | undefined, to: string | undefined): { copies: number; recipients: string[] } | null {
  const recipients = to === undefined ? [] : to.split(',').map((s) => s.trim());
  if (copies === undefined) return to === undefined ? null : { copies: recipients.length, recipients };
  const n = Number(copies);
  if (!Number.isInteger(n) || n < 1) throw new CliError('--copies ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป', 2);
  if (recipients.length > n) throw new CliError(`--to มี ${recipients.length} ชื่อ มากกว่าจำนวนฉบับ (--copies ${n})`, 2);
  return { copies: n, recipients };
}

/** Numbered copies of a secret document, one file per copy, each entered in the register of secret documents. */
export async function exportCopies(core: LekhaCore, args: Record<string, unknown>, out: string): Promise<void> {
  const result = await call<CopiesResult>(core, 'documents.exportCopies', args);
  for (const f of result.files) {
    const path = copyPath(out, f.copyNo);
    // Whole or not at all, and the officer's alone, as every export (cli-export.ts).
    writeFileAtomic(path, Buffer.from(f.base64, 'base64'));
    console.log(`ฉบับที่ ${f.copyNo}${f.recipient ? ` (ถึง ${f.recipient})` : ''}: ${path}`);
  }
  for (const warning of result.warnings) console.error(`คำเตือน: ${warning}`);
}
