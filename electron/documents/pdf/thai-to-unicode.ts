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
//  4. while `withSpacedRun` is active (Thai distributed and justified lines), the line is shaped
//     cluster by cluster and the spare width is shared out
//     after the pieces inside the one run: whole tenths of an em widen each piece's last spacing
//     glyph, the rest (under a tenth) is a TJ adjustment, so viewers read no space into the gaps
//     and nothing comes between a letter and its marks (`encodeSpaced`). `withTrailingStretch` widens
//     the last spacing glyph of a plain run the same way.
//  5. a mark the font moves only sideways (most Thai marks in Sarabun) is placed by TJ adjustments
//     before and after it, not by the two absolute `Tm` moves pdfkit writes for a glyph with an
//     offset (`foldSideways`): about a third less content to write and compress, the same page.
// pdfkit's EmbeddedFont class is not exported; it is reached through a font instance.
import {
  analyse, type FontAnalysis, type FontkitFont, type FontkitGlyph, type GlyphPosition, glyphTexts, type Item, STRETCH_STEP, widenLastSpacing,
} from './thai-glyph-text';
import { measureWithFixedAdvances, type TableFont } from './fixed-advances';
import { type SubsetLike, withSyntheticGlyphs } from './thai-subset';

export { STRETCH_STEP } from './thai-glyph-text';

/** The parts of pdfkit's (unexported) EmbeddedFont that the fix reads and writes. */
export interface EmbeddedFontLike {
  font: FontkitFont;
  subset: SubsetLike;
  unicode: number[][];
  widths: number[];
  /** PDF units (1000 per em) per font unit. */
  scale: number;
  layout(text: string, features?: unknown): { glyphs: FontkitGlyph[]; positions: GlyphPosition[]; advanceWidth: number };
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
}

let trailingStretch = 0;

/** A line drawn as one text run made of pieces, with spare width shared out after some of them. */
export interface SpacedRun {
  /** The text pdfkit is asked to draw: the pieces joined. Another text is encoded plainly. */
  text: string;
  /** Shaped one by one, as if each were drawn alone: grapheme clusters, or words and spaces. */
  pieces: readonly string[];
  /** `stretch[i]`: how many shares of the spare width follow piece i (true: one, false: none). */
  stretch: readonly (boolean | number)[];
  /** The width the run fills, in PDF units (1000 per em); a run already wider is not squeezed. */
  width: number;
}

let spacedRun: SpacedRun | null = null;

/** Draw with `run` in force: the `encode` of `run.text` inside `draw` lays it out as described. */
export function withSpacedRun<T>(run: SpacedRun, draw: () => T): T {
  const previous = spacedRun;
  spacedRun = run;
  try {
    return draw();
  } finally {
    spacedRun = previous;
  }
}

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

/** A piece of a spaced run in one document (pdfkit's fonts are per document): shaped once per open font, encoded once per document. */
interface Piece {
  items: Item[];
  /** Natural width, PDF units. */
  advance: number;
  /** The items encoded as they are, unstretched; filled on first use. */
  codes?: string[];
  positions?: GlyphPosition[];
  /** `positions` after foldSideways, for the piece drawn alone as a plain run; filled on first use. */
  folded?: GlyphPosition[];
  /** Encoded with the last spacing glyph widened, by the width added (widenedPiece). */
  widened?: Map<number, [string[], GlyphPosition[]] | null>;
}

interface FontState {
  info: FontAnalysis;
  cidByKey: Map<string, number>;
  pieces: Map<string, Piece>;
}

/** Distinct pieces kept per font, and per open font: grapheme clusters are few; the words of justified lines are many. */
const PIECE_LIMIT = 20_000;

const states = new WeakMap<EmbeddedFontLike, FontState>();

function stateOf(font: EmbeddedFontLike): FontState {
  let state = states.get(font);
  if (!state) {
    state = { info: analyse(font.font), cidByKey: new Map(), pieces: new Map() };
    states.set(font, state);
  }
  return state;
}

