import { dirname, join, resolve } from 'node:path';
import { isLekhaError } from '../shared/errors';
import { CliError, type CommandInput, optional, required } from './cli-common';
import { defaultDataDir } from './paths';

/**
 * `lekha migrate-db --from lekha.db --to postgres://… [--files DIR]`: a SQLite record into an empty
 * PostgreSQL database (issue 15, point 5), each table checked by row count and SHA-256; the files
 * beside the SQLite file go to DIR (the folder `lekha serve --database … --files DIR` then uses;
 * by default the one it uses without --files).
 */
export async function run(input: CommandInput): Promise<void> {
  const from = resolve(required(input, 'from'));
  const to = required(input, 'to');
  const files = optional(input, 'files');
  const filesTo = files ? resolve(files) : process.env.LEKHA_FILES_DIR?.trim() || join(defaultDataDir(), 'team-files');
  const { migrateDb } = await import('./services/migrate-db/index');
  const { describeTarget } = await import('./db/store');
  try {
    const started = performance.now();
    const report = await migrateDb({ from, to, filesFrom: join(dirname(from), 'attachments'), filesTo, log: (line) => console.log(line) });
    const rows = report.tables.reduce((n, t) => n + t.rows, 0);
    console.log(`ย้ายข้อมูลจาก ${from} ไปยัง ${describeTarget(to)} แล้ว: ${report.tables.length} ตาราง ${rows.toLocaleString('en-US')} แถว ` +
      `จำนวนแถวและค่าแฮชตรงกับต้นทางทุกตาราง ไฟล์แนบ ${report.files} ไฟล์ (ตรวจ SHA-256 แล้ว) อยู่ที่ ${filesTo} ` +
      `เอกสารในดัชนีค้นหา ${report.searchDocuments.toLocaleString('en-US')} รายการ ใช้เวลา ${((performance.now() - started) / 1000).toFixed(1)} วินาที`);
  } catch (error) {
    if (isLekhaError(error)) throw new CliError(error.message);
    throw error;
  }
}
