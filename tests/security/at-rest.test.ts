// Threat: another user of the same computer reads the meeting database or its attachments (secret items,
// withheld resolutions) because the files were created, copied or restored readable by everyone, and
// nobody noticed. Lekha creates them 0600 / 0700 and says so in Thai at every start when they are wider.
import { spawnSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { atRestWarnings } from '../../electron/at-rest';
import { tempDir } from '../helpers/core';

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;
const mode = (path: string) => statSync(path).mode & 0o777;

describe('the database and attachments at rest (issue 14, point 5)', () => {
  it('are created readable by their owner only, whatever the umask leaves, and a fresh start warns of nothing', async () => {
    const dir = join(tempDir(), 'data');
    const dbPath = join(dir, 'lekha.db');
    const before = process.umask(0o000);
    try {
      const core = await openCore({ dbPath, log: () => {} });
      expect(mode(dbPath)).toBe(0o600);
      expect(mode(`${dbPath}-wal`)).toBe(0o600);
      expect(mode(join(dir, 'attachments'))).toBe(0o700);
      expect(mode(dir)).toBe(0o700);
      expect(core.atRestWarnings).toEqual([]);
      await core.close();
    } finally {
      process.umask(before);
    }
  });

  it('when copied wider, every start names the file and the folder in Thai with the command that fixes them', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'lekha.db');
    await (await openCore({ dbPath, log: () => {} })).close();
    chmodSync(dbPath, 0o644);
    chmodSync(join(dir, 'attachments'), 0o755);
    const core = await openCore({ dbPath, log: () => {} });
    expect(core.atRestWarnings).toHaveLength(2);
    expect(core.atRestWarnings[0]).toContain(`ไฟล์ฐานข้อมูล ${dbPath} เปิดให้ผู้ใช้อื่นในเครื่องอ่านได้ (สิทธิ์ 0644)`);
    expect(core.atRestWarnings[0]).toContain(`chmod 600 "${dbPath}"`);
    expect(core.atRestWarnings[1]).toContain('โฟลเดอร์ไฟล์แนบ');
    expect(core.atRestWarnings[1]).toContain(`chmod -R go-rwx "${join(dir, 'attachments')}"`);
    await core.close();
    // Nothing is changed behind the officer's back: the check only tells.
    expect(mode(dbPath)).toBe(0o644);

    // The command line says it on stderr and still does its work.
    const r = spawnSync(process.execPath, [bin, 'org', 'list', '--db', dbPath], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('คำเตือน: ไฟล์ฐานข้อมูล');
    expect(r.stdout).toContain('สดช.');

    chmodSync(dbPath, 0o600);
    chmodSync(join(dir, 'attachments'), 0o700);
    expect(atRestWarnings(dbPath)).toEqual([]);
  });

  it('checks nothing on Windows, where the data folder under the user profile is guarded by its ACL instead', () => {
    const dir = tempDir();
    expect(atRestWarnings(join(dir, 'missing.db'), 'win32')).toEqual([]);
  });
});
