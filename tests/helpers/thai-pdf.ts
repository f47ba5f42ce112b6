import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll } from 'vitest';

const require = createRequire(import.meta.url);

export const SARABUN = {
  regular: require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
};

export const PT_PER_CM = 72 / 2.54;

/** A4 with the minutes margins (THAI-DOCUMENTS.md §3): left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm. */
export function newA4(options: PDFKit.PDFDocumentOptions = {}): { doc: PDFKit.PDFDocument; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 2.5 * PT_PER_CM, bottom: 2 * PT_PER_CM, left: 3 * PT_PER_CM, right: 2 * PT_PER_CM },
    ...options,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes the PDF into a temporary folder (removed after the file's tests) and returns its path. */
export function savePdf(bytes: Uint8Array, name = 'doc.pdf'): string {
  const dir = mkdtempSync(join(tmpdir(), 'lekha-thai-'));
  dirs.push(dir);
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Runs a poppler tool and returns its standard output as UTF-8. */
export function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdftoppm', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

/** `pdftotext -raw` (Thai in logical order), page breaks dropped. */
export const pdfTextRaw = (file: string): string => poppler('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).replace(/\f/g, '');
