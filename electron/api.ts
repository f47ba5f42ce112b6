import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { isMethod, type LekhaEvent, type Method } from '../shared/contract';
import { type Envelope, isLekhaError, LekhaError } from '../shared/errors';
import { parseCall } from '../shared/validation';
import { listenerOnDemand, notifyChanges } from './db/change-feed';
import type { Engine } from './db/engine';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { mergeSearchIndex } from './db/search-index';
import { sqliteCodeOf, UNREACHABLE_CODES, UNREACHABLE_MESSAGE } from './db/pg-errors';
import { describeTarget, openStore } from './db/store';
import { atRestWarnings } from './at-rest';
import { PRIVATE_DIR } from './files';
import { defaultDataDir } from './paths';
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
import { sessionHandlers } from './services/auth/handlers';
import { type EventFilter, eventFilter } from './services/auth/event-filter';
import { assertClearance, assertRoleMay, filterResult } from './services/auth/gate';
import type { SignedInOfficer } from './services/auth/officer';
import { addOfficer, hasOfficers, listOfficers, type OfficerInput, type OfficerRow, setOfficerActive, setOfficerPassword } from './services/auth/officers';
import { officerOfSession, type OpenSession, signIn, signOut } from './services/auth/sessions';
import { expectedOf } from './services/versions/targets';

/** The one handler map; `satisfies` makes a method missing from the contract a type error. */
export const handlers = {
  ...sessionHandlers,
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
  /** The database as it may be shown: a file path, or a server URL without its password. */
  dbPath: string;
  engine: Engine;
  /** Thai warnings when the database or the attachments folder is readable by others (at-rest.ts); each transport shows them at start. */
  atRestWarnings: string[];
  /**
   * Validates with the contract, runs the handler, and always answers an envelope; never throws. With an
   * officer (team mode), the call passes the role and secrecy door first (services/auth/gate.ts) and the
   * audit log names that officer.
   */
  invoke(method: string, args: unknown, officer?: SignedInOfficer): Promise<Envelope<unknown>>;
  /** Team mode's accounts and sessions, for the transports that sign officers in (server.ts). */
  auth: CoreAuth;
  subscribe(listener: (event: LekhaEvent) => void): () => void;
  /** The stored file of an attachment, for the desktop shell to open with the system viewer. */
  attachmentPath(id: string): Promise<string>;
  /** A checked backup folder (database snapshot, attachments, manifest): services/backup.ts. */
  backupTo(folder: string): Promise<BackupManifest>;
  close(): Promise<void>;
}

export interface CoreAuth {
  /** True once the database holds an officer account: then every transport that is not the desktop's own asks to sign in. */
  hasOfficers(): Promise<boolean>;
  signIn(username: string, password: string): Promise<OpenSession>;
  /** The officer a session token stands for; refuses (UNAUTHENTICATED, in Thai, saying why) otherwise. */
  officerOf(token: string | null | undefined): Promise<SignedInOfficer>;
  signOut(token: string): Promise<void>;
  /** What of the live updates this officer may hear (services/auth/event-filter.ts): one per stream and session check. */
  eventFilter(officer: SignedInOfficer): EventFilter;
  /** `lekha users …`: accounts are managed from the command line, on the server's machine, audited. */
  addOfficer(input: OfficerInput): Promise<OfficerRow>;
  listOfficers(): Promise<OfficerRow[]>;
  setActive(username: string, active: boolean): Promise<void>;
  setPassword(username: string, password: string): Promise<void>;
}

export interface CoreOptions {
  /** A SQLite file, or a team's PostgreSQL server as `postgres://…` (issue 15). */
  dbPath: string;
  /**
   * Where attachment and evidence files live. Beside a SQLite file by default (`attachments/`); with
   * PostgreSQL on the machine that serves the team (`lekha serve --files DIR`, default in the app's data folder).
   */
  filesDir?: string;
  actor?: string;
  now?: () => string;
  /** Where unexpected errors are logged with their detail; the person sees a Thai message. */
  log?: (error: unknown) => void;
}

