import { MAX_ATTACHMENT_BYTES } from '../../../shared/schemas/attachments';
import type { Lang } from '../../i18n/index';
import { translate } from '../../i18n/index';

export { MAX_ATTACHMENT_BYTES };

/** The file's bytes as base64, read by the browser (FileReader), never through a file path. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      // `data:<type>;base64,<bytes>`: the bytes are what follows the first comma.
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** `820 ไบต์`, `12.4 KB`, `3.2 MB`: the units officers see in their file manager. */
export function formatSize(lang: Lang, bytes: number): string {
  const number = (n: number) => new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return translate(lang, 'attachments.bytes', { size: number(bytes) });
  if (bytes < 1024 * 1024) return translate(lang, 'attachments.kb', { size: number(bytes / 1024) });
  return translate(lang, 'attachments.mb', { size: number(bytes / (1024 * 1024)) });
}

/** The first 8 hex digits of the SHA-256: enough to compare two copies by eye; the whole hash is in the tooltip. */
export const shortHash = (sha256: string): string => sha256.slice(0, 8);

export const tooLarge = (file: Pick<File, 'size'>): boolean => file.size > MAX_ATTACHMENT_BYTES;
