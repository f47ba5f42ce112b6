import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { LekhaError } from '../../../shared/errors';
import { PRIVATE_DIR } from '../../files';

/**
 * The files the record names (attachments, participant reports, copies of what was sent) copied from
 * beside the SQLite file to the team's folder under the same content-addressed names, each read back
 * and checked against the SHA-256 the record holds. A file already there with the right bytes is kept;
 * each new one is added to `written` before it is made, so a migration that fails can take it away.
 */
export function copyFiles(sqlite: Database.Database, from: string, to: string, written: string[]): number {
  const stored = sqlite.prepare(`select distinct path, sha256 from (
      select stored_path as path, sha256 from attachments
      union all select stored_path, sha256 from participant_reports
      union all select stored_path, sha256 from sent_documents where stored_path is not null)`).all() as { path: string; sha256: string }[];
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  for (const f of stored) {
    const source = join(from, f.path);
    const target = join(to, f.path);
    const there = existsSync(target);
    if (there && sha(target) === f.sha256) continue;
    if (!existsSync(source)) throw new LekhaError('NOT_FOUND', `ไม่พบไฟล์แนบ ${source} ที่ฐานข้อมูลอ้างถึง จึงยกเลิกการย้ายข้อมูลทั้งหมด ฐานข้อมูลปลายทางไม่ถูกเปลี่ยนแปลง`);
    mkdirSync(dirname(target), { recursive: true, mode: PRIVATE_DIR });
    if (!there) written.push(target);
    copyFileSync(source, target);
    if (sha(target) !== f.sha256) throw new LekhaError('INTERNAL', `ไฟล์ ${f.path} ที่คัดลอกไม่ตรงกับค่า SHA-256 ในฐานข้อมูล จึงยกเลิกการย้ายข้อมูลทั้งหมด ฐานข้อมูลปลายทางไม่ถูกเปลี่ยนแปลง`);
  }
  return stored.length;
}
