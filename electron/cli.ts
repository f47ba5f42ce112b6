import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type LekhaCore, openCore } from './api';
import { ensureRendererBuilt } from './cli-build';
import { defaultDbPath } from './paths';
import { startServer } from './server';

const usage = `เลขา (Lekha) — ระบบงานเลขานุการการประชุมผู้บริหาร

การใช้งาน:
  lekha demo [--db PATH]                       โหลดข้อมูลสาธิต การประชุมครั้งที่ 2/2568
  lekha serve [--db PATH] [--port N]           เปิดโหมดเบราว์เซอร์ที่ 127.0.0.1
  lekha export meeting --meeting 2/2568 --format json --out FILE [--series NAME] [--db PATH]
  lekha export minutes|agenda --meeting 2/2568 --format pdf|docx --out FILE [--thai-digits] [--db PATH]
  lekha import meeting FILE [--db PATH]        นำเข้าการประชุมจากไฟล์ JSON
  lekha backup --out FILE [--db PATH]          สำรองฐานข้อมูล (ตรวจความถูกต้องแล้ว)

ฐานข้อมูลตั้งต้นคือไฟล์เดียวกับที่โปรแกรมบนเดสก์ท็อปใช้: ${defaultDbPath()}
(ตั้งค่า LEKHA_DB เพื่อใช้ไฟล์อื่น)`;

class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

async function call<T>(core: LekhaCore, method: string, args: unknown): Promise<T> {
  const answer = await core.invoke(method, args);
  if (!answer.ok) throw new CliError(answer.error.message);
  return answer.value as T;
}

const options = {
  db: { type: 'string' }, port: { type: 'string' }, out: { type: 'string' }, meeting: { type: 'string' },
  format: { type: 'string' }, series: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  'thai-digits': { type: 'boolean' },
} as const;

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const [command, ...rest] = positionals;
  if (values.help || !command) return void console.log(usage);
  const need = (value: string | undefined, flag: string) => {
    if (!value) throw new CliError(`ต้องระบุ --${flag}\n\n${usage}`, 2);
    return value;
  };
  const known = ['demo', 'serve', 'export', 'import', 'backup'];
  if (!known.includes(command)) throw new CliError(`ไม่รู้จักคำสั่ง "${command}"\n\n${usage}`, 2);
  const documentKinds = ['minutes', 'agenda'];
  if (command === 'import' && rest[0] !== 'meeting') throw new CliError(`import รองรับเฉพาะ "meeting"\n\n${usage}`, 2);
  if (command === 'export' && rest[0] !== 'meeting' && !documentKinds.includes(rest[0])) {
    throw new CliError(`export รองรับ meeting, minutes และ agenda\n\n${usage}`, 2);
  }
  if (command === 'export' && rest[0] === 'meeting' && (values.format ?? 'json') !== 'json') throw new CliError('รูปแบบที่ส่งออกการประชุมได้คือ json', 2);
  if (command === 'export' && documentKinds.includes(rest[0]) && !['pdf', 'docx'].includes(values.format ?? '')) {
    throw new CliError('ต้องระบุ --format pdf หรือ --format docx', 2);
  }
  const core = await openCore({ dbPath: resolve(values.db ?? defaultDbPath()) });
  try {
    switch (command) {
      case 'demo': {
        const file = JSON.parse(readFileSync(new URL('../resources/demo/meeting-2-2568.json', import.meta.url), 'utf8'));
        const existing = await core.invoke('meetings.get', { id: file.meeting.id });
        if (existing.ok) return void console.log(`ข้อมูลสาธิต (ครั้งที่ 2/2568) มีอยู่แล้วใน ${core.dbPath}`);
        await call(core, 'exchange.importMeeting', { file });
        console.log(`โหลดข้อมูลสาธิต การประชุมครั้งที่ 2/2568 ลงใน ${core.dbPath} แล้ว`);
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
        const out = need(values.out, 'out');
        const found = await call<{ id: string }>(core, 'meetings.find', {
          number: need(values.meeting, 'meeting'), seriesId: values.series ? await seriesId(core, values.series) : undefined,
        });
        if (rest[0] !== 'meeting') {
          const file = await call<{ base64: string }>(core, 'documents.export', {
            meetingId: found.id, kind: rest[0], format: values.format, settings: values['thai-digits'] ? { digits: 'thai' } : undefined,
          });
          writeFileSync(out, Buffer.from(file.base64, 'base64'));
          console.log(`ส่งออก${rest[0] === 'minutes' ? 'รายงานการประชุม' : 'ระเบียบวาระการประชุม'}ครั้งที่ ${values.meeting} ไปที่ ${out} แล้ว`);
          return;
        }
        const file = await call(core, 'exchange.exportMeeting', { id: found.id });
        writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
        console.log(`ส่งออกการประชุมครั้งที่ ${values.meeting} ไปที่ ${out} แล้ว`);
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
        await core.backupTo(out);
        console.log(`สำรองฐานข้อมูลไปที่ ${out} แล้ว (ตรวจ integrity_check ผ่าน)`);
        return;
      }
    }
  } finally {
    await core.close();
  }
}

async function seriesId(core: LekhaCore, name: string): Promise<string> {
  const all = await call<{ id: string; nameTh: string; shortName: string }[]>(core, 'series.list', {});
  const match = all.find((s) => s.nameTh === name || s.shortName === name);
  if (!match) throw new CliError(`ไม่พบชุดการประชุม "${name}"`);
  return match.id;
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
