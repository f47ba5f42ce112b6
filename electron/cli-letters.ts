import { join } from 'node:path';
import type { LekhaCore } from './api';
import { call, CliError } from './cli-common';
import { writeFileAtomic } from './files';

interface LetterFiles {
  files: { fileName: string; base64: string; role: 'letter' | 'enclosure'; recipient: string }[];
  warnings: string[];
}

/**
 * `lekha export letters --kind invitation|directives`: every letter of the meeting (and the agenda the
 * invitations enclose) written into the folder --out, each whole or not at all; the file names say
 * whom each is to. The core's refusal (an incomplete letterhead, no directives…) names every problem.
 */
export async function exportLetters(core: LekhaCore, meetingId: string, o: { kind?: string; format?: string; out: string; thaiDigits: boolean; confirmTopSecret?: boolean }): Promise<void> {
  if (o.kind !== 'invitation' && o.kind !== 'directives') throw new CliError('ต้องระบุ --kind invitation หรือ --kind directives', 2);
  const settings = o.thaiDigits ? { digits: 'thai' } : undefined;
  const result = await call<LetterFiles>(core, 'documents.letters', { meetingId, kind: o.kind, format: o.format, settings, confirmTopSecret: o.confirmTopSecret });
  for (const file of result.files) {
    writeFileAtomic(join(o.out, file.fileName), Buffer.from(file.base64, 'base64'));
    console.log(`${file.role === 'letter' ? `หนังสือถึง ${file.recipient}` : 'สิ่งที่ส่งมาด้วย'}: ${file.fileName}`);
  }
  for (const warning of result.warnings) console.error(`คำเตือน: ${warning}`);
  const letters = result.files.filter((f) => f.role === 'letter').length;
  console.log(`ส่งออกหนังสือ ${letters} ฉบับไปที่ ${o.out} แล้ว`);
}
