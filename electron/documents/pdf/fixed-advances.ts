// Widths without shaping. Measuring a Thai line is mostly asking fontkit to shape words just to
// add up their advances (a third of a whole `lekha export`, a quarter of a 40-item render). For a
// character whose glyph no OpenType lookup of the font can give a different advance (no
// substitution changes its width, no adjustment but kerning touches it), the shaped width is its
// glyph's advance, so a string made only of such characters, with no kerning pair of the font in
// it, is measured by adding them up — to the same bit as pdfkit's own sum. The font's tables
// decide which characters and which pairs, once per open font.

/**
 * The parts of a fontkit font read here: its tables, and its character map without making glyph
 * objects (fontkit keeps each glyph object with the characters of its first use, and names the
 * glyph by them on copy-out; a glyph made here first would copy out as nothing).
 */
export interface TableFont {
  directory: { tables: Record<string, unknown> };
  _cmapProcessor: { lookup(codePoint: number): number };
  hmtx: { metrics: { length: number; get(index: number): { advance: number } | undefined } };
  GSUB?: OpenTypeTable;
  GPOS?: OpenTypeTable;
  GDEF?: { glyphClassDef?: ClassDef };
}

interface OpenTypeTable {
  featureList: List<{ tag: string; feature: { lookupListIndexes: List<number> } }>;
  lookupList: List<{ lookupType: number; subTables: List<SubTable> }>;
}
type List<T> = T[] | { toArray(): T[] };
type Coverage = { version: 1; glyphs: number[] } | { version: 2; rangeRecords: { start: number; end: number; startCoverageIndex: number }[] };
type ClassDef = { version: 1; startGlyph: number; classValueArray: number[] } | { version: 2; classRangeRecord: { start: number; end: number; class: number }[] };
// biome-ignore lint/suspicious/noExplicitAny: fontkit's decoded subtables differ by lookup type and format; each use below reads the fields of its own type.
type SubTable = Record<string, any>;

const list = <T>(x: List<T> | undefined | null): T[] => (x == null ? [] : Array.isArray(x) ? x : x.toArray());

/** Each glyph of a coverage table with its coverage index. */
function covered(coverage: Coverage | undefined): [glyph: number, index: number][] {
  if (!coverage) return [];
  if (coverage.version === 1) return coverage.glyphs.map((g, i) => [g, i]);
  return coverage.rangeRecords.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, k): [number, number] => [r.start + k, r.startCoverageIndex + k]));
}

function classOf(classDef: ClassDef | undefined, glyph: number): number {
  if (!classDef) return 0;
  if (classDef.version === 1) return classDef.classValueArray[glyph - classDef.startGlyph] ?? 0;
  return classDef.classRangeRecord.find((r) => r.start <= glyph && glyph <= r.end)?.class ?? 0;
}

// The characters considered: scripts fontkit shapes with its default shaper (Thai, Latin, common
// punctuation), which zeroes marks' advances after positioning and reorders nothing. Not the
// fraction slash (U+2044), around which it turns fractions on.
const CONSIDERED = /^[\u0020-\u007e\u00a0-\u00ff\u0e00-\u0e7f\u2010-\u2027\u2030-\u2043\u2045-\u205e]$/u;

// The features fontkit's default shaper applies to horizontal left-to-right text (its
// VARIATION_, COMMON_, HORIZONTAL_ and DIRECTIONAL_FEATURES); others (sups, salt, frac …) need asking.
const DEFAULT_FEATURES = new Set(['rvrn', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'ltra', 'ltrm']);

/** Every `lookupListIndex` inside a decoded (contextual) subtable: the lookups it calls. */
function calledLookups(value: unknown, out: number[], depth = 0): number[] {
  if (depth > 8 || value == null || typeof value !== 'object') return out;
  const items = Array.isArray(value) ? value : typeof (value as { toArray?: unknown }).toArray === 'function' ? (value as { toArray(): unknown[] }).toArray() : null;
  if (items) for (const item of items) calledLookups(item, out, depth + 1);
  else {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'lookupListIndex' && typeof v === 'number') out.push(v);
      else calledLookups(v, out, depth + 1);
    }
  }
  return out;
}

