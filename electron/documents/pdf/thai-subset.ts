// A synthetic composite glyph for bare ำ in fontkit's TrueType subset (see thai-to-unicode.ts):
// nikhahit and sara aa drawn as one glyph, so the glyph can stand for ำ alone on copy-out.

export interface SyntheticAm {
  nikhahit: number;
  aa: number;
  /** The nikhahit's offset from the pen, in font units (its GPOS placement). */
  dx: number;
  dy: number;
}

interface Bbox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The parts of fontkit's TTFSubset used here. */
export interface SubsetLike {
  glyphs: number[];
  includeGlyph(glyphId: number): number;
  _addGlyph(glyphId: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

interface GlyphSource {
  getGlyph(id: number): { advanceWidth: number; bbox: Bbox };
}

export interface SyntheticGlyphs {
  /** Add a composite to the subset; returns its CID (its index in the subset). */
  add(am: SyntheticAm): number;
}

// Ids the subset is asked to encode that are no real glyph of the font (fonts have < 65,536 glyphs).
const FIRST_SYNTHETIC_ID = 0x10000;
const registry = new WeakMap<SubsetLike, SyntheticGlyphs>();

/** Teach a subset to encode synthetic ำ glyphs (once per subset). */
export function withSyntheticGlyphs(subset: SubsetLike, font: GlyphSource): SyntheticGlyphs {
  const known = registry.get(subset);
  if (known) return known;
  const pending = new Map<number, SyntheticAm>();
  const addGlyph = subset._addGlyph;
  subset._addGlyph = function (this: SubsetLike, glyphId: number): number {
    const am = pending.get(glyphId);
    return am ? appendComposite(this, font, am) : addGlyph.call(this, glyphId);
  };
  const api: SyntheticGlyphs = {
    add(am) {
      const id = FIRST_SYNTHETIC_ID + pending.size;
      pending.set(id, am);
      subset.glyphs.push(id);
      return subset.glyphs.length - 1;
    },
  };
  registry.set(subset, api);
  return api;
}

// glyf composite flags
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const ARGS_ARE_XY_VALUES = 0x0002;
const MORE_COMPONENTS = 0x0020;
const USE_MY_METRICS = 0x0200;

/** Called by fontkit while it writes the subset: one composite glyph, sara aa first (its metrics). */
function appendComposite(subset: SubsetLike, font: GlyphSource, am: SyntheticAm): number {
  const aa = font.getGlyph(am.aa);
  const nik = font.getGlyph(am.nikhahit);
  const buf = new Uint8Array(26);
  const v = new DataView(buf.buffer);
  const minX = Math.min(aa.bbox.minX, nik.bbox.minX + am.dx);
  v.setInt16(0, -1); // numberOfContours < 0: composite
  v.setInt16(2, minX);
  v.setInt16(4, Math.min(aa.bbox.minY, nik.bbox.minY + am.dy));
  v.setInt16(6, Math.max(aa.bbox.maxX, nik.bbox.maxX + am.dx));
  v.setInt16(8, Math.max(aa.bbox.maxY, nik.bbox.maxY + am.dy));
  // includeGlyph returns the component's index in the subset; fontkit writes it later in this pass.
  v.setUint16(10, ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | MORE_COMPONENTS | USE_MY_METRICS);
  v.setUint16(12, subset.includeGlyph(am.aa));
  v.setInt16(14, 0);
  v.setInt16(16, 0);
  v.setUint16(18, ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES);
  v.setUint16(20, subset.includeGlyph(am.nikhahit));
  v.setInt16(22, am.dx);
  v.setInt16(24, am.dy);
  subset.glyf.push(buf);
  subset.loca.offsets.push(subset.offset);
  subset.hmtx.metrics.push({ advance: aa.advanceWidth, bearing: minX });
  subset.offset += buf.length;
  return subset.glyf.length - 1;
}
