import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const lekha = join(root, 'bin/lekha.mjs');
const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;

export interface LekhaServer {
  /** The address `lekha serve` printed, with its token. */
  url: string;
  dbPath: string;
}

function run(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [lekha, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(output) : fail(new Error(`lekha ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

/** Start `lekha serve` and wait for the line with its address (never a sleep). */
function serve(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [lekha, 'serve', '--db', dbPath, '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = ADDRESS.exec(output);
      if (found) {
        child.stdout?.off('data', onData);
        done({ child, url: found[0] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => { output += chunk.toString(); });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`lekha serve exited (${code}) before printing its address:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

interface Options {
  /** Load the demo meeting 2/2568 before the server starts. */
  demo: boolean;
  /** Generate this many years of illustrative record (`lekha demo --years N`) before the server starts; 0 for none. */
  years: number;
}

/** Each test: its own temporary database, its own server, killed after the test. */
export const test = base.extend<Options & { lekha: LekhaServer }>({
  demo: [false, { option: true }],
  years: [0, { option: true }],
  lekha: async ({ demo, years }, use) => {
    if (!existsSync(join(root, 'out/renderer/index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` (electron-vite build) before the end-to-end tests');
    }
    const dir = await mkdtemp(join(tmpdir(), 'lekha-e2e-'));
    const dbPath = join(dir, 'lekha.db');
    if (demo) await run(['demo', '--db', dbPath]);
    if (years) await run(['demo', '--years', String(years), '--db', dbPath]);
    const { child, url } = await serve(dbPath);
    try {
      await use({ url, dbPath });
    } finally {
      await stop(child);
      await rm(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
