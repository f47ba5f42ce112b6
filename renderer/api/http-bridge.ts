import { API_EVENTS_PATH, API_INVOKE_PATH, API_SESSION_PATH, type LekhaBridge, TOKEN_HEADER } from '../../shared/bridge';
import type { LekhaEvent } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

export const TOKEN_STORAGE_KEY = 'lekha.token';

/** The parts of `window` browser mode uses; injectable so tests need no real browser. */
export interface BrowserEnv {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  fetch: typeof fetch;
  EventSource?: typeof EventSource;
}

/**
 * Take the session token from `?token=…` once, keep it in sessionStorage (so a reload still works)
 * and remove it from the visible address, so it is not copied, bookmarked or shown on screen.
 */
export function takeToken(env: Pick<BrowserEnv, 'location' | 'history' | 'sessionStorage'>): string | null {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    env.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

const failure = (message: string): Envelope<unknown> => ({ ok: false, error: { code: 'INTERNAL', message } });

/** How long a team page waits before listening again when its stream was refused but the session holds. */
const REOPEN_MS = 5_000;

export const NO_TOKEN_MESSAGE =
  'ไม่พบรหัสเข้าใช้งาน กรุณาเปิดโปรแกรมจากที่อยู่ที่คำสั่ง lekha serve แสดง (ซึ่งมี ?token=…)';

/**
 * Browser mode: `POST /api/invoke/<method>` with the token header; events by server-sent events. In team
 * mode (`signedIn`) there is no token: the browser's HttpOnly session cookie goes with each same-origin
 * request, and a refusal for want of a session (expired, signed out elsewhere) calls `signedIn.onSignedOut`.
 */
export function createHttpBridge(env: BrowserEnv, token: string | null, signedIn?: { onSignedOut: (message: string) => void }): LekhaBridge {
  const listeners = new Set<(event: LekhaEvent) => void>();
  let source: EventSource | null = null;

  function openEvents(): void {
    if (source || (!token && !signedIn) || !env.EventSource) return;
    source = new env.EventSource(token ? `${API_EVENTS_PATH}?token=${encodeURIComponent(token)}` : API_EVENTS_PATH);
    source.onmessage = (message) => {
      let event: LekhaEvent;
      try {
        event = JSON.parse(message.data) as LekhaEvent;
      } catch (e) {
        console.warn('[lekha] unreadable event', message.data, e);
        return;
      }
      for (const listener of listeners) listener(event);
    };
    // Team mode: the server ends an officer's stream when the session ends (server-events.ts) and refuses the
    // browser's reconnection; the page then asks who is signed in, and shows the sign-in page at once rather
    // than at the officer's next click.
    if (signedIn) source.onerror = () => {
      if (source?.readyState === 2) void checkSession(source);
    };
  }

  async function checkSession(closed: EventSource): Promise<void> {
    if (source === closed) source = null;
    try {
      const answer = (await (await env.fetch(API_SESSION_PATH)).json()) as Envelope<{ officer: unknown }>;
      if (answer.ok && answer.value.officer === null) signedIn?.onSignedOut('กรุณาเข้าสู่ระบบ: การเข้าใช้สิ้นสุดแล้ว');
      // Still signed in (the server restarted, a refusal of another kind): listen again, after a pause.
      else if (listeners.size) setTimeout(openEvents, REOPEN_MS);
    } catch (e) {
      console.warn('[lekha] session check after the live updates ended', e);
    }
  }

  return {
    async invoke(method, args) {
      if (!token && !signedIn) return failure(NO_TOKEN_MESSAGE);
      let response: Response;
      try {
        response = await env.fetch(`${API_INVOKE_PATH}${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
          body: JSON.stringify(args ?? {}),
        });
      } catch (e) {
        console.warn('[lekha] network error', method, e);
        return failure('ติดต่อโปรแกรมเลขาไม่ได้ กรุณาตรวจสอบว่าโปรแกรมยังทำงานอยู่ แล้วลองอีกครั้ง');
      }
      try {
        const answer = (await response.json()) as Envelope<unknown>;
        if (signedIn && !answer.ok && answer.error.code === 'UNAUTHENTICATED') signedIn.onSignedOut(answer.error.message);
        return answer;
      } catch (e) {
        console.warn('[lekha] unreadable answer', method, response.status, e);
        return failure(`โปรแกรมเลขาตอบกลับในรูปแบบที่อ่านไม่ได้ (HTTP ${response.status})`);
      }
    },
    on(listener) {
      listeners.add(listener);
      openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