/** The lookups the default features use, in any script, and those they call in turn. */
function defaultLookups(table: OpenTypeTable | undefined, contextTypes: number[], extensionType: number): { lookupType: number; subTables: List<SubTable> }[] {
  if (!table) return [];
  const all = list(table.lookupList);
  const todo = list(table.featureList).filter((f) => DEFAULT_FEATURES.has(f.tag)).flatMap((f) => list(f.feature.lookupListIndexes));
  const seen = new Set<number>();
  while (todo.length > 0) {
    const i = todo.pop()!;
    if (seen.has(i) || !all[i]) continue;
    seen.add(i);
    // Only contextual lookups call others; reading any other kind whole (kerning classes) would be slow.
    for (const sub of list(all[i].subTables)) {
      const [type, table] = all[i].lookupType === extensionType ? [sub.lookupType, sub.extension] : [all[i].lookupType, sub];
      if (contextTypes.includes(type)) todo.push(...calledLookups(table, []));
    }
  }
  return [...seen].map((i) => all[i]);
}
const NONSPACING = /^\p{Mn}$/u;

export interface FixedAdvances {
  /** Character → its advance (font units), for characters no lookup but kerning can change. */
  advances: Map<number, number>;
  /** The characters that, coming next to `cp` (marks aside), make a kerning pair with it. */
  kernsWith(cp: number): ReadonlySet<number> | undefined;
}

/** A PairPos value record that moves or widens anything. */
const moves = (value: Record<string, unknown> | undefined) => value != null && Object.values(value).some((v) => v !== 0 && v != null);

/**
 * What of the font can be measured by adding up advances, or null when its tables cannot be read
 * as expected (it is then always shaped).
 */
export function fixedAdvanceTable(font: TableFont): FixedAdvances | null {
  try {
    // An old-style kerning table, or a variable font's varying advances: not read here.
    if (['kern', 'fvar', 'HVAR', 'morx'].some((tag) => tag in font.directory.tables)) return null;
    const metrics = font.hmtx.metrics;
    const advance = (glyph: number) => metrics.get(Math.min(glyph, metrics.length - 1))?.advance ?? 0;
    const gdefClasses = font.GDEF?.glyphClassDef;
    // The advance fontkit ends with: marks (by GDEF, else by Unicode) are zeroed after positioning.
    const effective = (glyph: number, char?: string) =>
      (gdefClasses ? classOf(gdefClasses, glyph) === 3 : char !== undefined && NONSPACING.test(char)) ? 0 : advance(glyph);
    const changed = new Set<number>();
    // What each glyph may become, for the kerning pairs: kerning sees the glyphs after substitution.
    const outputs = new Map<number, number[]>();
    // A substitution keeps the sum to the bit when the one glyph with width keeps its width and all else is zero wide.
    const keeps = (from: number, to: number[]) => {
      outputs.set(from, [...(outputs.get(from) ?? []), ...to]);
      const widths = to.map((g) => effective(g)).filter((w) => w !== 0);
      const before = effective(from);
      return before === 0 ? widths.length === 0 : widths.length === 1 && widths[0] === before;
    };
    for (const lookup of defaultLookups(font.GSUB, [5, 6], 7)) {
      for (let sub of list(lookup.subTables)) {
        let type = lookup.lookupType;
        if (type === 7) [type, sub] = [sub.lookupType, sub.extension];
        if (type === 1) {
          for (const [g, i] of covered(sub.coverage)) {
            const to = sub.version === 1 ? (g + sub.deltaGlyphID) & 0xffff : list<number>(sub.substitute)[i];
            if (!keeps(g, [to])) changed.add(g);
          }
        } else if (type === 2 || type === 3) {
          const sets = list<List<number>>(type === 2 ? sub.sequences : sub.alternateSet);
          for (const [g, i] of covered(sub.coverage)) {
            const outs = list(sets[i]);
            if (!(type === 2 ? keeps(g, outs) : outs.every((to) => keeps(g, [to])))) changed.add(g);
          }
        } else if (type === 4) {
          const sets = list<List<{ glyph: number; components: number[] }>>(sub.ligatureSets);
          for (const [g, i] of covered(sub.coverage)) {
            if (!list(sets[i]).every((lig) => keeps(g, [lig.glyph]) && lig.components.every((c) => effective(c) === 0))) changed.add(g);
            for (const lig of list(sets[i])) for (const c of lig.components) outputs.set(c, [...(outputs.get(c) ?? []), lig.glyph]);
          }
        } else if (type === 8) {
          for (const [g, i] of covered(sub.coverage)) if (!keeps(g, [list<number>(sub.substitutes)[i]])) changed.add(g);
        } else if (type !== 5 && type !== 6) return null; // contexts only call other lookups, analysed on their own
      }
    }
    const pairTables: SubTable[] = [];
    for (const lookup of defaultLookups(font.GPOS, [7, 8], 9)) {
      for (let sub of list(lookup.subTables)) {
        let type = lookup.lookupType;
        if (type === 9) [type, sub] = [sub.lookupType, sub.extension];
        // Single adjustment and cursive attachment can move advances; mark attachment moves only marks.
        if (type === 1 || type === 3) for (const [g] of covered(sub.coverage)) changed.add(g);
        else if (type === 2) pairTables.push(sub);
        else if (type < 4 || type > 8) return null;
      }
    }
    const advances = new Map<number, number>();
    const glyphOf = new Map<number, number>();
    for (let cp = 0x20; cp <= 0x205e; cp++) {
      const char = String.fromCharCode(cp);
      if (!CONSIDERED.test(char)) continue;
      const glyph = font._cmapProcessor.lookup(cp);
      if (glyph !== 0 && !changed.has(glyph)) {
        advances.set(cp, effective(glyph, char));
        glyphOf.set(cp, glyph);
      }
    }
    return { advances, kernsWith: kerningPairs(pairTables, glyphOf, outputs) };
  } catch {
    return null;
  }
}

