import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './types';

/** pg's type ids (pg_type.oid) whose text the core wants other than pg's default. */
const INT8 = 20;
const NUMERIC = 1700;
const BOOL = 16;
const JSON_ = 114;
const JSONB = 3802;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/**
 * Results as the services see them on SQLite: counts and 64-bit integers as numbers (every id is
 * text; no integer the record holds comes near 2^53), numeric sums as numbers, booleans as 0/1 (what
 * SQLite answers for `a = b`), JSON as its text (services parse it themselves), dates and instants as
 * the ISO text they were stored as.
 */
const parsers: Record<number, (text: string) => unknown> = {
  [INT8]: Number,
  [NUMERIC]: Number,
  [BOOL]: (t) => (t === 't' ? 1 : 0),
  [JSON_]: (t) => t,
  [JSONB]: (t) => t,
  [DATE]: (t) => t,
  [TIMESTAMP]: (t) => t,
  [TIMESTAMPTZ]: (t) => t,
};
const types = {
  getTypeParser: (oid: number, format?: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: pg's own parser table is typed per format overload
    parsers[oid] ?? (pg.types.getTypeParser as any)(oid, format),
};

export interface PostgresDatabase {
  db: Kysely<DB>;
  pool: pg.Pool;
  close: () => Promise<void>;
}

/**
 * A pool of connections to a team's PostgreSQL server. Ten at most: a secretariat's screens and
 * agencies' reporters, each request holding one for a few milliseconds (a write holds one for its
 * transaction, see transaction.ts).
 */
export function openPostgres(url: string, options: { max?: number } = {}): PostgresDatabase {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types, application_name: 'lekha' });
  // An idle client losing its server (a restart) must not take the whole process down; the next query reconnects.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool, close: () => db.destroy() };
}
