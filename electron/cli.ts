import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openCore } from './api';
import { ensureRendererBuilt } from './cli-build';
import { loadDemo } from './cli-demo';
import { CliError, call } from './cli-common';
import { exportCommand } from './cli-export';
import { restoreCommand } from './cli-restore';
import { defaultDbPath } from './paths';
import { startServer } from './server';

const usage = `เลขา (Lekha) — ระบบงานเลขานุการการประชุมผู้บริหาร

การใช้งาน:
  lekha demo [--db PATH]                       โหลดข้อมูลสาธิต การประชุมครั้งที่ 2/2568
  lekha serve [--db PATH] [--port N]           เปิดโหมดเบราว์เซอร์ที่ 127.0.0.1
  lekha export meeting --meeting 2/2568 --format json --out FILE [--series NAME] [--db PATH]
  lekha export minutes|agenda --meeting 2/2568 --format pdf|docx --out FILE [--thai-digits] [--db PATH]
  lekha export actions --format xlsx|csv|docx|pdf [--org ABBR] [--status open|overdue|done] --out FILE [--db PATH]
  lekha export policies --format docx|pdf --out FILE [--db PATH]
  lekha export press --meeting 2/2568 --format docx|txt --out FILE [--db PATH]
  lekha import meeting FILE [--db PATH]        นำเข้าการประชุมจากไฟล์ JSON
  lekha backup --out FOLDER [--db PATH]        สำรองฐานข้อมูลและไฟล์แนบลงโฟลเดอร์ใหม่ (ตรวจความถูกต้องแล้ว)
  lekha restore --from FOLDER [--db PATH]      นำสำเนาสำรองกลับมาใช้ (ตรวจก่อน เก็บฐานข้อมูลเดิมไว้ข้าง ๆ)

ฐานข้อมูลตั้งต้นคือไฟล์เดียวกับที่โปรแกรมบนเดสก์ท็อปใช้: ${defaultDbPath()}
(ตั้งค่า LEKHA_DB เพื่อใช้ไฟล์อื่น)`;

const options = {
  db: { type: 'string' }, port: { type: 'string' }, out: { type: 'string' }, meeting: { type: 'string' },
  format: { type: 'string' }, series: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  'thai-digits': { type: 'boolean' }, org: { type: 'string' }, status: { type: 'string' }, from: { type: 'string' },
} as const;

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const [command, ...rest] = positionals;
  if (values.help || !command) return void console.log(usage);
  const need = (value: string | undefined, flag: string) => {
    if (!value) throw new CliError(`ต้องระบุ --${flag}\n\n${usage}`, 2);
    return value;
  };
  const known = ['demo', 'serve', 'export', 'import', 'backup', 'restore'];
  if (command === 'restore') return restoreCommand(need(values.from, 'from'), resolve(values.db ?? defaultDbPath()));
  if (!known.includes(command)) throw new CliError(`ไม่รู้จักคำสั่ง "${command}"\n\n${usage}`, 2);
  const exports: Record<string, string[]> = {
    meeting: ['json'], minutes: ['pdf', 'docx'], agenda: ['pdf', 'docx'], actions: ['xlsx', 'csv', 'docx', 'pdf'], policies: ['docx', 'pdf'], press: ['docx', 'txt'],
  };
  if (command === 'import' && rest[0] !== 'meeting') throw new CliError(`import รองรับเฉพาะ "meeting"\n\n${usage}`, 2);
  if (command === 'export') {
    const formats = exports[rest[0]];
    if (!formats) throw new CliError(`export รองรับ ${Object.keys(exports).join(', ')}\n\n${usage}`, 2);
    const format = values.format ?? (rest[0] === 'meeting' ? 'json' : '');
    if (!formats.includes(format)) throw new CliError(`ต้องระบุ ${formats.map((f) => `--format ${f}`).join(' หรือ ')}`, 2);
  }
  const core = await openCore({ dbPath: resolve(values.db ?? defaultDbPath()) });
  try {
    switch (command) {
      case 'demo': {
        const result = await loadDemo(core);
        console.log(result === 'present'
          ? `ข้อมูลสาธิต (ครั้งที่ 2/2568) มีอยู่แล้วใน ${core.dbPath}`
          : `โหลดข้อมูลสาธิต การประชุมครั้งที่ 2/2568 พร้อมนโยบายที่ติดตาม ลงใน ${core.dbPath} แล้ว`);
        return;
      }
      case 'serve': {
        const rendererDir = await ensureRendererBuilt();
        const server = await startServer({ core, rendererDir, port: values.port ? Number(values.port) : 0 });
        console.log(`เลขา โหมดเบราว์เซอร์ เปิดที่ / Lekha browser mode at: ${server.url}`);
        console.log(`ฐานข้อมูล / database: ${core.dbPath}   (กด Ctrl+C เพื่อปิด)`);
        await new Promise<void>((done) => {
          for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close().then(done));
        });
        return;
      }
      case 'export': {
        await exportCommand(core, rest[0], { ...values, out: need(values.out, 'out') });
        return;
      }
      case 'import': {
        const path = rest[1];
        if (!path) throw new CliError(`ต้องระบุไฟล์ที่จะนำเข้า\n\n${usage}`, 2);
        if (!existsSync(path)) throw new CliError(`ไม่พบไฟล์ ${path}`);
        let file: unknown;
        try {
          file = JSON.parse(readFileSync(path, 'utf8'));
        } catch (e) {
          throw new CliError(`นำเข้าไม่ได้: ไฟล์ ${path} ไม่ใช่ JSON ที่ถูกต้อง (${(e as Error).message}) ไม่มีข้อมูลใดถูกบันทึก`);
        }
        const { meetingId } = await call<{ meetingId: string }>(core, 'exchange.importMeeting', { file });
        console.log(`นำเข้าการประชุมจาก ${path} แล้ว (รหัส ${meetingId})`);
        return;
      }
      case 'backup': {
        const out = resolve(need(values.out, 'out'));
        const manifest = await core.backupTo(out);
        console.log(`สำรองฐานข้อมูลและไฟล์แนบ ${manifest.attachments.length} ไฟล์ ไปที่โฟลเดอร์ ${out} แล้ว (ตรวจ integrity_check ผ่าน)`);
        for (const p of manifest.problems) console.log(`คำเตือน: ${p}`);
        return;
      }
    }
  } finally {
    await core.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
});
