// Threat: a backup that leaves out the electronic-meeting evidence (the participant report kept as the
// traffic data, the copies of what was sent), so that a restored database names files it no longer has.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { latestVersion } from '../../electron/db/migrations/index';
import { restoreFromFolder } from '../../electron/services/backup';
import { tempDir } from '../helpers/core';
import { demoFile } from '../helpers/demo';

const report = readFileSync(new URL('../fixtures/participants/zoom-participants-2-2568.csv', import.meta.url));
const invitation = Buffer.from('%PDF-1.4 หนังสือเชิญประชุม');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('backup of a meeting with electronic-meeting evidence', () => {
  it('carries the participant report and the copies of what was sent, and restore puts them back', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'data', 'lekha.db');
    const core = await openCore({ dbPath, log: () => {} });
    const call = async (m: string, a: unknown) => {
      const r = await core.invoke(m, a);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { meetingId: string };
    };
    const { meetingId } = await call('exchange.importMeeting', { file: demoFile() });
    await call('evidence.importReport', { meetingId, fileName: 'zoom.csv', base64: report.toString('base64') });
    await call('evidence.recordSent', { meetingId, sentOn: '2025-02-14', invitation: { fileName: 'invitation.pdf', base64: invitation.toString('base64') } });
    const out = join(dir, 'backup');
    const manifest = await core.backupTo(out);
    await core.close();
    expect(manifest.problems).toEqual([]);
    expect(manifest.attachments.map((a) => a.sha256).sort()).toEqual([sha(report), sha(invitation)].sort());
    for (const a of manifest.attachments) expect(a.path).toMatch(/^evidence\//);

    const target = join(dir, 'elsewhere', 'lekha.db');
    const files = join(dir, 'elsewhere', 'attachments');
    restoreFromFolder(out, target, files, latestVersion, '2026-11-30T10:00:00.000Z');
    for (const a of manifest.attachments) {
      expect(existsSync(join(files, a.path))).toBe(true);
      expect(sha(readFileSync(join(files, a.path)))).toBe(a.sha256);
    }
  });
});
