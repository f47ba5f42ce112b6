import { roles, type Role, roleTitles } from '../shared/permissions';
import type { Secrecy } from '../shared/secrecy';
import { CliError, type CommandInput, optional, required, withCore } from './cli-common';
import { readSecret } from './cli-secret';

/**
 * `lekha users add|list|disable|enable|password`: officer accounts of team mode, on the server's machine.
 * A password is never an argument (it would stay in the shell's history and in `ps`): it is asked for on
 * the terminal, twice, without echo, or read from the first line of standard input when that is not a terminal.
 */
const clearances: Secrecy[] = ['none', 'confidential', 'secret', 'top_secret'];

export async function run(input: CommandInput): Promise<void> {
  const [verb, name] = input.args;
  const username = () => name ?? required(input, 'username');
  switch (verb) {
    case 'add': {
      const role = required(input, 'role') as Role;
      if (!roles.includes(role)) throw new CliError(`--role ต้องเป็น ${roles.join(', ')}`, 2);
      const clearance = optional(input, 'clearance') as Secrecy | undefined;
      if (clearance && !clearances.includes(clearance)) throw new CliError(`--clearance ต้องเป็น ${clearances.join(', ')}`, 2);
      const password = await readSecret('รหัสผ่าน: ', 'ยืนยันรหัสผ่าน: ');
      await withCore(input, async (core) => {
        const added = await refusing(core.auth.addOfficer({ name: required(input, 'name'), username: username(), role, agency: optional(input, 'org'), clearance, password }));
        console.log(`เพิ่มบัญชี ${added.username} (${added.name}) บทบาท ${roleTitles[added.role]}${added.agencyAbbr ? ` หน่วยงาน ${added.agencyAbbr}` : ''} แล้ว`);
      });
      return;
    }
    case 'list':
      await withCore(input, async (core) => {
        const all = await core.auth.listOfficers();
        if (input.values.json) return void console.log(JSON.stringify(all, null, 2));
        if (!all.length) return void console.log('ยังไม่มีบัญชีเจ้าหน้าที่ (โหมดเจ้าหน้าที่คนเดียว)');
        for (const o of all) {
          console.log([o.username, o.name, roleTitles[o.role], o.agencyAbbr ?? '-', `ชั้นความลับ ${o.clearance}`, o.active ? 'ใช้งาน' : 'ระงับ'].join('\t'));
        }
      });
      return;
    case 'disable':
    case 'enable':
      await withCore(input, async (core) => {
        await refusing(core.auth.setActive(username(), verb === 'enable'));
        console.log(verb === 'enable' ? `เปิดใช้บัญชี ${username()} แล้ว` : `ระงับบัญชี ${username()} แล้ว (ออกจากระบบทุกเครื่องทันที)`);
      });
      return;
    case 'password': {
      const password = await readSecret('รหัสผ่านใหม่: ', 'ยืนยันรหัสผ่านใหม่: ');
      await withCore(input, async (core) => {
        await refusing(core.auth.setPassword(username(), password));
        console.log(`เปลี่ยนรหัสผ่านของ ${username()} แล้ว (ออกจากระบบทุกเครื่องแล้ว)`);
      });
      return;
    }
    default:
      throw new CliError(`ไม่รู้จักคำสั่งย่อย "${verb ?? ''}" ของ lekha users\n\n${input.usage}`, 2);
  }
}

/** The core's Thai refusals (a taken name, a short password) as the command's message and exit 1. */
async function refusing<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}
