import type { Organisation } from '../shared/schemas/directory';
import { CliError, type CommandInput, call, optional, required, withCore } from './cli-common';

const kinds = ['ministry', 'central_agency', 'ministry_office', 'department', 'public_organisation', 'state_enterprise', 'external_partner'];

/**
 * `lekha org list [--all]` and `lekha org add --abbr ABBR --name NAME [--name-en …] [--abbr-en …] [--kind KIND]`:
 * the organisations a meeting file or a directive may name, kept from the command line too.
 */
export async function run(input: CommandInput): Promise<void> {
  const [what] = input.args;
  if (what === 'list') return list(input);
  if (what === 'add') return add(input);
  throw new CliError(`org รองรับ list และ add\n\n${input.usage}`, 2);
}

async function list(input: CommandInput): Promise<void> {
  await withCore(input, async (core) => {
    const all = await call<Organisation[]>(core, 'organisations.list', {});
    const shown = input.values.all ? all : all.filter((o) => o.active);
    for (const o of shown) {
      const marks = [o.active ? '' : 'เลิกใช้', o.abbrVerified ? '' : 'ยังไม่ได้ตรวจสอบอักษรย่อ'].filter(Boolean);
      console.log([o.abbrTh, o.nameTh, o.abbrEn ?? '', o.kind, marks.join(', ')].join('\t'));
    }
    console.log(`รวม ${shown.length} หน่วยงาน`);
  });
}

async function add(input: CommandInput): Promise<void> {
  const kind = optional(input, 'kind') ?? 'department';
  if (!kinds.includes(kind)) throw new CliError(`--kind ต้องเป็น ${kinds.join(', ')}`, 2);
  const args = {
    abbrTh: required(input, 'abbr'), nameTh: required(input, 'name'), kind,
    nameEn: optional(input, 'name-en') ?? null, abbrEn: optional(input, 'abbr-en') ?? null,
  };
  await withCore(input, async (core) => {
    const created = await call<Organisation>(core, 'organisations.create', args);
    console.log(`เพิ่มหน่วยงาน ${created.nameTh} (${created.abbrTh}) แล้ว`);
  });
}
