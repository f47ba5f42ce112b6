import type { ExportedFile } from '../../shared/schemas/documents';

/** The bytes of a base64 string (atob: Uint8Array.fromBase64 is too new for every Chromium we meet). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** How long the object URL lives: the desktop's save dialog reads it after the officer picks a folder. */
const URL_LIFETIME_MS = 5 * 60_000;

/**
 * Hand an exported file to the officer as a download named by the core. In browser mode the browser
 * saves it; on the desktop Electron shows its save dialog. The renderer never touches the file system.
 */
export function deliverFile(file: ExportedFile, doc: Document = document): void {
  const blob = new Blob([base64ToBytes(file.base64)], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
  }
}
