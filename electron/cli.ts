import { parseArgs } from 'node:util';
import { CliError, type CommandModule } from './cli-common';
import { defaultDbPath } from './paths';

/**
 * The commands: their lines of the usage text and their module. A module is imported only when its
 * command runs, so `lekha --help` loads no service, database driver or PDF code (and starts in
 * about the time of `node` itself). A new command is one entry here, its flags in `options` below.
 */
const commands: Record<string, { usage: string[]; load: () => Promise<CommandModule> }> = {
  demo: {
    usage: [
      'lekha demo [--db PATH]                       โหลดข้อมูลสาธิต การประชุมครั้งที่ 2/2568',
      'lekha demo --years N [--seed S] [--db PATH]  สร้างข้อมูลสมมติการใช้งาน N ปี (หลายชุดการประชุม ข้อสั่งการ ความคืบหน้า นโยบาย) ในฐานข้อมูลใหม่',
    ],
    load: () => import('./cli-demo'),
  },
  serve: {
    usage: [
      'lekha serve [--db PATH] [--port N]           เปิดโหมดเบราว์เซอร์ที่ 127.0.0.1',
      'lekha serve --database postgres://… [--files DIR]   ใช้ฐานข้อมูล PostgreSQL ของทีม (ไฟล์แนบเก็บในโฟลเดอร์ DIR ของเครื่องนี้)',
      'lekha serve --host ADDRESS --cert FILE --key FILE [--port N] [--team] [--db PATH]',
      '  โหมดทีม: เปิดให้เจ้าหน้าที่ในเครือข่ายใช้ผ่าน HTTPS โดยต้องเข้าสู่ระบบ (HTTP ธรรมดาได้เฉพาะ 127.0.0.1)',
      '  เจ้าหน้าที่ต้องเข้าสู่ระบบเสมอเมื่อฐานข้อมูลมีบัญชีเจ้าหน้าที่ หรือเมื่อระบุ --team',
    ],
    load: () => import('./cli-serve'),
  },
  users: {
    usage: [
      'lekha users add --username NAME --name "ชื่อ นามสกุล" --role secretariat|reporter|reader [--org ABBR] [--clearance none|confidential|secret|top_secret] [--db PATH]',
      '  เพิ่มบัญชีเจ้าหน้าที่ (ผู้รายงานของหน่วยงานต้องระบุ --org) รหัสผ่านพิมพ์ที่หน้าจอหรือส่งทาง stdin ไม่รับจากบรรทัดคำสั่ง',
      'lekha users list [--json] [--db PATH]        รายชื่อบัญชีเจ้าหน้าที่',
      'lekha users disable|enable NAME [--db PATH]  ระงับหรือเปิดใช้บัญชี (ระงับแล้วออกจากระบบทุกเครื่องทันที)',
      'lekha users password NAME [--db PATH]        เปลี่ยนรหัสผ่าน (พิมพ์ที่หน้าจอหรือส่งทาง stdin)',
    ],
    load: () => import('./cli-users'),
  },
  export: {
    usage: [
      'lekha export meeting --meeting 2/2568 --format json --out FILE [--series NAME] [--db PATH]',
      'lekha export minutes|agenda|signin --meeting 2/2568 --format pdf|docx --out FILE [--thai-digits] [--db PATH]',
      'lekha export letters --meeting 2/2568 --kind invitation|directives --format pdf|docx --out DIR [--thai-digits] [--db PATH]',
      '  หนังสือเชิญประชุม (ถึงผู้ได้รับเชิญคนละฉบับ พร้อมระเบียบวาระ) หรือหนังสือแจ้งมติและข้อสั่งการ (หน่วยงานละฉบับ) ลงในโฟลเดอร์ DIR',
      'lekha export book --meeting 2/2568 --out FILE.pdf [--thai-digits] [--db PATH]   เอกสารประกอบการประชุมทั้งเล่ม (ปก ระเบียบวาระพร้อมเลขหน้า เรื่องและไฟล์แนบ)',
      'lekha export actions --format xlsx|csv|docx|pdf [--org ABBR] [--status open|overdue|done] --out FILE [--db PATH]',
      'lekha export policies --format docx|pdf --out FILE [--db PATH]',
      'lekha export press --meeting 2/2568 --format docx|txt --out FILE [--db PATH]',
      'lekha export public --meeting 2/2568 --format pdf|docx [--out FILE] [--thai-digits] [--db PATH]',
      '  มติที่เผยแพร่ได้ (ฉบับเผยแพร่ตาม พ.ร.บ.ข้อมูลข่าวสารฯ): เรื่องที่ไม่เปิดเผยแสดงเฉพาะหัวเรื่อง ประเภทตามมาตรา 15 และเหตุผล ไม่รวมเรื่องที่มีชั้นความลับ',
      'lekha export minutes|agenda|book … --copies N [--to "ชื่อ,ชื่อ"] [--confirm-top-secret]',
      '  สำเนาเอกสารลับแบบมีเลขฉบับ "ฉบับที่ n ของ m ฉบับ" ไฟล์ละฉบับ (FILE ฉบับที่ n.pdf) ลงทะเบียนหนังสือลับพร้อมชื่อผู้รับ (เอกสารที่มีชั้นความลับส่งออกได้แบบนี้เท่านั้น)',
      '  เอกสารชั้น "ลับที่สุด" ทุกชนิดส่งออกได้เมื่อระบุ --confirm-top-secret เท่านั้น',
      'lekha export register --format pdf|docx --out FILE [--meeting 2/2568] [--db PATH]   พิมพ์ทะเบียนหนังสือลับ',
    ],
    load: () => import('./cli-export'),
  },
  attach: {
    usage: ['lekha attach --meeting 2/2568 --item 4.1 FILE… [--db PATH]  แนบไฟล์กับระเบียบวาระ'],
    load: () => import('./cli-attach'),
  },
  import: {
    usage: [
      'lekha import meeting FILE [--db PATH]        นำเข้าการประชุมจากไฟล์ JSON',
      '  [--rename-org "อสส.=อสส.(สวนสัตว์)"]        ให้หน่วยงานในไฟล์ใช้อักษรย่ออื่น เมื่ออักษรย่อนั้นเป็นของหน่วยงานอื่นในฐานข้อมูล',
      'lekha import participants --meeting 2/2568 FILE.csv [--db PATH]',
      '  รายงานผู้เข้าร่วมของ Zoom, Webex หรือ Microsoft Teams: เก็บพร้อม SHA-256 และบอกผู้ที่ตรงกับรายชื่อและแถวที่ไม่ตรง',
    ],
    load: () => import('./cli-import'),
  },
  org: {
    usage: [
      'lekha org list [--all] [--db PATH]           รายชื่อหน่วยงาน (--all รวมที่เลิกใช้)',
      'lekha org add --abbr ABBR --name NAME [--name-en NAME] [--abbr-en ABBR] [--kind KIND] [--db PATH]',
    ],
    load: () => import('./cli-org'),
  },
  search: {
    usage: [
      'lekha search "TEXT" [--kind item,directive,…] [--series NAME] [--year 2560-2568] [--limit N] [--json] [--db PATH]',
      '                                             ค้นหาข้อความในการประชุม วาระ รายงานการประชุม ข้อสั่งการ ความคืบหน้า นโยบาย และชื่อไฟล์แนบ',
    ],
    load: () => import('./cli-search'),
  },
  verify: {
    usage: ['lekha verify FILE.pdf [--json] [--db PATH]   ตรวจว่าไฟล์เป็นรายงานการประชุมที่รับรองแล้วหรือไม่ (0 ตรง, 3 ฉบับที่ยังไม่รับรอง, 1 ไม่ตรง)'],
    load: () => import('./cli-verify'),
  },
  'migrate-db': {
    usage: [
      'lekha migrate-db --from lekha.db --to postgres://… [--files DIR]',
      '  ย้ายข้อมูลทั้งหมดจากไฟล์ SQLite ไปยังฐานข้อมูล PostgreSQL ที่ยังว่าง (ไฟล์แนบคัดลอกไปยังโฟลเดอร์ DIR) แล้วตรวจจำนวนแถวและค่าแฮชของทุกตาราง',
    ],
    load: () => import('./cli-migrate-db'),
  },
  backup: {
    usage: ['lekha backup --out FOLDER [--db PATH]        สำรองฐานข้อมูลและไฟล์แนบลงโฟลเดอร์ใหม่ (ตรวจความถูกต้องแล้ว)'],
    load: () => import('./cli-backup'),
  },
  restore: {
    usage: ['lekha restore --from FOLDER [--db PATH]      นำสำเนาสำรองกลับมาใช้ (ตรวจก่อน เก็บฐานข้อมูลเดิมไว้ข้าง ๆ)'],
    load: () => import('./cli-restore'),
  },
};

