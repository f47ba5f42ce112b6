import { BrowserWindow, type WebContents } from 'electron';
import { openExternalLink } from './external';
import type { ShellLog } from './invoke';
import { type AppPage, appPageUrl, isAllowedNavigation, mainWindowOptions } from './policy';

/**
 * The main window and the guards on what it may show. The page must never leave the app's own
 * page: a navigation elsewhere would give foreign content the preload's `window.lekha`.
 */

/** Applied to every webContents the app creates, so no later window or frame escapes it. */
export function guardContents(contents: WebContents, page: AppPage, log: ShellLog): void {
  // No new windows at all; an https link the page tries to open goes to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url, log);
    return { action: 'deny' };
  });
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigation(url, page)) return;
    event.preventDefault();
    void openExternalLink(url, log);
  };
  contents.on('will-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', (event) => stayHome(event, event.url));
  // <webview> would be a second, unguarded browser inside ours.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview refused');
  });
}

export function createMainWindow(options: { page: AppPage; preloadPath: string | null; log: ShellLog }): BrowserWindow {
  const { page, preloadPath, log } = options;
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => log('Renderer process gone', details));
  window.webContents.on('did-fail-load', (_event, code, description, url) => log('Page failed to load', { code, description, url }));
  window.loadURL(appPageUrl(page)).catch((error: unknown) => log('Could not load the app page', error));
  return window;
}
