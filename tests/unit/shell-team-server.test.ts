// The desktop app connected to a team's server (electron/shell/team-server.ts), checked without the Electron
// runtime (which cannot run here): which addresses the setting accepts, and that the server's page, being remote
// content, gets neither the preload's `window.lekha` nor IPC, and may navigate only within its own origin.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPageUrl, isAllowedNavigation, isTrustedSender, mainWindowOptions } from '../../electron/shell/policy';
import { readConnection, serverPageFor } from '../../electron/shell/team-server';

describe('the connection setting', () => {
  it('takes an https server, or plain http on this machine only, and keeps only its origin', () => {
    expect(serverPageFor({ server: 'https://lekha.example.go.th:8443/meetings?x=1' })).toEqual({ kind: 'server', origin: 'https://lekha.example.go.th:8443' });
    expect(serverPageFor({ server: 'http://127.0.0.1:8080/' })).toEqual({ kind: 'server', origin: 'http://127.0.0.1:8080' });
    expect(serverPageFor({ server: 'http://lekha.example.go.th/' })).toEqual({ refused: expect.stringContaining('เฉพาะแบบเข้ารหัส (https://)') });
    expect(serverPageFor({ server: 'https://officer:secret@lekha.example.go.th/' })).toEqual({ refused: expect.stringContaining('ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน') });
    expect(serverPageFor({ server: 'not a url' })).toEqual({ refused: expect.stringContaining('ไม่ถูกต้อง') });
    expect(serverPageFor({})).toEqual({ refused: expect.stringContaining('"server"') });
  });

  it('is read from connection.json in the data folder; none means the one-officer desktop app', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lekha-shell-'));
    try {
      expect(readConnection(dir)).toBeNull();
      writeFileSync(join(dir, 'connection.json'), '{ "server": "https://10.0.0.5:8443/" }');
      expect(readConnection(dir)).toEqual({ kind: 'server', origin: 'https://10.0.0.5:8443' });
      writeFileSync(join(dir, 'connection.json'), '{ server: ');
      expect(readConnection(dir)).toEqual({ refused: 'connection.json ไม่ใช่ JSON ที่ถูกต้อง' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a team server’s page in the desktop window', () => {
  const page = { kind: 'server', origin: 'https://lekha.example.go.th:8443' } as const;

  it('loads the server’s address, stays on its origin, and is never trusted with IPC', () => {
    expect(appPageUrl(page)).toBe('https://lekha.example.go.th:8443/');
    expect(isAllowedNavigation('https://lekha.example.go.th:8443/#/actions', page)).toBe(true);
    expect(isAllowedNavigation('https://lekha.example.go.th:9443/', page)).toBe(false);
    expect(isAllowedNavigation('http://lekha.example.go.th:8443/', page)).toBe(false);
    expect(isTrustedSender({ fromMainWindow: true, isTopFrame: true, url: 'https://lekha.example.go.th:8443/' }, page)).toBe(false);
  });

  it('opens without the preload, with every other hardening switch as for the app’s own page', () => {
    const remote = mainWindowOptions(null).webPreferences;
    const own = mainWindowOptions('/app/preload.cjs').webPreferences;
    expect('preload' in remote).toBe(false);
    expect(own.preload).toBe('/app/preload.cjs');
    const { preload: _ignored, ...rest } = own;
    expect(remote).toEqual(rest);
  });
});
