import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { LekhaError } from '../../shared/errors';
import type { DB } from './types';

export interface OpenDatabase {
  db: Kysely<DB>;
  /** The raw handle, for the online backup and integrity checks Kysely does not wrap. */
  sqlite: Database.Database;
  close: () => Promise<void>;
}

/** `LEKH` in ASCII: marks a SQLite file as Lekha's, so a foreign database is never migrated. */
export const LEKHA_APPLICATION_ID = 0x4c454b48;

/**
 * Opens (creating if needed) a Lekha database file with the pragmas every connection needs. A new
 * file and its folder are the officer's alone (0600, 0700). Before anything is set, the file is read:
 * a damaged file or another program's database is refused in Thai and left exactly as it was
 * (switching a foreign file to WAL would already change it).
 */
export function openDatabase(path: string): OpenDatabase {
  const creating = path !== ':memory:' && (!existsSync(path) || statSync(path).size === 0);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // Made empty and private before SQLite opens it, so the file is never readable by others, not even
  // for the moment between its creation and the chmod below (which stays for a file left empty earlier).
  if (path !== ':memory:' && !existsSync(path)) closeSync(openSync(path, 'wx', 0o600));
  const sqlite = new Database(path);
  try {
    if (creating) chmodSync(path, 0o600);
    refuseForeign(sqlite);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // FULL: an acknowledged write survives a power cut too (NORMAL under WAL may lose the last ones); it costs one flush per write.
    sqlite.pragma('synchronous = FULL');
    // 32 MiB of pages (SQLite's default is 16 MiB): on the 20-year set a page of the action list
    // touches its index, rows, owners, latest reports and items, and with the default those evicted one
    // another between statements — the list took twice its time (issue 11). Only pages read are held.
    sqlite.pragma('cache_size = -32768');
  } catch (error) {
    sqlite.close();
    throw describeOpenError(error, path);
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, sqlite, close: () => db.destroy() };
}

/** How many prepared statements a connection keeps: every distinct statement of a screen, with room. */
const STATEMENTS_KEPT = 200;

/**
 * Kysely prepares every statement anew, and parsing and planning is much of a small query's time (a
 * policy's detail spent half its time preparing on the 20-year set, issue 11): statements are kept by
 * their SQL, the least recently used let go. Safe because better-sqlite3 runs one statement at a time
 * on this connection and nothing here streams (a statement being iterated could not be run again);
 * SQLite re-plans a kept statement by itself when the schema changes or a bound value could change
 * the best plan (STAT4).
 */
function withStatementCache(sqlite: Database.Database): SqliteDatabase {
  const kept = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = kept.get(sql);
      if (statement) kept.delete(sql);
      else statement = sqlite.prepare(sql);
      kept.set(sql, statement);
      if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
      return statement;
    },
  };
}

/** Another program's SQLite file: tables, and no Lekha mark. Read with pragmas that change nothing. */
function refuseForeign(sqlite: Database.Database): void {
  const appId = Number(sqlite.pragma('application_id', { simple: true }));
  if (appId === LEKHA_APPLICATION_ID) return;
  if (appId !== 0) throw new LekhaError('INVALID', 'ไฟล์นี้ไม่ใช่ฐานข้อมูลของโปรแกรมเลขา จึงไม่เปิดเพื่อป้องกันข้อมูลเสียหาย ไฟล์ไม่ถูกแก้ไข');
  const tables = Number(sqlite.prepare("select count(*) from sqlite_schema where type = 'table'").pluck().get());
  if (tables > 0) throw new LekhaError('INVALID', 'ไฟล์นี้มีข้อมูลอื่นที่ไม่ใช่ของโปรแกรมเลขา จึงไม่เปิดเพื่อป้องกันข้อมูลเสียหาย ไฟล์ไม่ถูกแก้ไข');
}

function describeOpenError(error: unknown, path: string): unknown {
  if (error instanceof LekhaError) return error;
  const code = String((error as { code?: string }).code ?? '');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new LekhaError('INVALID', `ไฟล์ ${path} ไม่ใช่ฐานข้อมูลที่อ่านได้หรือเสียหาย โปรแกรมจะไม่เขียนทับ กรุณานำไฟล์สำรองล่าสุดกลับมาใช้ (lekha restore) หรือเลือกไฟล์อื่น`);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new LekhaError('INVALID', `เปิดไฟล์ ${path} เพื่อบันทึกไม่ได้ (ไฟล์หรือโฟลเดอร์เปิดให้อ่านอย่างเดียว หรือไม่มีสิทธิ์) กรุณาตรวจสิทธิ์ของไฟล์`);
  }
  return error;
}
