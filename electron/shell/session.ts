import { session } from 'electron';
import type { ShellLog } from './invoke';
import { type AppPage, contentSecurityPolicy, isAllowedPermission, withCspHeader } from './policy';

/**
 * Hardening of the default session, installed once before the first window.
 *
 * The CSP header is the one browser mode sends (shared/csp.ts). renderer/index.html also carries
 * a meta tag: that is what reliably covers file:// (older Electron versions never called
 * onHeadersReceived for file://); the header covers the dev server and adds frame-ancestors,
 * which a meta tag cannot carry. When both are present the browser enforces both.
 */
export function hardenSession(page: AppPage, log: ShellLog): void {
  const ses = session.defaultSession;
  const csp = contentSecurityPolicy(page);

  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });

  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isAllowedPermission(permission, details.requestingUrl, page);
    if (!allowed) log('Permission denied', { permission, url: details.requestingUrl });
    callback(allowed);
  });
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isAllowedPermission(permission, details.requestingUrl ?? '', page),
  );
}
