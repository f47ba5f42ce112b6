import {
  codePoints, foldCase, INDEXED_TERM_LENGTH, searchTerms, THAI_CONTINUING, THAI_LEADING_VOWEL,
} from '../../../shared/search-text';

export interface QueryPlan {
  /** Every term, normalised. */
  terms: string[];
  /** Terms of three code points or more: looked up in the trigram index. */
  indexed: string[];
  /** Shorter terms (ดี, ไฟ, 5): found by reading the text, at syllable edges. */
  short: string[];
}

export function planQuery(text: string): QueryPlan {
  const terms = searchTerms(text);
  return {
    terms,
    indexed: terms.filter((t) => codePoints(t) >= INDEXED_TERM_LENGTH),
    short: terms.filter((t) => codePoints(t) < INDEXED_TERM_LENGTH),
  };
}

/** An FTS5 query: each term a quoted phrase (so no character of it is FTS syntax), all of them required. */
export const ftsMatch = (terms: readonly string[]): string => terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ');

const THAI_CONSONANT = /[\u0e01-\u0e2e]/;
const THAI = /[\u0e01-\u0e4f]/;
const CONTINUING_CLASS = '\u0e31\u0e33-\u0e3a\u0e47-\u0e4e';
const LEADING_CLASS = '\u0e40-\u0e44';

/** One character of a GLOB pattern that matches it as the record may hold it: either digit, either case. */
function globChar(c: string): string {
  if (/[0-9]/.test(c)) return `[${c}${String.fromCharCode(0x0e50 + Number(c))}]`;
  if (/[a-z]/i.test(c)) return `[${c.toLowerCase()}${c.toUpperCase()}]`;
  if (c === '*' || c === '?' || c === '[') return `[${c}]`;
  return c;
}

/** The term as records may spell it: sara am whole (ำ) or in two (ํ + า, the tone mark before or after ํ). */
function spellings(term: string): string[] {
  const at = term.search(/[\u0e48-\u0e4b]?\u0e33/);
  if (at === -1) return [term];
  const tone = term[at] === '\u0e33' ? '' : term[at];
  const rest = spellings(term.slice(at + tone.length + 1));
  const forms = tone ? [`${tone}\u0e33`, `${tone}\u0e4d\u0e32`, `\u0e4d${tone}\u0e32`] : ['\u0e33', '\u0e4d\u0e32'];
  return forms.flatMap((f) => rest.map((r) => term.slice(0, at) + f + r));
}

/**
 * GLOB patterns (any one matches) finding a short term in raw text: Thai or Arabic digits, either case,
 * and whole syllables only: not right after a leading vowel (ดี is not in เดียว) and not right before a
 * mark that continues the syllable (ดี is not in ดี้). The index path is not held to this: a term of
 * three characters or more is found wherever it occurs, as people typing a word's beginning expect.
 */
export function shortTermGlobs(term: string): string[] {
  const first = term[0];
  const last = term[term.length - 1];
  const before = THAI_CONSONANT.test(first) ? [`*[^${LEADING_CLASS}]`, ''] : ['*'];
  const after = THAI.test(last) ? [`[^${CONTINUING_CLASS}]*`, ''] : ['*'];
  const out: string[] = [];
  for (const spelling of spellings(term)) {
    const core = [...spelling].map(globChar).join('');
    for (const b of before) for (const a of after) out.push(`${b}${core}${a}`);
  }
  return out;
}

/**
 * Where a term occurs in normalised text already case-folded (`foldCase`), as [start, end) pairs; short
 * terms only at syllable edges as above.
 */
export function occurrences(hay: string, term: string): [number, number][] {
  const needle = foldCase(term);
  const short = codePoints(term) < INDEXED_TERM_LENGTH;
  const out: [number, number][] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (short && THAI_CONSONANT.test(needle[0]) && at > 0 && THAI_LEADING_VOWEL.test(hay[at - 1])) continue;
    if (short && THAI.test(needle[needle.length - 1]) && end < hay.length && THAI_CONTINUING.test(hay[end])) continue;
    out.push([at, end]);
  }
  return out;
}