/** The CID of one glyph occurrence standing for `it.text` with PDF width `width` (added to the subset on first use). */
function cidOf(font: EmbeddedFontLike, state: FontState, it: Item, width: number): number {
  const chars = it.text ?? [];
  const glyphKey = it.synthetic ? `s${it.synthetic.nikhahit},${it.synthetic.dx},${it.synthetic.dy}` : String(it.glyph.id);
  const key = `${glyphKey}:${chars.join(',')}:${width}`;
  let cid = state.cidByKey.get(key);
  if (cid === undefined) {
    if (it.synthetic) cid = withSyntheticGlyphs(font.subset, font.font).add(it.synthetic);
    else {
      cid = font.subset.includeGlyph(it.glyph.id);
      const taken = font.unicode[cid];
      if (taken != null && (taken.join(',') !== chars.join(',') || font.widths[cid] !== width)) {
        font.subset.glyphs.push(it.glyph.id); // same outline, second CID
        cid = font.subset.glyphs.length - 1;
      }
    }
    state.cidByKey.set(key, cid);
    font.unicode[cid] = chars;
    font.widths[cid] = width;
  }
  return cid;
}

/** Encode named glyph occurrences into `codes` and `positions` (pdfkit writes the TJ array from them). */
function encodeItems(font: EmbeddedFontLike, state: FontState, items: Item[], codes: string[], positions: GlyphPosition[]): void {
  for (const it of items) {
    let pos = it.pos;
    let width = it.glyph.advanceWidth * font.scale + (it.extraWidth ?? 0);
    if (it.extraWidth) pos = { ...pos, advanceWidth: width };
    if (pos.xAdvance === 0 && pos.xOffset < 0 && width === 0) {
      width = Math.round(-pos.xOffset);
      pos = { ...pos, advanceWidth: width };
    }
    codes.push(`0000${cidOf(font, state, it, width).toString(16)}`.slice(-4));
    positions.push(pos);
  }
}

/** A piece shaped and named: what depends on the open font alone, not on the document. */
interface Shaped {
  items: Item[];
  advance: number;
}

/**
 * Shaped pieces per open font, for every document of the process (pdf-fonts.ts shares one open
 * font per file): a Thai distributed line is shaped cluster by cluster, and the same few thousand
 * grapheme clusters recur in every document, so each is shaped once like a glyph rather than once
 * per document (fontkit's set-up per call is most of a cluster's cost). Items are never changed in
 * place (encodeSpaced copies those it stretches), so sharing them is safe; the codes, which name
 * the document's own CIDs, stay per document.
 */
const shapedByFont = new WeakMap<FontkitFont, Map<string, Shaped>>();

function pieceOf(font: EmbeddedFontLike, state: FontState, text: string, features: unknown): Piece {
  let piece = features ? undefined : state.pieces.get(text);
  if (!piece) {
    if (features) {
      const { glyphs, positions, advanceWidth } = font.layout(text, features);
      return { items: glyphTexts(state.info, text, glyphs, positions, font.scale), advance: advanceWidth };
    }
    let shapedPieces = shapedByFont.get(font.font);
    if (!shapedPieces) {
      shapedPieces = new Map();
      shapedByFont.set(font.font, shapedPieces);
    }
    let shaped = shapedPieces.get(text);
    if (!shaped) {
      const { glyphs, positions, advanceWidth } = font.layout(text);
      shaped = { items: glyphTexts(state.info, text, glyphs, positions, font.scale), advance: advanceWidth };
      if (shapedPieces.size >= PIECE_LIMIT) shapedPieces.clear();
      shapedPieces.set(text, shaped);
    }
    piece = { items: shaped.items, advance: shaped.advance };
    if (state.pieces.size >= PIECE_LIMIT) state.pieces.clear();
    state.pieces.set(text, piece);
  }
  return piece;
}

/** The piece's items encoded as they are, unstretched (once per document). */
function encodedPiece(font: EmbeddedFontLike, state: FontState, piece: Piece): [string[], GlyphPosition[]] {
  if (!piece.codes || !piece.positions) {
    piece.codes = [];
    piece.positions = [];
    encodeItems(font, state, piece.items, piece.codes, piece.positions);
  }
  return [piece.codes, piece.positions];
}

