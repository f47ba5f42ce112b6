// Threat: the app killed (power cut, kill -9) in the middle of writing: acknowledged records lost, or a
// database that no longer opens.
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { tempDir } from '../helpers/core';
import { parseWriter, root, writerScript as writer } from './writer';

/** Starts a writer and kills it with SIGKILL once it has acknowledged `after` writes (or when it ends). */
function writeThenKill(dbPath: string, name: string, after: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dbPath, name, '100000'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if ((out.match(/^ack /gm) ?? []).length >= after) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', () => resolve(parseWriter(out).acknowledged));
  });
}

describe('kill -9 during writes', () => {
  it('loses no acknowledged write over 8 kills, and the database opens and checks clean each time', async () => {
    const dbPath = `${tempDir()}/lekha.db`;
    await (await openCore({ dbPath, log: () => {} })).close();
    const acknowledged: string[] = [];
    for (let round = 0; round < 8; round++) {
      acknowledged.push(...(await writeThenKill(dbPath, `รอบ${round}`, 5 + ((round * 7) % 23))));
      const core = await openCore({ dbPath, log: () => {} });
      await core.close();
    }
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set((db.prepare('select id from people').all() as { id: string }[]).map((r) => r.id));
    db.close();
    expect(acknowledged.length).toBeGreaterThan(40);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  }, 120_000);
});
