import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog } from 'electron';
import { isLekhaError } from '../../shared/errors';
import { type LekhaCore, openCore } from '../api';
import { defaultDataDir, defaultDbPath } from '../paths';
import type { ShellLog } from './invoke';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { type AppPage, appPageFor } from './policy';
import { hardenSession } from './session';
import { readConnection } from './team-server';
import { createMainWindow, guardContents } from './window';

/**
 * The desktop app's main process: order matters here, so it reads top to bottom.
 * Everything that decides something lives in policy.ts / invoke.ts; this file only wires.
 */

const APP_ID = 'th.go.example.lekha'; // same as appId in electron-builder.yml

// The log keeps the detail; the person sees Thai (dialogs here, envelopes over IPC).
const log: ShellLog = (message, detail) => {
  const line = `[lekha ${new Date().toISOString()}] ${message}`;
  if (detail === undefined) console.error(line);
  else console.error(line, detail);
};

// Built layout (electron-vite): out/main/main.js, out/preload/preload.cjs, out/renderer/index.html.
const preloadPath = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));
const indexFileUrl = new URL('../renderer/index.html', import.meta.url).href;

let mainWindow: BrowserWindow | null = null;
/** Set once the core is open; before that there is nothing a window could show. */
let reopenWindow: (() => void) | null = null;

// Before ready: the command line computes the same folder without Electron (electron/paths.ts), so
// both open one database. The single-instance lock lives in userData, so this comes first.
app.setPath('userData', defaultDataDir());
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

process.on('uncaughtException', (error) => {
  log('Uncaught exception in the main process', error);
  dialog.showErrorBox('เลขา', `เกิดข้อผิดพลาดภายในโปรแกรม โปรดบันทึกงานแล้วเปิดโปรแกรมใหม่\n\n${String(error)}`);
});
process.on('unhandledRejection', (reason) => log('Unhandled promise rejection in the main process', reason));

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one SQLite file through two caches is how data gets lost: the first
  // instance gets 'second-instance' and comes to the front instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) {
      reopenWindow?.();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start(): Promise<void> {
  // A team's server in connection.json (team-server.ts): its page instead of the local file.
  const connection = readConnection(defaultDataDir());
  if (connection && 'refused' in connection) {
    fail(new Error(connection.refused));
    return;
  }
  const page = connection ?? appPageFor({ devServerUrl: process.env.ELECTRON_RENDERER_URL, isPackaged: app.isPackaged, indexFileUrl });
  hardenSession(page, log);
  // Registered before any window exists, so every webContents (main window, devtools, anything
  // later) gets the navigation and window-open guards.
  app.on('web-contents-created', (_event, contents) => guardContents(contents, page, log));
  installMenu({ isMac: process.platform === 'darwin', isDev: !app.isPackaged });
  // Connected to a team's server: no local database, no IPC, no preload; the server's page signs the officer in.
  if (page.kind === 'server') return showWindow(page, null);

  const dbPath = defaultDbPath();
  let core: LekhaCore;
  try {
    core = await openCore({ dbPath, log: (error) => log('Core error', error) });
  } catch (error) {
    fail(error, dbPath);
    return;
  }
  const disposeIpc = registerIpc({ core, page, mainWindow: () => mainWindow, log });
  // The database or attachments readable by others (at-rest.ts): said once at start, with the fix; nothing is changed.
  if (core.atRestWarnings.length) {
    log('Data folder wider than its owner', core.atRestWarnings.join('\n'));
    void dialog.showMessageBox({ type: 'warning', title: 'เลขา', message: 'สิทธิ์ของไฟล์ข้อมูลกว้างเกินไป', detail: core.atRestWarnings.join('\n\n') });
  }

  showWindow(page, preloadPath);

  // Close the database cleanly (WAL checkpoint) before the process ends.
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    disposeIpc();
    core
      .close()
      .catch((error: unknown) => log('Closing the database failed', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

/** The main window now, again from the Dock (macOS keeps apps running with no window) or a second start. */
function showWindow(page: AppPage, preload: string | null): void {
  const openWindow = () => {
    mainWindow = createMainWindow({ page, preloadPath: preload, log });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();
  reopenWindow = openWindow;
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** Startup failed: tell the person in Thai, keep the detail in the log, and stop. */
function fail(error: unknown, dbPath?: string): void {
  log('Startup failed', error);
  const message = isLekhaError(error)
    ? error.message
    : `เปิดโปรแกรมไม่สำเร็จ${dbPath ? `\nแฟ้มฐานข้อมูล: ${dbPath}` : ''}\n\nรายละเอียด: ${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('เลขา', message);
  app.exit(1);
}
