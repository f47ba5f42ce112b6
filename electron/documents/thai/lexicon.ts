// A Thai word list, the second judge of word boundaries beside Intl.Segmenter (THAI-DOCUMENTS.md §4):
// ICU's dictionary splits compounds a reader keeps whole (พื้น|ฐาน, รับ|ผิดชอบ, ผู้|ประกอบการ), and a
// line may end only where both see a boundary. The list is libthai's (resources/thai/LEXICON.md).
import { silentAt } from './chars';
import { readThaiResource } from './resource-file';

export interface Lexicon {
  readonly size: number;
  /**
   * Ends of the words that start at `start`: every e ≤ limit with text.slice(start, e) in the list,
   * ascending, written to `out`; returns how many.
   */
  wordEnds(text: string, start: number, limit: number, out: number[]): number;
}

const FIRST = 0x0e00;
const SPAN = 0x80;

/**
 * A lexicon over `sorted`: distinct words in code-unit order (what `<` on strings gives). Words
 * sharing a prefix are adjacent, so a prefix walk narrows one range of the list by binary search:
 * no trie to build.
 */
export function sortedLexicon(sorted: readonly string[]): Lexicon {
  return lexiconOfText(sorted.length ? `${sorted.join('\n')}\n` : '');
}

/**
 * The same over the file's text as it is read (one word per line, sorted, ending in a newline):
 * the words stay in that one string, found by where their lines start, so loading costs one scan
 * for newlines and no string per word.
 */
function lexiconOfText(data: string): Lexicon {
  let count = 0;
  for (let i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1)) count++;
  // starts[k]: where word k starts; starts[count]: one past the last newline.
  const starts = new Int32Array(count + 1);
  for (let k = 1, i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1), k++) starts[k] = i + 1;
  const length = (k: number) => starts[k + 1] - starts[k] - 1;
  const from = new Int32Array(SPAN);
  const to = new Int32Array(SPAN);
  for (let k = count - 1; k >= 0; k--) {
    const c = data.charCodeAt(starts[k]) - FIRST;
    if (c < 0 || c >= SPAN) continue;
    if (to[c] === 0) to[c] = k + 1;
    from[c] = k;
  }

  /** First word in [lo, hi) whose code unit at `d` is ≥ c (or > c when `after`). All are longer than d. */
  const bound = (lo: number, hi: number, d: number, c: number, after: boolean) => {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = data.charCodeAt(starts[mid] + d);
      if (m < c || (after && m === c)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    size: count,
    wordEnds(text, start, limit, out) {
      const c0 = text.charCodeAt(start) - FIRST;
      if (c0 < 0 || c0 >= SPAN) return 0;
      let lo = from[c0];
      let hi = to[c0];
      let found = 0;
      // Invariant: words [lo, hi) are those that start with text.slice(start, start + d).
      for (let d = 1; lo < hi; d++) {
        if (length(lo) === d) {
          out[found++] = start + d;
          lo++;
        }
        if (lo === hi || start + d >= limit) break;
        const c = text.charCodeAt(start + d);
        lo = bound(lo, hi, d, c, false);
        hi = bound(lo, hi, d, c, true);
      }
      return found;
    },
  };
}

/** One word per line, sorted, no comments. */
export function parseLexicon(text: string): string[] {
  const words = text.split('\n');
  if (words.at(-1) === '') words.pop();
  return words;
}

let shipped: Lexicon | undefined;

/** The shipped lexicon, read on first use (about 24,000 words, 450 KB). */
export function shippedLexicon(): Lexicon {
  shipped ??= lexiconOfText(readThaiResource('lexicon-th.txt'));
  return shipped;
}

/**
 * Working arrays reused from run to run: a paragraph holds dozens of Thai runs (cut at every space,
 * digit and Latin word), and five new typed arrays for each made thousands a render for the
 * garbage collector. Every entry read is written first in the same call (or set above for index n).
 */
let scratch = { unknown: new Int32Array(0), words: new Int32Array(0), next: new Int32Array(0), known: new Uint8Array(0), hits: new Int32Array(0), ends: [] as number[] };

function scratchFor(size: number): typeof scratch {
  if (scratch.unknown.length < size) {
    const grown = Math.max(size, 2 * scratch.unknown.length, 256);
    scratch = { unknown: new Int32Array(grown), words: new Int32Array(grown), next: new Int32Array(grown), known: new Uint8Array(grown), hits: new Int32Array(grown), ends: scratch.ends };
  }
  return scratch;
}

/**
 * Word boundaries of the Thai run text[start, end) by maximal matching: the segmentation with the
 * fewest characters outside known words, then the fewest words, then the most boundaries on
 * `preferred` places (the edges of protected words: ความ|เห็นชอบ, not ความเห็น|ชอบ), then the
 * longest first word (as longest matching would read it). Where no known word starts, the run is crossed to the next
 * `fallback` boundary (the segmenter's). Sets `mark[p]` = 1 for every boundary p strictly inside
 * the run that has a known word on at least one side.
 */
export function markDictionaryBoundaries(
  text: string, start: number, end: number, lexicon: Lexicon, fallback: Uint8Array, mark: Uint8Array, preferred?: Uint8Array,
): void {
  const n = end - start;
  if (n < 2) return;
  // Best reading of the suffix from i: characters outside words, words, where the first word ends,
  // and whether that first piece is a known word. Index n is the empty suffix.
  const { unknown, words, next, known, hits, ends } = scratchFor(n + 1);
  unknown[n] = 0;
  words[n] = 0;
  hits[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    // A piece never ends before a silent consonant (เมน|ท์): that reading is not Thai.
    let j = i + 1;
    while (j < n && (!fallback[start + j] || silentAt(text, start + j))) j++;
    let bestUnknown = unknown[j] + (j - i);
    let bestWords = words[j] + 1;
    let bestNext = j;
    let bestHits = hits[j] + (j < n && preferred?.[start + j] ? 1 : 0);
    let isWord = 0;
    const found = lexicon.wordEnds(text, start + i, end, ends);
    // Longest word first, so that on a tie the longest first word stays.
    for (let k = found - 1; k >= 0; k--) {
      const e = ends[k] - start;
      if (e < n && silentAt(text, start + e)) continue;
      const h = hits[e] + (e < n && preferred?.[start + e] ? 1 : 0);
      const tie = unknown[e] === bestUnknown && words[e] + 1 === bestWords;
      // On a full tie a known word beats the unknown step; among words the longer one (seen first) stays.
      const better = unknown[e] < bestUnknown || (unknown[e] === bestUnknown && words[e] + 1 < bestWords) || (tie && (h > bestHits || (h === bestHits && !isWord)));
      if (better) {
        bestUnknown = unknown[e];
        bestWords = words[e] + 1;
        bestHits = h;
        bestNext = e;
        isWord = 1;
      }
    }
    unknown[i] = bestUnknown;
    words[i] = bestWords;
    hits[i] = bestHits;
    next[i] = bestNext;
    known[i] = isWord;
  }
  // A boundary between two unknown pieces is the segmenter's guess, not the dictionary's: inside a
  // name or a loanword it does not know (คูหะก้องกิจ, ดีเวลลอปเมนท์), the dictionary sees no boundary.
  for (let i = 0, j = next[0]; j < n; i = j, j = next[j]) {
    if (known[i] || known[j]) mark[start + j] = 1;
  }
}
