import { existsSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import { LekhaError } from '../../../shared/errors';
import { isPostgresUrl } from '../../db/engine';
import { migrate } from '../../db/migrate';
import { INSERTION_ORDERED } from '../../db/migrations/pg/insertion-order';
import { REINDEX_SQL } from '../../db/migrations/pg/search';
import { openDatabase } from '../../db/open';
import { openPostgres } from '../../db/open-postgres';
import { inImmediateTransaction } from '../../db/transaction';
import type { DB } from '../../db/types';
import { addReferenceOrganisations } from '../reference-data';
import { copyTable, type TableCheck } from './copy-table';
import { copiedTables } from './tables';

export type { TableCheck } from './copy-table';
import { copyFiles } from './files';

export interface MigrateDbReport {
  tables: TableCheck[];
  files: number;
  searchDocuments: number;
}

/**
 * `lekha migrate-db`: the whole record of a SQLite file into an empty PostgreSQL database, in one
 * transaction that commits only when every table's row count and hash match the source's (else nothing
 * stays on the target). The source is first brought to this Lekha's schema, as opening it would. The
 * derived rows (action list keys, minutes text) are copied as they are, with the triggers quiet;
 * search is then built by PostgreSQL's own means. Attachment and evidence files go to `filesTo`, each
 * checked against the SHA-256 the record holds.
 */
export async function migrateDb(options: { from: string; to: string; filesFrom: string; filesTo: string; log?: (line: string) => void; batchRows?: number }): Promise<MigrateDbReport> {
  const log = options.log ?? (() => {});
  if (!isPostgresUrl(options.to)) throw new LekhaError('INVALID', 'ปลายทาง (--to) ต้องเป็นที่อยู่ฐานข้อมูล PostgreSQL เช่น postgres://ผู้ใช้@เครื่อง/ชื่อฐานข้อมูล', 'to');
  if (!existsSync(options.from)) throw new LekhaError('NOT_FOUND', `ไม่พบไฟล์ฐานข้อมูล ${options.from}`, 'from');
  const source = openDatabase(options.from);
  const target = openPostgres(options.to, { max: 2 });
  try {
    await migrate(source.db, { onUpgrade: (trx) => addReferenceOrganisations(trx, new Date().toISOString()) });
    await refuseNonEmpty(target.db);
    return await inImmediateTransaction(target.db, async (trx) => {
      await migrate(trx);
      const tables = await copiedTables(trx);
      for (const t of tables) await sql.raw(`ALTER TABLE ${t} DISABLE TRIGGER USER`).execute(trx);
      // The rows a migration writes (retention classes) are the source's to give, as it has them now.
      for (const t of [...tables].reverse()) await sql.raw(`DELETE FROM ${t}`).execute(trx);
      const checks: TableCheck[] = [];
      for (const table of tables) {
        const check = await copyTable(source.sqlite, trx, table, options.batchRows);
        log(`  ${table}: ${check.rows} แถว sha256 ${check.sha256.slice(0, 16)}… ตรงกัน`);
        checks.push(check);
      }
      for (const t of tables) await sql.raw(`ALTER TABLE ${t} ENABLE TRIGGER USER`).execute(trx);
      // Identities go on from the largest copied value.
      await sql.raw("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), greatest((SELECT max(id) FROM audit_log), 1))").execute(trx);
      for (const t of INSERTION_ORDERED) await sql.raw(`SELECT setval(pg_get_serial_sequence('${t}', 'rowid'), greatest((SELECT max(rowid) FROM ${t}), 1))`).execute(trx);
      log('สร้างดัชนีค้นหาข้อความบน PostgreSQL…');
      // The totals summed once, not row by row: the trigger's one row a kind updated 286,723 times in one
      // transaction is a chain of versions no one may prune, each update slower (over 6 min on the 20-year set).
      await sql.raw('ALTER TABLE search_docs DISABLE TRIGGER search_totals_change').execute(trx);
      for (const statement of REINDEX_SQL) await sql.raw(statement).execute(trx);
      await sql.raw('DELETE FROM search_totals').execute(trx);
      await sql.raw('INSERT INTO search_totals SELECT kind, count(*), sum(length) FROM search_docs GROUP BY kind').execute(trx);
      await sql.raw('ALTER TABLE search_docs ENABLE TRIGGER search_totals_change').execute(trx);
      // Statistics for the planner now, not whenever autovacuum comes: the first searches and lists plan on them.
      await sql`ANALYZE`.execute(trx);
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM search_docs`.execute(trx);
      const files = copyFiles(source.sqlite, options.filesFrom, options.filesTo);
      return { tables: checks, files, searchDocuments: rows[0].n };
    });
  } finally {
    await source.close();
    await target.close();
  }
}

async function refuseNonEmpty(pg: Kysely<DB>): Promise<void> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()`.execute(pg);
  if (rows[0].n > 0) {
    throw new LekhaError('CONFLICT', `ฐานข้อมูลปลายทางไม่ว่าง (มีตารางอยู่แล้ว ${rows[0].n} ตาราง) จึงไม่ย้ายข้อมูลลงไปทับ ข้อมูลไม่ถูกเปลี่ยนแปลง กรุณาสร้างฐานข้อมูลใหม่ที่ว่างแล้วระบุใน --to`, 'to');
  }
}
