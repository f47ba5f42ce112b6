import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Lexicon, markDictionaryBoundaries, parseLexicon, shippedLexicon, sortedLexicon } from '../../electron/documents/thai/lexicon';

const file = parseLexicon(readFileSync(new URL('../../resources/thai/lexicon-th.txt', import.meta.url), 'utf8'));

/** The text cut at the dictionary's boundaries, with no segmenter to fall back on. */
function read(text: string, lexicon: Lexicon = shippedLexicon(), fallback: number[] = [], preferred: number[] = []): string {
  const mark = new Uint8Array(text.length + 1);
  const flags = (at: number[]) => {
    const out = new Uint8Array(text.length + 1);
    for (const i of at) out[i] = 1;
    return out;
  };
  markDictionaryBoundaries(text, 0, text.length, lexicon, flags(fallback), mark, flags(preferred));
  return [...text].map((ch, i) => (mark[i] ? `|${ch}` : ch)).join('');
}

describe('the Thai lexicon', () => {
  it('ships libthai’s word list with Lekha’s additions: distinct Thai words in code-unit order', () => {
    expect(file.length).toBeGreaterThan(23_000);
    for (let i = 1; i < file.length; i++) expect(file[i - 1] < file[i], `${file[i - 1]} before ${file[i]}`).toBe(true);
    expect(file.every((w) => /^[\u0e01-\u0e3a\u0e40-\u0e4e]+$/.test(w))).toBe(true);
    // Compounds Intl.Segmenter splits (issue 9), and words Lekha adds (lexicon-extra.txt).
    for (const word of ['พื้นฐาน', 'แต่งตั้ง', 'รับผิดชอบ', 'เพิ่มเติม', 'ผู้ประกอบการ', 'ดำเนินการ', 'หน่วยงาน', 'เห็นชอบ']) expect(file).toContain(word);
  });

  it('finds every word that starts at a place, as a plain set would', () => {
    const lexicon = shippedLexicon();
    const set = new Set(file);
    const text = 'ที่ประชุมรับทราบและมอบหมายให้หน่วยงานที่รับผิดชอบดำเนินการตามพระราชบัญญัติต่อไปอย่างเป็นรูปธรรม';
    const ends: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const found = ends.slice(0, lexicon.wordEnds(text, i, text.length, ends));
      const expected: number[] = [];
      for (let e = i + 1; e <= text.length; e++) if (set.has(text.slice(i, e))) expected.push(e);
      expect(found, text.slice(i)).toEqual(expected);
    }
  });

  it('reads a run with the fewest unknown characters, then the fewest words, then the longest first word', () => {
    expect(read('ที่ประชุมรับทราบพื้นฐาน')).toBe('ที่ประชุม|รับทราบ|พื้นฐาน');
    const small = sortedLexicon(['ตา', 'ตาก', 'กลม', 'ลม'].sort());
    expect(read('ตากลม', small)).toBe('ตาก|ลม'); // two words either way: the longer first word
    const approval = sortedLexicon(['ความ', 'ความเห็น', 'ชอบ', 'เห็น', 'เห็นชอบ'].sort());
    expect(read('ความเห็นชอบ', approval)).toBe('ความเห็น|ชอบ');
    // The edges of a protected word (เห็นชอบ) settle such a tie.
    expect(read('ความเห็นชอบ', approval, [], [4])).toBe('ความ|เห็นชอบ');
    expect(read('ผู้ได้รับความเห็นชอบ')).toBe('ผู้|ได้|รับ|ความเห็นชอบ');
  });

  it('abstains inside text it does not know, and never cuts before a silent consonant', () => {
    // A surname the list does not know: the segmenter's guesses inside it are not the dictionary's.
    expect(read('นายคูหะก้องกิจ', sortedLexicon(['นาย']), [3, 5, 7, 11])).toBe('นาย|คูหะก้องกิจ');
    expect(read('ดีเวลลอปเมนท์', shippedLexicon(), [2, 8, 10])).toBe('ดี|เวลลอปเมนท์');
  });
});
