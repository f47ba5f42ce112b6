import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { CliError } from './cli-common';

/** The first line of standard input (a password piped in by a script); nothing else of it is read. */
async function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** One answer typed on the terminal, not echoed (the prompt goes to stderr, so stdout stays the command's). */
function askHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const silent = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/**
 * A password for `lekha users`: asked twice on a terminal, or the first line of standard input otherwise
 * (`printf '%s\n' "$PW" | lekha users add …`). Never taken from the command line.
 */
export async function readSecret(prompt: string, confirm: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const line = await firstLine();
    if (!line) throw new CliError('ไม่ได้รับรหัสผ่าน: พิมพ์ที่หน้าจอ หรือส่งทางอินพุตมาตรฐาน (stdin) บรรทัดแรก', 2);
    return line;
  }
  const first = await askHidden(prompt);
  const second = await askHidden(confirm);
  if (first !== second) throw new CliError('รหัสผ่านสองครั้งไม่ตรงกัน ไม่ได้บันทึก');
  return first;
}
