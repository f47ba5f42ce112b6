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

/** A line never ends with a leading vowel (เ แ โ ใ ไ): it is written before the consonant it follows in speech. */
export function noBreakAfter(c: number): boolean {
  return c >= 0x0e40 && c <= 0x0e44;
}

const graphemeSegmenter = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Grapheme clusters (a consonant with its marks and above/below vowels stays one piece). */
export function graphemes(text: string): { segment: string; index: number }[] {
  return Array.from(graphemeSegmenter.segment(text), ({ segment, index }) => ({ segment, index }));
}
