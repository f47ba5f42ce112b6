import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type TestCore, tempDir } from './core';

/** Each page's width and height in points, as `pdfinfo` reports them. */
export function pageSizes(pdf: Uint8Array): { width: number; height: number }[] {
  const file = join(tempDir('lekha-book-'), 'book.pdf');
  writeFileSync(file, pdf);
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** `documents.book` of a meeting: the PDF's bytes, the warnings, the file name. */
export async function exportBook(t: TestCore, meetingId: string, settings?: { digits?: 'thai' | 'arabic' }) {
  const file = await t.call('documents.book', { meetingId, settings });
  return { pdf: new Uint8Array(Buffer.from(file.base64, 'base64')), warnings: file.warnings ?? [], fileName: file.fileName };
}

interface Placed {
  x: number;
  /** The baseline, in points from the top of the page. */
  y: number;
  text: string;
}

/**
 * Each page's text runs where pdf.js (Firefox's viewer) places them. poppler is no help for positions
 * here: it boxes a Lekha line (one ActualText span) as 1 pt at a point flipped upside down.
 */
export async function placedText(pdf: Uint8Array): Promise<{ width: number; height: number; runs: Placed[] }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent({ disableNormalization: true });
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str.trim() ? [{ x: item.transform[4], y: height - item.transform[5], text: item.str }] : []);
    pages.push({ width, height, runs });
  }
  await doc.destroy();
  return pages;
}

/** What the top band of each page says (secrecy, running header, page number, caption), one line per run. */
export const topBands = async (pdf: Uint8Array): Promise<string[]> =>
  (await placedText(pdf)).map((p) => p.runs.filter((r) => r.y < 72).map((r) => r.text).join('\n'));

/** What the foot of each page says (the secrecy mark). */
export const bottomBands = async (pdf: Uint8Array): Promise<string[]> =>
  (await placedText(pdf)).map((p) => p.runs.filter((r) => r.y > p.height - 36).map((r) => r.text).join('\n'));

/** The numbers right of `fromX` below the top band on `pages` (from 1), top to bottom: the agenda's page column. */
export async function pageColumn(pdf: Uint8Array, pages: number[], fromX: number): Promise<string[]> {
  const placed = await placedText(pdf);
  return pages.flatMap((p) =>
    placed[p - 1].runs.filter((r) => r.x >= fromX && r.y > 72 && /^[0-9๐-๙]+$/.test(r.text.trim())).sort((a, b) => a.y - b.y).map((r) => r.text.trim()));
}

/**
 * What each page is, read from its running header alone: the cover (the first page), the agenda, an
 * item's summary, or a page of an item's attachment (its header has a caption naming the file).
 */
export function pageKinds(bands: string[], items: { id: string; number: string; subject: string }[]) {
  return bands.map((band, i) => {
    const item = items.find((it) => band.includes(`ระเบียบวาระที่ ${it.number} เรื่อง ${it.subject.slice(0, 12)}`));
    const kind = i === 0 ? 'cover' : item ? (band.includes('เอกสารประกอบ') ? 'attachment' : 'summary') : band.includes('ระเบียบวาระการประชุม') ? 'agenda' : '?';
    return { page: i + 1, kind, itemId: item?.id ?? null, band };
  });
}

/**
 * The stamp at the end of a page's `pdftotext -raw` text (it is drawn last): the page number line
 * `หน้า n`, then the running header, then the caption of an attachment's page.
 */
export function rawStamp(pageText: string): { number: string; header: string; caption: string } | null {
  const lines = pageText.replace(/\f/g, '').trim().split('\n');
  const at = lines.findLastIndex((l) => /^หน้า [0-9๐-๙]+$/.test(l));
  if (at < 0) return null;
  return { number: lines[at], header: lines[at + 1] ?? '', caption: lines[at + 2] ?? '' };
}

export interface Bookmark {
  title: string;
  /** From 1, as a viewer numbers pages. */
  page: number;
  children: Bookmark[];
}

/** The PDF's outline as pdf.js (Firefox's viewer) reads it: titles and the page each opens. */
export async function outlineOf(pdf: Uint8Array): Promise<Bookmark[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  type Node = { title: string; dest: string | unknown[] | null; items: Node[] };
  const read = async (nodes: Node[]): Promise<Bookmark[]> =>
    Promise.all(nodes.map(async (n) => {
      const dest = typeof n.dest === 'string' ? await doc.getDestination(n.dest) : n.dest;
      const page = dest ? (await doc.getPageIndex(dest[0] as Parameters<typeof doc.getPageIndex>[0])) + 1 : 0;
      return { title: n.title, page, children: await read(n.items) };
    }));
  const outline = await read(((await doc.getOutline()) ?? []) as Node[]);
  await doc.destroy();
  return outline;
}

/** Every bookmark, depth first. */
export const flatten = (marks: Bookmark[]): Bookmark[] => marks.flatMap((m) => [m, ...flatten(m.children)]);
