// Each text line as it is drawn in a Lekha PDF, read back from the PDF's own content streams:
// its text (the line's /ActualText span) and how wide it is drawn (start of the run to where its
// pen ends, from the fonts' /W widths and the TJ adjustments). With the natural width of the text,
// that gives the space a distributed line added between its clusters, measured on the page.
import { inflateSync } from 'node:zlib';
import { create } from 'fontkit';
import { clusters } from '../../electron/documents/thai/chars';

export interface DrawnLine {
  page: number;
  text: string;
  /** Left edge of the run and its drawn width, in points. */
  x: number;
  /** Where the run starts vertically, in points from the page's top (the text matrix's baseline, turned over). */
  y: number;
  width: number;
  fontSize: number;
  /** The PDF font resource name used for the run (/F1 …). */
  font: string;
}

interface PdfObjects {
  raw: Buffer;
  text: string;
  /** Object number → [start, end) of its body in `text`. */
  where: Map<number, [number, number]>;
}

function objects(pdf: Uint8Array): PdfObjects {
  const raw = Buffer.from(pdf);
  const text = raw.toString('latin1');
  const where = new Map<number, [number, number]>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = text.indexOf('endobj', m.index);
    where.set(Number(m[1]), [m.index + m[0].length, end]);
  }
  return { raw, text, where };
}

const body = (o: PdfObjects, n: number) => {
  const at = o.where.get(n);
  if (!at) throw new Error(`PDF object ${n} not found`);
  return o.text.slice(...at);
};

function stream(o: PdfObjects, n: number): string {
  const [start, end] = o.where.get(n) ?? [0, 0];
  const s = o.text.indexOf('stream', start);
  let from = s + 'stream'.length;
  if (o.text[from] === '\r') from++;
  if (o.text[from] === '\n') from++;
  const to = o.text.lastIndexOf('endstream', end);
  const data = o.raw.subarray(from, to);
  return (/\/FlateDecode/.test(o.text.slice(start, s)) ? inflateSync(data) : data).toString('latin1');
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1]);

/** Glyph id → width in thousandths of an em, from a CIDFontType2's /W array. */
function widths(o: PdfObjects, type0: number): { widthOf: (gid: number) => number } {
  const descendant = Number(/\/DescendantFonts\s*\[\s*(\d+) 0 R/.exec(body(o, type0))?.[1]);
  const cid = body(o, descendant);
  const dw = Number(/\/DW\s+([\d.]+)/.exec(cid)?.[1] ?? 1000);
  const map = new Map<number, number>();
  const w = /\/W\s*\[([\s\S]*)\]/.exec(cid)?.[1] ?? '';
  const tokens = w.match(/\[|\]|-?[\d.]+/g) ?? [];
  for (let i = 0; i < tokens.length; ) {
    const first = Number(tokens[i++]);
    if (tokens[i] === '[') {
      i++;
      for (let g = first; tokens[i] !== ']'; g++) map.set(g, Number(tokens[i++]));
      i++;
    } else {
      const last = Number(tokens[i++]);
      const width = Number(tokens[i++]);
      for (let g = first; g <= last; g++) map.set(g, width);
    }
  }
  return { widthOf: (gid) => map.get(gid) ?? dw };
}

/** A PDF literal string's bytes, escapes undone. */
function literal(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') {
      out.push(c.charCodeAt(0));
      continue;
    }
    const n = s[++i];
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (n in simple) out.push(simple[n]);
    else if (/[0-7]/.test(n)) {
      let oct = n;
      while (oct.length < 3 && /[0-7]/.test(s[i + 1])) oct += s[++i];
      out.push(Number.parseInt(oct, 8));
    }
  }
  return out;
}

