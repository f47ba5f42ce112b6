import type { Envelope } from '../../shared/errors';
import type { LekhaCore } from '../api';
import { type AppPage, isTrustedSender, type SenderFacts } from './policy';

/**
 * The one wrapper every IPC call goes through (VS Code's validated ipcMain): first the sender
 * check, then the core, which validates the method and arguments with the contract's zod schemas.
 * It takes plain sender facts rather than an Electron event so that it runs under plain vitest;
 * ipc.ts turns the event into facts.
 */

export type ShellLog = (message: string, detail?: unknown) => void;

export const UNTRUSTED_SENDER_MESSAGE = 'คำขอนี้ไม่ได้มาจากหน้าต่างของโปรแกรมเลขา จึงไม่ดำเนินการ';
export const BAD_METHOD_MESSAGE = 'ชื่อคำสั่งไม่ถูกต้อง';
export const INTERNAL_MESSAGE = 'เกิดข้อผิดพลาดภายในโปรแกรม โปรดลองอีกครั้ง หากยังไม่ได้ โปรดแจ้งผู้ดูแลระบบ';

export type InvokeHandler = (sender: SenderFacts, method: unknown, args: unknown) => Promise<Envelope<unknown>>;

export function createInvokeHandler(options: {
  core: Pick<LekhaCore, 'invoke' | 'attachmentPath'>;
  page: AppPage;
  log: ShellLog;
  /** Opens an app-managed file with the system viewer (`shell.openPath`); only attachments get here. */
  openFile?: (path: string) => Promise<boolean>;
}): InvokeHandler {
  const { core, page, log, openFile } = options;
  return async (sender, method, args) => {
    if (!isTrustedSender(sender, page)) {
      // Logged with the URL so an attempt is visible; the caller learns nothing beyond "no".
      log('IPC refused: sender is not the app window top frame', { url: sender.url, method: String(method) });
      return { ok: false, error: { code: 'INVALID', message: UNTRUSTED_SENDER_MESSAGE } };
    }
    if (typeof method !== 'string') {
      log('IPC refused: method name is not a string', { method });
      return { ok: false, error: { code: 'INVALID', message: BAD_METHOD_MESSAGE } };
    }
    try {
      const answer = await core.invoke(method, args);
      // The core cannot open files; the desktop can. The core has validated the id and found the file.
      if (method === 'attachments.open' && answer.ok && openFile) {
        const path = await core.attachmentPath((args as { id: string }).id);
        return { ok: true, value: { opened: await openFile(path) } };
      }
      return answer;
    } catch (error) {
      // core.invoke promises never to throw; if it does anyway, the person still gets Thai.
      log(`IPC ${method} threw`, error);
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
    }
  };
}
