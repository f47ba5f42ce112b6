import { type Kysely, PostgresAdapter } from 'kysely';

/** The two database engines one core runs on (issue 15): a local file, or a team's PostgreSQL server. */
export type Engine = 'sqlite' | 'postgres';

/** `postgres://…` or `postgresql://…` names a server; anything else is a SQLite file path. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target.trim());
}

/**
 * Which engine a Kysely instance (or a transaction's connection) talks to. Read from its adapter, so
 * every connection-scoped instance Kysely hands out answers too, without threading the engine through
 * every service. `getExecutor` is marked internal in Kysely's types but public at run time; the
 * version is pinned and the test matrix runs every service on both engines.
 */
export function engineOf<D>(db: Kysely<D>): Engine {
  // biome-ignore lint/suspicious/noExplicitAny: see the comment above (an internal but stable accessor)
  return (db as any).getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