function utf16(bytes: number[]): string {
  const start = bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  let out = '';
  for (let i = start; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
  return out;
}

/** The ActualText of a `/Span <</ActualText (...)>> BDC`: the literal, balanced parentheses and escapes respected. */
function actualText(content: string, from: number): { text: string; end: number } {
  let i = content.indexOf('(', from) + 1;
  const start = i;
  for (let depth = 1; depth > 0; i++) {
    if (content[i] === '\\') i++;
    else if (content[i] === '(') depth++;
    else if (content[i] === ')') depth--;
  }
  return { text: utf16(literal(content.slice(start, i - 1))), end: i };
}

/** Every line Lekha drew (one ActualText span each), page by page, in drawing order. */
export function drawnLines(pdf: Uint8Array): DrawnLine[] {
  const o = objects(pdf);
  const out: DrawnLine[] = [];
  const pages = [...o.where.keys()].filter((n) => /\/Type\s*\/Page\b/.test(body(o, n))).sort((a, b) => a - b);
  pages.forEach((pageObj, pageIndex) => {
    const page = body(o, pageObj);
    const resources = body(o, ref(page, 'Resources'));
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map<string, ReturnType<typeof widths>>();
    for (const m of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) fonts.set(m[1], widths(o, Number(m[2])));
    const content = stream(o, ref(page, 'Contents'));
    for (let at = content.indexOf('/ActualText'); at >= 0; at = content.indexOf('/ActualText', at + 1)) {
      const { text, end } = actualText(content, at);
      const stop = content.indexOf('EMC', end);
      const run = content.slice(end, stop);
      let font = '';
      let size = 0;
      let x = Number.NaN;
      let left = Number.NaN;
      let right = Number.NaN;
      let y = Number.NaN;
      for (const op of run.matchAll(/([\d.-]+) ([\d.-]+) Tm|\/(\w+) ([\d.]+) Tf|\[([^\]]*)\] TJ/g)) {
        if (op[1] !== undefined) {
          x = Number(op[1]);
          if (Number.isNaN(left)) left = x;
          if (Number.isNaN(y)) y = Number(op[2]);
        } else if (op[3] !== undefined) {
          font = op[3];
          size = Number(op[4]);
        } else {
          const w = fonts.get(font);
          if (!w) throw new Error(`font ${font} not in the page resources`);
          for (const part of (op[5] ?? '').matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) {
            if (part[1] !== undefined) {
              for (let i = 0; i + 4 <= part[1].length; i += 4) x += (w.widthOf(Number.parseInt(part[1].slice(i, i + 4), 16)) * size) / 1000;
            } else x -= (Number(part[2]) * size) / 1000;
          }
          right = Number.isNaN(right) ? x : Math.max(right, x);
        }
      }
      const height = Number(/\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+[\d.]+\s+([\d.]+)/.exec(page)?.[1] ?? 841.89);
      if (!Number.isNaN(left)) out.push({ page: pageIndex + 1, text, x: left, y: height - y, width: right - left, fontSize: size, font });
    }
  });
  return out;
}

/** What each CID of a Type0 font stands for (its ToUnicode CMap) and its width in the embedded font file, thousandths of an em. */
function glyphInfo(o: PdfObjects, type0: number): { text: (cid: number) => string; natural: (cid: number) => number } {
  const dict = body(o, type0);
  const texts = new Map<number, string>();
  const cmap = stream(o, ref(dict, 'ToUnicode'));
  const hex = (h: string) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map((u) => Number.parseInt(u, 16)));
  for (const m of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    let cid = Number.parseInt(m[1], 16);
    for (const t of m[3].matchAll(/<([0-9a-fA-F]*)>/g)) texts.set(cid++, hex(t[1]));
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) texts.set(Number.parseInt(m[1], 16), hex(m[2]));
  }
  const descendant = Number(/\/DescendantFonts\s*\[\s*(\d+) 0 R/.exec(dict)?.[1]);
  const descriptor = body(o, ref(body(o, descendant), 'FontDescriptor'));
  const file = create(Buffer.from(stream(o, ref(descriptor, 'FontFile2')), 'latin1')) as unknown as {
    unitsPerEm: number;
    getGlyph(id: number): { advanceWidth: number };
  };
  return { text: (cid) => texts.get(cid) ?? '', natural: (cid) => (file.getGlyph(cid).advanceWidth * 1000) / file.unitsPerEm };
}

