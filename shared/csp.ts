/**
 * The renderer's Content-Security-Policy: only its own scripts, styles and fonts; no inline script,
 * no eval, no framing, no form posts. The shell and the browser-mode server both send it.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
