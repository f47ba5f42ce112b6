import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { LekhaError, type Problem, refusal } from '../../shared/errors';
import { LEKHA_APPLICATION_ID } from '../db/open';
import { PRIVATE_DIR, PRIVATE_FILE, writeFileAtomic } from '../files';

/**
 * A backup is a folder (not one archive), so an officer can see what is in it and copy it with any
 * tool: `lekha.db` (a consistent snapshot), `attachments/` (every file the snapshot points at, under the
 * same content-addressed names) and `manifest.json` (sizes and SHA-256 of everything, and any
 * attachment that could not be copied). Everything in it is the officer's alone (0700/0600).
 */
export const BACKUP_FORMAT = 'lekha.backup';
const DB_NAME = 'lekha.db';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  database: { file: string; bytes: number; sha256: string; schemaVersion: number };
  attachments: { path: string; bytes: number; sha256: string }[];
  /** Attachments the database names whose file was missing or damaged at backup time. */
  problems: string[];
}

const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Copies the database with `VACUUM INTO` (one read transaction: under WAL it sees a snapshot and never
 * waits for writers, so it finishes however busy the app is), checks the copy, adds the attachments it
 * names, and only then renames the staging folder to `out`. A failure leaves nothing behind.
 */
export function backupToFolder(sqlite: Database.Database, filesDir: string, out: string, now: string): BackupManifest {
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new LekhaError('CONFLICT', `มีโฟลเดอร์ ${out} อยู่แล้วและไม่ว่าง จึงไม่เขียนทับ กรุณาเลือกชื่อใหม่`, 'out');
  }
  mkdirSync(dirname(out), { recursive: true, mode: PRIVATE_DIR });
  const staging = join(dirname(out), `.${basename(out)}.${randomBytes(4).toString('hex')}.part`);
  mkdirSync(staging, { mode: PRIVATE_DIR });
  try {
    const dbFile = join(staging, DB_NAME);
    sqlite.prepare('vacuum into ?').run(dbFile);
    chmodSync(dbFile, PRIVATE_FILE);
    const { schemaVersion, stored } = checkDatabase(dbFile);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT, version: 1, createdAt: now,
      database: { file: DB_NAME, bytes: statSync(dbFile).size, sha256: sha256Of(dbFile), schemaVersion },
      attachments: [], problems: [],
    };
    for (const { path, sha256 } of stored) {
      const source = join(filesDir, path);
      if (!existsSync(source)) manifest.problems.push(`ไม่พบไฟล์แนบ ${path} ในโฟลเดอร์ข้อมูล`);
      else if (sha256Of(source) !== sha256) manifest.problems.push(`ไฟล์แนบ ${path} ไม่ตรงกับรหัสตรวจสอบ (ไฟล์เสียหาย)`);
      else {
        const bytes = readFileSync(source);
        writeFileAtomic(join(staging, 'attachments', path), bytes);
        manifest.attachments.push({ path, bytes: bytes.length, sha256 });
      }
    }
    writeFileAtomic(join(staging, 'manifest.json'), Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
    if (existsSync(out)) rmSync(out, { recursive: true });
    renameSync(staging, out);
    return manifest;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** A copy that passes `integrity_check`, is marked as Lekha's, and the files it names (attachments and evidence). */
function checkDatabase(file: string): { schemaVersion: number; stored: { path: string; sha256: string }[] } {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new LekhaError('INTERNAL', `สำเนาฐานข้อมูลไม่ผ่านการตรวจความถูกต้อง (${String(integrity)})`);
    if (Number(copy.pragma('application_id', { simple: true })) !== LEKHA_APPLICATION_ID) {
      throw new LekhaError('INVALID', 'ไฟล์ในสำเนาสำรองไม่ใช่ฐานข้อมูลของโปรแกรมเลขา');
    }
    // Attachments, and from schema 80 the evidence files (participant reports, copies of what was sent).
    const tables = new Set(copy.prepare("select name from sqlite_schema where type = 'table'").pluck().all() as string[]);
    const sources = ['select stored_path as path, sha256 from attachments'];
    if (tables.has('participant_reports')) sources.push('select stored_path, sha256 from participant_reports');
    if (tables.has('sent_documents')) sources.push('select stored_path, sha256 from sent_documents where stored_path is not null');
    const stored = copy.prepare(`select distinct path, sha256 from (${sources.join(' union all ')}) order by path`).all() as { path: string; sha256: string }[];
    return { schemaVersion: Number(copy.pragma('user_version', { simple: true })), stored };
  } finally {
    copy.close();
  }
}

