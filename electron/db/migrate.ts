import { type Kysely, sql } from 'kysely';
import { LekhaError } from '../../shared/errors';
import { type Engine, engineOf } from './engine';
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

/** Where a database stands: its schema version, and whether it is Lekha's (or empty) at all. */
interface State {
  version: number;
  /** Neither Lekha's nor empty: another program's database, never migrated. */
  foreign: boolean;
}

const FOREIGN = 'ไฟล์นี้มีข้อมูลอื่นที่ไม่ใช่ของโปรแกรมเลขา จึงไม่เปิดเพื่อป้องกันข้อมูลเสียหาย';

async function pragmaNumber(db: Kysely<DB>, name: 'user_version' | 'application_id'): Promise<number> {
  const { rows } = await sql<Record<string, number>>`select * from ${sql.raw(`pragma_${name}`)}`.execute(db);
  return Number(Object.values(rows[0] ?? {})[0] ?? 0);
}

/** SQLite keeps the version in `PRAGMA user_version` and marks its files with `application_id`. */
async function sqliteState(db: Kysely<DB>): Promise<State> {
  const version = await pragmaNumber(db, 'user_version');
  const appId = await pragmaNumber(db, 'application_id');
  if (appId !== 0 && appId !== LEKHA_APPLICATION_ID) throw new LekhaError('INVALID', 'ไฟล์นี้ไม่ใช่ฐานข้อมูลของโปรแกรมเลขา จึงไม่เปิดเพื่อป้องกันข้อมูลเสียหาย');
  if (version > 0 || appId === LEKHA_APPLICATION_ID) return { version, foreign: false };
  const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_schema where type = 'table'`.execute(db);
  return { version, foreign: rows[0].n > 0 };
}

/**
 * PostgreSQL keeps it in a one-row table, `lekha_schema`, which also marks the database as Lekha's:
 * a database with tables of its own and no such table is another program's.
 */
async function postgresState(db: Kysely<DB>): Promise<State> {
  const { rows } = await sql<{ mine: number; tables: number }>`select
      count(*) filter (where table_name = 'lekha_schema') as mine, count(*) as tables
    from information_schema.tables where table_schema = current_schema()`.execute(db);
  if (rows[0].mine === 0) return { version: 0, foreign: rows[0].tables > 0 };
  const { rows: v } = await sql<{ version: number }>`select version from lekha_schema`.execute(db);
  return { version: v[0]?.version ?? 0, foreign: false };
}

async function recordVersion(trx: Kysely<DB>, engine: Engine, version: number): Promise<void> {
  if (engine === 'postgres') {
    await sql`create table if not exists lekha_schema (version integer not null)`.execute(trx);
    await sql`delete from lekha_schema`.execute(trx);
    await sql`insert into lekha_schema (version) values (${version})`.execute(trx);
    return;
  }
  // PRAGMA takes no bound parameters; both values are integers from this file.
  await sql.raw(`PRAGMA user_version = ${version}`).execute(trx);
  await sql.raw(`PRAGMA application_id = ${LEKHA_APPLICATION_ID}`).execute(trx);
}

/** The body of a migration for this engine: its own, or the portable `up` both engines run. */
const bodyFor = (m: Migration, engine: Engine) => (engine === 'postgres' ? (m.postgres ?? m.up) : m.up);

/**
 * Runs every pending migration in one transaction, on SQLite or PostgreSQL, from one list.
 * Refuses a database written by a newer Lekha and a database that is not Lekha's.
 * `onCreate` runs in the same transaction when the database was empty (reference data).
 */
export async function migrate(
  db: Kysely<DB>,
  options: {
    migrations?: readonly Migration[];
    onCreate?: (trx: Kysely<DB>) => Promise<void>;
    /** Runs in the same transaction when an existing database was migrated (reference data added since). */
    onUpgrade?: (trx: Kysely<DB>) => Promise<void>;
    /**
     * `db` is already in the caller's transaction (PostgreSQL only), which must stay open: run in it.
     * A transaction of migrate's own would COMMIT the caller's (PostgreSQL has no nested BEGIN: it
     * warns and goes on), so `migrate-db` copied every table after the schema in autocommit.
     */
    inCallersTransaction?: boolean;
  } = {},
): Promise<MigrationReport> {
  const list = options.migrations ?? shipped;
  const latest = list.length ? list[list.length - 1].version : 0;
  const engine = engineOf(db);
  const { version: from, foreign } = engine === 'postgres' ? await postgresState(db) : await sqliteState(db);
  if (foreign) throw new LekhaError('INVALID', FOREIGN);
  if (from > latest) {
    throw new LekhaError(
      'CONFLICT',
      `ฐานข้อมูลนี้บันทึกโดยโปรแกรมเลขารุ่นที่ใหม่กว่า (โครงสร้างรุ่น ${from} แต่โปรแกรมนี้รู้จักถึงรุ่น ${latest}) ` +
        'กรุณาปรับปรุงโปรแกรมเลขาก่อนเปิดไฟล์นี้ ข้อมูลในไฟล์ไม่ถูกแก้ไข',
    );
  }

  const pending = list.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, applied: [] };
  if (options.inCallersTransaction && engine !== 'postgres') throw new Error('inCallersTransaction is for PostgreSQL (SQLite turns foreign keys off outside a transaction)');

  // A SQLite migration may rebuild a table other tables point at (its way to change a CHECK); foreign keys
  // are off while it runs (the pragma is ignored inside a transaction) and every one is checked before commit.
  // PostgreSQL changes constraints in place and checks them as it goes (DDL is transactional there too).
  if (engine === 'sqlite') await sql.raw('PRAGMA foreign_keys = OFF').execute(db);
  const inTransaction = options.inCallersTransaction ? (fn: (trx: Kysely<DB>) => Promise<void>) => fn(db) : (fn: (trx: Kysely<DB>) => Promise<void>) => inImmediateTransaction(db, fn);
  try {
    await inTransaction(async (trx) => {
      for (const migration of pending) await bodyFor(migration, engine)(trx as unknown as Kysely<unknown>);
      if (from === 0 && options.onCreate) await options.onCreate(trx);
      if (from > 0 && options.onUpgrade) await options.onUpgrade(trx);
      if (engine === 'sqlite') {
        const broken = await sql<{ table: string }>`select * from pragma_foreign_key_check`.execute(trx);
        if (broken.rows.length > 0) {
          throw new LekhaError('INTERNAL', `การปรับโครงสร้างฐานข้อมูลทำให้ข้อมูลอ้างอิงไม่ครบ (${broken.rows.length} แถว) จึงยกเลิก ข้อมูลไม่ถูกเปลี่ยนแปลง`);
        }
      }
      await recordVersion(trx, engine, latest);
    });
  } finally {
    if (engine === 'sqlite') await sql.raw('PRAGMA foreign_keys = ON').execute(db);
  }
  return { from, to: latest, applied: pending.map((m) => m.name) };
}
