import { shell } from 'electron';
import type { ShellLog } from './invoke';
import { isAllowedExternalUrl } from './policy';

/**
 * The one place that may call `shell.openExternal` (Beekeeper Studio's habit): handing a URL to
 * the operating system can start any registered program (file:, smb:, custom schemes), so only
 * https links to allow-listed hosts pass (policy.ts). Returns whether the link was opened.
 */
export async function openExternalLink(url: string, log: ShellLog): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) {
    log('External link refused (not on the https allow-list)', { url });
    return false;
  }
  try {
    await shell.openExternal(url);
    return true;
  } catch (error) {
    log('Could not open the system browser', { url, error });
    return false;
  }
}
