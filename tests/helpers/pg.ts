import { describe } from 'vitest';
import pg from 'pg';

/**
 * The test matrix (issue 15): the integration suite runs once on SQLite and once on PostgreSQL.
 * PostgreSQL when `LEKHA_TEST_ENGINE=postgres` and `LEKHA_TEST_PG_URL` names a server (`.ci/run` sets
 * both for the second run of `npm test`); each test then gets a database of its own, dropped after it.
 */
export const pgServerUrl = process.env.LEKHA_TEST_PG_URL?.trim() || undefined;
export const testEngine: 'sqlite' | 'postgres' = process.env.LEKHA_TEST_ENGINE === 'postgres' && pgServerUrl ? 'postgres' : 'sqlite';
export const onPostgres = testEngine === 'postgres';

/** Names of the databases tests make: a prefix of their own on a shared server, then random. */
const PREFIX = process.env.LEKHA_TEST_PG_PREFIX?.trim() || 'lekha_test_';

async function onServer<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgServerUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the test server; `drop` removes it (and any connection left to it). */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  if (!pgServerUrl) throw new Error('LEKHA_TEST_PG_URL is not set');
  const name = `${PREFIX}${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await onServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`));
  const url = new URL(pgServerUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

/**
 * Rows of a statement run straight on a test's database, beside the core (a state set up by hand, a
 * check of stored rows): on the SQLite file or the PostgreSQL database `target` names. Parameters as
 * `$1`, `$2` in that order (PostgreSQL's spelling; each becomes `?` on SQLite).
 */
export async function rawQuery<T = Record<string, unknown>>(target: string, text: string, params: unknown[] = []): Promise<T[]> {
  if (/^postgres(ql)?:\/\//.test(target)) {
    const client = new pg.Client({ connectionString: target, types: { getTypeParser: (oid: number, format?: string) => (oid === 20 || oid === 1700 ? Number : (pg.types.getTypeParser as (o: number, f?: string) => (t: string) => unknown)(oid, format)) } });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const { default: Database } = await import('better-sqlite3');
  const raw = new Database(target);
  try {
    const statement = raw.prepare(text.replace(/\$\d+/g, '?'));
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  } finally {
    raw.close();
  }
}

/**
 * `describe` for tests SQLite-only by nature (its migrations from earlier versions, query plans, the
 * file the command line opens): skipped on the PostgreSQL run, the reason in the name it is listed under.
 */
export function sqliteOnly(reason: string) {
  return (name: string, fn: () => void) => describe.skipIf(onPostgres)(onPostgres ? `${name} [SQLite only: ${reason}]` : name, fn);
}
