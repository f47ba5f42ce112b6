import { afterEach, vi } from 'vitest';

export interface Download {
  fileName: string;
  href: string;
  blob: Blob;
}

/**
 * Catch downloads the renderer starts (Blob + object URL + a clicked `<a download>`), instead of
 * letting happy-dom follow the link.
 */
export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:lekha-test/${blobs.size + 1}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, href: this.href, blob: blobs.get(this.href)! });
  });
  return downloads;
}

afterEach(() => {
  vi.restoreAllMocks();
});