/**
 * The piece encoded with its last spacing glyph widened by `inside` PDF units (widenLastSpacing),
 * once per document and width: a distributed line widens most of its clusters by the same tenth
 * of an em. Null when the piece has no spacing glyph to widen.
 */
function widenedPiece(font: EmbeddedFontLike, state: FontState, piece: Piece, inside: number): [string[], GlyphPosition[]] | null {
  piece.widened ??= new Map();
  let found = piece.widened.get(inside);
  if (found === undefined) {
    const items = piece.items.map((it) => ({ ...it }));
    found = null;
    if (items.length > 0 && widenLastSpacing(items, inside)) {
      found = [[], []];
      encodeItems(font, state, items, found[0], found[1]);
    }
    piece.widened.set(inside, found);
  }
  return found;
}

/**
 * A spaced run: each piece shaped and named alone (as if drawn alone), the spare width shared out
 * after the pieces that stretch. A piece whose share fits under a tenth of an em reuses its
 * encoding and only its last position changes; a wider share widens glyphs (widenedPiece).
 */
function encodeSpaced(font: EmbeddedFontLike, state: FontState, run: SpacedRun, features: unknown): [string[], GlyphPosition[]] {
  const pieces = run.pieces.map((text) => pieceOf(font, state, text, features));
  let natural = 0;
  let gaps = 0;
  for (let i = 0; i < pieces.length; i++) {
    natural += pieces[i].advance;
    gaps += Number(run.stretch[i]);
  }
  const share = gaps > 0 ? Math.max(0, run.width - natural) / gaps : 0;
  // Whole PDF units (a thousandth of an em) per gap, rounding errors carried on: gaps of one weight
  // differ by at most one unit, the run ends within half a unit of its width, and the TJ numbers stay short.
  let given = 0;
  let shares = 0;
  const codes: string[] = [];
  const positions: GlyphPosition[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    let gap = 0;
    if (run.stretch[i]) {
      shares += Number(run.stretch[i]);
      const upTo = Math.round(shares * share);
      gap = upTo - given;
      given = upTo;
    }
    // No gap a viewer reads as a space: whole tenths of an em widen the piece's last spacing glyph
    // (widenLastSpacing keeps its marks where they were), the rest, under a tenth, follows the
    // piece's last glyph as a TJ adjustment. A cluster's marks come after its last spacing glyph,
    // so no space ever comes between a letter and its marks.
    const inside = gap >= STRETCH_STEP ? Math.floor(gap / STRETCH_STEP) * STRETCH_STEP : 0;
    const widened = inside > 0 ? widenedPiece(font, state, piece, inside) : null;
    const [pieceCodes, piecePositions] = widened ?? encodedPiece(font, state, piece);
    const rest = widened ? gap - inside : gap;
    for (let k = 0; k < pieceCodes.length; k++) {
      codes.push(pieceCodes[k]);
      positions.push(piecePositions[k]);
    }
    if (rest > 0 && positions.length > 0) {
      const last = positions.length - 1;
      positions[last] = { ...positions[last], xAdvance: positions[last].xAdvance + rest };
    }
  }
  return [codes, positions];
}

/** Whether pdf.js takes the glyph for a zero-width diacritic (its test: any nonspacing mark in the text it stands for). */
const NONSPACING = /\p{Mn}/u;
const isMarkOf = (font: EmbeddedFontLike) => (code: string) => NONSPACING.test(String.fromCodePoint(...(font.unicode[Number.parseInt(code, 16)] ?? [])));