const options = {
  db: { type: 'string' }, database: { type: 'string' }, files: { type: 'string' }, to: { type: 'string' }, port: { type: 'string' }, out: { type: 'string' }, meeting: { type: 'string' },
  format: { type: 'string' }, series: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  'thai-digits': { type: 'boolean' }, org: { type: 'string' }, status: { type: 'string' }, from: { type: 'string' },
  abbr: { type: 'string' }, name: { type: 'string' }, 'name-en': { type: 'string' }, 'abbr-en': { type: 'string' }, kind: { type: 'string' },
  all: { type: 'boolean' }, item: { type: 'string' }, years: { type: 'string' }, year: { type: 'string' }, limit: { type: 'string' }, seed: { type: 'string' }, 'rename-org': { type: 'string', multiple: true },
  json: { type: 'boolean' }, host: { type: 'string' }, cert: { type: 'string' }, key: { type: 'string' }, team: { type: 'boolean' },
  username: { type: 'string' }, role: { type: 'string' }, clearance: { type: 'string' }, copies: { type: 'string' }, 'confirm-top-secret': { type: 'boolean' },
} as const;

const usage = `เลขา (Lekha) — ระบบงานเลขานุการการประชุมผู้บริหาร

การใช้งาน:
${Object.values(commands).flatMap((c) => c.usage.map((line) => `  ${line}`)).join('\n')}

ฐานข้อมูลตั้งต้นคือไฟล์เดียวกับที่โปรแกรมบนเดสก์ท็อปใช้: ${defaultDbPath()}
(ตั้งค่า LEKHA_DB เพื่อใช้ไฟล์อื่น หรือ --database postgres://… / LEKHA_DATABASE_URL เพื่อใช้ฐานข้อมูล PostgreSQL ของทีม)`;

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const [name, ...args] = positionals;
  if (values.help || !name) return void console.log(usage);
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new CliError(`ไม่รู้จักคำสั่ง "${name}"\n\n${usage}`, 2);
  await (await command.load()).run({ args, values, usage });
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
