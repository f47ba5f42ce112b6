import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { LekhaEvent, Method } from '../shared/contract';
import { type Envelope, isLekhaError, LekhaError } from '../shared/errors';
import { parseCall } from '../shared/validation';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { atRestWarnings } from './at-rest';
import { PRIVATE_DIR } from './files';
import { bulkHandlers } from './services/action-bulk';
import { actionTrackingHandlers } from './services/action-tracking';
import { actionHandlers } from './services/actions';
import { agendaHandlers } from './services/agenda';
import { attachmentFile, attachmentHandlers } from './services/attachments';
import { type BackupManifest, backupToFolder, restoreFromFolder } from './services/backup';
import { buildDemoYears, type DemoYearsOptions, type DemoYearsResult, demoYearsWindow } from './services/demo-years/index';
import { latestVersion } from './db/migrations/index';
import { attendanceHandlers } from './services/attendance';
import { auditHandlers } from './services/audit';
import { bookHandlers } from './services/book';
import { homeHandlers } from './services/home';
import { evidenceHandlers } from './services/evidence/handlers';
import { letterHandlers } from './services/letters';
import { verifyHandlers } from './services/verify';
import type { Handler, Handlers, ServiceContext } from './services/context';
import { directoryHandlers } from './services/directory';
import { documentHandlers } from './services/documents';
import { exchangeHandlers } from './services/exchange';
import { meetingHandlers } from './services/meetings';
import { minutesHandlers } from './services/minutes';
import { addReferenceOrganisations, loadReferenceData, referenceHandlers } from './services/reference-data';
import { policyHandlers } from './services/policies';
import { policyEditHandlers } from './services/policy-edits';
import { reportHandlers } from './services/reports';
import { secretCopyHandlers } from './services/secret-copies';
import { secretRegisterHandlers } from './services/secret-register';
import { searchHandlers } from './services/search/index';
import { seriesHandlers } from './services/series';
import { stageTemplateHandlers } from './services/stage-templates';
import { settingsHandlers } from './services/settings';
import { disclosureHandlers } from './services/disclosure';
import { retentionHandlers } from './services/retention';
import { expectedOf } from './services/versions/targets';

/** The one handler map; `satisfies` makes a method missing from the contract a type error. */
export const handlers = {
  ...referenceHandlers,
  ...directoryHandlers,
  ...seriesHandlers,
  ...meetingHandlers,
  ...attendanceHandlers,
  ...agendaHandlers,
  ...actionHandlers,
  ...auditHandlers,
  ...homeHandlers,
  ...verifyHandlers,
  ...exchangeHandlers,
  ...settingsHandlers,
  ...documentHandlers,
  ...letterHandlers,
  ...bookHandlers,
  ...secretCopyHandlers,
  ...secretRegisterHandlers,
  ...minutesHandlers,
  ...attachmentHandlers,
  ...evidenceHandlers,
  ...policyHandlers,
  ...actionTrackingHandlers,
  ...bulkHandlers,
  ...reportHandlers,
  ...stageTemplateHandlers,
  ...policyEditHandlers,
  ...searchHandlers,
  ...disclosureHandlers,
  ...retentionHandlers,
} satisfies Handlers;

export interface LekhaCore {
  dbPath: string;
  /** Thai warnings when the database or the attachments folder is readable by others (at-rest.ts); each transport shows them at start. */
  atRestWarnings: string[];
  /** Validates with the contract, runs the handler, and always answers an envelope; never throws. */
  invoke(method: string, args: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: LekhaEvent) => void): () => void;
  /** The stored file of an attachment, for the desktop shell to open with the system viewer. */
  attachmentPath(id: string): Promise<string>;
  /** A checked backup folder (database snapshot, attachments, manifest): services/backup.ts. */
  backupTo(folder: string): Promise<BackupManifest>;
  close(): Promise<void>;
}

export interface CoreOptions {
  dbPath: string;
  actor?: string;
  now?: () => string;
  /** Where unexpected errors are logged with their detail; the person sees a Thai message. */
  log?: (error: unknown) => void;
}

/** SQLite's own refusals, in words an officer understands. */
function describeSqliteError(error: { code?: string }): LekhaError | null {
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new LekhaError('INVALID', 'อ้างถึงข้อมูลที่ไม่มีอยู่ หรือข้อมูลนี้ยังถูกใช้อยู่ที่อื่น จึงบันทึกไม่ได้');
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new LekhaError('CONFLICT', 'มีข้อมูลนี้อยู่แล้ว จึงบันทึกซ้ำไม่ได้');
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new LekhaError('INVALID', 'ข้อมูลไม่ครบหรือไม่ถูกต้องตามเงื่อนไข จึงบันทึกไม่ได้');
    default:
      return describeStorageError(error.code ?? '');
  }
}

/**
 * Busy and locked (another program writing longer than the busy timeout), disk full, read-only and
 * damaged files: each in words that say what to do. Nothing was written in any of these cases.
 */
