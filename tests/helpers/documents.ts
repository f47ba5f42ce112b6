import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { tempDir } from './core';

/** Text as an officer copying out of the PDF gets it (`pdftotext -raw` keeps Thai in logical order). */
export function pdfText(pdf: Uint8Array, pages?: { first: number; last: number }): string {
  const file = join(tempDir('lekha-pdf-'), 'doc.pdf');
  writeFileSync(file, pdf);
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

/** `pdffonts` rows: name, type, emb, sub. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean; subset: boolean }[] {
  const file = join(tempDir('lekha-pdf-'), 'doc.pdf');
  writeFileSync(file, pdf);
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    const [emb, sub] = cols.slice(-5, -3);
    return { name: cols[0], embedded: emb === 'yes', subset: sub === 'yes' };
  });
}

export const pageCount = (pdf: Uint8Array): number => (pdfText(pdf).match(/\f/g) ?? []).length;

/** An XML part of a DOCX package, e.g. `word/document.xml`. */
export function docxPart(docx: Uint8Array, part: string): string {
  return strFromU8(unzipSync(docx, { filter: (f) => f.name === part })[part]);
}

/** The DOCX (or an XLSX, `ext: 'xlsx'`) opened and printed by LibreOffice, as Word- or Excel-compatible software would show it. */
export function libreOfficePdf(docx: Uint8Array, ext: 'docx' | 'xlsx' = 'docx'): Uint8Array {
  const dir = tempDir('lekha-lo-');
  writeFileSync(join(dir, `doc.${ext}`), docx);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `doc.${ext}`)], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return readFileSync(join(dir, 'doc.pdf'));
}

/** Whitespace aside: the documents wrap lines where the source has none. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** Where each needle first appears in the haystack, in order; -1 when missing or out of order. */
export function positionsInOrder(haystack: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((n) => {
    const at = haystack.indexOf(n, from);
    if (at >= 0) from = at + n.length;
    return at;
  });
}

/** Page `page` as poppler draws it, in grey levels (0 black to 255 white), `dpi` dots per inch. */
export function pageGreys(pdf: Uint8Array, page: number, dpi = 30): Uint8Array {
  return pageImage(pdf, page, dpi).greys;
}

/** Page `page` as poppler draws it: its size in pixels and grey levels row by row. */
export function pageImage(pdf: Uint8Array, page: number, dpi: number): { width: number; height: number; greys: Uint8Array } {
  const dir = tempDir('lekha-png-');
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'doc.pdf'), join(dir, 'page')]);
  const pgm = readFileSync(join(dir, 'page.pgm'));
  // P5 header: magic, width, height, maximum, each followed by one whitespace character.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  return { width: Number(header[1]), height: Number(header[2]), greys: new Uint8Array(pgm.subarray(header[0].length)) };
}

/**
 * Where a page's ruled table draws its vertical rules, in centimetres from the page's left edge:
 * columns of pixels dark along at least `minCm` without a break (text is never that tall).
 */
export function verticalRulesCm(pdf: Uint8Array, page: number, minCm = 3): number[] {
  const dpi = 150;
  const { width, height, greys } = pageImage(pdf, page, dpi);
  const need = (minCm / 2.54) * dpi;
  const dark: number[] = [];
  for (let x = 0; x < width; x++) {
    let run = 0;
    let best = 0;
    for (let y = 0; y < height; y++) {
      run = greys[y * width + x] < 128 ? run + 1 : 0;
      best = Math.max(best, run);
    }
    if (best >= need) dark.push(x);
  }
  // A rule a few pixels wide counts once, at its first column.
  const rules = dark.filter((x, i) => i === 0 || x - dark[i - 1] > 2);
  return rules.map((x) => (x / dpi) * 2.54);
}

/** Share of a page's pixels that are light grey (a watermark's tint), neither white nor text. */
export const lightGreyShare = (greys: Uint8Array): number => greys.filter((g) => g >= 170 && g <= 245).length / greys.length;

/** Each word poppler finds (a whole drawn line, for Lekha's PDFs), with the x where it starts, in reading order. */
export function pdfWords(pdf: Uint8Array): { x: number; text: string }[] {
  const file = join(tempDir('lekha-pdf-'), 'doc.pdf');
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', '-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), text: m[2] }));
}

/** The text of a DOCX's main part, paragraph by paragraph (runs joined), as Word would show it. */
export function docxParagraphs(docx: Uint8Array): string[] {
  return docxPart(docx, 'word/document.xml').split(/<w:p[ >]/).slice(1).map((p) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>')).join(''));
}

/** Each line pdftotext finds on `page` with its box (points from the top left), for PDFs made by other software (LibreOffice). */
export function pdfLayoutLines(pdf: Uint8Array, page: number): { xMin: number; xMax: number; yMin: number; text: string }[] {
  const file = join(tempDir('lekha-pdf-'), 'doc.pdf');
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)].map((m) => ({
    xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]),
    text: [...m[4].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
  }));
}
