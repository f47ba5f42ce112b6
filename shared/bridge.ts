import type { LekhaEvent } from './contract';
import type { Envelope } from './errors';

/**
 * What the renderer talks to: on the desktop the preload exposes it as `window.lekha`
 * (and the preload object `satisfies` this type); in browser mode an HTTP client implements it.
 */
export interface LekhaBridge {
  invoke(method: string, args: unknown): Promise<Envelope<unknown>>;
  /** Subscribe to core events; returns the unsubscribe function. */
  on(listener: (event: LekhaEvent) => void): () => void;
}

/** The IPC channel names: one for calls, one for events. */
export const IPC_INVOKE = 'lekha:invoke';
export const IPC_EVENT = 'lekha:event';

/** Browser mode: the header that carries the session token, and the API paths. */
export const TOKEN_HEADER = 'x-lekha-token';
export const API_INVOKE_PATH = '/api/invoke/';
export const API_EVENTS_PATH = '/api/events';
/** Team mode: `GET` who is signed in (and whether sign-in is asked), `POST` to sign in; and sign out. */
export const API_SESSION_PATH = '/api/session';
export const API_SIGN_OUT_PATH = '/api/session/sign-out';
