#!/usr/bin/env node
// `npm start`: build, then open the desktop app; where the Electron runtime cannot run (it was
// never downloaded, or there is no display), start browser mode instead (`lekha serve`), which
// prints the address to open. Arguments are passed on: `npm start -- --db ./x.db --port 4000`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const require = createRequire(import.meta.url);

const FALLBACK_LINE =
  'ไม่มีโปรแกรมเดสก์ท็อป (Electron) ที่ใช้งานได้บนเครื่องนี้ จึงเปิดโหมดเบราว์เซอร์แทน / ' +
  'The desktop runtime (Electron) is not available here, so browser mode starts.';

const NATIVE_LINE =
  'better-sqlite3 ถูกสร้างสำหรับ Node ไม่ใช่ Electron จึงเปิดโหมดเบราว์เซอร์แทน (สร้างใหม่ด้วย npx electron-builder install-app-deps) / ' +
  'better-sqlite3 is built for Node, not Electron, so browser mode starts (rebuild: npx electron-builder install-app-deps).';

function build() {
  // electron-vite's package exports hide its bin, so find it beside its package.json.
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  let result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
  // The command line too: browser mode starts through it (`lekha serve`).
  if (result.status === 0) result = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('สร้างโปรแกรมไม่สำเร็จ ดูรายละเอียดด้านบน / The build failed; see above.');
    process.exit(result.status ?? 1);
  }
}

/**
 * The Electron binary's path, or a reason why there is none. `require('electron')` downloads the
 * runtime on first use and throws when it cannot; it runs in a child process so that the
 * download's own output (a stack trace when offline) stays out of the way. LEKHA_DEBUG=1 shows it.
 */
function findElectron() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000, // a first-time download on a slow line
  });
  // The path is the last line: a first-time download prints its progress before it.
  const path = probe.status === 0 ? (probe.stdout.trim().split('\n').pop() ?? '') : '';
  if (!path || !existsSync(path)) return { reason: `require('electron') failed\n${probe.stderr || probe.error || ''}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no DISPLAY or WAYLAND_DISPLAY: a window cannot open' };
  }
  // The binary exists. Load the database driver the way the app will (Electron's Node, Electron's
  // ABI): this catches missing system libraries, and a better-sqlite3 compiled for plain Node
  // (what `npm ci` builds), before the person waits for a window that would only show an error.
  const probeDriver = spawnSync(path, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    env: { ...electronEnv(), ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 60 * 1000,
  });
  if (probeDriver.status !== 0) {
    const native = /NODE_MODULE_VERSION|was compiled against a different/.test(probeDriver.stderr ?? '');
    return { native, reason: `the database driver does not load in Electron\n${probeDriver.stderr || probeDriver.error || ''}` };
  }
  return { path };
}

/** Electron's environment: never as plain Node (some editors set this), and --db as LEKHA_DB. */
function electronEnv() {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const db = dbArgument(args);
  if (db) env.LEKHA_DB = db;
  return env;
}

function dbArgument(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--db') return argv[i + 1];
    if (argv[i].startsWith('--db=')) return argv[i].slice('--db='.length);
  }
  return undefined;
}

/** Run a child with our stdio, pass Ctrl+C and termination on, and leave with its status. */
function runToEnd(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  // Ctrl+C already reaches the child (same process group): just wait for it to finish. A
  // SIGTERM sent to this process alone (a service manager, `timeout`) is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    console.error(`เริ่ม ${command} ไม่ได้ / Could not start ${command}:`, error.message);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

build();
const electron = findElectron();
if (electron.path) {
  runToEnd(electron.path, [root, ...args], electronEnv());
} else {
  console.log(electron.native ? NATIVE_LINE : FALLBACK_LINE);
  if (process.env.LEKHA_DEBUG) console.error(electron.reason);
  runToEnd(process.execPath, [join(root, 'bin', 'lekha.mjs'), 'serve', ...args], process.env);
}