/** A glyph and all it may become by substitution. */
function variants(glyph: number, outputs: Map<number, number[]>): number[] {
  const seen = new Set([glyph]);
  const todo = [glyph];
  while (todo.length > 0) {
    for (const next of outputs.get(todo.pop()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      todo.push(next);
    }
  }
  return [...seen];
}

/**
 * For a character, the characters after which any PairPos subtable adjusts it, in whatever glyphs
 * substitution makes of the two (every subtable, though fontkit stops at the first that covers the
 * glyph: more pairs, never fewer). Worked out on first asking, per character: kerning tables are
 * large and slow to read whole, and Thai text meets few of the characters they start with.
 */
function kerningPairs(tables: SubTable[], glyphOf: Map<number, number>, outputs: Map<number, number[]>): (cp: number) => ReadonlySet<number> | undefined {
  const forms = new Map([...glyphOf].map(([cp, g]): [number, number[]] => [cp, variants(g, outputs)]));
  const subtables = tables.map((sub) => {
    const index = new Map(covered(sub.coverage));
    const classes = (classDef: ClassDef) => {
      const known = new Map<number, number>();
      return (g: number) => known.get(g) ?? known.set(g, classOf(classDef, g)).get(g)!;
    };
    const [class1, class2] = sub.version === 2 ? [classes(sub.classDef1), classes(sub.classDef2)] : [];
    /** The glyphs a first glyph is kerned against (format 1), or the classes (format 2). */
    const seconds = (first: number): ((second: number) => boolean) | null => {
      const i = index.get(first);
      if (i === undefined) return null;
      if (sub.version === 1) {
        const set = list<{ secondGlyph: number; value1?: Record<string, unknown>; value2?: Record<string, unknown> }>(sub.pairSets.get(i));
        const kerned = new Set(set.filter((p) => moves(p.value1) || moves(p.value2)).map((p) => p.secondGlyph));
        return (second) => kerned.has(second);
      }
      const row = list<{ value1?: Record<string, unknown>; value2?: Record<string, unknown> }>(sub.classRecords.get(class1!(first)));
      const kerned = new Set(row.flatMap((record, c2) => (moves(record.value1) || moves(record.value2) ? [c2] : [])));
      return (second) => kerned.has(class2!(second));
    };
    return { index, seconds };
  });
  const known = new Map<number, ReadonlySet<number> | undefined>();
  return (cp) => {
    if (known.has(cp)) return known.get(cp);
    const firsts = forms.get(cp) ?? [];
    const pairs = new Set<number>();
    for (const { index, seconds } of subtables) {
      for (const first of firsts) {
        if (!index.has(first)) continue;
        const kerned = seconds(first)!;
        for (const [cp2, glyphs] of forms) if (glyphs.some(kerned)) pairs.add(cp2);
      }
    }
    const result = pairs.size > 0 ? pairs : undefined;
    known.set(cp, result);
    return result;
  };
}

/**
 * pdfkit's width of `text` (EmbeddedFont.widthOfString: the text cut after each space or tab, each
 * piece's scaled advances added in order) when every character has a fixed advance and no
 * kerning pair occurs (a pair may skip marks between its two characters); otherwise null.
 */
export function fixedWidth(fixed: FixedAdvances, text: string, scale: number, size: number): number | null {
  const { advance: advanceOf, partners: partnersOf } = denseOf(fixed);
  let total = 0;
  let piece = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const advance = c < advanceOf.length ? advanceOf[c] : Number.NaN;
    if (Number.isNaN(advance)) return null;
    const partners = partnersOf(c);
    if (partners) {
      // The next character, and the first with a width after it (kerning may skip marks).
      for (let j = i + 1; j < text.length; j++) {
        const next = text.charCodeAt(j);
        if (partners.has(next)) return null;
        if (fixed.advances.get(next) !== 0) break;
      }
    }
    piece += advance * scale;
    if (c === 0x20 || c === 0x09) {
      total += piece;
      piece = 0;
    }
  }
  total += piece;
  return total * (size / 1000);
}

