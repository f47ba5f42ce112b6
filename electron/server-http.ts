import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { RENDERER_CSP } from '../shared/csp';
import type { Envelope } from '../shared/errors';

/** The HTTP pieces of browser mode (server.ts) that know nothing of Lekha's calls: answers, bodies, files. */

// A 50 MB attachment travels as base64 (4/3 larger) inside JSON.
const MAX_BODY = 70 * 1024 * 1024;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
};
export const baseHeaders = {
  'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Resource-Policy': 'same-origin',
};

export function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...baseHeaders, ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
export const refuse = (res: ServerResponse, status: number, code: 'INVALID' | 'NOT_FOUND', message: string) =>
  sendJson(res, status, { ok: false, error: { code, message } });

/** A path segment as text, or null when its %-escapes are malformed (`%E0%B8`, `%zz`): answered 400, not 500. */
export function decodePath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
export const badAddress = (res: ServerResponse) => refuse(res, 400, 'INVALID', 'ที่อยู่ที่ขอไม่ถูกต้อง');
export const notJson = (res: ServerResponse) => refuse(res, 400, 'INVALID', 'ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง หรือใหญ่เกินไป');

export function sameToken(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The renderer's built files, never anything outside their folder. */
export async function serveStatic(rendererDir: string, url: URL, res: ServerResponse, transport: Record<string, string>) {
  const decoded = decodePath(url.pathname);
  if (decoded === null) return badAddress(res);
  const rel = url.pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(rendererDir, rel));
  if (!file.startsWith(normalize(rendererDir) + sep)) return refuse(res, 404, 'NOT_FOUND', 'ไม่พบหน้าที่ขอ');
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      ...baseHeaders, ...transport, 'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': RENDERER_CSP, 'Cache-Control': 'no-cache',
    });
    res.end(body);
  } catch {
    refuse(res, 404, 'NOT_FOUND', 'ไม่พบหน้าที่ขอ');
  }
}
