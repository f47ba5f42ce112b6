import { type Kysely, sql } from 'kysely';
import { engineOf } from './engine';

/**
 * The key of the one advisory lock every Lekha writer on a PostgreSQL database takes (`LEKH`, as
 * SQLite's application id): the same serialisation SQLite's `BEGIN IMMEDIATE` gives.
 */
export const WRITER_LOCK = 0x4c454b48;

/**
 * One write transaction on one connection, rolled back on any error; writers take turns.
 *
 * SQLite: `BEGIN IMMEDIATE`: the write lock is taken at the start, so a second writer waits (busy
 * timeout) rather than failing when its read turns into a write (SQLITE_BUSY_SNAPSHOT under WAL).
 *
 * PostgreSQL: `BEGIN` (read committed) on one pooled client, then a transaction-scoped advisory lock
 * that every writer takes first. Services read and then write on what they read (the next meeting
 * number, an item's position, a record's version) and were written for writers that take turns; the
 * lock keeps that true with several officers on one server, while readers never wait (MVCC). Each
 * statement after the lock sees every write committed before it. Serialisable isolation was the
 * other way: it would abort one of two overlapping writers with a serialisation failure that every
 * handler would then have to retry; a secretariat's writes last milliseconds, so turns cost little.
 */
export async function inImmediateTransaction<T, D>(db: Kysely<D>, fn: (trx: Kysely<D>) => Promise<T>): Promise<T> {
  const postgres = engineOf(db) === 'postgres';
  return db.connection().execute(async (conn) => {
    await (postgres ? sql`begin` : sql`begin immediate`).execute(conn);
    try {
      if (postgres) await sql`select pg_advisory_xact_lock(${WRITER_LOCK})`.execute(conn);
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      // SQLite rolls back by itself after some failures (disk full during COMMIT); a second ROLLBACK
      // would then fail with "no transaction is active" and hide the error that matters.
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
