/**
 * Thai text as the search index holds it, and queries as they are looked up (issue 12). One text,
 * however it was typed: Thai digits are Arabic (๒๕๖๘ = 2568), sara am typed as nikhahit + sara aa
 * (ํ + า, common in text copied from PDF: "ดําเนินการ") is ำ, zero-width characters are gone and every
 * run of white space is one space.
 *
 * The database applies the same passes in SQL inside its triggers (migration 0050-search, whose copy
 * is frozen with it); tests/unit/search-text.test.ts checks that both give the same text. Changing a
 * pass here means a new migration that rebuilds the index with the new passes.
 */

/** Removed: zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen, and U+E000 (the SQL's marker). */
export const REMOVED_CHARS = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\ue000'] as const;
/** Become a space: control white space, no-break space, the typographic spaces, line and paragraph separators. */
export const SPACE_CHARS = [
  '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
  '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
] as const;
/** Sara am as typed in two: ํ + tone mark + า first (the tone then comes before ำ), then ํ + า. */
export const SARA_AM_PAIRS = [
  ['\u0e4d\u0e48\u0e32', '\u0e48\u0e33'], ['\u0e4d\u0e49\u0e32', '\u0e49\u0e33'], ['\u0e4d\u0e4a\u0e32', '\u0e4a\u0e33'],
  ['\u0e4d\u0e4b\u0e32', '\u0e4b\u0e33'], ['\u0e4d\u0e32', '\u0e33'],
] as const;

/** Every replacement, in the order the passes run (the SQL nests `replace()` in this order). */
export const REPLACEMENTS: readonly (readonly [string, string])[] = [
  ...REMOVED_CHARS.map((c) => [c, ''] as const),
  ...SPACE_CHARS.map((c) => [c, ' '] as const),
  ...Array.from({ length: 10 }, (_, d) => [String.fromCharCode(0x0e50 + d), String(d)] as const),
  ...SARA_AM_PAIRS,
];

/** A character some pass changes, or a space that collapsing or trimming would remove: text without one is its own normal form. */
export const CHANGES = new RegExp(`[${[...new Set(REPLACEMENTS.map(([find]) => find[0]))].join('')}]|^ | $| {2}`);

/** The normalised text and, for each of its UTF-16 units, where it came from in the original. */
export interface Mapped {
  text: string;
  from: number[];
}

/**
 * The single-character passes (removals, spaces, digits) as one map: they touch different characters
 * and none makes a character another of them matches, so one walk does what they do in turn.
 */
const SINGLE = new Map(REPLACEMENTS.filter(([find]) => find.length === 1));
const PAIRS = REPLACEMENTS.filter(([find]) => find.length > 1);

/** The normalised text with a map back to the original: what lets a snippet mark the words as they were written. */
export function normaliseMapped(original: string): Mapped {
  // Single characters replaced, and runs of spaces made one as they go.
  let units: string[] = [];
  let from: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    const put = SINGLE.get(c) ?? c;
    for (const u of put) {
      units.push(u);
      from.push(i);
    }
  }
  // Sara am in two, after the removals (a zero-width space between ํ and า is gone by then).
  if (units.includes('\u0e4d')) {
    for (const [find, put] of PAIRS) {
      const outUnits: string[] = [];
      const outFrom: number[] = [];
      for (let i = 0; i < units.length; i++) {
        if (units[i] === find[0] && units.slice(i, i + find.length).join('') === find) {
          for (const u of put) {
            outUnits.push(u);
            outFrom.push(from[i]);
          }
          i += find.length - 1;
        } else {
          outUnits.push(units[i]);
          outFrom.push(from[i]);
        }
      }
      units = outUnits;
      from = outFrom;
    }
  }
  // Runs of spaces made one; none at either end.
  const text: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i] === ' ' && (text.length === 0 || text[text.length - 1] === ' ')) continue;
    text.push(units[i]);
    map.push(from[i]);
  }
  if (text[text.length - 1] === ' ') {
    text.pop();
    map.pop();
  }
  return { text: text.join(''), from: map };
}

export function normaliseSearchText(text: string): string {
  // Most text holds nothing a pass changes: ranking tests a hundred titles per kind on every search.
  if (!CHANGES.test(text)) return text;
  let out = text;
  for (const [find, put] of REPLACEMENTS) if (out.includes(find)) out = out.split(find).join(put);
  return out.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}

/**
 * Thai marks that continue the character cluster before them (vowels above and below, tone marks,
 * sara am, thanthakhat…): a hit that stops right before one of them ends inside a syllable
 * (ดี in ดี่), and one that starts right after a leading vowel (เ แ โ ใ ไ) starts inside one (ดี in เดียว).
 */
export const THAI_CONTINUING = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]/;
export const THAI_LEADING_VOWEL = /[\u0e40-\u0e44]/;

/** Trigram index: a term of fewer code points than this cannot be looked up in it. */
export const INDEXED_TERM_LENGTH = 3;

/**
 * The terms of a query, normalised: words split at spaces, a "quoted phrase" kept whole. Every term must
 * occur (AND); each is a piece of text, found inside words as well (Thai has no spaces between words).
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const text = normaliseSearchText(query);
  for (const m of text.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? '').trim();
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

export const codePoints = (term: string): number => [...term].length;

/** Case folded per UTF-16 unit where that keeps the length (the index folds Latin, Greek and Cyrillic case too). */
export function foldCase(text: string): string {
  const whole = text.toLowerCase();
  if (whole.length === text.length) return whole;
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}
