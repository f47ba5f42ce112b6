import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { latestVersion } from '../../electron/db/migrations/index';
import { tempDir } from '../helpers/core';
import { pdfText } from '../helpers/documents';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('a SQLite migration before version 100');

const lekha = (args: string[]) => spawnSync(process.execPath, ['bin/lekha.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
const fixture = (name: string) => new URL(`../fixtures/evidence/${name}`, import.meta.url);

// tests/fixtures/evidence/README.md: a database and a PDF made by Lekha before migration 0080.
describeSqlite('migration 0080-meeting-evidence on minutes certified before evidence existed', () => {
  it('still verify: the PDF exported then is the certified record, and the minutes print as they did', async () => {
    const dir = tempDir();
    const db = join(dir, 'lekha.db');
    // Owner-only, as Lekha creates its databases (a wider file is warned about on stderr: electron/at-rest.ts).
    writeFileSync(db, gunzipSync(readFileSync(fixture('certified-before-0080.db.gz'))), { mode: 0o600 });
    const pdf = join(dir, 'certified.pdf');
    copyFileSync(fixture('certified-before-0080.pdf'), pdf);

    const verified = lekha(['verify', pdf, '--db', db]);
    expect(verified.stderr).toBe('');
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain('ครั้งที่ 2/2568 ฉบับที่ 2 ที่รับรองแล้ว ทุกไบต์');

    // The same database, migrated to the latest version by that run: no evidence, nothing to mismatch; a new export prints the same text.
    const core = await openCore({ dbPath: db, actor: 'ทดสอบ', log: () => {} });
    const meetings = await core.invoke('meetings.list', {});
    const meetingId = meetings.ok ? (meetings.value as { id: string }[])[0].id : '';
    const evidence = await core.invoke('evidence.get', { meetingId });
    await core.close();
    const migrated = new Database(db, { readonly: true });
    expect(migrated.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(migrated.prepare("select count(*) from minutes_versions where status = 'certified'").pluck().get()).toBe(1);
    migrated.close();
    expect(evidence).toMatchObject({ ok: true, value: { locked: true, certifiedManifestMatches: true, sent: [], reports: [] } });
    const again = join(dir, 'again.pdf');
    expect(lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'pdf', '--out', again, '--db', db]).status).toBe(0);
    expect(pdfText(readFileSync(again))).toBe(pdfText(readFileSync(pdf)));
    expect(lekha(['verify', again, '--db', db]).status).toBe(0);

    // One byte of the old file changed: it no longer verifies.
    const changed = Buffer.from(readFileSync(pdf));
    changed[changed.length >> 1] ^= 0x01;
    writeFileSync(pdf, changed);
    expect(lekha(['verify', pdf, '--db', db]).status).toBe(1);
  }, 120_000);
});
