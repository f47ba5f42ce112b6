import { spawnSync } from 'node:child_process';

/**
 * Vitest's global set-up: build the command line (scripts/build-cli.mjs, under a second) so that
 * the tests that run `lekha` run the built JavaScript, as people do, and never a build older than
 * the sources being tested.
 */
export default function setup(): void {
  const script = new URL('../../scripts/build-cli.mjs', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the command line failed:\n${result.stdout}${result.stderr}`);
}
