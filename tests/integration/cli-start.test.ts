// How `lekha` starts: from the built JavaScript in out/cli/ (scripts/build-cli.mjs), loading only
// what the command needs; from TypeScript (tsx) when the build is missing or older than a source,
// saying so on stderr. What a process loaded is read from a module-loader hook, never from timings.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('how the command line starts, no database engine involved');

const root = new URL('../..', import.meta.url).pathname;
const moduleLog = join(root, 'tests/helpers/module-log.mjs');

/** Runs bin/lekha.mjs (of `at`, default the repository) and lists the files it loaded. */
function lekha(args: string[], { env = {}, at = root }: { env?: Record<string, string>; at?: string } = {}) {
  const log = join(tempDir(), 'modules.txt');
  const r = spawnSync(process.execPath, ['--import', moduleLog, join(at, 'bin/lekha.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, LEKHA_MODULE_LOG: log },
  });
  const loaded = existsSync(log) ? [...new Set(readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file:')))] : [];
  return { code: r.status, out: r.stdout, err: r.stderr, loaded: loaded.map((u) => decodeURIComponent(new URL(u).pathname)) };
}

const packagesIn = (files: string[]) => new Set(files.flatMap((f) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1] ?? []));
const FALLBACK_NOTE = 'running from TypeScript';

describeSqlite('lekha start-up', () => {
  it('runs the built command line, and --help loads no database, service or PDF code', () => {
    const r = lekha(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('lekha export minutes');
    expect(r.err).toBe('');
    expect(r.loaded).toContain(join(root, 'out/cli/lekha.mjs'));
    expect(r.loaded.filter((f) => f.endsWith('.ts'))).toEqual([]);
    // Not a single package: no better-sqlite3, kysely, zod, pdfkit, fontkit, docx, exceljs, tsx.
    expect([...packagesIn(r.loaded)]).toEqual([]);
    // Nor the bundled core (api.ts with every service) or any command's module.
    expect(r.loaded.filter((f) => /\/out\/cli\/chunks\/(api|cli-|render-)/.test(f))).toEqual([]);
  });

  it('loads the database and PDF code when a PDF is exported, and not the spreadsheet or Word code (the check above can fail)', () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    expect(lekha(['demo', '--db', db]).code).toBe(0);
    const r = lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'pdf', '--db', db, '--out', join(dir, 'm.pdf')]);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(dir, 'm.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const packages = packagesIn(r.loaded);
    for (const name of ['better-sqlite3', 'pdfkit', 'fontkit']) expect(packages).toContain(name);
    for (const name of ['exceljs', 'docx', 'tsx']) expect(packages).not.toContain(name);
    expect(r.loaded.some((f) => /\/out\/cli\/chunks\/api-/.test(f))).toBe(true);
  });

  it('falls back to the TypeScript sources through tsx, saying so on stderr only', () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    const r = lekha(['demo', '--db', db], { env: { LEKHA_FROM_SOURCE: '1' } });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('โหลดข้อมูลสาธิต');
    expect(r.out).not.toContain(FALLBACK_NOTE);
    expect(r.err).toContain(FALLBACK_NOTE);
    expect(r.loaded).toContain(join(root, 'electron/cli.ts'));
    expect(r.loaded).toContain(join(root, 'electron/api.ts'));
    expect(r.loaded.some((f) => f.includes('/out/cli/'))).toBe(false);
    // The database it wrote is a real one: the built command line reads the meeting back.
    const json = join(dir, 'm.json');
    expect(lekha(['export', 'meeting', '--meeting', '2/2568', '--db', db, '--out', json]).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).agendaItems).toHaveLength(8);
  });

  it('runs from TypeScript when the build is missing or older than a source, and from the build once it is fresh', () => {
    // A copy of the package (sources linked, bin and out/cli copied) whose build can be aged at will.
    const copy = tempDir();
    for (const name of ['electron', 'shared', 'resources', 'node_modules']) symlinkSync(join(root, name), join(copy, name));
    for (const name of ['package.json', 'bin']) cpSync(join(root, name), join(copy, name), { recursive: true });
    const help = () => lekha(['--help'], { at: copy });

    const missing = help();
    expect(missing.code).toBe(0);
    expect(missing.out).toContain('lekha export minutes');
    expect(missing.err).toContain(`${FALLBACK_NOTE} (slower) because out/cli/ has no build`);

    mkdirSync(join(copy, 'out'));
    cpSync(join(root, 'out/cli'), join(copy, 'out/cli'), { recursive: true });
    const manifest = join(copy, 'out/cli/build.json');
    const build = JSON.parse(readFileSync(manifest, 'utf8')) as { builtAt: number; inputs: string[] };
    expect(build.inputs).toContain('electron/cli.ts');

    writeFileSync(manifest, JSON.stringify({ ...build, builtAt: 0 }));
    const stale = help();
    expect(stale.code).toBe(0);
    expect(stale.err).toMatch(/because \S+\.ts changed after the build/);
    expect(stale.loaded.some((f) => f.endsWith('/electron/cli.ts'))).toBe(true);

    writeFileSync(manifest, JSON.stringify({ ...build, builtAt: Date.now() + 60_000 }));
    const fresh = help();
    expect(fresh.code).toBe(0);
    expect(fresh.err).toBe('');
    expect(fresh.loaded).toContain(join(copy, 'out/cli/lekha.mjs'));
  });
});
