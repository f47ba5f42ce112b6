import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { handlers } from '../../electron/api';
import type { DB } from '../../electron/db/types';
import type { Handler, ServiceContext } from '../../electron/services/context';
import type { Method, Result } from '../../shared/contract';
import { parseCall } from '../../shared/validation';

/** One statement a service ran, as SQLite received it. */
export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/** A line of `EXPLAIN QUERY PLAN`: `SCAN a`, `SEARCH a USING INDEX …`, `USE TEMP B-TREE FOR ORDER BY`. */
export interface PlanLine {
  id: number;
  parent: number;
  detail: string;
}

/** The tables that grow with the years: a full scan of one of them is what issue 11 forbids. */
export const LARGE_TABLES = ['action_items', 'action_owners', 'action_list_keys', 'agenda_items', 'meetings', 'progress_updates', 'audit_log'] as const;

/**
 * The contract's handlers on a database of their own, with every statement they run recorded
 * (Kysely's query log): so a test or the bench reads the plans of the very SQL the services write,
 * not a copy of it. Read-only methods only (nothing here wraps a transaction's audit).
 */
export function tracingCore(dbPath: string) {
  const sqlite = new Database(dbPath, { readonly: true, fileMustExist: true });
  let seen: Statement[] = [];
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') seen.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const ctx: ServiceContext = { db, actor: 'plans', now: () => new Date().toISOString(), emit: () => {}, filesDir: '' };
  return {
    sqlite,
    /** Runs `method` through the contract's validation and its handler; answers its value and its statements. */
    async call<M extends Method>(method: M, args: unknown): Promise<{ value: Result<M>; statements: Statement[] }> {
      seen = [];
      const call = parseCall(method, args);
      const handler = handlers[call.method] as Handler<Method>;
      const value = (await handler(call.args, ctx)) as Result<M>;
      return { value, statements: seen };
    },
    close: () => db.destroy(),
  };
}

/** SQLite's plan for one statement with its parameters bound as the service bound them. */
export function queryPlan(sqlite: Database.Database, statement: Statement): PlanLine[] {
  const params = statement.parameters.map((p) => (typeof p === 'boolean' ? Number(p) : p));
  return sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...params) as PlanLine[];
}

/** The plan as an indented tree, the way the sqlite3 shell prints it. */
export function formatPlan(plan: readonly PlanLine[]): string {
  const depth = new Map<number, number>([[0, 0]]);
  return plan.map((line) => {
    const d = (depth.get(line.parent) ?? 0) + 1;
    depth.set(line.id, d);
    return `${'  '.repeat(d)}${line.detail}`;
  }).join('\n');
}

const aliasPattern = /\b(?:from|join)\s+"?(\w+)"?(?:\s+as)?\s+"?(\w+)"?/gi;

/** Which table each name in a statement stands for (`action_items as a` → a: action_items). */
export function tablesByAlias(sql: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of sql.matchAll(aliasPattern)) {
    const [, table, alias] = m;
    names.set(table, table);
    if (!/^(on|where|inner|left|join|order|group|limit|as|select)$/i.test(alias)) names.set(alias, table);
  }
  return names;
}

/**
 * The lines of a plan that read a whole large table: `SCAN x` with no index, or an index walked from
 * end to end when the statement has no LIMIT to stop it. A `SCAN x USING [COVERING] INDEX i` under a
 * LIMIT walks the index in the order asked and stops after the page (what an expert writes for a
 * first page); every other line must be a SEARCH. `accept` names lines a caller has reasoned about.
 */
export function fullScans(statement: Statement, plan: readonly PlanLine[], accept: (detail: string) => boolean = () => false): string[] {
  const names = tablesByAlias(statement.sql);
  const limited = /\blimit\s+\?/i.test(statement.sql);
  return plan.map((l) => l.detail).filter((detail) => {
    const m = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(detail);
    if (!m) return false;
    const table = names.get(m[1]) ?? m[1];
    if (!(LARGE_TABLES as readonly string[]).includes(table)) return false;
    if (m[2] && limited) return false;
    return !accept(detail);
  });
}
