import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import { type Engine, isPostgresUrl } from './engine';
import { openDatabase } from './open';
import { openPostgres } from './open-postgres';
import type { DB } from './types';

/** An open record on either engine: the one Kysely every service uses, and which engine it is. */
export interface Store {
  db: Kysely<DB>;
  engine: Engine;
  /** SQLite's raw handle (online backup, pragmas Kysely does not wrap); absent on PostgreSQL. */
  sqlite?: Database.Database;
  /** PostgreSQL's pool (a client of its own for LISTEN, say); absent on SQLite. */
  pool?: pg.Pool;
  close: () => Promise<void>;
}

/**
 * Opens `target`: a `postgres://…` URL (a team's server, issue 15) or a SQLite file path (the default,
 * nothing to install). The one place that decides.
 */
export function openStore(target: string): Store {
  if (isPostgresUrl(target)) {
    const { db, pool, close } = openPostgres(target);
    return { db, engine: 'postgres', pool, close };
  }
  const { db, sqlite, close } = openDatabase(target);
  return { db, engine: 'sqlite', sqlite, close };
}

/** A server URL as it may be shown or logged: without its password. */
export function describeTarget(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
