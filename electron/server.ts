import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { API_EVENTS_PATH, API_INVOKE_PATH, TOKEN_HEADER } from '../shared/bridge';
import type { Envelope } from '../shared/errors';
import type { LekhaCore, SignedInOfficer } from './api';
import { defaultStreamTiming, EventStreams, type StreamTiming } from './server-events';
import { badAddress, baseHeaders, decodePath, notJson, readBody, refuse, sameToken, sendJson, serveStatic } from './server-http';
import {
  describeSession, handleSignIn, handleSignOut, isLoopback, SESSION_PATH, SIGN_OUT_PATH, SignInThrottle, sessionToken,
} from './server-team';

/**
 * Browser mode: the renderer and the contract on 127.0.0.1 behind a per-run random token; or, in team mode
 * (issue 15), on the address given, behind each officer's sign-in (server-team.ts), over HTTPS off loopback.
 */
export interface BrowserServer {
  url: string;
  /** The address actually bound. */
  address: string;
  /** Officers sign in (the database has accounts, the host is not loopback, or `--team`). */
  team: boolean;
  port: number;
  token: string;
  close: () => Promise<void>;
}

export interface ServerOptions {
  core: LekhaCore;
  rendererDir: string;
  port?: number;
  token?: string;
  /** The address to listen on; 127.0.0.1 when left out. Anything but loopback needs `tls`. */
  host?: string;
  /** PEM certificate (chain) and private key: the server speaks HTTPS only. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Sign-in even on loopback with no accounts yet refused: `lekha serve --team`. */
  team?: boolean;
  /** How often an open live-update stream checks its session again (server-events.ts); tests shorten it. */
  streamTiming?: StreamTiming;
}

export const plainOffLoopback = (host: string) =>
  `ไม่เปิดให้เครื่องอื่นเข้าถึงที่ ${host} แบบไม่เข้ารหัส: รหัสผ่านและข้อมูลการประชุมจะส่งผ่านเครือข่ายเป็นข้อความธรรมดา ` +
  'กรุณาระบุใบรับรองและกุญแจ (--cert FILE --key FILE) เพื่อใช้ HTTPS หรือใช้ --host 127.0.0.1 สำหรับเครื่องนี้เท่านั้น';
export const noOfficers =
  'โหมดทีมต้องมีบัญชีเจ้าหน้าที่อย่างน้อยหนึ่งบัญชี กรุณาเพิ่มด้วย lekha users add --username ชื่อ --name "ชื่อ นามสกุล" --role secretariat ก่อนเปิด';

