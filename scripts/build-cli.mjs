#!/usr/bin/env node
// Builds the command line (electron/cli.ts and the modules each command imports on demand) into
// out/cli/ as plain JavaScript, so `lekha` starts without compiling TypeScript. Runs in
// `npm ci` / `npm install` (the `prepare` script) and in `npm run build`; takes well under a second.
// Packages stay in node_modules (better-sqlite3 is native; pdfkit reads its own data files beside
// its code), except the pure-JavaScript ones in `bundled`: kysely and zod are made of about 350 small
// ES modules whose resolving and loading cost a whole export about 0.25 s of CPU; bundled, they
// load as part of one file. Lekha's own files and its JSON reference data are bundled too.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'out', 'cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // Without esbuild (an install without it) `lekha` still works, through tsx: say so and do not fail the install.
  console.warn('build-cli: esbuild is not installed; `lekha` will run from TypeScript (slower to start).');
  process.exit(0);
}

/** Every package stays external except those named: pure-JS packages made of many small files. */
function packagesOutside(bundled) {
  return {
    name: 'packages-outside',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path }) => {
        const name = path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0];
        return bundled.includes(name) ? undefined : { path, external: true };
      });
    },
  };
}

const builtAt = Date.now();
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { lekha: 'electron/cli.ts' },
  outdir,
  bundle: true,
  splitting: true, // each command's dynamic import() becomes its own file, loaded only when it runs
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  plugins: [packagesOutside(['kysely', 'zod', 'diff'])],
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// Files of earlier builds go; files this build wrote again keep their names (content hashes), so a
// `lekha serve` started from the previous build can still load the chunks it has not loaded yet.
const written = new Set(Object.keys(result.metafile.outputs).map((path) => resolve(root, path)));
for (const entry of readdirSync(outdir, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath, entry.name);
  if (entry.isFile() && entry.name !== 'build.json' && !written.has(path)) rmSync(path);
}

// bin/lekha.mjs compares these files' times with `builtAt`: an edited source means the build is
// stale, and the command then runs from TypeScript rather than from out-of-date JavaScript.
// Lekha's own files only: packages, and anything a plugin made up (a `namespace:` path), are left out.
const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith('node_modules/') && !path.includes(':'));
writeFileSync(join(outdir, 'build.json'), `${JSON.stringify({ builtAt, inputs }, null, 1)}\n`);
console.log(`build-cli: ${[...written].filter((p) => p.endsWith('.mjs')).length} files in ${relative(process.cwd(), outdir) || '.'} (${Date.now() - builtAt} ms)`);