interface Dense {
  /** By code unit: the advance, NaN where `advances` has none. */
  advance: Float64Array;
  /** `kernsWith`, answered once per character. */
  partners(c: number): ReadonlySet<number> | undefined;
}

const dense = new WeakMap<FixedAdvances, Dense>();

/**
 * The table as arrays by code unit: measuring asks for every character of every piece of every
 * paragraph, and a Map lookup per character (two with the kerning question) was most of the time
 * a line's measuring took. The answers are the table's own, so widths stay the same to the bit.
 */
function denseOf(fixed: FixedAdvances): Dense {
  let d = dense.get(fixed);
  if (!d) {
    let size = 0;
    for (const cp of fixed.advances.keys()) size = Math.max(size, cp + 1);
    const advance = new Float64Array(size).fill(Number.NaN);
    for (const [cp, a] of fixed.advances) advance[cp] = a;
    // 0: not asked yet; 1: no partners; 2: partners, in `sets`.
    const state = new Uint8Array(size);
    const sets = new Map<number, ReadonlySet<number>>();
    const partners = (c: number) => {
      if (state[c] === 1) return undefined;
      if (state[c] === 2) return sets.get(c);
      const found = fixed.kernsWith(c);
      state[c] = found ? 2 : 1;
      if (found) sets.set(c, found);
      return found;
    };
    d = { advance, partners };
    dense.set(fixed, d);
  }
  return d;
}

/** The parts of pdfkit's (unexported) EmbeddedFont that the measuring reads. */
interface MeasuredFont {
  font: TableFont;
  /** PDF units (1000 per em) per font unit. */
  scale: number;
  widthOfString(text: string, size: number, features?: unknown): number;
}

const tables = new WeakMap<object, FixedAdvances | null>();
const MEASURES = Symbol.for('lekha.fixedAdvances');

/**
 * Replace `widthOfString` on pdfkit's EmbeddedFont class (once; every font of every document
 * benefits): text of fixed-advance characters is added up, anything else (or with OpenType
 * features asked for) is shaped by pdfkit as before. The table is made once per open font.
 */
export function measureWithFixedAdvances(proto: MeasuredFont & { [MEASURES]?: boolean }): void {
  if (proto[MEASURES]) return;
  proto[MEASURES] = true;
  const shaped = proto.widthOfString;
  proto.widthOfString = function (this: MeasuredFont, text: string, size: number, features?: unknown): number {
    if (!features) {
      let table = tables.get(this.font);
      if (table === undefined) {
        table = fixedAdvanceTable(this.font);
        tables.set(this.font, table);
      }
      const width = table && fixedWidth(table, text, this.scale, size);
      if (width != null) return width;
    }
    return shaped.call(this, text, size, features);
  };
}
