import { existsSync, readdirSync, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { sarabunPaths } from '../../electron/documents/fonts';
import { fixedAdvanceTable, fixedWidth, type TableFont } from '../../electron/documents/pdf/fixed-advances';

/**
 * Measuring by adding up fixed advances (fixed-advances.ts) must give, to the bit, the width pdfkit
 * gets by shaping, or lines would break elsewhere. Checked on every line, every space-cut piece and
 * every word of the real prose fixtures, in Sarabun and in every TLWG font (fonts-thai-tlwg).
 */
const TLWG = '/usr/share/fonts/truetype/tlwg';
const fonts: [string, string][] = [
  ['Sarabun Regular', sarabunPaths.regular],
  ['Sarabun Bold', sarabunPaths.bold],
  ...(existsSync(TLWG) ? readdirSync(TLWG).filter((f) => f.endsWith('.ttf')).sort().map((f): [string, string] => [f, `${TLWG}/${f}`]) : []),
];
const proseDir = new URL('../fixtures/real/prose/', import.meta.url);
const prose = readdirSync(proseDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, proseDir), 'utf8')).join('\n');
const strings = [...new Set([...prose.split('\n'), ...prose.split(/(?<= )/), ...prose.split(/\s+/)])].filter(Boolean);

interface PdfkitFont {
  font: TableFont & { _glyphs?: Record<number, unknown> };
  scale: number;
  layout(text: string, features: undefined, onlyWidth: true): { advanceWidth: number };
}

/** pdfkit's own EmbeddedFont.widthOfString, spelt out: its layout (which shapes) times the size. */
const shapedWidth = (font: PdfkitFont, text: string, size: number) => font.layout(text, undefined, true).advanceWidth * (size / 1000);

/** pdfkit's own EmbeddedFont for a file, in a document of its own (its widthOfString shapes). */
function pdfkitFont(path: string): PdfkitFont {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('f', path);
  doc.font('f');
  return (doc as unknown as { _font: PdfkitFont })._font;
}

describe('widths from fixed advances', () => {
  it('have real prose to measure', () => {
    expect(strings.length).toBeGreaterThan(2000);
    expect(fonts.length).toBeGreaterThan(10);
  });

  it.each(fonts)('equal the shaped width of every string they measure: %s', (_, path) => {
    const font = pdfkitFont(path);
    const table = fixedAdvanceTable(font.font);
    expect(table).not.toBeNull();
    const measured = strings.filter((s) => fixedWidth(table!, s, font.scale, 16) !== null);
    const wrong = measured.filter((s) => fixedWidth(table!, s, font.scale, 16) !== shapedWidth(font, s, 16));
    expect(wrong).toEqual([]);
    expect(measured.length).toBeGreaterThan(100);
  });

  it('cover most of the Thai prose in Sarabun, and leave out what its kerning changes', () => {
    const font = pdfkitFont(sarabunPaths.regular);
    const table = fixedAdvanceTable(font.font)!;
    const covered = strings.filter((s) => fixedWidth(table, s, font.scale, 16) !== null);
    expect(covered.length / strings.length).toBeGreaterThan(0.7);
    for (const c of 'กขคสำนักงานเ่้๊๋ิีึืุู0123456789.') expect(table.advances.has(c.charCodeAt(0)), c).toBe(true);
    // Sarabun kerns T before o: a string with the pair is shaped, one without it is added up.
    expect(table.kernsWith('T'.charCodeAt(0))?.has('o'.charCodeAt(0))).toBe(true);
    expect(fixedWidth(table, 'Top Executives', font.scale, 16)).toBeNull();
    expect(fixedWidth(table, 'Startup (สปน.) พ.ศ. 2568', font.scale, 16)).not.toBeNull();
  });

  it('make no glyph objects while reading the tables (fontkit names a glyph by its first use)', () => {
    const font = pdfkitFont(sarabunPaths.bold);
    const before = Object.keys(font.font._glyphs ?? {}).length;
    fixedAdvanceTable(font.font);
    expect(Object.keys(font.font._glyphs ?? {}).length).toBe(before);
  });
});
