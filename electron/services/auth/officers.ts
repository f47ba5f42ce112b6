import type { Kysely } from 'kysely';
import { LekhaError, type Problem, refusal } from '../../../shared/errors';
import { type Role, roles, roleTitles } from '../../../shared/permissions';
import type { Secrecy } from '../../../shared/secrecy';
import type { DB } from '../../db/types';
import { newId, type ServiceContext } from '../context';
import { write } from '../write';
import { toOfficer, type SignedInOfficer } from './officer';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

/**
 * Officer accounts (`lekha users …`). Every change is in the audit log like any other record, under entity
 * `officers`, without the hash: the history says a password was changed, never what it became.
 */
export interface OfficerInput {
  name: string;
  username: string;
  role: Role;
  /** The agency's abbreviation (อักษรย่อ) or id: required for an agency reporter, refused for the others. */
  agency?: string;
  clearance?: Secrecy;
  password: string;
}

export interface OfficerRow extends SignedInOfficer {
  active: boolean;
  agencyAbbr: string | null;
}

const USERNAME = /^[a-z0-9._-]{3,64}$/;
export const normaliseUsername = (text: string): string => text.trim().toLowerCase();

export function passwordProblems(password: string): Problem[] {
  return password.length < MIN_PASSWORD_LENGTH ? [{ field: 'password', message: `รหัสผ่านต้องยาวอย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร` }] : [];
}

/** Officers hold ลับที่สุด only as the secretariat (REGULATIONS.md: it never travels electronically to others). */
const defaultClearance: Record<Role, Secrecy> = { secretariat: 'top_secret', reporter: 'none', reader: 'none' };

export async function addOfficer(ctx: ServiceContext, input: OfficerInput): Promise<OfficerRow> {
  const username = normaliseUsername(input.username);
  const problems: Problem[] = [];
  if (!input.name.trim()) problems.push({ field: 'name', message: 'ต้องระบุชื่อเจ้าหน้าที่' });
  if (!USERNAME.test(username)) problems.push({ field: 'username', message: 'ชื่อผู้ใช้ต้องยาว 3–64 ตัว ใช้ได้เฉพาะ a–z 0–9 . _ -' });
  if (!roles.includes(input.role)) problems.push({ field: 'role', message: `บทบาทต้องเป็น ${roles.join(', ')}` });
  const clearance = input.clearance ?? defaultClearance[input.role];
  if (clearance === 'top_secret' && input.role !== 'secretariat') {
    problems.push({ field: 'clearance', message: 'ชั้น "ลับที่สุด" ให้ได้เฉพาะเจ้าหน้าที่ฝ่ายเลขานุการ' });
  }
  problems.push(...passwordProblems(input.password));
  let organisationId: string | null = null;
  if (input.role === 'reporter') {
    const agency = input.agency?.trim() ?? '';
    const org = agency
      ? await ctx.db.selectFrom('organisations').select('id').where((e) => e.or([e('abbr_th', '=', agency), e('id', '=', agency)])).executeTakeFirst()
      : undefined;
    if (!org) problems.push({ field: 'agency', message: agency ? `ไม่พบหน่วยงาน "${agency}" ในทะเบียนหน่วยงาน` : 'ผู้รายงานของหน่วยงานต้องระบุหน่วยงาน' });
    organisationId = org?.id ?? null;
  } else if (input.agency) {
    problems.push({ field: 'agency', message: `${roleTitles[input.role]} ไม่ผูกกับหน่วยงาน (ระบุหน่วยงานเฉพาะผู้รายงานของหน่วยงาน)` });
  }
  if (problems.length) throw refusal('INVALID', 'เพิ่มเจ้าหน้าที่ไม่ได้', problems);
  const taken = await ctx.db.selectFrom('officers').select('id').where('username', '=', username).executeTakeFirst();
  if (taken) throw new LekhaError('CONFLICT', `มีชื่อผู้ใช้ "${username}" อยู่แล้ว`, 'username');
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  await write(ctx, async (w) => {
    const row = {
      id, name: input.name.trim(), username, role: input.role, organisation_id: organisationId, clearance, active: 1 as const,
      password_hash: passwordHash, created_at: w.at, updated_at: w.at,
    };
    await w.trx.insertInto('officers').values(row).execute();
    await w.log('officers', id, 'create', null, { name: row.name, username, role: row.role, organisation_id: organisationId, clearance });
  });
  return (await listOfficers(ctx.db)).find((o) => o.id === id)!;
}

export async function listOfficers(db: Kysely<DB>): Promise<OfficerRow[]> {
  const rows = await db.selectFrom('officers').leftJoin('organisations', 'organisations.id', 'officers.organisation_id')
    .select(['officers.id', 'officers.name', 'officers.username', 'officers.role', 'officers.organisation_id', 'officers.clearance', 'officers.active', 'organisations.abbr_th'])
    .orderBy('officers.username').execute();
  return rows.map((r) => ({ ...toOfficer(r), active: r.active === 1, agencyAbbr: r.abbr_th ?? null }));
}

async function officerByUsername(db: Kysely<DB>, username: string) {
  const row = await db.selectFrom('officers').selectAll().where('username', '=', normaliseUsername(username)).executeTakeFirst();
  if (!row) throw new LekhaError('NOT_FOUND', `ไม่พบชื่อผู้ใช้ "${normaliseUsername(username)}"`, 'username');
  return row;
}

/** Disabled officers cannot sign in and their open sessions end at once; the record stays for the history. */
export async function setOfficerActive(ctx: ServiceContext, username: string, active: boolean): Promise<void> {
  const row = await officerByUsername(ctx.db, username);
  await write(ctx, async (w) => {
    await w.trx.updateTable('officers').set({ active: active ? 1 : 0, updated_at: w.at }).where('id', '=', row.id).execute();
    if (!active) await w.trx.updateTable('officer_sessions').set({ ended_at: w.at }).where('officer_id', '=', row.id).where('ended_at', 'is', null).execute();
    await w.log('officers', row.id, 'update', { active: row.active === 1 }, { active });
  });
}

/** A new password ends every session the officer had open (a stolen session dies with the old password). */
export async function setOfficerPassword(ctx: ServiceContext, username: string, password: string): Promise<void> {
  const problems = passwordProblems(password);
  if (problems.length) throw refusal('INVALID', 'เปลี่ยนรหัสผ่านไม่ได้', problems);
  const row = await officerByUsername(ctx.db, username);
  const passwordHash = await hashPassword(password);
  await write(ctx, async (w) => {
    await w.trx.updateTable('officers').set({ password_hash: passwordHash, updated_at: w.at }).where('id', '=', row.id).execute();
    await w.trx.updateTable('officer_sessions').set({ ended_at: w.at }).where('officer_id', '=', row.id).where('ended_at', 'is', null).execute();
    await w.log('officers', row.id, 'update', { password: 'เดิม' }, { password: 'เปลี่ยนแล้ว' });
  });
}

/** Team mode is on for a database as soon as it holds an officer account. */
export async function hasOfficers(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('officers').select('id').limit(1).executeTakeFirst()) !== undefined;
}