/** SQLite's own refusals (and PostgreSQL's, under the same codes: db/pg-errors.ts), in words an officer understands. */
function describeSqliteError(error: { code?: string }): LekhaError | null {
  if (UNREACHABLE_CODES.has(error.code ?? '')) return new LekhaError('INTERNAL', UNREACHABLE_MESSAGE);
  switch (sqliteCodeOf(error.code ?? '')) {
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new LekhaError('INVALID', 'อ้างถึงข้อมูลที่ไม่มีอยู่ หรือข้อมูลนี้ยังถูกใช้อยู่ที่อื่น จึงบันทึกไม่ได้');
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new LekhaError('CONFLICT', 'มีข้อมูลนี้อยู่แล้ว จึงบันทึกซ้ำไม่ได้');
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new LekhaError('INVALID', 'ข้อมูลไม่ครบหรือไม่ถูกต้องตามเงื่อนไข จึงบันทึกไม่ได้');
    default:
      return describeStorageError(sqliteCodeOf(error.code ?? ''));
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
  const { db, sqlite, engine } = openStore(options.dbPath);
  const log = options.log ?? ((e: unknown) => console.error('[lekha]', e));
  const now = options.now ?? (() => new Date().toISOString());
  try {
    await migrate(db, { onCreate: (trx) => loadReferenceData(trx, now()), onUpgrade: (trx) => addReferenceOrganisations(trx, now()) });
    // Statistics for the query planner, so each list walks the index that answers it (issue 11):
    // refreshed where tables grew, cheaply (SQLite's own advice for a connection kept open).
    sqlite?.pragma('optimize=0x10002');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const listeners = new Set<(e: LekhaEvent) => void>();
  const ctx: ServiceContext = {
    db,
    actor: options.actor ?? userInfo().username,
    now,
    filesDir: options.filesDir ?? (engine === 'postgres' ? teamFilesDir() : join(dirname(options.dbPath), 'attachments')),
    emit: (event) => {
      for (const l of listeners) l(event);
    },
  };
  // Several servers on one PostgreSQL database: each write is announced inside its transaction (NOTIFY),
  // and every core hears them all, its own included, on one listening connection (db/change-feed.ts).
  const feed = engine === 'postgres' ? listenerOnDemand(options.dbPath, ctx.emit, log) : null;
  if (feed) ctx.publish = notifyChanges;
  // The attachments folder exists from the start, private, so a first file never creates it with wider rights.
  if (options.dbPath !== ':memory:') mkdirSync(ctx.filesDir, { recursive: true, mode: PRIVATE_DIR });
  return {
    dbPath: describeTarget(options.dbPath),
    engine,
    atRestWarnings: sqlite ? atRestWarnings(options.dbPath) : [],
    async invoke(method, args, officer) {
      try {
        // The role first: a reader asking to change anything hears "not allowed", not what was wrong with the form.
        if (officer && isMethod(method)) assertRoleMay(officer, method);
        const call = parseCall(method, args);
        const handler = handlers[call.method] as Handler<Method>;
        const expected = expectedOf(call.method, call.args);
        const base = expected.length ? { ...ctx, expected: { list: expected, checked: false } } : ctx;
        if (!officer) return { ok: true, value: await handler(call.args, base) };
        await assertClearance(db, officer, call.method, call.args as Record<string, unknown>);
        const value = await handler(call.args, { ...base, actor: officer.name, officer });
        return { ok: true, value: await filterResult(db, officer, call.method, value) };
      } catch (error) {
        return toErrorEnvelope(error, log);
      }
    },
    auth: {
      hasOfficers: () => hasOfficers(db),
      signIn: (username, password) => signIn(db, username, password, now()),
      officerOf: (token) => officerOfSession(db, token, now()),
      signOut: (token) => signOut(db, token, now()),
      eventFilter: (officer) => eventFilter(db, officer),
      addOfficer: (input) => addOfficer(ctx, input),
      listOfficers: () => listOfficers(db),
      setActive: (username, active) => setOfficerActive(ctx, username, active),
      setPassword: (username, password) => setOfficerPassword(ctx, username, password),
    },
    attachmentPath: (id) => attachmentFile(ctx, id),
    subscribe(listener) {
      listeners.add(listener);
      feed?.start();
      return () => listeners.delete(listener);
    },
    backupTo: async (folder) => {
      // A server's record is backed up by its own tools, whole and consistent (pg_dump), with the files folder.
      if (!sqlite) throw new LekhaError('INVALID', 'ฐานข้อมูล PostgreSQL สำรองด้วยเครื่องมือของเซิร์ฟเวอร์ (pg_dump) พร้อมโฟลเดอร์ไฟล์แนบ คำสั่ง lekha backup ใช้กับไฟล์ฐานข้อมูลของเครื่องนี้เท่านั้น');
      return backupToFolder(sqlite, ctx.filesDir, folder, now());
    },
    close: async () => {
      await feed?.close();
      // Tidying the search index must never keep the record from closing.
      try {
        if (sqlite) mergeSearchIndex(sqlite);
      } catch (error) {
        log({ event: 'search-merge-failed', error: String(error) });
      }
      sqlite?.pragma('optimize');
      await db.destroy();
    },
  };
}

/** A team server's attachments when no folder was given: in the app's data folder of the machine that serves. */
function teamFilesDir(): string {
  return process.env.LEKHA_FILES_DIR?.trim() || join(defaultDataDir(), 'team-files');
}

/**
 * Puts a backup folder back as the database at `dbPath` (and its attachments beside it), without
 * opening a core: the file is replaced whole. See services/backup.ts for the checks.
 */
export function restoreBackup(from: string, dbPath: string): { keptAs: string | null; manifest: BackupManifest } {
  return restoreFromFolder(from, dbPath, join(dirname(dbPath), 'attachments'), latestVersion, new Date().toISOString());
}

export type { DemoYearsOptions, DemoYearsProgress, DemoYearsResult } from './services/demo-years/index';
/** For the transports that sign officers in (server.ts, server-team.ts): they reach the core only through here. */
export type { SignedInOfficer } from './services/auth/officer';
export { SESSION_HOURS } from './services/auth/sessions';

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
