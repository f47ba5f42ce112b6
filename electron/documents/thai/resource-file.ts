// Data files under resources/thai/ (word lists, the lexicon), found from this module's own place.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * This file sits in electron/documents/thai/ when run from source (tests, CLI) and in out/main/
 * when bundled, so the repository (or app) root is found by walking up rather than by a fixed path.
 */
export function readThaiResource(name: string): string {
  const relative = join('resources', 'thai', name);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    dir = dirname(dir);
  }
  throw new Error(`Thai resource not found: ${relative} above ${fileURLToPath(import.meta.url)}`);
}
