import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/**
 * The folder that holds package.json and resources/. Code runs from electron/ (tests, the
 * TypeScript fallback of the command line) and from bundles in out/cli/ or out/main/, so the
 * root is found by walking up from this file rather than by a fixed relative path.
 */
export function appRoot(): string {
  if (found) return found;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start, up = 0; up < 6; up++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'resources'))) {
      found = dir;
      return dir;
    }
  }
  throw new Error(`Lekha's folder (package.json and resources/) not found above ${start}`);
}

/** A file shipped under resources/, e.g. `resourcePath('demo', 'meeting-2-2568.json')`. */
export const resourcePath = (...parts: string[]): string => join(appRoot(), 'resources', ...parts);