/**
 * pdfkit draws a glyph with an offset between two `Tm` operators (to the glyph, back to the pen),
 * each with two absolute coordinates. A glyph moved only sideways, by `dx`, lands in the same place
 * when the glyph before it advances `dx` more and it advances `dx` less: pdfkit then writes two TJ
 * adjustments instead. Done only where both adjustments stay under a tenth of an em, as kerning
 * does, so that no viewer reads a space into them (STRETCH_STEP).
 *
 * One more limit, for pdf.js: it counts a nonspacing mark as zero wide, though the PDF may give it
 * a width (a mark reaching back to the pen, item 3 above), so its idea of the pen falls behind by
 * that width until an absolute move puts it right. Marks with a width are therefore folded only
 * after the last glyph of the run that keeps its `Tm` moves; before it, the lag would show as a
 * gap (and pdf.js would read a space) at that glyph.
 * Positions are replaced, never changed in place: pieces' positions are cached and shared.
 */
export function foldSideways(codes: readonly string[], positions: GlyphPosition[], isMark: (code: string) => boolean): GlyphPosition[] {
  const width = (p: GlyphPosition) => p.advanceWidth ?? 0;
  const pass = (lagAllowedAfter: number): { out: GlyphPosition[]; lastMove: number } => {
    const out = positions.slice();
    let lastMove = -1;
    for (let i = 0; i < out.length; i++) {
      const pos = out[i];
      if (pos.xOffset === 0 && pos.yOffset === 0) continue;
      const prev = out[i - 1];
      const before = prev && { ...prev, xAdvance: prev.xAdvance + pos.xOffset };
      const moved = { ...pos, xAdvance: pos.xAdvance - pos.xOffset, xOffset: 0 };
      const folds =
        prev !== undefined && pos.yOffset === 0 && prev.xOffset === 0 && prev.yOffset === 0 &&
        Math.abs(before.xAdvance - width(before)) < STRETCH_STEP && Math.abs(moved.xAdvance - width(moved)) < STRETCH_STEP &&
        (i > lagAllowedAfter || width(pos) === 0 || !isMark(codes[i]));
      if (folds) {
        out[i - 1] = before;
        out[i] = moved;
      } else lastMove = i;
    }
    return { out, lastMove };
  };
  const free = pass(-1);
  return free.lastMove < 0 ? free.out : pass(free.lastMove).out;
}

function patchedEncode(this: EmbeddedFontLike, text: string, features?: unknown): [string[], GlyphPosition[]] {
  const state = stateOf(this);
  if (spacedRun !== null && spacedRun.text === text) {
    const [codes, positions] = encodeSpaced(this, state, spacedRun, features);
    return [codes, foldSideways(codes, positions, isMarkOf(this))];
  }
  if (trailingStretch === 0 && !features) {
    // A plain run (a heading, a name, a paragraph's last line): shaped once per open font and
    // encoded once per document, as the pieces of spaced runs are. Neither pdfkit nor text-run.ts
    // changes the arrays it is given, so the cached ones are handed out as they are.
    const piece = pieceOf(this, state, text, undefined);
    const [codes, positions] = encodedPiece(this, state, piece);
    piece.folded ??= foldSideways(codes, positions, isMarkOf(this));
    return [codes, piece.folded];
  }
  const { glyphs, positions } = this.layout(text, features);
  const items = glyphTexts(state.info, text, glyphs, positions, this.scale);
  widenLastSpacing(items, trailingStretch);
  const codes: string[] = [];
  const out: GlyphPosition[] = [];
  encodeItems(this, state, items, codes, out);
  return [codes, foldSideways(codes, out, isMarkOf(this))];
}

const PATCHED = Symbol.for('lekha.thaiToUnicode');

/** Whether `font` is of a class the fix is installed on (its `encode` honours withSpacedRun). */
export function encodesWithFix(font: unknown): boolean {
  return (font as { [PATCHED]?: boolean } | null)?.[PATCHED] === true;
}

/**
 * Replace `encode` on pdfkit's EmbeddedFont class (once per class; every later font benefits), and
 * `widthOfString` with one that adds up fixed advances where shaping cannot change them (fixed-advances.ts).
 */
export function patchEmbeddedFontClass(proto: EmbeddedFontLike & { [PATCHED]?: boolean }): void {
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  proto.encode = patchedEncode;
  measureWithFixedAdvances(proto as unknown as EmbeddedFontLike & { font: TableFont; widthOfString(text: string, size: number, features?: unknown): number });
}
