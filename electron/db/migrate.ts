import { type Kysely, sql } from 'kysely';
import { LekhaError } from '../../shared/errors';
import { type Migration, migrations as shipped } from './migrations/index';
import { LEKHA_APPLICATION_ID } from './open';
import { inImmediateTransaction } from './transaction';
import type { DB } from './types';

export { LEKHA_APPLICATION_ID };

export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
}

async function pragmaNumber(db: Kysely<DB>, name: 'user_version' | 'application_id'): Promise<number> {
  const { rows } = await sql<Record<string, number>>`select * from ${sql.raw(`pragma_${name}`)}`.execute(db);
  return Number(Object.values(rows[0] ?? {})[0] ?? 0);
}

/**
 * Runs every pending migration in one transaction, tracked by `PRAGMA user_version`.
 * Refuses a database written by a newer Lekha and a SQLite file that is not Lekha's.
 * `onCreate` runs in the same transaction when the database was empty (reference data).
 */
export async function migrate(
  db: Kysely<DB>,
  options: {
    migrations?: readonly Migration[];
    onCreate?: (trx: Kysely<DB>) => Promise<void>;
    /** Runs in the same transaction when an existing database was migrated (reference data added since). */
    onUpgrade?: (trx: Kysely<DB>) => Promise<void>;
  } = {},
): Promise<MigrationReport> {
  const list = options.migrations ?? shipped;
  const latest = list.length ? list[list.length - 1].version : 0;
  const from = await pragmaNumber(db, 'user_version');
  const appId = await pragmaNumber(db, 'application_id');

  if (appId !== 0 && appId !== LEKHA_APPLICATION_ID) {
    throw new LekhaError('INVALID', 'ไฟล์นี้ไม่ใช่ฐานข้อมูลของโปรแกรมเลขา จึงไม่เปิดเพื่อป้องกันข้อมูลเสียหาย');
  }
  if (from > latest) {
    throw new LekhaError(
      'CONFLICT',
      `ฐานข้อมูลนี้บันทึกโดยโปรแกรมเลขารุ่นที่ใหม่กว่า (โครงสร้างรุ่น ${from} แต่โปรแกรมนี้รู้จักถึงรุ่น ${latest}) ` +
        'กรุณาปรับปรุงโปรแกรมเลขาก่อนเปิดไฟล์นี้ ข้อมูลในไฟล์ไม่ถูกแก้ไข',
    );
  }
  if (from === 0) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_schema where type = 'table'`.execute(db);
    if (rows[0].n > 0 && appId !== LEKHA_APPLICATION_ID) {
      throw new LekhaError('INVALID', 'ไฟล์นี้มีข้อมูลอื่นที่ไม่ใช่ของโปรแกรมเลขา จึงไม่เปิดเพื่อป้องกันข้อมูลเสียหาย');
    }
  }

  const pending = list.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, applied: [] };

  // A migration may rebuild a table other tables point at (SQLite's way to change a CHECK); foreign keys
  // are off while it runs (the pragma is ignored inside a transaction) and every one is checked before commit.
  await sql.raw('PRAGMA foreign_keys = OFF').execute(db);
  try {
    await inImmediateTransaction(db, async (trx) => {
      for (const migration of pending) await migration.up(trx as unknown as Kysely<unknown>);
      if (from === 0 && options.onCreate) await options.onCreate(trx);
      if (from > 0 && options.onUpgrade) await options.onUpgrade(trx);
      const broken = await sql<{ table: string }>`select * from pragma_foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) {
        throw new LekhaError('INTERNAL', `การปรับโครงสร้างฐานข้อมูลทำให้ข้อมูลอ้างอิงไม่ครบ (${broken.rows.length} แถว) จึงยกเลิก ข้อมูลไม่ถูกเปลี่ยนแปลง`);
      }
      // PRAGMA takes no bound parameters; both values are integers from this file.
      await sql.raw(`PRAGMA user_version = ${latest}`).execute(trx);
      await sql.raw(`PRAGMA application_id = ${LEKHA_APPLICATION_ID}`).execute(trx);
    });
  } finally {
    await sql.raw('PRAGMA foreign_keys = ON').execute(db);
  }
  return { from, to: latest, applied: pending.map((m) => m.name) };
}
