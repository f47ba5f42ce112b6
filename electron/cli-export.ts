import { secrecyLabels } from '../shared/schemas/document-settings';
import { documentSecrecy, type Secrecy } from '../shared/secrecy';
import { writeFileAtomic } from './files';
import type { LekhaCore } from './api';
import { copiesOption } from './cli-copies';
import { CliError, type CommandInput, call, optional, required, withCore } from './cli-common';

interface ExportOptions {
  out: string;
  kind?: string;
  format?: string;
  meeting?: string;
  series?: string;
  org?: string;
  status?: string;
  'thai-digits'?: boolean;
  copies?: { copies: number; recipients: string[] } | null;
  'confirm-top-secret'?: boolean;
}

async function seriesId(core: LekhaCore, name: string): Promise<string> {
  const all = await call<{ id: string; nameTh: string; shortName: string }[]>(core, 'series.list', {});
  const match = all.find((s) => s.nameTh === name || s.shortName === name);
  if (!match) throw new CliError(`ไม่พบชุดการประชุม "${name}"`);
  return match.id;
}

/** The meeting `--meeting 2/2568` names (within `--series` when several series have that number). */
export async function meetingId(core: LekhaCore, o: { meeting?: string; series?: string }): Promise<string> {
  if (!o.meeting) throw new CliError('ต้องระบุ --meeting เช่น --meeting 2/2568', 2);
  const found = await call<{ id: string }>(core, 'meetings.find', { number: o.meeting, seriesId: o.series ? await seriesId(core, o.series) : undefined });
  return found.id;
}

async function organisationId(core: LekhaCore, abbr: string | undefined): Promise<string | undefined> {
  if (!abbr) return undefined;
  const orgs = await call<{ id: string; abbrTh: string; abbrEn: string | null }[]>(core, 'organisations.list', {});
  const match = orgs.find((o) => o.abbrTh === abbr || o.abbrEn?.toLowerCase() === abbr.toLowerCase());
  if (!match) throw new CliError(`ไม่รู้จักหน่วยงานอักษรย่อ "${abbr}"`);
  return match.id;
}

const statusFilter = (status: string | undefined) => {
  if (!status) return {};
  if (status === 'overdue') return { overdue: true };
  if (status === 'open') return { statuses: ['open', 'in_progress'] };
  if (status === 'done') return { statuses: ['done'] };
  throw new CliError('--status ต้องเป็น open, overdue หรือ done', 2);
};

/** The contract call that makes the file of each kind but `meeting`. */
async function request(core: LekhaCore, what: string, o: ExportOptions, settings: { digits: string } | undefined): Promise<[string, unknown]> {
  switch (what) {
    case 'minutes':
    case 'agenda':
    case 'signin':
      return ['documents.export', { meetingId: await meetingId(core, o), kind: what, format: o.format, settings, confirmTopSecret: o['confirm-top-secret'] }];
    case 'book':
      return ['documents.book', { meetingId: await meetingId(core, o), settings, confirmTopSecret: o['confirm-top-secret'] }];
    case 'actions':
      return ['reports.actions', {
        format: o.format, organisationId: await organisationId(core, o.org), ...statusFilter(o.status), settings, confirmTopSecret: o['confirm-top-secret'],
      }];
    case 'register':
      return ['secrets.printRegister', { format: o.format, meetingId: o.meeting ? await meetingId(core, o) : undefined, settings }];
    case 'policies':
      return ['reports.policies', { format: o.format, settings, confirmTopSecret: o['confirm-top-secret'] }];
    case 'public':
      return ['documents.publicVersion', { meetingId: await meetingId(core, o), format: o.format, settings }];
    default:
      return ['reports.press', { meetingId: await meetingId(core, o), format: o.format }];
  }
}

/**
 * A secret document leaves as numbered copies entered in the register (issue 14), as the export dialog
 * makes it: without --copies the command says so and writes nothing.
 */
async function refuseUnnumberedSecret(core: LekhaCore, what: string, id: string): Promise<void> {
  const meeting = await call<{ secrecy: Secrecy; agendaItems: { secrecy: Secrecy }[] }>(core, 'meetings.get', { id });
  const files = what === 'minutes' ? [] : await call<{ secrecy: Secrecy }[]>(core, 'attachments.list', { meetingId: id });
  const secrecy = documentSecrecy(what, meeting, files);
  if (secrecy === 'none') return;
  throw new CliError(
    `เอกสารนี้มีชั้นความลับ "${secrecyLabels[secrecy]}" จึงส่งออกเป็นสำเนามีเลขฉบับเท่านั้น ระบุจำนวนฉบับและผู้รับ เช่น --copies 2 --to "ชื่อผู้รับ,ชื่อผู้รับ" (ทุกฉบับเข้าทะเบียนหนังสือลับ)`,
    2,
  );
}

