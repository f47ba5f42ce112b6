// Threat: the disk fills up while an attachment is added or a record written — a truncated file stayed
// under the content's SHA-256 name and was trusted ever after; refused adds left files behind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './writer';

const script = join(root, 'tests/reliability/disk-full-run.ts');

/** A private 4 MB tmpfs needs root or user namespaces; where neither is allowed the test says so and skips. */
function onSmallDisk(): { out?: string; reason?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lekha-full-'));
  const inner = `mount -t tmpfs -o size=4m tmpfs '${dir}' && exec '${process.execPath}' --import tsx '${script}' '${dir}'`;
  const probe = spawnSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=1m tmpfs '${dir}'`], { encoding: 'utf8' });
  if (probe.status !== 0) return { reason: `no private tmpfs here (unshare -rm: ${(probe.stderr || probe.error?.message || '').trim()})` };
  const run = spawnSync('unshare', ['-rm', 'sh', '-c', inner], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`disk-full run failed: ${run.stderr}`);
  return { out: run.stdout };
}

describe('a full disk', () => {
  const result = onSmallDisk();
  if (result.reason) console.log(`[skipped] disk-full test: ${result.reason}`);
  it.skipIf(!!result.reason)('refuses an attachment and a record in Thai, leaves no part of either, and the next add stores the file whole', () => {
    const r = JSON.parse(result.out!);
    expect(r.refused).toMatchObject({ code: 'INTERNAL' });
    expect(r.refused.message).toContain('พื้นที่ดิสก์เต็ม');
    expect(r.filesAfterRefusal.filter((f: string) => /[0-9a-f]{64}|\.part$/.test(f))).toEqual([]);
    // A record written on the full disk: refused in words that say what to do, and nothing of it stays.
    expect(r.recordRefused?.message).toMatch(/พื้นที่ดิสก์เต็ม/);
    expect(r.discussionAfter).toBe('');
    expect(r.accepted).toBe(true);
    expect(r.storedHashMatches).toBe(true);
  });
});