export async function startServer(options: ServerOptions): Promise<BrowserServer> {
  const { core, rendererDir } = options;
  const host = options.host ?? '127.0.0.1';
  const secure = options.tls !== undefined;
  if (!isLoopback(host) && !secure) throw new Error(plainOffLoopback(host));
  const team = options.team === true || !isLoopback(host) || (await core.auth.hasOfficers());
  if (team && !(await core.auth.hasOfficers())) throw new Error(noOfficers);
  const token = options.token ?? randomBytes(24).toString('base64url');
  const throttle = new SignInThrottle();
  const streams = new EventStreams(core, options.streamTiming ?? defaultStreamTiming);
  let allowedHosts: Set<string> = new Set();
  const transport: Record<string, string> = secure ? { 'Strict-Transport-Security': 'max-age=31536000' } : {};

  /** Team mode: the signed-in officer, or the 401 already answered (the page then shows the sign-in form). */
  async function signedIn(req: IncomingMessage, res: ServerResponse): Promise<SignedInOfficer | null> {
    try {
      return await core.auth.officerOf(sessionToken(req));
    } catch (error) {
      const message = error instanceof Error ? error.message : 'กรุณาเข้าสู่ระบบ';
      sendJson(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message } });
      return null;
    }
  }
  const send = (r: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => sendJson(r, status, body as Envelope<unknown>, { ...transport, ...headers });

  async function handleTeamSession(req: IncomingMessage, res: ServerResponse, path: string) {
    if (path === SESSION_PATH && req.method === 'GET') return send(res, 200, { ok: true, value: team ? await describeSession(core, req) : { team: false, officer: null } });
    if (!team || req.method !== 'POST') return refuse(res, 405, 'INVALID', 'ใช้วิธีเรียกนี้ไม่ได้');
    // JSON only: a plain HTML form of another site cannot send it without CORS, so it cannot sign a browser in or out.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'INVALID', 'ข้อมูลต้องเป็น JSON');
    if (path === SIGN_OUT_PATH) return handleSignOut(core, req, res, send, secure, (token) => streams.endSession(token));
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return notJson(res);
    }
    return handleSignIn(core, body, res, send, secure, throttle);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // A foreign Host means DNS rebinding or another name for this machine: refuse before anything else. Off
    // loopback (team mode, HTTPS) the office reaches the server by whatever name its DNS gives it, and a
    // rebound name carries no session cookie, so there the sign-in is the guard.
    if (isLoopback(host) && !allowedHosts.has(req.headers.host ?? '')) return refuse(res, 403, 'INVALID', 'ปฏิเสธคำขอ: ชื่อโฮสต์ไม่ถูกต้อง');
    // A page of another site posting here: its Origin is not ours (SameSite=Strict already keeps the cookie off).
    const origin = req.headers.origin;
    if (team && req.method === 'POST' && origin && origin !== 'null' && URL.canParse(origin) && new URL(origin).host !== req.headers.host) {
      return refuse(res, 403, 'INVALID', 'ปฏิเสธคำขอ: มาจากเว็บไซต์อื่น');
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      return badAddress(res);
    }
    if (url.pathname.startsWith('/api/')) {
      if (url.pathname === SESSION_PATH || url.pathname === SIGN_OUT_PATH) return handleTeamSession(req, res, url.pathname);
      const given = req.headers[TOKEN_HEADER] as string | undefined;
      let officer: SignedInOfficer | undefined;
      if (team) {
        officer = (await signedIn(req, res)) ?? undefined;
        if (!officer) return;
      } else if (!sameToken(given ?? (url.pathname === API_EVENTS_PATH ? url.searchParams.get('token') : null), token)) {
        return refuse(res, 401, 'INVALID', 'ปฏิเสธคำขอ: ไม่มีรหัสเข้าใช้หรือรหัสไม่ถูกต้อง');
      }
      if (url.pathname === API_EVENTS_PATH && req.method === 'GET') {
        return streams.open(req, res, { ...baseHeaders, ...transport }, officer && { token: sessionToken(req) ?? '', officer });
      }
      if (req.method !== 'POST' || !url.pathname.startsWith(API_INVOKE_PATH)) return refuse(res, 405, 'INVALID', 'ใช้วิธีเรียกนี้ไม่ได้');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'INVALID', 'ข้อมูลต้องเป็น JSON');
      let args: unknown;
      try {
        const text = await readBody(req);
        args = text.trim() ? JSON.parse(text) : {};
      } catch {
        return notJson(res);
      }
      const method = decodePath(url.pathname.slice(API_INVOKE_PATH.length));
      if (method === null) return badAddress(res);
      return send(res, 200, await core.invoke(method, args, officer));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'INVALID', 'ใช้วิธีเรียกนี้ไม่ได้');
    return serveStatic(rendererDir, url, res, transport);
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error) => {
      console.error('[lekha serve]', error);
      if (!res.headersSent) refuse(res, 500, 'INVALID', 'เกิดข้อผิดพลาดภายในโปรแกรม');
      else res.end();
    });
  };
  const server = options.tls ? createTlsServer({ cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2' }, listener) : createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  allowedHosts = new Set([`${host.includes(':') ? `[${host}]` : host}:${port}`, `127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `${secure ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: team ? `${origin}/` : `${origin}/?token=${token}`,
    address,
    team,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
