import { rawQuery } from './pg';

/** Row counts of every table (SQLite file or PostgreSQL database): "nothing was written" means this is unchanged. */
export async function rowCounts(dbPath: string): Promise<Record<string, number>> {
  const tables = /^postgres(ql)?:\/\//.test(dbPath)
    ? await rawQuery<{ name: string }>(dbPath, "select table_name as name from information_schema.tables where table_schema = current_schema() order by 1")
    : await rawQuery<{ name: string }>(dbPath, "select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name");
  const counts = await Promise.all(tables.map(async ({ name }) => [name, Number((await rawQuery<{ n: number }>(dbPath, `select count(*) as n from "${name}"`))[0].n)] as const));
  return Object.fromEntries(counts);
}