/**
 * Puts a backup back: everything is checked first (the manifest, the database's hash, integrity and
 * schema version, every attachment's hash) and every problem refused at once. The database being
 * replaced is kept beside it (`lekha.db.before-restore-…`), and refused if another program is writing it.
 */
export function restoreFromFolder(folder: string, dbPath: string, filesDir: string, latestSchema: number, now: string): { keptAs: string | null; manifest: BackupManifest } {
  const manifest = readManifest(folder);
  const dbFile = join(folder, manifest.database.file);
  const problems: Problem[] = [];
  if (!existsSync(dbFile)) problems.push({ field: 'from', message: `ไม่พบ ${manifest.database.file} ในโฟลเดอร์สำรอง` });
  else if (sha256Of(dbFile) !== manifest.database.sha256) problems.push({ field: 'from', message: 'ฐานข้อมูลในโฟลเดอร์สำรองไม่ตรงกับรหัสตรวจสอบใน manifest.json (ถูกแก้ไขหรือเสียหาย)' });
  else if (checkDatabase(dbFile).schemaVersion > latestSchema) problems.push({ field: 'from', message: 'สำเนานี้บันทึกโดยโปรแกรมเลขารุ่นที่ใหม่กว่า กรุณาปรับปรุงโปรแกรมก่อน' });
  for (const a of manifest.attachments) {
    const file = join(folder, 'attachments', a.path);
    if (!existsSync(file) || sha256Of(file) !== a.sha256) problems.push({ field: 'from', message: `ไฟล์แนบ ${a.path} ในโฟลเดอร์สำรองหายไปหรือเสียหาย` });
  }
  if (problems.length) throw refusal('INVALID', 'นำสำเนาสำรองกลับมาใช้ไม่ได้ ไม่มีสิ่งใดถูกเปลี่ยน', problems);

  const keptAs = existsSync(dbPath) ? setAside(dbPath, now) : null;
  writeFileAtomic(dbPath, readFileSync(dbFile));
  for (const a of manifest.attachments) {
    const target = join(filesDir, a.path);
    if (!existsSync(target) || sha256Of(target) !== a.sha256) writeFileAtomic(target, readFileSync(join(folder, 'attachments', a.path)));
  }
  return { keptAs, manifest };
}

function readManifest(folder: string): BackupManifest {
  const file = join(folder, 'manifest.json');
  if (!existsSync(file)) throw new LekhaError('INVALID', `${folder} ไม่ใช่โฟลเดอร์สำรองของโปรแกรมเลขา (ไม่มี manifest.json)`, 'from');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== 1) throw new LekhaError('INVALID', 'manifest.json ไม่ใช่ของสำเนาสำรองโปรแกรมเลขา', 'from');
  return manifest;
}

/** The current database moves aside whole (checkpointed, so its WAL is empty); refused while someone writes to it. */
function setAside(dbPath: string, now: string): string {
  const current = new Database(dbPath, { fileMustExist: true });
  try {
    current.pragma('busy_timeout = 0');
    try {
      current.exec('begin immediate; commit');
    } catch {
      throw new LekhaError('CONFLICT', 'ฐานข้อมูลกำลังถูกใช้งานอยู่ กรุณาปิดโปรแกรมเลขาและคำสั่ง lekha อื่นก่อนนำสำเนาสำรองกลับมาใช้');
    }
    current.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    current.close();
  }
  const keptAs = `${dbPath}.before-restore-${now.replace(/[:.]/g, '-')}`;
  renameSync(dbPath, keptAs);
  for (const suffix of ['-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  return keptAs;
}