export interface SpacedLine {
  page: number;
  text: string;
  fontSize: number;
  /** The grapheme clusters of `text`, and the space drawn after each beyond its natural advance, in em (the last one's is 0). */
  clusters: string[];
  extra: number[];
}

/**
 * Every line Lekha drew, with the space added after each of its grapheme clusters, measured glyph
 * by glyph: a glyph's width in the PDF (/W) beyond its advance in the embedded font (a widened
 * glyph), plus the TJ adjustment after it. Summed per cluster (the glyphs' ToUnicode texts say
 * which cluster each belongs to), so a mark moved sideways (+dx on its letter, -dx on the mark)
 * counts nothing. Only lines drawn by Lekha's own writer (one TJ run per line, Type0 fonts).
 */
export function spacedLines(pdf: Uint8Array): SpacedLine[] {
  const o = objects(pdf);
  const out: SpacedLine[] = [];
  const fontInfo = new Map<number, ReturnType<typeof glyphInfo> & ReturnType<typeof widths>>();
  const pages = [...o.where.keys()].filter((n) => /\/Type\s*\/Page\b/.test(body(o, n))).sort((a, b) => a - b);
  pages.forEach((pageObj, pageIndex) => {
    const page = body(o, pageObj);
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(body(o, ref(page, 'Resources')))?.[1] ?? '';
    const fonts = new Map<string, ReturnType<typeof glyphInfo> & ReturnType<typeof widths>>();
    for (const m of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const n = Number(m[2]);
      if (!fontInfo.has(n)) fontInfo.set(n, { ...glyphInfo(o, n), ...widths(o, n) });
      fonts.set(m[1], fontInfo.get(n)!);
    }
    const content = stream(o, ref(page, 'Contents'));
    for (let at = content.indexOf('/ActualText'); at >= 0; at = content.indexOf('/ActualText', at + 1)) {
      const { text, end } = actualText(content, at);
      const run = content.slice(end, content.indexOf('EMC', end));
      let font: ReturnType<typeof glyphInfo> & ReturnType<typeof widths> = fonts.values().next().value!;
      let size = 0;
      // Each glyph's text and the space after it, thousandths of an em.
      const glyphs: { text: string; extra: number }[] = [];
      for (const op of run.matchAll(/\/(\w+) ([\d.]+) Tf|\[([^\]]*)\] TJ/g)) {
        if (op[1] !== undefined) {
          font = fonts.get(op[1])!;
          size = Number(op[2]);
          continue;
        }
        for (const part of op[3].matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) {
          if (part[1] !== undefined) {
            for (let i = 0; i + 4 <= part[1].length; i += 4) {
              const cid = Number.parseInt(part[1].slice(i, i + 4), 16);
              glyphs.push({ text: font.text(cid), extra: font.widthOf(cid) - font.natural(cid) });
            }
          } else if (glyphs.length > 0) glyphs[glyphs.length - 1].extra -= Number(part[2]);
        }
      }
      if (glyphs.length === 0 || glyphs.map((g) => g.text).join('') !== text) continue;
      const parts = clusters(text);
      const extra = parts.map(() => 0);
      let g = 0;
      let consumed = 0;
      parts.forEach((part, k) => {
        const endAt = consumed + part.length;
        for (let done = consumed; g < glyphs.length && done < endAt; g++) {
          done += glyphs[g].text.length;
          extra[k] += glyphs[g].extra / 1000;
        }
        consumed = endAt;
      });
      out.push({ page: pageIndex + 1, text, fontSize: size, clusters: parts, extra });
    }
  });
  return out;
}
