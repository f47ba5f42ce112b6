import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { realMeetingFile, type realMeetingNames } from '../helpers/real-meeting';

const lekha = resolve(import.meta.dirname, '../../bin/lekha.mjs');

/**
 * Import one of the real public meetings (tests/fixtures/real/meetings) into a test's database with
 * `lekha import meeting`, as an office would receive it; returns the new meeting's id.
 */
export function importRealMeeting(dbPath: string, name: (typeof realMeetingNames)[number]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lekha-real-'));
  try {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(realMeetingFile(name)));
    const out = execFileSync(process.execPath, [lekha, 'import', 'meeting', file, '--db', dbPath], { encoding: 'utf8' });
    const id = /\(รหัส ([0-9a-f-]{36})\)/.exec(out)?.[1];
    if (!id) throw new Error(`lekha import printed no meeting id:\n${out}`);
    return id;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
