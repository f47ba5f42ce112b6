import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/shell/policy';

/**
 * One build for the three parts of the desktop app. Output (what electron/shell/main.ts and
 * package.json "main" rely on): out/main/main.js, out/preload/preload.cjs, out/renderer/index.html.
 * Browser mode (`lekha serve`) serves the same out/renderer.
 */

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * renderer/index.html carries the strict production CSP as a meta tag. Vite's dev server needs an
 * inline React Refresh preamble, injected <style> tags and a websocket, which that tag forbids, so
 * during `electron-vite dev` only the tag is swapped for the dev policy from policy.ts. Builds are
 * untouched.
 */
function devCsp(): Plugin {
  return {
    name: 'lekha-dev-csp',
    apply: 'serve',
    transformIndexHtml(html, ctx) {
      // The same address the shell gets (electron-vite sets it before Electron starts), so the
      // meta tag and the shell's CSP header name the same websocket origin.
      const origin = process.env.ELECTRON_RENDERER_URL ?? ctx.server?.resolvedUrls?.local[0];
      if (!origin) return html;
      // frame-ancestors only works as a header (the shell sends it); in a meta tag it only warns.
      const csp = contentSecurityPolicy({ kind: 'dev', origin: new URL(origin).origin }).replace(/; frame-ancestors [^;]*/, '');
      return html.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/, `$1${csp}$2`);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: at('./out/main'),
      rolldownOptions: {
        input: { main: at('./electron/shell/main.ts') },
        // A native addon cannot be bundled; it is loaded from node_modules (asar-unpacked when packaged).
        // Other dependencies stay external too (electron-vite's externalizeDeps default).
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: at('./out/preload'),
      // The window is sandboxed: a sandboxed preload cannot load ES modules or anything from
      // node_modules, only `require('electron')`. So: CommonJS, and every dependency bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: at('./electron/shell/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('./renderer'),
    plugins: [react(), devCsp()],
    build: {
      outDir: at('./out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the first page loads a third of it (issue 11).
      minify: true,
      rolldownOptions: {
        input: { index: at('./renderer/index.html') },
      },
    },
  },
});
