// Correct copy-out of Thai from pdfkit 0.20 (fontkit 2) PDFs set in Sarabun (THAI-DOCUMENTS.md §5).
//
// fontkit decomposes ำ (U+0E33) into a nikhahit glyph (or a tone+nikhahit ligature) and the sara-aa
// glyph, and pdfkit writes one ToUnicode entry per glyph id, so the sara-aa glyph shared with า
// adds a letter on copy-out: สำนักงาน → สำานักงาน. The patched `encode` below therefore:
//  1. gives each glyph occurrence the text it stands for; when one glyph id must stand for two
//     texts (า, or the า-half of ำ), the glyph is added to the subset again under a second CID;
//  2. ำ after a tone: the ligature stands for the tone, the sara-aa half for ำ; bare ำ: nikhahit
//     and sara aa become ONE synthetic composite glyph standing for ำ (an empty ToUnicode entry
//     would do, but pdf.js shows it as junk);
//  3. a zero-width mark the font shifts left (a tone over ป ฝ ฟ ฬ) gets a PDF width reaching back
//     to the pen, so poppler sees no gap and inserts no space (ปั้ น); the TJ adjustment pdfkit
//     writes from `advanceWidth` cancels that width, so nothing moves on the page;
//  4. while `withTrailingStretch` is active (Thai distributed lines), the run's last spacing glyph
//     is widened in whole tenths of an em, so viewers do not read the stretch as spaces.
// pdfkit's EmbeddedFont class is not exported; it is reached through a font instance.
import { analyse, type FontAnalysis, type FontkitFont, type FontkitGlyph, type GlyphPosition, glyphTexts, widenLastSpacing } from './thai-glyph-text';
import { type SubsetLike, withSyntheticGlyphs } from './thai-subset';

/** The parts of pdfkit's (unexported) EmbeddedFont that the fix reads and writes. */
export interface EmbeddedFontLike {
  font: FontkitFont;
  subset: SubsetLike;
  unicode: number[][];
  widths: number[];
  /** PDF units (1000 per em) per font unit. */
  scale: number;
  layout(text: string, features?: unknown): { glyphs: FontkitGlyph[]; positions: GlyphPosition[] };
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
}

let trailingStretch = 0;

/** One tenth of an em in PDF units: pdf.js reads a gap of 0.102 em or more as a space. */
export const STRETCH_STEP = 100;

/**
 * Draw with the last spacing glyph of each encoded run widened by `units` PDF units (a multiple of
 * STRETCH_STEP, so few widened copies of a glyph are needed). Has effect only once the fix is installed.
 */
export function withTrailingStretch<T>(units: number, draw: () => T): T {
  const previous = trailingStretch;
  trailingStretch = units;
  try {
    return draw();
  } finally {
    trailingStretch = previous;
  }
}

interface FontState {
  info: FontAnalysis;
  cidByKey: Map<string, number>;
}

const states = new WeakMap<EmbeddedFontLike, FontState>();

function patchedEncode(this: EmbeddedFontLike, text: string, features?: unknown): [string[], GlyphPosition[]] {
  const { glyphs, positions } = this.layout(text, features);
  let state = states.get(this);
  if (!state) {
    state = { info: analyse(this.font), cidByKey: new Map() };
    states.set(this, state);
  }
  const synthetic = withSyntheticGlyphs(this.subset, this.font);
  const encoded: string[] = [];
  const outPositions: GlyphPosition[] = [];
  const items = glyphTexts(state.info, text, glyphs, positions, this.scale);
  widenLastSpacing(items, trailingStretch);
  for (const it of items) {
    const chars = it.text ?? [];
    let pos = it.pos;
    let width = it.glyph.advanceWidth * this.scale + (it.extraWidth ?? 0);
    if (it.extraWidth) pos = { ...pos, advanceWidth: width };
    if (pos.xAdvance === 0 && pos.xOffset < 0 && width === 0) {
      width = Math.round(-pos.xOffset);
      pos = { ...pos, advanceWidth: width };
    }
    const glyphKey = it.synthetic ? `s${it.synthetic.nikhahit},${it.synthetic.dx},${it.synthetic.dy}` : String(it.glyph.id);
    const key = `${glyphKey}:${chars.join(',')}:${width}`;
    let cid = state.cidByKey.get(key);
    if (cid === undefined) {
      if (it.synthetic) cid = synthetic.add(it.synthetic);
      else {
        cid = this.subset.includeGlyph(it.glyph.id);
        const taken = this.unicode[cid];
        if (taken != null && (taken.join(',') !== chars.join(',') || this.widths[cid] !== width)) {
          this.subset.glyphs.push(it.glyph.id); // same outline, second CID
          cid = this.subset.glyphs.length - 1;
        }
      }
      state.cidByKey.set(key, cid);
      this.unicode[cid] = chars;
      this.widths[cid] = width;
    }
    encoded.push(`0000${cid.toString(16)}`.slice(-4));
    outPositions.push(pos);
  }
  return [encoded, outPositions];
}

const PATCHED = Symbol.for('lekha.thaiToUnicode');

/** Replace `encode` on pdfkit's EmbeddedFont class (once per class; every later font benefits). */
export function patchEmbeddedFontClass(proto: EmbeddedFontLike & { [PATCHED]?: boolean }): void {
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  proto.encode = patchedEncode;
}
