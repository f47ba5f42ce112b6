import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { tempDir } from './core';

/** A self-signed certificate for 127.0.0.1 and localhost, made by openssl for this test only (one day). */
export function selfSignedCertificate(): { cert: Buffer; key: Buffer; certFile: string; keyFile: string } {
  const dir = tempDir('lekha-tls-');
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ], { stdio: 'ignore' });
  return { cert: readFileSync(certFile), key: readFileSync(keyFile), certFile, keyFile };
}

export interface TlsResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** One HTTPS request that trusts only the test's certificate (never `rejectUnauthorized: false`). */
export function tlsRequest(port: number, ca: Buffer, o: { method?: string; path: string; body?: unknown; cookie?: string; headers?: Record<string, string> }): Promise<TlsResponse> {
  return new Promise((resolve, reject) => {
    const body = o.body === undefined ? undefined : JSON.stringify(o.body);
    const headers: Record<string, string> = { ...(body ? { 'content-type': 'application/json' } : {}), ...(o.cookie ? { cookie: o.cookie } : {}), ...o.headers };
    const req = request({ host: '127.0.0.1', port, method: o.method ?? (body ? 'POST' : 'GET'), path: o.path, ca, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        let json: TlsResponse['json'] = { ok: false };
        try {
          json = JSON.parse(text);
        } catch {
          // a page, not JSON
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json });
      });
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** The `name=value` of a Set-Cookie answer, to send back as a browser would. */
export const cookieOf = (r: TlsResponse): string => String((r.headers['set-cookie'] ?? [])[0] ?? '').split(';')[0];
