import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { API_EVENTS_PATH, API_INVOKE_PATH, TOKEN_HEADER } from '../shared/bridge';
import { RENDERER_CSP } from '../shared/csp';
import type { Envelope } from '../shared/errors';
import type { LekhaCore } from './api';

/** Browser mode: the renderer and the contract on 127.0.0.1 only, behind a per-run random token. */
export interface BrowserServer {
  url: string;
  /** The address actually bound: always the loopback address. */
  address: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

// A 50 MB attachment travels as base64 (4/3 larger) inside JSON.
const MAX_BODY = 70 * 1024 * 1024;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
};
const baseHeaders = {
  'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  res.writeHead(status, { ...baseHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
const refuse = (res: ServerResponse, status: number, code: 'INVALID' | 'NOT_FOUND', message: string) =>
  sendJson(res, status, { ok: false, error: { code, message } });

/** A path segment as text, or null when its %-escapes are malformed (`%E0%B8`, `%zz`): answered 400, not 500. */
function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
const badAddress = (res: ServerResponse) => refuse(res, 400, 'INVALID', 'ที่อยู่ที่ขอไม่ถูกต้อง');

function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startServer(options: { core: LekhaCore; rendererDir: string; port?: number; token?: string }): Promise<BrowserServer> {
  const { core, rendererDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  let allowedHosts: Set<string> = new Set();

  async function serveStatic(url: URL, res: ServerResponse) {
    const decoded = decodePath(url.pathname);
    if (decoded === null) return badAddress(res);
    const rel = url.pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = normalize(join(rendererDir, rel));
    if (!file.startsWith(normalize(rendererDir) + sep)) return refuse(res, 404, 'NOT_FOUND', 'ไม่พบหน้าที่ขอ');
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        ...baseHeaders, 'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': RENDERER_CSP, 'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      refuse(res, 404, 'NOT_FOUND', 'ไม่พบหน้าที่ขอ');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // A foreign Host means DNS rebinding or another name for this machine: refuse before anything else.
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 403, 'INVALID', 'ปฏิเสธคำขอ: ชื่อโฮสต์ไม่ถูกต้อง');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      return badAddress(res);
    }
    if (url.pathname.startsWith('/api/')) {
      const given = req.headers[TOKEN_HEADER] as string | undefined;
      if (url.pathname === API_EVENTS_PATH && req.method === 'GET') {
        if (!sameToken(given ?? url.searchParams.get('token'), token)) return refuse(res, 401, 'INVALID', 'ปฏิเสธคำขอ: ไม่มีรหัสเข้าใช้หรือรหัสไม่ถูกต้อง');
        res.writeHead(200, { ...baseHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
        res.write(': connected\n\n');
        const off = core.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
        req.on('close', off);
        return;
      }
      if (!sameToken(given, token)) return refuse(res, 401, 'INVALID', 'ปฏิเสธคำขอ: ไม่มีรหัสเข้าใช้หรือรหัสไม่ถูกต้อง');
      if (req.method !== 'POST' || !url.pathname.startsWith(API_INVOKE_PATH)) return refuse(res, 405, 'INVALID', 'ใช้วิธีเรียกนี้ไม่ได้');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'INVALID', 'ข้อมูลต้องเป็น JSON');
      let args: unknown;
      try {
        const text = await readBody(req);
        args = text.trim() ? JSON.parse(text) : {};
      } catch {
        return refuse(res, 400, 'INVALID', 'ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง หรือใหญ่เกินไป');
      }
      const method = decodePath(url.pathname.slice(API_INVOKE_PATH.length));
      if (method === null) return badAddress(res);
      return sendJson(res, 200, await core.invoke(method, args));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'INVALID', 'ใช้วิธีเรียกนี้ไม่ได้');
    return serveStatic(url, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('[lekha serve]', error);
      if (!res.headersSent) refuse(res, 500, 'INVALID', 'เกิดข้อผิดพลาดภายในโปรแกรม');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    address,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
