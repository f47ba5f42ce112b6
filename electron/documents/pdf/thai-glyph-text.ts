// Naming each glyph occurrence of a shaped Thai run with the text it stands for (see
// thai-to-unicode.ts for why fontkit's own names are wrong for ำ).
import type { SyntheticAm } from './thai-subset';

const AM = 0x0e33;
const AA = 0x0e32;
const NIKHAHIT = 0x0e4d;
const TONES = [0x0e48, 0x0e49, 0x0e4a, 0x0e4b];

export interface FontkitGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth?: number;
}

export interface FontkitFont {
  postscriptName: string;
  numGlyphs: number;
  unitsPerEm: number;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  getGlyph(id: number): { advanceWidth: number; bbox: { minX: number; minY: number; maxX: number; maxY: number } };
  layout(text: string): { glyphs: FontkitGlyph[]; positions: GlyphPosition[] };
}

export interface FontAnalysis {
  aa: number;
  /** Glyph id of a nikhahit (or a tone+nikhahit ligature) → the tones it absorbed. */
  nikhahits: Map<number, number[]>;
  /** Shape the clusters of `text` that tell how the font draws its ำ and ํ, those not shaped yet. */
  learn(text: string): void;
}

const isConsonant = (c: number | undefined) => c !== undefined && c >= 0x0e01 && c <= 0x0e2e;

/**
 * The consonant (and tone) before each ำ or ํ of `text`, as `consonant + tone + ำ` clusters: how
 * the font draws that ำ (or a ํ typed alone after the same letters) depends on them alone.
 */
export function amClusters(text: string): { text: string; tone: number }[] {
  const out: { text: string; tone: number }[] = [];
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== AM && c !== NIKHAHIT) continue;
    const before = text.charCodeAt(i - 1);
    const tone = TONES.includes(before) ? before : 0;
    const consonant = tone ? text.charCodeAt(i - 2) : before;
    if (isConsonant(consonant)) out.push({ text: String.fromCharCode(...(tone ? [consonant, tone, AM] : [consonant, AM])), tone });
  }
  return out;
}

/** Every consonant before ำ, bare and under each tone: all the clusters a text can hold. */
export const ALL_AM_CLUSTERS: readonly { text: string; tone: number }[] = (() => {
  const out: { text: string; tone: number }[] = [];
  for (let c = 0x0e01; c <= 0x0e2e; c++) for (const tone of [0, ...TONES]) out.push({ text: String.fromCharCode(...(tone ? [c, tone, AM] : [c, AM])), tone });
  return out;
})();

/** What the glyph ids of one shaped cluster tell: the glyph before sara aa is a nikhahit, or a ligature that took the tone. */
function record(nikhahits: Map<number, number[]>, aa: number, ids: number[], tone: number): void {
  if (ids[ids.length - 1] !== aa) return;
  const nik = ids[ids.length - 2];
  if (!nikhahits.has(nik)) nikhahits.set(nik, tone && ids.length === 3 ? [tone] : []);
}

/** The reference: every cluster of ALL_AM_CLUSTERS shaped alone (230 calls of fontkit's layout). */
export function analyseOneByOne(font: FontkitFont): Map<number, number[]> {
  const aa = font.glyphForCodePoint(AA).id;
  const nikhahits = new Map<number, number[]>();
  for (const s of ALL_AM_CLUSTERS) record(nikhahits, aa, font.layout(s.text).glyphs.map((g) => g.id), s.tone);
  return nikhahits;
}

// One analysis per font file, filled as texts bring new clusters (pdf-fonts.ts shares the open font).
const analyses = new Map<string, FontAnalysis>();

/**
 * Which glyphs the font uses for ำ, learnt cluster by cluster: a document holds a few dozen of the
 * 230 consonant(+tone)+ำ clusters, and shaping all of them for every font cost a process that has
 * just started (`lekha export`) about a tenth of its time. New clusters are shaped in one run,
 * space between them, cut at the space glyphs (one call of fontkit's set-up), or one by one when
 * the run does not cut into as many clusters.
 */
