// Threat: two writers on one database (the desktop app open while `lekha import` runs, two windows, two
// servers) — a deferred BEGIN made the second writer fail at once, some as INTERNAL (SQLITE_BUSY_SNAPSHOT).
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { startServer } from '../../electron/server';
import { tempDir } from '../helpers/core';
import { demoFile } from '../helpers/demo';
import { invokeRequest } from '../helpers/server';
import { parseWriter, root, writerScript } from './writer';

const writer = writerScript;
const bin = join(root, 'bin/lekha.mjs');

function runWriter(dbPath: string, name: string, count: number): Promise<{ acknowledged: string[]; refused: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dbPath, name, String(count)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => { out += c; });
    child.stderr.on('data', (c) => { err += c; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(parseWriter(out)) : reject(new Error(`writer ${name} exited ${code}: ${err}`))));
  });
}

describe('writers on one database wait their turn', () => {
  it('three processes writing at once: nothing refused, nothing lost', async () => {
    const dbPath = join(tempDir(), 'lekha.db');
    await (await openCore({ dbPath, log: () => {} })).close();
    const results = await Promise.all(['ก', 'ข', 'ค'].map((name) => runWriter(dbPath, name, 150)));
    const refused = results.flatMap((r) => r.refused);
    expect(refused).toEqual([]);
    const ids = results.flatMap((r) => r.acknowledged);
    expect(ids).toHaveLength(450);
    const db = new Database(dbPath, { readonly: true });
    const stored = new Set((db.prepare("select id from people where position = 'ทดสอบผู้เขียนพร้อมกัน'").all() as { id: string }[]).map((r) => r.id));
    db.close();
    expect(ids.every((id) => stored.has(id))).toBe(true);
  });

  it('`lekha import` beside a running server that is writing: both succeed', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'lekha.db');
    const core = await openCore({ dbPath, log: () => {} });
    const rendererDir = join(dir, 'renderer');
    spawnSync('mkdir', ['-p', rendererDir]);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>เลขา</title>');
    const server = await startServer({ core, rendererDir });
    const file = join(dir, 'meeting.json');
    writeFileSync(file, JSON.stringify(demoFile()));
    try {
      const importing = new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, 'import', 'meeting', file, '--db', dbPath], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (c) => { out += c; });
        child.stderr.on('data', (c) => { out += c; });
        child.on('exit', (code) => resolve({ code, out }));
      });
      let done = false;
      void importing.then(() => { done = true; });
      const answers: { ok: boolean; error?: { code: string } }[] = [];
      // The server keeps writing for as long as the import runs (and at least 40 times).
      for (let i = 0; !done || i < 40; i++) {
        const res = await invokeRequest(server.port, 'people.create', { firstName: `เขียนระหว่างนำเข้า-${i}` }, { 'x-lekha-token': server.token });
        answers.push(JSON.parse(res.body));
      }
      const imported = await importing;
      expect(imported.out).toContain('นำเข้าการประชุม');
      expect(imported.code).toBe(0);
      expect(answers.filter((a) => !a.ok)).toEqual([]);
      expect((await core.invoke('meetings.find', { number: '2/2568' })).ok).toBe(true);
    } finally {
      await server.close();
    }
  });
});
