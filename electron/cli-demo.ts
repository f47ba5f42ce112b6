import { existsSync, readFileSync, statSync } from 'node:fs';
import { isLekhaError } from '../shared/errors';
import { formatThaiDateShort } from '../shared/thai';
import type { DemoYearsProgress, LekhaCore } from './api';
import { resourcePath } from './app-root';
import { CliError, type CommandInput, call as callCore, databaseTarget, optional, withCore } from './cli-common';
import { isPostgresUrl } from './db/engine';

interface DemoPolicy {
  kind: string; titleTh: string; shortTitle: string; owner: string; description: string; stage: number; item: string; note: string;
  questions?: { question: string; positions: string[] }[];
  milestones?: { title: string; startDate: string; endDate: string }[];
  indicators?: { name: string; unit: string; value: number; source: string }[];
}

const read = (name: string) => JSON.parse(readFileSync(resourcePath('demo', name), 'utf8'));

/**
 * `lekha demo`: meeting 2/2568 from the press release, then the policies it followed, linked to its
 * agenda items, and illustrative progress on its actions — all through the contract like any client.
 */
export async function loadDemo(core: LekhaCore): Promise<'loaded' | 'present'> {
  const meetingFile = read('meeting-2-2568.json');
  if ((await core.invoke('meetings.get', { id: meetingFile.meeting.id })).ok) return 'present';
  const call = <T>(method: string, args: unknown) => callCore<T>(core, method, args);
  const { meetingId } = await call<{ meetingId: string }>('exchange.importMeeting', { file: meetingFile });
  const meeting = await call<{ seriesId: string; date: string; agendaItems: { id: string; number: string }[] }>('meetings.get', { id: meetingId });
  // The series' letterhead, so `lekha export letters` works on the demo (its illustrative parts say so in the file).
  await call('series.update', { id: meeting.seriesId, letterhead: read('letterhead-2-2568.json').letterhead });
  const item = (n: string) => meeting.agendaItems.find((i) => i.number === n)!.id;
  const orgs = await call<{ id: string; abbrTh: string }[]>('organisations.list', {});
  const org = (abbr: string) => orgs.find((o) => o.abbrTh === abbr)!.id;
  const templates = await call<{ kind: string; stages: { id: string; position: number }[] }[]>('stageTemplates.list', {});
  const { policies, progress } = read('policies-2-2568.json') as { policies: DemoPolicy[]; progress: { item: string; date: string; text: string; percent: number; reportedBy: string }[] };

  for (const p of policies) {
    const stage = templates.find((t) => t.kind === p.kind)!.stages.find((s) => s.position === p.stage)!;
    let policy = await call<{ id: string; questions: { id: string }[]; indicators: { id: string }[] }>('policies.create', {
      kind: p.kind, titleTh: p.titleTh, shortTitle: p.shortTitle, description: p.description, ownerOrgId: org(p.owner), stageId: stage.id,
      stageDate: meeting.date, stageNote: p.note, stageAgendaItemId: item(p.item),
    });
    for (const q of p.questions ?? []) {
      policy = await call('policies.addQuestion', { policyId: policy.id, question: q.question });
      const questionId = policy.questions.at(-1)!.id;
      for (const stakeholder of q.positions) await call('policies.addPosition', { questionId, stakeholder, status: 'undecided' });
    }
    for (const m of p.milestones ?? []) await call('policies.addMilestone', { policyId: policy.id, ...m });
    for (const i of p.indicators ?? []) {
      policy = await call('policies.addIndicator', { policyId: policy.id, name: i.name, unit: i.unit });
      await call('policies.addIndicatorValue', { indicatorId: policy.indicators.at(-1)!.id, asOf: meeting.date, value: i.value, source: i.source, agendaItemId: item(p.item) });
    }
  }
  const actions = await call<{ rows: { id: string; agendaItemId: string }[] }>('actions.list', { meetingId, limit: 1000 });
  for (const p of progress) {
    const action = actions.rows.find((a) => a.agendaItemId === item(p.item));
    if (action) await call('actions.addProgress', { actionId: action.id, date: p.date, text: p.text, percent: p.percent, reportedBy: p.reportedBy, illustrative: true });
  }
  return 'loaded';
}