export function analyse(font: FontkitFont): FontAnalysis {
  const key = `${font.postscriptName}/${font.numGlyphs}`;
  const known = analyses.get(key);
  if (known) return known;
  const aa = font.glyphForCodePoint(AA).id;
  const space = font.glyphForCodePoint(0x20).id;
  const nikhahits = new Map<number, number[]>();
  const shaped = new Set<string>();
  const learn = (text: string) => {
    if (!text.includes('\u0e33') && !text.includes('\u0e4d')) return;
    const fresh = amClusters(text).filter((s) => !shaped.has(s.text) && shaped.add(s.text));
    if (fresh.length === 0) return;
    const runs: number[][] = [[]];
    for (const g of font.layout(fresh.map((s) => s.text).join(' ')).glyphs) {
      if (g.id === space) runs.push([]);
      else runs[runs.length - 1].push(g.id);
    }
    for (const [i, s] of fresh.entries()) {
      record(nikhahits, aa, runs.length === fresh.length ? runs[i] : font.layout(s.text).glyphs.map((g) => g.id), s.tone);
    }
  };
  const result = { aa, nikhahits, learn };
  analyses.set(key, result);
  return result;
}

export interface Item {
  glyph: FontkitGlyph;
  pos: GlyphPosition;
  /** What the glyph occurrence stands for; null: merged into the next item's synthetic glyph. */
  text: number[] | null;
  synthetic?: SyntheticAm;
  /** PDF width added to the glyph (see widenLastSpacing). */
  extraWidth?: number;
}

/** The shaped glyphs of `text`, each with what it stands for; a bare ำ becomes one synthetic glyph. */
export function glyphTexts(info: FontAnalysis, text: string, glyphs: FontkitGlyph[], positions: GlyphPosition[], scale: number): Item[] {
  info.learn(text);
  // Every า and ำ of the text in order (true for ำ): the sara-aa glyphs appear in the same order.
  const kinds: boolean[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c === AA || c === AM) kinds.push(c === AM);
  }
  // fontkit caches each glyph with the code points of its first use, so the nikhahit glyph met
  // first inside ำ claims to be ำ ever after; a nikhahit (or tone+nikhahit) glyph is named here.
  const items: Item[] = glyphs.map((glyph, i) => {
    const tones = info.nikhahits.get(glyph.id);
    return { glyph, pos: positions[i], text: tones ? [...tones, NIKHAHIT] : glyph.codePoints.slice() };
  });
  const aaCount = items.filter((it) => it.glyph.id === info.aa).length;
  // Never guess: if the counts disagree, keep fontkit's own mapping.
  if (aaCount !== kinds.length) return items;
  let k = 0;
  for (let i = 0; i < items.length; i++) {
    if (items[i].glyph.id !== info.aa) continue;
    const isAm = kinds[k++];
    items[i].text = [isAm ? AM : AA];
    const prev = items[i - 1];
    const tones = prev && info.nikhahits.get(prev.glyph.id);
    // ํ + า typed as two characters (Pali) keeps the names given above.
    if (!tones || !isAm) continue;
    if (tones.length) prev.text = tones; // น้ำ: the ligature is the tone, the aa-half is ำ
    else {
      prev.text = null;
      items[i].synthetic = {
        nikhahit: prev.glyph.id,
        aa: info.aa,
        dx: Math.round(prev.pos.xOffset / scale),
        dy: Math.round(prev.pos.yOffset / scale),
      };
    }
  }
  return items.filter((it) => it.text !== null);
}

/**
 * Widen the last spacing glyph of a run by `units` (PDF units) without moving anything: the marks
 * after it are shifted back by as much. pdf.js reads a gap of 0.102 em or more between two glyphs as
 * a word space (and ignores ActualText), so the gaps of Thai distributed lines travel inside glyphs.
 */
export function widenLastSpacing(items: Item[], units: number): boolean {
  if (units <= 0) return true;
  let last = -1;
  for (let i = 0; i < items.length; i++) if (items[i].pos.xAdvance > 0) last = i;
  if (last < 0) return false;
  const it = items[last];
  it.pos = { ...it.pos, xAdvance: it.pos.xAdvance + units };
  it.extraWidth = units;
  for (let i = last + 1; i < items.length; i++) items[i].pos = { ...items[i].pos, xOffset: items[i].pos.xOffset - units };
  return true;
}

/** One tenth of an em in PDF units: pdf.js reads a gap of 0.102 em or more as a space. */
export const STRETCH_STEP = 100;
