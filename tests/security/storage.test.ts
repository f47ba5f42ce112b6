// Threat: bad storage met with English or generic messages, a foreign SQLite file modified before it is
// refused, the database put in the current folder by an empty XDG_CONFIG_HOME, malformed URLs answered
// with 500, and a data folder readable by every user of the machine.
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { defaultDataDir, defaultDbPath } from '../../electron/paths';
import { tempDir } from '../helpers/core';
import { raw, testServer } from '../helpers/server';

describe('files that are not a Lekha database', () => {
  it('refuses another program\'s SQLite file in Thai and leaves it byte for byte as it was (no WAL switch)', async () => {
    const path = join(tempDir(), 'accounts.db');
    const other = new Database(path);
    other.exec('create table invoices (id integer primary key, total real); insert into invoices values (1, 99.5)');
    other.close();
    const before = readFileSync(path);
    await expect(openCore({ dbPath: path, log: () => {} })).rejects.toThrow(/ไม่ใช่ของโปรแกรมเลขา.*ไม่ถูกแก้ไข/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a damaged file in Thai, saying what to do, and does not write over it', async () => {
    const path = join(tempDir(), 'lekha.db');
    writeFileSync(path, Buffer.from('นี่ไม่ใช่ฐานข้อมูล'.repeat(500)));
    const before = readFileSync(path);
    await expect(openCore({ dbPath: path, log: () => {} })).rejects.toThrow(/เสียหาย.*lekha restore/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('says in Thai what to do when the database cannot be written (read-only)', async () => {
    const path = join(tempDir(), 'lekha.db');
    await (await openCore({ dbPath: path, log: () => {} })).close();
    // root writes through file modes, so the read-only case is met with a read-only connection.
    const ro = new Database(path, { readonly: true });
    const e = (() => {
      try {
        ro.prepare("insert into settings (key, value) values ('x', '1')").run();
        return null;
      } catch (error) {
        return error as { code: string };
      }
    })();
    ro.close();
    expect(e?.code).toMatch(/^SQLITE_READONLY/);
    const { toErrorEnvelope } = await import('../../electron/api');
    const answer = toErrorEnvelope(e, () => {});
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toContain('อ่านอย่างเดียว');
  });
});

describe('where the data lives', () => {
  it('treats an empty or relative XDG_CONFIG_HOME as unset, never the current folder', () => {
    for (const XDG_CONFIG_HOME of ['', 'relative/dir']) {
      const dir = defaultDataDir({ XDG_CONFIG_HOME }, 'linux');
      expect(dir.startsWith('/')).toBe(true);
      expect(dir.endsWith('/.config/Lekha')).toBe(true);
    }
    expect(defaultDbPath({ LEKHA_DB: '', XDG_CONFIG_HOME: '/srv/conf' })).toBe('/srv/conf/Lekha/lekha.db');
  });

  it('creates the data folder for the officer alone (0700) and the database file 0600', async () => {
    const dir = join(tempDir(), 'data', 'Lekha');
    const path = join(dir, 'lekha.db');
    await (await openCore({ dbPath: path, log: () => {} })).close();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    chmodSync(dir, 0o700);
  });
});

describe('the browser-mode server', () => {
  for (const path of ['/%E0%B8', '/api/invoke/%zz', '/%']) {
    it(`answers a malformed address ${path} with 400 and no stack trace`, async () => {
      const { server } = await testServer();
      const res = await raw(server.port, { method: path.startsWith('/api') ? 'POST' : 'GET', path, headers: { host: `127.0.0.1:${server.port}`, 'x-lekha-token': server.token, 'content-type': 'application/json' } });
      expect(res.status).toBe(400);
      expect(res.body).not.toMatch(/at .*\.ts|URIError|stack/);
      expect(JSON.parse(res.body).error.message).toMatch(/[ก-๙]/);
    });
  }
});
