import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sarabunPaths } from '../../electron/documents/fonts';
import { ALL_AM_CLUSTERS, amClusters, analyse, analyseOneByOne, type FontkitFont } from '../../electron/documents/pdf/thai-glyph-text';

/**
 * How a font draws ำ (which nikhahit glyphs, which tone+nikhahit ligatures) decides what each glyph
 * copies out as (thai-to-unicode.ts). The analysis learns it from the clusters a text holds, shaped
 * in one run cut at the spaces; it must find exactly what shaping each cluster alone finds, in every
 * Thai font at hand: Sarabun (shipped) and Debian's TLWG fonts (fonts-thai-tlwg, which CI installs).
 */
const TLWG = '/usr/share/fonts/truetype/tlwg';
const fonts: [string, string][] = [
  ['Sarabun Regular', sarabunPaths.regular],
  ['Sarabun Bold', sarabunPaths.bold],
  ...(existsSync(TLWG) ? readdirSync(TLWG).filter((f) => f.endsWith('.ttf')).sort().map((f): [string, string] => [f, `${TLWG}/${f}`]) : []),
];
// A fresh fontkit font per test: analyses are kept per font name, so each test gets its own by a new name.
let n = 0;
const open = (path: string): FontkitFont => {
  const font = create(readFileSync(path)) as unknown as FontkitFont;
  return Object.create(font, { postscriptName: { value: `${font.postscriptName}#${n++}` } });
};
const entries = (m: Map<number, number[]>) => [...m.entries()].sort((a, b) => a[0] - b[0]);
const realProse = new URL('../fixtures/real/prose/', import.meta.url);
const prose = readdirSync(realProse).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, realProse), 'utf8')).join('\n');

describe('the ำ analysis of a font', () => {
  it('covers Sarabun and the TLWG fonts', () => {
    expect(fonts.length).toBeGreaterThan(10);
  });

  it.each(fonts)('learns from a text holding all 230 clusters what shaping each alone finds: %s', (_, path) => {
    const font = open(path);
    const info = analyse(font);
    info.learn(ALL_AM_CLUSTERS.map((s) => s.text).join(''));
    expect(entries(info.nikhahits)).toEqual(entries(analyseOneByOne(font)));
  });

  it('learns from real prose only what is true, and all that its glyphs need', () => {
    const font = open(sarabunPaths.regular);
    const full = analyseOneByOne(font);
    const info = analyse(font);
    info.learn(prose);
    const clusters = new Set(amClusters(prose).map((s) => s.text));
    expect(clusters.size).toBeGreaterThan(10); // 17 in the ten files: a document needs few of the 230
    expect(clusters.size).toBeLessThan(ALL_AM_CLUSTERS.length);
    for (const [glyph, tones] of info.nikhahits) expect(full.get(glyph)).toEqual(tones);
    // Every glyph of the prose that the full analysis calls a nikhahit is known to the learnt one.
    for (const line of prose.split('\n')) {
      for (const g of font.layout(line).glyphs) if (full.has(g.id)) expect(info.nikhahits.get(g.id)).toEqual(full.get(g.id));
    }
  });

  it('finds the clusters before ำ and before a ํ typed alone', () => {
    expect(amClusters('สำนักงาน น้ำ ค่ำ นิพพานํ').map((s) => s.text)).toEqual(['สำ', 'น้ำ', 'ค่ำ', 'นำ']);
  });

  it("finds Sarabun's bare nikhahit and its tone+nikhahit ligatures", () => {
    const absorbed = [...analyseOneByOne(open(sarabunPaths.regular)).values()];
    expect(absorbed).toContainEqual([]); // a bare nikhahit (กำ)
    for (const tone of [0x0e48, 0x0e49]) expect(absorbed).toContainEqual([tone]); // ่ำ ้ำ as one glyph (ค่ำ น้ำ)
  });
});
