// Character classes for Thai line breaking (THAI-DOCUMENTS.md §4). Code units, not code points:
// every character tested here is in the BMP.

/**
 * Thai letters, vowels and marks (U+0E01–U+0E3A, U+0E40–U+0E4E). Not the baht sign or the Thai
 * digits: UAX #14 already handles those, and a dictionary boundary next to them means nothing.
 */
export function isThaiLetter(c: number): boolean {
  return (c >= 0x0e01 && c <= 0x0e3a) || (c >= 0x0e40 && c <= 0x0e4e);
}

/**
 * A line never starts with ฯ, ๆ, a following vowel (ะ ั า ำ ิ ี ึ ื ุ ู ฺ ๅ) or a combining mark
 * (็ ่ ้ ๊ ๋ ์ ํ ๎): they belong to the letter before them.
 */
export function noBreakBefore(c: number): boolean {
  return c === 0x0e2f || (c >= 0x0e30 && c <= 0x0e3a) || c === 0x0e45 || c === 0x0e46 || (c >= 0x0e47 && c <= 0x0e4e);
}

const THANTHAKHAT = 0x0e4c;
const isConsonant = (c: number) => c >= 0x0e01 && c <= 0x0e2e;

/**
 * Whether text[p] is a silent consonant (with ์, or before one that has it): จันทร์, เมนท์, ศาสตร์.
 * It belongs to the syllable before it, so nothing may break before it.
 */
export function silentAt(text: string, p: number): boolean {
  const next = text.charCodeAt(p + 1);
  return next === THANTHAKHAT || (isConsonant(next) && text.charCodeAt(p + 2) === THANTHAKHAT && isConsonant(text.charCodeAt(p)));
}

/** A line never ends with a leading vowel (เ แ โ ใ ไ): it is written before the consonant it follows in speech. */
export function noBreakAfter(c: number): boolean {
  return c >= 0x0e40 && c <= 0x0e44;
}

const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Grapheme clusters (a consonant with its marks and above/below vowels stays one piece). */
export function graphemes(text: string): { segment: string; index: number }[] {
  return Array.from(graphemeSegmenter.segment(text), ({ segment, index }) => ({ segment, index }));
}

/** Thai characters that never start a grapheme cluster: ั ำ ิ–ฺ (U+0E31, U+0E33–U+0E3A) and ็–๎ (U+0E47–U+0E4E). */
function isThaiClusterTail(c: number): boolean {
  return c === 0x0e31 || (c >= 0x0e33 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
}

/** Characters whose cluster boundaries the code-unit scan knows: no combining marks but Thai, no surrogates. */
function isScannable(c: number): boolean {
  return c < 0x0300 || (c >= 0x0e00 && c <= 0x0e7f) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x20a0 && c <= 0x20c0);
}

/** Controls (U+0000–U+001F, U+007F–U+009F, soft hyphen) end a cluster: a mark after them starts its own. */
function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xad;
}

/**
 * The grapheme clusters of `text`, as `graphemes` gives them, found by a scan of code units when
 * the text is Thai, Latin-1 and common punctuation (a Thai mark or sara am stays with the character
 * before it, CR LF stays whole); any other text goes through Intl.Segmenter.
 */
export function clusters(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isScannable(c)) return graphemes(text).map((g) => g.segment);
    const joins = i > 0 && (isThaiClusterTail(c) ? !isControl(prev) : c === 0x0a && prev === 0x0d);
    if (i > 0 && !joins) {
      out.push(text.slice(start, i));
      start = i;
    }
    prev = c;
  }
  if (text.length > 0) out.push(text.slice(start));
  return out;
}

/** `out[i]` = 1 where a grapheme cluster of `text` starts (as `clusters` cuts it); `out[text.length]` = 1. */
export function clusterStarts(text: string): Uint8Array {
  const out = new Uint8Array(text.length + 1);
  out[text.length] = 1;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isScannable(c)) {
      out.fill(0);
      out[text.length] = 1;
      for (const g of graphemes(text)) out[g.index] = 1;
      return out;
    }
    if (i === 0 || !(isThaiClusterTail(c) ? !isControl(prev) : c === 0x0a && prev === 0x0d)) out[i] = 1;
    prev = c;
  }
  return out;
}
