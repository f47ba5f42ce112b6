import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../files';

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Keeps an evidence file (a participant report, a frozen invitation or paper) under `evidence/ab/abcd…`
 * in the app's files folder, content-addressed like attachments but apart from them, so removing an
 * attachment never takes away the copy that was sent. Returns the stored path, relative to the folder.
 */
export function keepEvidenceFile(filesDir: string, bytes: Uint8Array, sha256 = sha256Of(bytes)): string {
  const stored = join('evidence', sha256.slice(0, 2), sha256);
  const path = join(filesDir, stored);
  if (!(existsSync(path) && sha256Of(readFileSync(path)) === sha256)) writeFileAtomic(path, bytes);
  return stored;
}
