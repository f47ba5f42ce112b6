import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The import rules of ARCHITECTURE.md ("Folders and who may import whom"), checked on every file. */
const root = resolve(import.meta.dirname, '../..');

type Source = { file: string; text: string };

function sources(dir: string): Source[] {
  const out: Source[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(root, dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(relative(root, path)));
    else if (/\.(ts|tsx|mts|mjs)$/.test(name)) out.push({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  }
  return out;
}

const importPattern = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(source: Source): string[] {
  const specs: string[] = [];
  for (const m of source.text.matchAll(importPattern)) {
    const spec = m[1] ?? m[2] ?? m[3];
    // Relative imports become project paths (`@/electron/api`), kept apart from package names like `electron`.
    specs.push(spec.startsWith('.') ? `@/${relative(root, resolve(root, dirname(source.file), spec))}` : spec);
  }
  return specs;
}

const isElectronPackage = (spec: string) => spec === 'electron' || spec.startsWith('electron/');
const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);
/** Whether an import points into a project folder. */
const into = (spec: string, folder: string) => within(spec, `@/${folder}`);

function violations(files: Source[]): string[] {
  const found: string[] = [];
  for (const source of files) {
    const { file } = source;
    for (const spec of importsOf(source)) {
      const bad = (why: string) => found.push(`${file} imports "${spec}": ${why}`);
      if (isElectronPackage(spec) && !within(file, 'electron/shell')) bad('only electron/shell/ may import electron');
      if (within(file, 'renderer') && (into(spec, 'electron') || spec.startsWith('node:'))) bad('the renderer knows only the contract');
      if (within(file, 'shared') && !(into(spec, 'shared') || spec === 'zod')) bad('shared/ imports only shared/ and zod');
      if (within(file, 'electron/db') && (into(spec, 'electron/services') || into(spec, 'electron/documents'))) bad('db/ sits below services and documents');
      if (within(file, 'electron/documents') && (into(spec, 'electron/db') || into(spec, 'electron/services'))) bad('documents take plain data, never the database');
      if (within(file, 'electron/services') && (into(spec, 'electron/shell') || into(spec, 'electron/api'))) bad('services never reach up to transports');
      if (/^electron\/(server|cli)\.ts$/.test(file) && (into(spec, 'electron/services') || into(spec, 'electron/db'))) bad('transports go through api.ts');
      if (within(file, 'electron/shell') && into(spec, 'renderer')) bad('the shell does not import the renderer');
      const feature = /^renderer\/features\/([^/]+)\//.exec(file)?.[1];
      const other = /^@\/renderer\/features\/([^/]+)(\/.*)?$/.exec(spec);
      // Another feature is reached only through its index.ts, the part it offers the others.
      if (feature && other && other[1] !== feature && other[2] !== undefined && other[2] !== '/index') bad(`a feature uses another only through its index.ts (import "@/renderer/features/${other[1]}")`);
      // Shared pieces sit below the features: only the app's shell (app.tsx) picks pages out of them.
      if (/^renderer\/(ui|state|lib|api|i18n)\//.test(file) && into(spec, 'renderer/features')) bad('ui/, state/, lib/, api/ and i18n/ sit below the features');
    }
  }
  return found;
}

describe('architecture: who may import whom', () => {
  const all = ['shared', 'electron', 'renderer'].flatMap((dir) => sources(dir));

  it('reads a meaningful number of files', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all.some((s) => s.file === 'electron/shell/preload.ts')).toBe(true);
  });

  it('has no forbidden import anywhere', () => {
    expect(violations(all)).toEqual([]);
  });

  it('catches each kind of violation (the check itself can fail)', () => {
    const fake: Source[] = [
      { file: 'electron/services/x.ts', text: "import { app } from 'electron';" },
      { file: 'renderer/features/x/x.tsx', text: "import { openCore } from '../../../electron/api';" },
      { file: 'shared/x.ts', text: "import { readFileSync } from 'node:fs';" },
      { file: 'electron/documents/x.ts', text: "import type { DB } from '../db/types';" },
      { file: 'electron/cli.ts', text: "const m = await import('./services/meetings');" },
      { file: 'renderer/features/meetings/x.tsx', text: "import { AgendaItemForm } from '../agenda/agenda-item-form';" },
      { file: 'renderer/ui/x.tsx', text: "import { todayIso } from '../features/policies';" },
      // Allowed: another feature's index, and a file of its own feature.
      { file: 'renderer/features/meetings/y.tsx', text: "import { AgendaEditor } from '../agenda';\nimport { x } from './meeting-delete';" },
    ];
    expect(violations(fake)).toHaveLength(7);
  });
});
