import { RENDERER_CSP } from '../../shared/csp';

/**
 * The shell's security decisions as pure functions over plain values.
 *
 * Why a separate file with no `electron` import: the Electron runtime cannot run in tests (or at
 * all on some machines), but these decisions are the part worth testing. The files that do import
 * `electron` (main, window, ipc, session) only gather plain values and call these.
 */

/**
 * Where the app's own page lives: the built file, the dev server during `electron-vite dev`, or a team's
 * `lekha serve` (issue 15: the desktop connects to the office's server instead of its local file; see
 * team-server.ts). A server's page is remote content: it gets no preload and no IPC, only its own HTTPS.
 */
export type AppPage = { kind: 'file'; url: string } | { kind: 'dev'; origin: string } | { kind: 'server'; origin: string };

/** What the main process knows about the frame that sent an IPC message. */
export interface SenderFacts {
  /** `event.sender` is the main window's webContents. */
  fromMainWindow: boolean;
  /** `event.senderFrame` is that window's top frame (not an iframe). */
  isTopFrame: boolean;
  /** `event.senderFrame.url`; null when the frame is already gone. */
  url: string | null;
}

/**
 * The dev server URL is honoured only outside a packaged app: a packaged app always loads its own
 * file, so an environment variable cannot point it at another server.
 */
export function appPageFor(options: { devServerUrl: string | undefined; isPackaged: boolean; indexFileUrl: string }): AppPage {
  if (!options.isPackaged && options.devServerUrl) {
    const origin = parseUrl(options.devServerUrl)?.origin;
    if (origin && origin !== 'null') return { kind: 'dev', origin };
  }
  return { kind: 'file', url: options.indexFileUrl };
}

/** The URL the window loads. */
export function appPageUrl(page: AppPage): string {
  return page.kind === 'file' ? page.url : `${page.origin}/`;
}

/**
 * Is this URL the app's own page? For the built app only the one index.html counts (any query or
 * hash), not its folder: a file:// page anywhere else on disk is foreign. On the dev server the
 * whole origin is ours, because Vite serves only the project.
 */
export function isAppPageUrl(url: string | null, page: AppPage): boolean {
  const u = url === null ? null : parseUrl(url);
  if (!u) return false;
  if (page.kind === 'dev' || page.kind === 'server') return u.origin === page.origin;
  const own = parseUrl(page.url);
  return own !== null && u.protocol === 'file:' && u.host === own.host && u.pathname === own.pathname;
}

/** The check every IPC message passes before anything else (ARCHITECTURE.md, "The contract"). */
export function isTrustedSender(sender: SenderFacts, page: AppPage): boolean {
  // A team server's page talks to its server over HTTPS; the local core is not even open.
  if (page.kind === 'server') return false;
  return sender.fromMainWindow && sender.isTopFrame && isAppPageUrl(sender.url, page);
}

/** `will-navigate`: the window may only ever show the app's own page (reloads, hash changes). */
export function isAllowedNavigation(url: string, page: AppPage): boolean {
  return isAppPageUrl(url, page);
}

/**
 * Hosts whose https links may open in the system browser. A leading dot means "this domain and
 * everything under it": Thai government sites (Royal Gazette, Cabinet Secretariat, Council of
 * State) live under go.th, which is what meeting papers link to. Extend deliberately.
 */
export const EXTERNAL_HOSTS: readonly string[] = ['.go.th'];

/** The allow-list behind the one function that may call `shell.openExternal`. */
export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  const u = parseUrl(url);
  // https only; no user:password@ (it disguises the real host), no odd ports.
  if (u?.protocol !== 'https:' || u.username !== '' || u.password !== '' || u.port !== '') return false;
  const host = u.hostname.toLowerCase();
  return hosts.some((h) => (h.startsWith('.') ? host === h.slice(1) || host.endsWith(h) : host === h));
}

/**
 * Web permissions (camera, location, notifications, ...): none, except writing plain text to the
 * clipboard from our own page, which "copy" buttons need. Everything else is denied silently by
 * Chromium's usual "blocked" path, which the page already has to handle.
 */
export function isAllowedPermission(permission: string, requestingUrl: string, page: AppPage): boolean {
  return permission === 'clipboard-sanitized-write' && isAppPageUrl(requestingUrl, page);
}

/**
 * The Content-Security-Policy header. The built app sends exactly what the browser-mode server
 * sends (shared/csp.ts). Dev adds exactly what Vite's dev server needs: React Refresh's inline
 * preamble, injected <style> tags and the HMR websocket.
 */
export function contentSecurityPolicy(page: AppPage): string {
  // The server sends this same policy itself (electron/server.ts); the header here only restates it.
  if (page.kind === 'file' || page.kind === 'server') return RENDERER_CSP;
  const extra: Record<string, string> = {
    'script-src': "'unsafe-inline'",
    'style-src': "'unsafe-inline'",
    'connect-src': page.origin.replace(/^http/, 'ws'),
  };
  return RENDERER_CSP.split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0];
      return extra[name] ? `${directive} ${extra[name]}` : directive;
    })
    .join('; ');
}

/** Response headers with our CSP, replacing any CSP header the response already had. */
export function withCspHeader(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

/**
 * The main window's options. Every renderer hardening switch is spelled out, even where it is
 * Electron's default, so a test can see it and a future default change cannot weaken it.
 */
export function mainWindowOptions(preloadPath: string | null) {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'เลขา',
    // Shown on 'ready-to-show' so the person never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // No preload for a team server's page: `window.lekha` is for the app's own page only.
      ...(preloadPath ? { preload: preloadPath } : {}),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    },
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    // Not a URL at all: callers treat that as "not ours", which is the safe answer.
    return null;
  }
}
