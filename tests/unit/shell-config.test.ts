// The desktop shell's security decisions, checked without the Electron runtime (which cannot run
// here): the IPC sender check and wrapper (against the real core on a temporary database), the
// window's renderer hardening, navigation and external-link allow-lists, permissions and the CSP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LekhaCore, openCore } from '../../electron/api';
import { createInvokeHandler, UNTRUSTED_SENDER_MESSAGE } from '../../electron/shell/invoke';
import {
  type AppPage,
  appPageFor,
  contentSecurityPolicy,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAllowedPermission,
  isTrustedSender,
  mainWindowOptions,
  type SenderFacts,
  withCspHeader,
} from '../../electron/shell/policy';
import { RENDERER_CSP } from '../../shared/csp';

const thai = /[\u0E00-\u0E7F]/;
// A real install path, with a space and Thai in it, as Windows and Thai user names produce.
const indexFileUrl = pathToFileURL(join(tmpdir(), 'Program Files', 'เลขา', 'out', 'renderer', 'index.html')).href;
const filePage: AppPage = { kind: 'file', url: indexFileUrl };
const devPage: AppPage = { kind: 'dev', origin: 'http://localhost:5173' };
const trusted: SenderFacts = { fromMainWindow: true, isTopFrame: true, url: `${indexFileUrl}#/meetings` };

describe('IPC sender check', () => {
  it('accepts only the main window top frame showing the app page', () => {
    expect(isTrustedSender(trusted, filePage)).toBe(true);
    expect(isTrustedSender({ ...trusted, url: indexFileUrl }, filePage)).toBe(true);
    expect(isTrustedSender({ ...trusted, isTopFrame: false }, filePage)).toBe(false);
    expect(isTrustedSender({ ...trusted, fromMainWindow: false }, filePage)).toBe(false);
    expect(isTrustedSender({ ...trusted, url: null }, filePage)).toBe(false);
  });

  it('rejects other local files, even beside index.html, and web pages', () => {
    const beside = indexFileUrl.replace(/index\.html$/, 'other.html');
    for (const url of [beside, 'file:///etc/passwd', 'https://example.com/', 'http://localhost:5173/', 'about:blank', 'not a url']) {
      expect(isTrustedSender({ ...trusted, url }, filePage), url).toBe(false);
    }
  });

  it('on the dev server trusts that origin only', () => {
    expect(isTrustedSender({ ...trusted, url: 'http://localhost:5173/' }, devPage)).toBe(true);
    expect(isTrustedSender({ ...trusted, url: 'http://localhost:5174/' }, devPage)).toBe(false);
    expect(isTrustedSender({ ...trusted, url: indexFileUrl }, devPage)).toBe(false);
  });

  it('ignores the dev server address in a packaged app', () => {
    const options = { devServerUrl: 'http://localhost:5173', indexFileUrl };
    expect(appPageFor({ ...options, isPackaged: true })).toEqual(filePage);
    expect(appPageFor({ ...options, isPackaged: false })).toEqual(devPage);
    expect(appPageFor({ ...options, devServerUrl: undefined, isPackaged: false })).toEqual(filePage);
  });
});

describe('IPC wrapper over the real core', () => {
  let dir: string;
  let core: LekhaCore;
  let logged: string[];
  const handlerFor = () => createInvokeHandler({ core, page: filePage, log: (message) => logged.push(message) });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lekha-shell-'));
    core = await openCore({ dbPath: join(dir, 'lekha.db'), actor: 'test' });
    logged = [];
  });
  afterEach(async () => {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a call from the app window', async () => {
    const answer = await handlerFor()(trusted, 'organisations.list', {});
    expect(answer.ok).toBe(true);
  });

  it('refuses a foreign sender before the core runs, in Thai, and logs it', async () => {
    const handle = handlerFor();
    const listed = await handle(trusted, 'series.list', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const before = (listed.value as unknown[]).length;
    const foreign = { fromMainWindow: true, isTopFrame: false, url: 'https://evil.example/' };
    const answer = await handle(foreign, 'series.create', { nameTh: 'ชุดแปลกปลอม' });
    expect(answer).toEqual({ ok: false, error: { code: 'INVALID', message: UNTRUSTED_SENDER_MESSAGE } });
    expect(UNTRUSTED_SENDER_MESSAGE).toMatch(thai);
    expect(logged.some((line) => line.includes('IPC refused'))).toBe(true);
    const after = await handle(trusted, 'series.list', {});
    expect(after.ok && (after.value as unknown[]).length).toBe(before);
    // The same call from the app window does write: the refusal above is what stopped it.
    expect((await handle(trusted, 'series.create', { nameTh: 'ชุดแปลกปลอม' })).ok).toBe(true);
    const created = await handle(trusted, 'series.list', {});
    expect(created.ok && (created.value as unknown[]).length).toBe(before + 1);
  });

  it('refuses an unknown method, a non-string method and invalid arguments with Thai messages', async () => {
    const handle = handlerFor();
    for (const [method, args] of [
      ['fs.readFile', { path: '/etc/passwd' }],
      [42, {}],
      ['meetings.get', { id: 7 }],
      ['organisations.create', { nameTh: '' }],
    ] as const) {
      const answer = await handle(trusted, method, args);
      expect(answer.ok, String(method)).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('INVALID');
        expect(answer.error.message).toMatch(thai);
      }
    }
  });
});

describe('main window', () => {
  it('keeps the renderer isolated, sandboxed and without Node', () => {
    const prefs = mainWindowOptions('/app/out/preload/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('may navigate only to its own page', () => {
    expect(isAllowedNavigation(`${indexFileUrl}?x=1#/`, filePage)).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'http://localhost:5173/']) {
      expect(isAllowedNavigation(url, filePage), url).toBe(false);
    }
    expect(isAllowedNavigation('https://www.soc.go.th/', devPage)).toBe(false);
  });

  it('opens only https links to allow-listed hosts in the system browser', () => {
    expect(isAllowedExternalUrl('https://www.ratchakitcha.soc.go.th/')).toBe(true);
    expect(isAllowedExternalUrl('https://go.th/')).toBe(true);
    for (const url of [
      'http://www.soc.go.th/', 'https://example.com/', 'https://www.soc.go.th.evil.example/', 'https://evilgo.th/',
      'https://user:pw@www.soc.go.th/', 'https://www.soc.go.th:8443/', 'file:///etc/passwd', 'smb://host/share',
      'javascript:alert(1)', 'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
    expect(isAllowedExternalUrl('https://example.com/', ['example.com'])).toBe(true);
  });

  it('grants no web permission except clipboard writes from its own page', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', indexFileUrl, filePage)).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'https://evil.example/', filePage)).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(isAllowedPermission(permission, indexFileUrl, filePage), permission).toBe(false);
    }
  });
});

describe('Content-Security-Policy', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('is the browser-mode policy for the built app: own scripts only, no inline, no eval, no framing', () => {
    const csp = contentSecurityPolicy(filePage);
    expect(csp).toBe(RENDERER_CSP);
    const d = directives(csp);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('relaxes for the dev server only what Vite needs, on its own origin', () => {
    const d = directives(contentSecurityPolicy(devPage));
    expect(d.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(contentSecurityPolicy(devPage)).not.toMatch(/unsafe-eval|\*/);
  });

  it('replaces whatever CSP header a response carried', () => {
    const headers = withCspHeader({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, 'x');
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ['x'] });
  });
});
