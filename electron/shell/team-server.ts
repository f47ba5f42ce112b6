import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppPage } from './policy';

/**
 * The desktop app connected to a team's server (issue 15, point 4) instead of its local file: the setting
 * is `connection.json` in the app's data folder, `{ "server": "https://lekha.example.go.th:8443/" }`, written
 * by the office's IT (or by hand). Without it the app is the one-officer desktop app, as before.
 *
 * The window then loads the server's page like a browser would: the officer signs in there, the session
 * cookie stays in Electron's own cookie store, and the local database is not opened. TLS is checked by
 * Chromium against the system's trusted certificates: an office with its own certificate authority
 * installs it on the computer, as it does for its browsers; Lekha never skips the check.
 */
export const CONNECTION_FILE = 'connection.json';

const loopback = (host: string) => host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);

/** The server's page from the setting's text, or a Thai reason it is refused (so the app says why and stops). */
export function serverPageFor(setting: unknown): AppPage | { refused: string } {
  const server = (setting as { server?: unknown } | null)?.server;
  if (typeof server !== 'string' || !server.trim()) return { refused: `${CONNECTION_FILE} ต้องมี "server": ที่อยู่ของเครื่องแม่ข่ายเลขา เช่น https://lekha.example.go.th:8443/` };
  let url: URL;
  try {
    url = new URL(server.trim());
  } catch {
    return { refused: `ที่อยู่เครื่องแม่ข่าย "${server}" ไม่ถูกต้อง` };
  }
  if (url.username || url.password) return { refused: 'ที่อยู่เครื่องแม่ข่ายต้องไม่มีชื่อผู้ใช้หรือรหัสผ่านอยู่ในตัว (เข้าสู่ระบบในหน้าของเลขาแทน)' };
  const https = url.protocol === 'https:';
  if (!https && !(url.protocol === 'http:' && loopback(url.hostname))) {
    return { refused: `เชื่อมต่อเครื่องแม่ข่าย ${url.host} ได้เฉพาะแบบเข้ารหัส (https://) เพราะรหัสผ่านและข้อมูลการประชุมจะส่งผ่านเครือข่าย` };
  }
  return { kind: 'server', origin: url.origin };
}

/** The setting in the data folder: null when there is none (the one-officer desktop app). */
export function readConnection(dataDir: string): AppPage | { refused: string } | null {
  let text: string;
  try {
    text = readFileSync(join(dataDir, CONNECTION_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    return serverPageFor(JSON.parse(text));
  } catch {
    return { refused: `${CONNECTION_FILE} ไม่ใช่ JSON ที่ถูกต้อง` };
  }
}
