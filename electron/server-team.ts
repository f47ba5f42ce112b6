import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { isLekhaError } from '../shared/errors';
import { type LekhaCore, SESSION_HOURS, type SignedInOfficer } from './api';

/**
 * Team mode of `lekha serve` (issue 15, point 4): officers sign in with their user name and password; the
 * browser then holds a session token in a cookie that scripts cannot read (HttpOnly), that no other site's
 * request carries (SameSite=Strict), and, over HTTPS, that never travels in clear (Secure).
 */
export const SESSION_COOKIE = 'lekha_session';
export { API_SESSION_PATH as SESSION_PATH, API_SIGN_OUT_PATH as SIGN_OUT_PATH } from '../shared/bridge';

/** 127.0.0.0/8, ::1 and `localhost`: the only addresses plain HTTP is allowed on. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

export function sessionToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}${secure ? '; Secure' : ''}`;
}
export const clearedCookie = (secure: boolean) => `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;

/**
 * Failed sign-ins per user name: after 5 within 15 minutes that name is refused for the rest of the window,
 * so a password cannot be guessed at the speed of the network (argon2 already costs each try ~0.1 s).
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly limit = 5, private readonly windowMs = 15 * 60_000) {}
  private recent(name: string, now: number): number[] {
    const kept = (this.failures.get(name) ?? []).filter((t) => now - t < this.windowMs);
    this.failures.set(name, kept);
    return kept;
  }
  blocked(name: string, now = Date.now()): boolean {
    return this.recent(name, now).length >= this.limit;
  }
  failed(name: string, now = Date.now()): void {
    this.recent(name, now).push(now);
  }
  succeeded(name: string): void {
    this.failures.delete(name);
  }
}

type Send = (res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => void;

/** `GET /api/session`: team mode or not, and who is signed in (the sign-in page asks this first). */
export async function describeSession(core: LekhaCore, req: IncomingMessage): Promise<{ team: true; officer: SignedInOfficer | null }> {
  try {
    return { team: true, officer: await core.auth.officerOf(sessionToken(req)) };
  } catch {
    return { team: true, officer: null };
  }
}

/** `POST /api/session` with `{ username, password }`: the cookie on success, a Thai refusal otherwise. */
export async function handleSignIn(core: LekhaCore, body: unknown, res: ServerResponse, send: Send, secure: boolean, throttle: SignInThrottle) {
  const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown };
  if (typeof username !== 'string' || typeof password !== 'string' || !username.trim() || !password) {
    return send(res, 400, { ok: false, error: { code: 'INVALID', message: 'กรุณากรอกชื่อผู้ใช้และรหัสผ่าน' } });
  }
  const name = username.trim().toLowerCase();
  if (throttle.blocked(name)) {
    return send(res, 429, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'เข้าสู่ระบบไม่ได้: ใส่รหัสผ่านผิดหลายครั้งเกินไป กรุณารอ 15 นาทีแล้วลองใหม่ หรือติดต่อฝ่ายเลขานุการ' } });
  }
  try {
    const session = await core.auth.signIn(username, password);
    throttle.succeeded(name);
    return send(res, 200, { ok: true, value: { officer: session.officer } }, { 'Set-Cookie': sessionCookie(session.token, secure) });
  } catch (error) {
    throttle.failed(name);
    if (isLekhaError(error)) return send(res, 401, { ok: false, error: error.toShape() });
    throw error;
  }
}

/** `POST /api/session/sign-out`: the session ends in the database, and `ended` closes its live-update streams. */
export async function handleSignOut(core: LekhaCore, req: IncomingMessage, res: ServerResponse, send: Send, secure: boolean, ended: (token: string) => void) {
  const token = sessionToken(req);
  if (token) {
    await core.auth.signOut(token);
    ended(token);
  }
  return send(res, 200, { ok: true, value: { officer: null } }, { 'Set-Cookie': clearedCookie(secure) });
}
