import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sarabunPaths } from '../../electron/documents/fonts';
import { analyseAtOnce, analyseOneByOne, type FontkitFont } from '../../electron/documents/pdf/thai-glyph-text';

/**
 * How a font draws ำ (which nikhahit glyphs, which tone+nikhahit ligatures) decides what each glyph
 * copies out as (thai-to-unicode.ts). The analysis shapes all 230 consonant(+tone)+ำ clusters in one
 * run cut at the spaces; it must find exactly what shaping each cluster alone finds, in every Thai
 * font at hand: Sarabun (shipped) and Debian's TLWG fonts (fonts-thai-tlwg, which the tests install).
 */
const TLWG = '/usr/share/fonts/truetype/tlwg';
const fonts: [string, string][] = [
  ['Sarabun Regular', sarabunPaths.regular],
  ['Sarabun Bold', sarabunPaths.bold],
  ...(existsSync(TLWG) ? readdirSync(TLWG).filter((f) => f.endsWith('.ttf')).sort().map((f): [string, string] => [f, `${TLWG}/${f}`]) : []),
];
const open = (path: string) => create(readFileSync(path)) as unknown as FontkitFont;
const entries = (m: Map<number, number[]>) => [...m.entries()].sort((a, b) => a[0] - b[0]);

describe('the ำ analysis of a font', () => {
  it('covers Sarabun and the TLWG fonts', () => {
    expect(fonts.length).toBeGreaterThan(10);
  });

  it.each(fonts)('finds in one run what 230 separate shapings find: %s', (_, path) => {
    const font = open(path);
    const alone = analyseOneByOne(font);
    const atOnce = analyseAtOnce(font);
    expect(atOnce).not.toBeNull();
    expect(atOnce!.aa).toBe(alone.aa);
    expect(entries(atOnce!.nikhahits)).toEqual(entries(alone.nikhahits));
  });

  it('finds Sarabun\'s bare nikhahit and its tone+nikhahit ligatures', () => {
    const { nikhahits } = analyseOneByOne(open(sarabunPaths.regular));
    const absorbed = [...nikhahits.values()];
    expect(absorbed).toContainEqual([]); // a bare nikhahit (กำ)
    for (const tone of [0x0e48, 0x0e49]) expect(absorbed).toContainEqual([tone]); // ่ำ ้ำ as one glyph (ค่ำ น้ำ)
  });
});
