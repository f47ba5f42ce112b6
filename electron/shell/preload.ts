import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type LekhaBridge } from '../../shared/bridge';
import type { LekhaEvent } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

/**
 * The preload: the only bridge between the sandboxed page and the main process. It exposes
 * exactly `window.lekha = { invoke, on }` and nothing of ipcRenderer itself, so the page cannot
 * pick another channel. It runs sandboxed, so it is bundled as CommonJS and may require only
 * `electron` (see electron.vite.config.ts); from shared/ it takes only constants and types.
 */

const IPC_FAILED_MESSAGE = 'ติดต่อส่วนหลักของโปรแกรมไม่ได้ โปรดปิดแล้วเปิดโปรแกรมใหม่';

const bridge = {
  invoke(method: string, args: unknown): Promise<Envelope<unknown>> {
    // The main side answers with an envelope and never throws; a rejection here means the IPC
    // itself failed (for example arguments that cannot be cloned), so answer in the same shape.
    return ipcRenderer.invoke(IPC_INVOKE, method, args).catch((error: unknown) => {
      console.error(`[lekha] invoke ${method} failed`, error);
      return { ok: false, error: { code: 'INTERNAL', message: IPC_FAILED_MESSAGE } } as const;
    });
  },
  on(listener: (event: LekhaEvent) => void): () => void {
    // Pass on the payload only: the IpcRendererEvent would hand the page a reference to ipcRenderer.
    const relay = (_event: IpcRendererEvent, payload: LekhaEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, relay);
    };
  },
} satisfies LekhaBridge;

contextBridge.exposeInMainWorld('lekha', bridge);