function describeStorageError(code: string): LekhaError | null {
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new LekhaError('CONFLICT', 'ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่น (เช่น เลขาอีกหน้าต่างหนึ่ง หรือคำสั่ง lekha) จึงยังบันทึกไม่ได้ กรุณาลองใหม่อีกครั้ง ข้อมูลไม่ถูกเปลี่ยนแปลง');
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    return new LekhaError('INTERNAL', 'พื้นที่ดิสก์เต็มหรือเขียนไฟล์ไม่ได้ จึงบันทึกไม่สำเร็จ ข้อมูลไม่ถูกเปลี่ยนแปลง กรุณาลบไฟล์ที่ไม่ใช้เพื่อเพิ่มพื้นที่ แล้วลองใหม่');
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new LekhaError('INTERNAL', 'ไฟล์ฐานข้อมูลหรือโฟลเดอร์ของไฟล์เปิดให้อ่านอย่างเดียว จึงบันทึกไม่ได้ ข้อมูลไม่ถูกเปลี่ยนแปลง กรุณาตรวจสิทธิ์ของไฟล์หรือย้ายไปไว้ในโฟลเดอร์ที่เขียนได้');
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new LekhaError('INTERNAL', 'ไฟล์ฐานข้อมูลเสียหาย โปรแกรมจะไม่เขียนทับ กรุณานำไฟล์สำรองล่าสุดกลับมาใช้ (lekha restore) และเก็บไฟล์ที่เสียไว้ให้ผู้ดูแลระบบตรวจสอบ');
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new LekhaError('INTERNAL', 'อ่านหรือเขียนไฟล์ฐานข้อมูลไม่ได้ (ดิสก์หรือไดรฟ์มีปัญหา) ข้อมูลไม่ถูกเปลี่ยนแปลง กรุณาตรวจดิสก์แล้วลองใหม่');
  }
  return null;
}

export function toErrorEnvelope(error: unknown, log: (e: unknown) => void): Envelope<never> {
  if (isLekhaError(error)) return { ok: false, error: error.toShape() };
  const known = describeSqliteError(error as { code?: string });
  log(error);
  if (known) return { ok: false, error: known.toShape() };
  return { ok: false, error: { code: 'INTERNAL', message: 'เกิดข้อผิดพลาดภายในโปรแกรม ข้อมูลไม่ถูกเปลี่ยนแปลง รายละเอียดถูกบันทึกไว้ในบันทึกของโปรแกรม' } };
}

/** Opens (creating and migrating if needed) the database and returns the core every transport uses. */
export async function openCore(options: CoreOptions): Promise<LekhaCore> {
  const { db, sqlite } = openDatabase(options.dbPath);
  const log = options.log ?? ((e: unknown) => console.error('[lekha]', e));
  const now = options.now ?? (() => new Date().toISOString());
  try {
    await migrate(db, { onCreate: (trx) => loadReferenceData(trx, now()), onUpgrade: (trx) => addReferenceOrganisations(trx, now()) });
    // Statistics for the query planner, so each list walks the index that answers it (issue 11):
    // refreshed where tables grew, cheaply (SQLite's own advice for a connection kept open).
    sqlite.pragma('optimize=0x10002');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const listeners = new Set<(e: LekhaEvent) => void>();
  const ctx: ServiceContext = {
    db,
    actor: options.actor ?? userInfo().username,
    now,
    filesDir: join(dirname(options.dbPath), 'attachments'),
    emit: (event) => {
      for (const l of listeners) l(event);
    },
  };
  // The attachments folder exists from the start, private, so a first file never creates it with wider rights.
  if (options.dbPath !== ':memory:') mkdirSync(ctx.filesDir, { recursive: true, mode: PRIVATE_DIR });
  return {
    dbPath: options.dbPath,
    atRestWarnings: atRestWarnings(options.dbPath),
    async invoke(method, args) {
      try {
        const call = parseCall(method, args);
        const handler = handlers[call.method] as Handler<Method>;
        const expected = expectedOf(call.method, call.args);
        return { ok: true, value: await handler(call.args, expected.length ? { ...ctx, expected: { list: expected, checked: false } } : ctx) };
      } catch (error) {
        return toErrorEnvelope(error, log);
      }
    },
    attachmentPath: (id) => attachmentFile(ctx, id),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backupTo: async (folder) => backupToFolder(sqlite, ctx.filesDir, folder, now()),
    close: async () => {
      sqlite.pragma('optimize');
      await db.destroy();
    },
  };
}

/**
 * Puts a backup folder back as the database at `dbPath` (and its attachments beside it), without
 * opening a core: the file is replaced whole. See services/backup.ts for the checks.
 */
export function restoreBackup(from: string, dbPath: string): { keptAs: string | null; manifest: BackupManifest } {
  return restoreFromFolder(from, dbPath, join(dirname(dbPath), 'attachments'), latestVersion, new Date().toISOString());
}

export type { DemoYearsOptions, DemoYearsProgress, DemoYearsResult } from './services/demo-years/index';

/**
 * `lekha demo --years N`: years of illustrative use written straight into the tables of the database at
 * `dbPath` (created if new, its reference data dated before the story starts so two runs with one seed
 * match). Refuses a database that already holds meetings. See services/demo-years/.
 */
export async function buildYearsDemo(dbPath: string, options: DemoYearsOptions): Promise<DemoYearsResult & { rows: Record<string, number> }> {
  const { db, sqlite } = openDatabase(dbPath);
  let result: DemoYearsResult;
  try {
    const { installedAt } = demoYearsWindow(options);
    await migrate(db, { onCreate: (trx) => loadReferenceData(trx, installedAt), onUpgrade: (trx) => addReferenceOrganisations(trx, new Date().toISOString()) });
    result = await buildDemoYears(db, sqlite, dbPath, options);
  } finally {
    await db.destroy();
  }
  // Counted on a fresh connection, with the log folded into the file so its size is the data set's.
  const counted = openDatabase(dbPath);
  try {
    counted.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const tables = counted.sqlite.prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    const rows = Object.fromEntries(tables.map((t) => [t, Number(counted.sqlite.prepare(`select count(*) from "${t}"`).pluck().get())]));
    return { ...result, rows };
  } finally {
    await counted.close();
  }
}
