import type { Zippable } from 'fflate';
import type { ExportedFile } from '../../shared/schemas/documents';
import type { LettersResult } from '../../shared/schemas/letters';
import { base64ToBytes } from './download';

/** Base64 of bytes, in slices: one `String.fromCharCode(...all)` overflows the stack on a large zip. */
function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The letters as one download: the file itself when there is one letter, else a ZIP of them all (a
 * letter per agency, or the invitations and the agenda they enclose), each under the name the core
 * gave it. PDF and DOCX are compressed already, so the ZIP only stores them.
 */
export async function bundleLetters(zipName: string, result: LettersResult): Promise<ExportedFile> {
  const warnings = result.warnings.length ? { warnings: result.warnings } : {};
  if (result.files.length === 1) {
    const [only] = result.files;
    return { fileName: only.fileName, mediaType: only.mediaType, base64: only.base64, ...warnings };
  }
  // The ZIP writer is fetched when first needed, so the meeting page does not load it for every export.
  const { zipSync } = await import('fflate');
  const entries: Zippable = {};
  for (const f of result.files) entries[f.fileName] = [base64ToBytes(f.base64), { level: 0 }];
  return { fileName: `${zipName}.zip`, mediaType: 'application/zip', base64: bytesToBase64(zipSync(entries)), ...warnings };
}
