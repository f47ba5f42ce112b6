import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * Pieces of DDL for migrations that run on both engines (from 0110 on, issue 15): each says in one
 * place how the engines differ.
 */
const onSqlite = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof SqliteAdapter;

/** SQLite's INTEGER is 64-bit; PostgreSQL's `integer` is not: `bigint` there, as the baseline (pg/baseline.ts) has it. */
export const wholeNumber = (db: Kysely<unknown>) => sql.raw(onSqlite(db) ? 'integer' : 'bigint');

/** STRICT on SQLite (the house rule: a column keeps its type); PostgreSQL's columns are typed anyway. */
export const strictOn = (db: Kysely<unknown>) => sql.raw(onSqlite(db) ? 'strict' : '');
