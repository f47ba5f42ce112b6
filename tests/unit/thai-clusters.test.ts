import { describe, expect, it } from 'vitest';
import { clusters, graphemes } from '../../electron/documents/thai/chars';

/** Intl.Segmenter's clusters, the reference the code-unit scan must agree with. */
const reference = (text: string) => graphemes(text).map((g) => g.segment);

// Every Thai code unit (marks, sara am, digits, unassigned ones), printable ASCII, controls and
// the Latin-1 and punctuation characters minutes use.
const THAI = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(0x0e00 + i));
const ASCII = Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0x20 + i));
const OTHERS = ['\t', '\r', '\n', '\u007f', '\u0085', '\u00a0', '\u00ad', 'é', '×', '\u2013', '\u2014', '\u201c', '\u201d', '\u2022', '\u2026', '\u2032', '\u20ac'];

describe('clusters (the code-unit scan drawLine uses)', () => {
  it('agrees with Intl.Segmenter for every pair of Thai, ASCII and common characters', () => {
    const chars = [...THAI, ...ASCII, ...OTHERS];
    const pairs: string[] = [];
    for (const a of chars) for (const b of chars) pairs.push(a + b);
    // Segmented in chunks: Intl.Segmenter slows down sharply on very long strings.
    for (let i = 0; i < pairs.length; i += 200) {
      const text = pairs.slice(i, i + 200).join('');
      expect(clusters(text)).toEqual(reference(text));
    }
  });

  it('agrees with Intl.Segmenter on stacked marks, sara am and lone marks', () => {
    for (const text of ['ที่ ปั้น ผู้ ญี่ปุ่น ฐุ ฏุ น้ำ ค่ำ ก๋วยเตี๋ยว ตุ๊กตา ๑๒๓', 'สำนักงาน กำหนด', 'นิพพานํ ธัมมํ ํา', '่ก', ' ่', '\t่ก', 'ก\r\nข', 'ฯลฯ กรุงเทพฯ ๆ']) {
      expect(clusters(text)).toEqual(reference(text));
    }
    expect(clusters('น้ำค่ำ')).toEqual(['น้ำ', 'ค่ำ']);
    expect(clusters('')).toEqual([]);
  });

  it('leaves other scripts, combining accents and emoji to Intl.Segmenter', () => {
    for (const text of ['e\u0301te\u0301', 'ก👍🏽ข', '🇹🇭 ไทย', 'ก\u200dข', '한국어', 'a\u200bb']) {
      expect(clusters(text)).toEqual(reference(text));
    }
  });
});
