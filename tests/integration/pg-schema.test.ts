import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { latestVersion } from '../../electron/db/migrations';
import { INSERTION_ORDERED } from '../../electron/db/migrations/pg/insertion-order';
import { openDatabase } from '../../electron/db/open';
import { openPostgres } from '../../electron/db/open-postgres';
import { tempDir } from '../helpers/core';
import { createTestDatabase, onPostgres, pgServerUrl, rawQuery } from '../helpers/pg';

// Issue 15: one list of migrations for both engines, PostgreSQL starting from a baseline equal to
// SQLite's schema at 100 (electron/db/migrations/pg/). The two schemas are compared here so they cannot
// drift: the same tables, columns (type, NOT NULL, default), indexes (columns, unique, partial) and
// triggers that keep derived rows. Search is each engine's own (FTS5 tables there, search_docs here).

type Column = { table: string; name: string; type: string; notnull: number; dflt: string | null };
type Index = { name: string; table: string; unique: number; columns: string; partial: number };

const TYPES: Record<string, string> = { INTEGER: 'bigint', TEXT: 'text', REAL: 'double precision', BLOB: 'bytea' };
const ownSearch = (name: string) => /^(search_|sqlite_)/.test(name);

async function sqliteSchema() {
  const { db, sqlite, close } = openDatabase(join(tempDir(), 'lekha.db'));
  await migrate(db);
  const tables = (sqlite.prepare("select name from sqlite_schema where type = 'table' order by name").pluck().all() as string[]).filter((t) => !ownSearch(t));
  const columns: Column[] = tables.flatMap((table) =>
    (sqlite.prepare('select name, type, "notnull", dflt_value as dflt, pk from pragma_table_info(?)').all(table) as (Column & { pk: number })[])
      .map((c) => ({ table, name: c.name, type: TYPES[c.type], notnull: c.notnull || (c.pk ? 1 : 0), dflt: c.dflt })));
  const indexes: Index[] = tables.flatMap((table) =>
    (sqlite.prepare("select name, \"unique\", partial from pragma_index_list(?) where origin = 'c'").all(table) as Omit<Index, 'table' | 'columns'>[])
      .map((i) => ({ ...i, table, columns: (sqlite.prepare('select coalesce(name, \'expr\') from pragma_index_xinfo(?) where key = 1 order by seqno').pluck().all(i.name) as string[]).join(',') })));
  const triggers = (sqlite.prepare("select name from sqlite_schema where type = 'trigger' order by name").pluck().all() as string[]).filter((t) => !ownSearch(t));
  await close();
  return { tables, columns, indexes, triggers };
}

async function postgresSchema(url: string) {
  const { db, close } = openPostgres(url);
  await migrate(db);
  await close();
  const tables = (await rawQuery<{ name: string }>(url, "select table_name as name from information_schema.tables where table_schema = 'public' order by 1"))
    .map((t) => t.name).filter((t) => !ownSearch(t) && t !== 'lekha_schema');
  const columns = (await rawQuery<Column>(url, `select table_name as table, column_name as name, data_type as type, (is_nullable = 'NO')::int as notnull, column_default as dflt
      from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`))
    .filter((c) => tables.includes(c.table) && !(c.name === 'rowid' && INSERTION_ORDERED.includes(c.table)))
    // PostgreSQL spells a default with its type (''::text) and keeps an identity's as none.
    .map((c) => ({ ...c, dflt: c.dflt === null ? null : c.dflt.replace(/::[a-z ]+$/, '') }));
  const indexes = (await rawQuery<Index>(url, `select i.relname as name, t.relname as table, x.indisunique::int as unique, (x.indpred is not null)::int as partial,
      (select string_agg(coalesce(a.attname, 'expr'), ',' order by k.n) from unnest(x.indkey) with ordinality k(attnum, n)
         left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum) as columns
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid join pg_namespace s on s.oid = t.relnamespace
      where s.nspname = 'public' and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`))
    .filter((i) => tables.includes(i.table));
  const triggers = (await rawQuery<{ name: string }>(url, "select distinct trigger_name as name from information_schema.triggers where trigger_schema = 'public' order by 1"))
    .map((t) => t.name).filter((t) => !ownSearch(t));
  return { tables, columns, indexes, triggers };
}

const byName = <T extends { name: string; table: string }>(xs: T[]) => [...xs].sort((a, b) => `${a.table}.${a.name}`.localeCompare(`${b.table}.${b.name}`));

const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (drops.length) await drops.pop()!();
});

describe.skipIf(!pgServerUrl || onPostgres)('the PostgreSQL schema is SQLite\'s (issue 15)', () => {
  it('has the same tables, columns, indexes and derived-row triggers at the latest version', async () => {
    const target = await createTestDatabase();
    drops.push(target.drop);
    const [lite, pg] = [await sqliteSchema(), await postgresSchema(target.url)];
    expect(pg.tables).toEqual(lite.tables);
    expect(byName(pg.columns).map(({ table, name, type, notnull }) => ({ table, name, type, notnull })))
      .toEqual(byName(lite.columns).map(({ table, name, type, notnull }) => ({ table, name, type, notnull })));
    expect(byName(pg.columns).map((c) => c.dflt)).toEqual(byName(lite.columns).map((c) => c.dflt));
    // SQLite's unique constraints inside CREATE TABLE are its `u` indexes; PostgreSQL's are constraints: both left out.
    expect(byName(pg.indexes)).toEqual(byName(lite.indexes));
    expect(pg.triggers).toEqual(lite.triggers);
    // And the version is kept where PostgreSQL keeps it.
    expect(await rawQuery(target.url, 'select version from lekha_schema')).toEqual([{ version: latestVersion }]);
  });
});
