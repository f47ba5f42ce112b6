import type { LekhaBridge } from '../../shared/bridge';
import { type ApiClient, createClient } from './client';
import { createHttpBridge, takeToken } from './http-bridge';

declare global {
  interface Window {
    /** Exposed by the desktop app's preload; absent in browser mode. */
    lekha?: LekhaBridge;
  }
}

export type TransportKind = 'desktop' | 'browser';

/** Pick the transport once, at start: the desktop bridge when the preload gave one, HTTP otherwise. */
export function connect(win: Window & typeof globalThis = window): { client: ApiClient; kind: TransportKind; hasToken: boolean } {
  if (win.lekha) return { client: createClient(win.lekha), kind: 'desktop', hasToken: true };
  const token = takeToken(win);
  const bridge = createHttpBridge(
    { location: win.location, history: win.history, sessionStorage: win.sessionStorage, fetch: win.fetch.bind(win), EventSource: win.EventSource },
    token,
  );
  return { client: createClient(bridge), kind: 'browser', hasToken: token !== null };
}

/** Team mode (`lekha serve` with officer accounts): the session cookie instead of a token. */
export function connectSignedIn(onSignedOut: (message: string) => void, win: Window & typeof globalThis = window): ApiClient {
  const bridge = createHttpBridge(
    { location: win.location, history: win.history, sessionStorage: win.sessionStorage, fetch: win.fetch.bind(win), EventSource: win.EventSource },
    null,
    { onSignedOut },
  );
  return createClient(bridge);
}