const n = (x: number) => x.toLocaleString('en-US');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** What the progress and summary lines call each table, in the order they are printed. */
const labels: [string, string][] = [
  ['meetings', 'การประชุม'], ['attendance', 'รายชื่อผู้เข้าประชุม'], ['agenda_items', 'ระเบียบวาระ'], ['action_items', 'ข้อสั่งการและการติดตาม'],
  ['action_owners', 'หน่วยงานรับผิดชอบ'], ['progress_updates', 'รายงานความคืบหน้า'], ['minutes_versions', 'ฉบับรายงานการประชุม'],
  ['policies', 'นโยบายและร่างกฎหมาย'], ['policy_stage_history', 'ขั้นตอนนโยบาย'], ['agenda_item_policies', 'วาระที่เชื่อมกับนโยบาย'],
  ['people', 'บุคคล'], ['audit_log', 'บันทึกประวัติการแก้ไข'],
];

/** `lekha demo --years N [--seed S] [--db PATH]`: years of illustrative meetings, written in bulk. */
async function runYears(input: CommandInput, yearsText: string): Promise<void> {
  const years = Number(yearsText);
  if (!Number.isInteger(years) || years < 1 || years > 50) throw new CliError(`--years ต้องเป็นจำนวนปีเต็ม 1 ถึง 50 (ได้ "${yearsText}")\n\n${input.usage}`, 2);
  const seed = optional(input, 'seed') ?? 'lekha';
  const dbPath = databaseTarget(input);
  if (isPostgresUrl(dbPath)) {
    throw new CliError('lekha demo --years เขียนข้อมูลจำนวนมากลงไฟล์ SQLite โดยตรง จึงใช้กับ PostgreSQL ไม่ได้ กรุณาสร้างลงไฟล์ (--db) แล้วย้ายด้วย lekha migrate-db', 2);
  }
  const { buildYearsDemo } = await import('./api');
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const onProgress = ({ yearBe, counts }: DemoYearsProgress) => {
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`  พ.ศ. ${yearBe}: การประชุม ${n(counts.meetings ?? 0)} ครั้ง ระเบียบวาระ ${n(counts.agenda_items ?? 0)} ข้อสั่งการ ${n(counts.action_items ?? 0)} ` +
      `ความคืบหน้า ${n(counts.progress_updates ?? 0)} (รวม ${n(rows)} แถว) ${seconds()} วินาที`);
  };
  try {
    const onStart = ({ from, until }: { from: string; until: string }) =>
      console.log(`สร้างข้อมูลสาธิต ${years} ปี (${formatThaiDateShort(from)} ถึง ${formatThaiDateShort(until)}, ข้อมูลสมมติ, seed "${seed}") ลงใน ${dbPath}`);
    const onIndexing = () => console.log(`  สร้างดัชนีค้นหาข้อความ… ${seconds()} วินาที`);
    const result = await buildYearsDemo(dbPath, { years, seed, onStart, onProgress, onIndexing });
    const size = statSync(dbPath).size + (existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0);
    console.log(`เสร็จแล้วใน ${seconds()} วินาที ขนาดไฟล์ ${megabytes(size)} การประชุม ${n(result.meetings)} ครั้ง`);
    for (const [table, label] of labels) console.log(`  ${label} (${table}): ${n(result.rows[table] ?? 0)}`);
    console.log('ทุกรายการเป็นข้อมูลสมมติ (illustrative) เพื่อการทดสอบและสาธิต');
  } catch (error) {
    if (isLekhaError(error)) throw new CliError(error.message);
    throw error;
  }
}

/** `lekha demo [--db PATH]`, or with `--years N` the years of illustrative use. */
export async function run(input: CommandInput): Promise<void> {
  const years = optional(input, 'years');
  if (years !== undefined) return runYears(input, years);
  await withCore(input, async (core) => {
    const result = await loadDemo(core);
    console.log(result === 'present'
      ? `ข้อมูลสาธิต (ครั้งที่ 2/2568) มีอยู่แล้วใน ${core.dbPath}`
      : `โหลดข้อมูลสาธิต การประชุมครั้งที่ 2/2568 พร้อมนโยบายที่ติดตาม ลงใน ${core.dbPath} แล้ว`);
  });
}
