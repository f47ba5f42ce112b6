// Migration tests start from a database "as version 60 shipped" with real records in it. The records
// are written through today's core; this takes out again whatever the migrations after 60 added —
// found by comparing with a fresh database migrated only up to 60, so a new migration needs no
// change here —, puts back the indexes a later migration replaced (0105) and the derived table one reshaped
// (0125), and sets user_version back to 60.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { openCore } from '../../electron/api';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open';
import { SOURCE as listKeysSource } from '../../electron/db/migrations/0070-agency-list-keys';
import { type TestCore, testCore } from './core';
import { realMeetingFile } from './real-meeting';

interface SchemaObject { type: string; name: string }

const objects = (db: Database.Database): SchemaObject[] =>
  db.prepare("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL").all() as SchemaObject[];
const columns = (db: Database.Database, table: string): string[] =>
  (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);

const shipped = new Map<number, Database.Database>();

/** A fresh database with the migrations up to `version` only, read-only, made once per test file. */
async function schemaAt(version: number): Promise<Database.Database> {
  const made = shipped.get(version);
  if (made) return made;
  const path = join(mkdtempSync(join(tmpdir(), `lekha-v${version}-`)), `v${version}.db`);
  const { db, close } = openDatabase(path);
  await migrate(db, { migrations: migrations.filter((m) => m.version <= version) });
  await close();
  const opened = new Database(path, { readonly: true });
  shipped.set(version, opened);
  return opened;
}

/** Turns the database at `path` (closed) into one of version 60 with the same records. */
export const backTo60 = (path: string): Promise<void> => backTo(path, 60);

/** Turns the database at `path` (closed) into one of `version` as it shipped, with the same records. */
export async function backTo(path: string, version: number): Promise<void> {
  const old = await schemaAt(version);
  const kept = new Set(objects(old).map((o) => `${o.type} ${o.name}`));
  const raw = new Database(path);
  try {
    raw.pragma('foreign_keys = OFF');
    // Every trigger out for now (SQLite re-checks them all when a column goes, and one that names a
    // table through an alias in UPDATE … FROM fails that check); the version's own come back at the end.
    for (const o of objects(raw).filter((x) => x.type === 'trigger')) raw.exec(`DROP TRIGGER "${o.name}"`);
    const added = objects(raw).filter((o) => !kept.has(`${o.type} ${o.name}`));
    // Triggers and indexes first: a table or column they name cannot go while they stand.
    for (const type of ['trigger', 'view', 'index', 'table']) {
      for (const o of added.filter((a) => a.type === type)) {
        if (raw.prepare('SELECT 1 FROM sqlite_schema WHERE type = ? AND name = ?').get(o.type, o.name)) raw.exec(`DROP ${type.toUpperCase()} "${o.name}"`);
      }
    }
    // A table a later migration reshaped, not only added to (0125 replaced three of the agency keys'
    // columns): the version's own, refilled from its source. Only derived rows are ever reshaped so.
    for (const table of objects(old).filter((o) => o.type === 'table').map((o) => o.name)) {
      const now = new Set(columns(raw, table));
      if (columns(old, table).every((c) => now.has(c))) continue;
      if (table !== 'action_list_keys') throw new Error(`${table} lost columns after version ${version}: only derived rows can be rebuilt`);
      raw.exec(`DROP TABLE ${table}`);
      raw.exec((old.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table)) as string);
      raw.exec(`INSERT INTO action_list_keys SELECT * FROM (${listKeysSource})`);
    }
    const have = new Set(objects(raw).map((o) => `${o.type} ${o.name}`));
    for (const o of old.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all() as { name: string; sql: string }[]) {
      if (!have.has(`index ${o.name}`)) raw.exec(o.sql);
    }
    for (const table of objects(old).filter((o) => o.type === 'table').map((o) => o.name)) {
      const before = new Set(columns(old, table));
      for (const column of columns(raw, table).filter((c) => !before.has(c))) raw.exec(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
    }
    for (const o of old.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger'").all() as { sql: string }[]) raw.exec(o.sql);
    raw.pragma(`user_version = ${version}`);
  } finally {
    raw.close();
  }
}

const schemaRows = (db: Database.Database) =>
  db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();

/**
 * The schema of the database at `path` (closed) beside that of a fresh database migrated only up to
 * `version`: equal when the database is that version as it shipped.
 */
export async function schemasAt(path: string, version: number): Promise<{ have: unknown[]; shipped: unknown[] }> {
  const raw = new Database(path, { readonly: true });
  try {
    return { have: schemaRows(raw), shipped: schemaRows(await schemaAt(version)) };
  } finally {
    raw.close();
  }
}

/**
 * Opens the core on `path` (migrating it to the latest version), runs `read` with a call that throws
 * on a refusal, and closes it: what a migration test compares with what was read before going back.
 */
export async function readAfterMigrating<T>(path: string, read: (invoke: (method: string, args: object) => Promise<unknown>) => Promise<T>): Promise<T> {
  const core = await openCore({ dbPath: path, log: () => {} });
  try {
    return await read(async (method, args) => {
      const answer = await core.invoke(method, args);
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value;
    });
  } finally {
    await core.close();
  }
}

/**
 * The record the migration tests take back and bring forward: a core holding two real meetings of
 * different series (a Cabinet meeting numbered 9, and a ministry's, whose อสส. is the seeded Attorney
 * General's office's abbreviation and comes in renamed).
 */
export async function coreWithRealMeetings(): Promise<TestCore> {
  const t = await testCore();
  await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style', { number: 9 }) });
  await t.call('exchange.importMeeting', { file: realMeetingFile('ministry-executives'), renameOrganisations: { 'อสส.': 'อสส.(สวนสัตว์)' } });
  return t;
}

/** Closes the test's core and takes its file back to `version`, whose schema must then be that version's as it shipped. */
export async function backToShipped(t: TestCore, version: number): Promise<void> {
  await t.core.close();
  t.core.close = async () => {};
  await backTo(t.dbPath, version);
  const { have, shipped } = await schemasAt(t.dbPath, version);
  expect(have).toEqual(shipped);
}
