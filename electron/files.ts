import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Files Lekha writes are the officer's alone: the data folder is private (issue 10). */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/**
 * Writes `bytes` whole or not at all: into a temporary file beside `path`, flushed to the disk, then
 * renamed over `path` (atomic on one file system) and the folder flushed. A disk that fills up half-way
 * leaves the old file (or none) and no temporary behind.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array, mode = PRIVATE_FILE): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  const temp = join(dir, `.${randomBytes(6).toString('hex')}.part`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', mode);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dir);
}

/** The rename itself is durable only once the folder is flushed (not possible on every platform). */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  }
}
