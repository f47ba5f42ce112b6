import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { LekhaError } from '../../../shared/errors';
import type { DB } from '../../db/types';
import { normaliseUsername } from './officers';
import { type SignedInOfficer, toOfficer } from './officer';
import { decoyHash, passwordMatches } from './passwords';

/** A working day and its evening: after that the officer signs in again. */
export const SESSION_HOURS = 12;

/** The database keeps the token's SHA-256 only: a copy of the file (a backup) opens no session. */
const tokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

const notSignedIn = (why: string) => new LekhaError('UNAUTHENTICATED', `กรุณาเข้าสู่ระบบ: ${why}`);
const wrongPassword = () => new LekhaError('UNAUTHENTICATED', 'เข้าสู่ระบบไม่ได้: ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', 'password');

export interface OpenSession {
  /** 256 random bits, base64url: goes to the browser (an HttpOnly cookie), never stored as is. */
  token: string;
  officer: SignedInOfficer;
  expiresAt: string;
}

/** Checks the password (argon2id) and opens a session; refusals never say whether the user name exists. */
export async function signIn(db: Kysely<DB>, username: string, password: string, now: string, hours = SESSION_HOURS): Promise<OpenSession> {
  const row = await db.selectFrom('officers').selectAll().where('username', '=', normaliseUsername(username)).executeTakeFirst();
  if (!row) {
    await passwordMatches(await decoyHash(), password);
    throw wrongPassword();
  }
  if (!(await passwordMatches(row.password_hash, password))) throw wrongPassword();
  if (row.active !== 1) throw new LekhaError('UNAUTHENTICATED', 'เข้าสู่ระบบไม่ได้: บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อฝ่ายเลขานุการ');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.parse(now) + hours * 3_600_000).toISOString();
  await db.insertInto('officer_sessions').values({ id: tokenId(token), officer_id: row.id, created_at: now, expires_at: expiresAt, ended_at: null }).execute();
  return { token, officer: toOfficer(row), expiresAt };
}

/** The officer a browser's token stands for, or a Thai refusal saying why not (none, signed out, expired, disabled). */
export async function officerOfSession(db: Kysely<DB>, token: string | null | undefined, now: string): Promise<SignedInOfficer> {
  if (!token) throw notSignedIn('ยังไม่ได้เข้าสู่ระบบ');
  const row = await db.selectFrom('officer_sessions').innerJoin('officers', 'officers.id', 'officer_sessions.officer_id')
    .select(['officers.id', 'officers.name', 'officers.username', 'officers.role', 'officers.organisation_id', 'officers.clearance', 'officers.active',
      'officer_sessions.expires_at', 'officer_sessions.ended_at'])
    .where('officer_sessions.id', '=', tokenId(token)).executeTakeFirst();
  if (!row) throw notSignedIn('รหัสการเข้าใช้ไม่ถูกต้อง');
  if (row.ended_at !== null) throw notSignedIn('ออกจากระบบแล้ว');
  if (row.expires_at <= now) throw notSignedIn(`หมดเวลาการเข้าใช้ (ครบ ${SESSION_HOURS} ชั่วโมง)`);
  if (row.active !== 1) throw notSignedIn('บัญชีนี้ถูกระงับการใช้งาน');
  return toOfficer(row);
}

export async function signOut(db: Kysely<DB>, token: string, now: string): Promise<void> {
  await db.updateTable('officer_sessions').set({ ended_at: now }).where('id', '=', tokenId(token)).where('ended_at', 'is', null).execute();
}
