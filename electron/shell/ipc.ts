import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain, shell } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from '../../shared/bridge';
import type { LekhaCore } from '../api';
import { createInvokeHandler, type ShellLog } from './invoke';
import type { AppPage, SenderFacts } from './policy';

/**
 * The IPC wiring: one invoke channel, one event channel. Thin on purpose: the decisions live in
 * invoke.ts and policy.ts, which are tested without Electron.
 */

/** Turn an Electron event into the plain facts the sender check needs. */
function senderFacts(event: IpcMainInvokeEvent, window: BrowserWindow | null): SenderFacts {
  const contents = window && !window.isDestroyed() ? window.webContents : null;
  // senderFrame is null once the frame has navigated away or been destroyed.
  const frame = event.senderFrame;
  return {
    fromMainWindow: contents !== null && event.sender === contents,
    isTopFrame: frame !== null && contents !== null && frame.parent === null && frame === contents.mainFrame,
    url: frame?.url ?? null,
  };
}

/** Registers the invoke handler and forwards core events; returns the function that undoes both. */
export function registerIpc(options: {
  core: LekhaCore;
  page: AppPage;
  mainWindow: () => BrowserWindow | null;
  log: ShellLog;
}): () => void {
  const { core, page, mainWindow, log } = options;
  // shell.openPath answers '' on success, else the reason.
  const openFile = async (path: string) => (await shell.openPath(path)) === '';
  const handle = createInvokeHandler({ core, page, log, openFile });

  ipcMain.handle(IPC_INVOKE, (event, method: unknown, args: unknown) => handle(senderFacts(event, mainWindow()), method, args));

  // Events go to the main window only, never broadcast: no other page is ours.
  const unsubscribe = core.subscribe((lekhaEvent) => {
    const window = mainWindow();
    if (!window || window.isDestroyed()) return;
    try {
      window.webContents.send(IPC_EVENT, lekhaEvent);
    } catch (error) {
      // A window closing mid-send is not worth a dialog, but the log keeps it.
      log('IPC event not delivered', error);
    }
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
  };
}
