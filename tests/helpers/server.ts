import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type BrowserServer, startServer } from '../../electron/server';
import { tempDir, testCore } from './core';

const servers: BrowserServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

/** A browser-mode server on a temporary database, serving a stand-in renderer page. */
export async function testServer() {
  const t = await testCore();
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>เลขา</title>');
  const server = await startServer({ core: t.core, rendererDir });
  servers.push(server);
  return { ...t, server };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A plain HTTP request with full control of the headers (fetch forbids setting Host). */
export function raw(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

export const invokeRequest = (port: number, method: string, args: unknown, headers: Record<string, string>) =>
  raw(port, {
    method: 'POST', path: `/api/invoke/${method}`, body: JSON.stringify(args),
    headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers },
  });
