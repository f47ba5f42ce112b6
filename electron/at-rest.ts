import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Bits that let anyone but the owner read, write or enter. */
const WIDER_THAN_OWNER = 0o077;

/**
 * Whether the database and the attachments folder are still the officer's alone (issue 14, point 5;
 * Lekha creates them 0600 / 0700: db/open.ts, files.ts). Checked at every start, by the command line,
 * `lekha serve` and the desktop shell, because a copy, a restore by hand or a shared folder can widen
 * them later. Returns one Thai warning per place that is wider, with the command that fixes it; never
 * changes anything itself (the officer may have widened it on purpose, for a backup agent).
 *
 * Windows has no such mode bits (Node reports 0o666 for every writable file): there the data folder is
 * under the user's profile (%APPDATA%\Lekha, paths.ts), which Windows' default ACLs give to that user,
 * SYSTEM and Administrators only, so nothing is checked here. Checking the ACL itself needs a native
 * call or `icacls`; not done, and not testable on these Linux machines.
 */
export function atRestWarnings(dbPath: string, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32' || dbPath === ':memory:') return [];
  const warnings: string[] = [];
  // SQLite gives its -wal and -shm files the database's own mode: one warning covers the three.
  const wide = [dbPath, `${dbPath}-wal`, `${dbPath}-shm`].filter((p) => existsSync(p) && statSync(p).mode & WIDER_THAN_OWNER);
  if (wide.length) {
    const mode = statSync(wide[0]).mode & 0o777;
    warnings.push(`คำเตือน: ไฟล์ฐานข้อมูล ${dbPath} เปิดให้ผู้ใช้อื่นในเครื่องอ่านได้ (สิทธิ์ ${octal(mode)}) ซึ่งอาจมีเรื่องลับของการประชุม ควรให้เจ้าของอ่านได้คนเดียว: chmod 600 ${wide.map((p) => `"${p}"`).join(' ')}`);
  }
  const attachments = join(dirname(dbPath), 'attachments');
  if (existsSync(attachments)) {
    const mode = statSync(attachments).mode & 0o777;
    if (mode & WIDER_THAN_OWNER) {
      warnings.push(`คำเตือน: โฟลเดอร์ไฟล์แนบ ${attachments} เปิดให้ผู้ใช้อื่นในเครื่องเข้าถึงได้ (สิทธิ์ ${octal(mode)}) ควรให้เจ้าของเข้าได้คนเดียว: chmod -R go-rwx "${attachments}"`);
    }
  }
  return warnings;
}

const octal = (mode: number) => `0${mode.toString(8).padStart(3, '0')}`;
