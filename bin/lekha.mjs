#!/usr/bin/env node
// The `lekha` command. It runs the JavaScript that `npm ci` / `npm run build` put in out/cli/
// (scripts/build-cli.mjs). When that build is missing, or older than a source file it was built
// from, it runs the TypeScript through tsx instead (about 2 s slower to start) and says so on stderr.
import { existsSync, readFileSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const built = new URL('out/cli/lekha.mjs', root);

/** Why the built command line cannot be used, or '' when it can. */
function staleness() {
  if (process.env.LEKHA_FROM_SOURCE === '1') return 'LEKHA_FROM_SOURCE=1';
  if (!existsSync(built)) return 'out/cli/ has no build';
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL('out/cli/build.json', root), 'utf8'));
    const changed = inputs.find((path) => (statSync(new URL(path, root), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > builtAt);
    return changed ? `${changed} changed after the build` : '';
  } catch (error) {
    return `out/cli/build.json unreadable (${error.message})`;
  }
}

const why = staleness();
if (!why) {
  await import(built.href);
} else {
  console.error(`lekha: ทำงานจาก TypeScript (ช้ากว่า) เพราะ ${why}; สร้างใหม่ด้วย npm run build:cli / running from TypeScript (slower) because ${why}; rebuild with npm run build:cli`);
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('electron/cli.ts', root).href);
}