/** `lekha export meeting|minutes|agenda|signin|book|actions|policies|press|public`: bytes from the contract, written to --out. */
export async function exportCommand(core: LekhaCore, what: string, o: ExportOptions): Promise<void> {
  const settings = o['thai-digits'] ? { digits: 'thai' } : undefined;
  if (what === 'letters') {
    const { exportLetters } = await import('./cli-letters');
    return exportLetters(core, await meetingId(core, o), { kind: o.kind, format: o.format, out: o.out, thaiDigits: o['thai-digits'] === true, confirmTopSecret: o['confirm-top-secret'] });
  }
  if (o.copies) {
    if (what !== 'minutes' && what !== 'agenda' && what !== 'book') throw new CliError('--copies ใช้ได้กับ minutes, agenda และ book เท่านั้น', 2);
    const { exportCopies } = await import('./cli-copies');
    const args = { meetingId: await meetingId(core, o), kind: what, format: o.format, settings, ...o.copies, confirmTopSecret: o['confirm-top-secret'] };
    return exportCopies(core, args, o.out);
  }
  if (what === 'minutes' || what === 'agenda' || what === 'book') await refuseUnnumberedSecret(core, what, await meetingId(core, o));
  if (what === 'meeting') {
    const file = await call(core, 'exchange.exportMeeting', { id: await meetingId(core, o) });
    writeFileAtomic(o.out, Buffer.from(`${JSON.stringify(file, null, 2)}\n`));
  } else {
    const [method, args] = await request(core, what, o, settings);
    const file = await call<{ fileName: string; base64: string; warnings?: string[] }>(core, method, args);
    // Without --out (allowed for the public version), the file takes its own name in the current folder.
    o.out ||= file.fileName;
    // Whole or not at all, and the officer's alone: an export may hold what the meeting kept confidential.
    writeFileAtomic(o.out, Buffer.from(file.base64, 'base64'));
    for (const warning of file.warnings ?? []) console.error(`คำเตือน: ${warning}`);
  }
  console.log(`ส่งออก ${what} ไปที่ ${o.out} แล้ว`);
}

/** What each kind of export can be written as. */
const formats: Record<string, string[]> = {
  meeting: ['json'], book: ['pdf'], minutes: ['pdf', 'docx'], letters: ['pdf', 'docx'], agenda: ['pdf', 'docx'], signin: ['pdf', 'docx'], actions: ['xlsx', 'csv', 'docx', 'pdf'], policies: ['docx', 'pdf'], press: ['docx', 'txt'], public: ['pdf', 'docx'], register: ['pdf', 'docx'],
};

/** `lekha export …`: the kind and format are checked before the database is opened. */
export async function run(input: CommandInput): Promise<void> {
  const what = input.args[0];
  const allowed = Object.hasOwn(formats, what) ? formats[what] : undefined;
  if (!allowed) throw new CliError(`export รองรับ ${Object.keys(formats).join(', ')}\n\n${input.usage}`, 2);
  // The two kinds with one format need not be told it.
  const format = optional(input, 'format') ?? (allowed.length === 1 ? allowed[0] : '');
  if (!allowed.includes(format)) throw new CliError(`ต้องระบุ ${allowed.map((f) => `--format ${f}`).join(' หรือ ')}`, 2);
  // The public version is meant to be handed out: its own name (มติการประชุม ครั้งที่ … ฉบับเผยแพร่) will do.
  const out = what === 'public' ? (optional(input, 'out') ?? '') : required(input, 'out');
  const kind = optional(input, 'kind');
  if (what === 'letters' && kind !== 'invitation' && kind !== 'directives') throw new CliError(`ต้องระบุ --kind invitation หรือ --kind directives\n\n${input.usage}`, 2);
  const o: ExportOptions = {
    out, format, meeting: optional(input, 'meeting'), series: optional(input, 'series'), org: optional(input, 'org'),
    status: optional(input, 'status'), 'thai-digits': input.values['thai-digits'] === true, kind,
    copies: copiesOption(optional(input, 'copies'), optional(input, 'to')), 'confirm-top-secret': input.values['confirm-top-secret'] === true,
  };
  await withCore(input, (core) => exportCommand(core, what, o));
}
