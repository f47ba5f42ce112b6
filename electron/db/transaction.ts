import { type Kysely, sql } from 'kysely';

/**
 * `BEGIN IMMEDIATE` … `COMMIT` on one connection, rolled back on any error. Immediate: the write lock is
 * taken at the start, so a second writer waits (busy timeout) rather than failing when its read turns
 * into a write (SQLITE_BUSY_SNAPSHOT under WAL).
 */
export async function inImmediateTransaction<T, D>(db: Kysely<D>, fn: (trx: Kysely<D>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
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
