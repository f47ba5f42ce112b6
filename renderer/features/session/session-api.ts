import { API_SESSION_PATH, API_SIGN_OUT_PATH } from '../../../shared/bridge';
import type { Envelope } from '../../../shared/errors';
import type { SessionOfficer } from '../../../shared/schemas/session';

/**
 * Team mode's three requests, outside the contract because they set and clear the session cookie
 * (electron/server-team.ts). Same-origin fetches carry the cookie; scripts never see it (HttpOnly).
 */
export type SessionState = { team: boolean; officer: SessionOfficer | null };

const unreachable = (message: string): Envelope<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

async function ask<T>(fetcher: typeof fetch, path: string, body?: unknown): Promise<Envelope<T>> {
  try {
    const response = await fetcher(path, body === undefined ? { method: 'GET' } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return (await response.json()) as Envelope<T>;
  } catch {
    return unreachable('ติดต่อเครื่องแม่ข่ายของเลขาไม่ได้ กรุณาตรวจสอบเครือข่ายแล้วลองอีกครั้ง');
  }
}

export const readSession = (fetcher: typeof fetch) => ask<SessionState>(fetcher, API_SESSION_PATH);
export const signIn = (fetcher: typeof fetch, username: string, password: string) =>
  ask<{ officer: SessionOfficer }>(fetcher, API_SESSION_PATH, { username, password });
export const signOut = (fetcher: typeof fetch) => ask<{ officer: null }>(fetcher, API_SIGN_OUT_PATH, {});
