// Words a line should not break inside (THAI-DOCUMENTS.md §4; resources/thai/no-break-words.txt says
// what belongs there): agency names and titles, abbreviations, words whose edges the segmenter gets
// wrong. A strong preference for the layout, not a rule (layout.ts).
import { readThaiResource } from './resource-file';

/** One word per line; `#` starts a comment; blank lines are skipped. */
export function parseNoBreakWords(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0);
}

export const shippedNoBreakWords: readonly string[] = Object.freeze(parseNoBreakWords(readThaiResource('no-break-words.txt')));

export interface NoBreakMatcher {
  /** The distinct words, longest first. */
  readonly words: readonly string[];
  /**
   * Where protected words occur in `text`: [start, end) pairs, sorted, not overlapping. At each
   * position the longest word wins (ปีงบประมาณ over งบประมาณ), scanning left to right.
   */
  spans(text: string): [number, number][];
}

interface TrieNode {
  /** By UTF-16 code unit: a Thai character as a string would be a new string at every lookup. */
  next: Map<number, TrieNode>;
  /** A word ends here. */
  end: boolean;
}

/**
 * Compile a word list once (a trie, so a few hundred words cost one walk per text position) and
 * reuse it for every paragraph. Blank entries are ignored; surrounding spaces are trimmed.
 */
export function noBreakMatcher(words: readonly string[]): NoBreakMatcher {
  const distinct = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))];
  distinct.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of distinct) {
    let node = root;
    // UTF-16 units as keys: a valid word can neither start nor end inside a surrogate pair.
    for (let k = 0; k < word.length; k++) {
      const ch = word.charCodeAt(k);
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }

  function longestAt(text: string, start: number): number {
    let node: TrieNode | undefined = root;
    let best = -1;
    let i = start;
    while (i < text.length) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      i++;
      if (node.end) best = i;
    }
    return best;
  }

  return {
    words: Object.freeze(distinct),
    spans(text: string): [number, number][] {
      const out: [number, number][] = [];
      if (distinct.length === 0) return out;
      let i = 0;
      while (i < text.length) {
        const end = longestAt(text, i);
        if (end > 0) {
          out.push([i, end]);
          i = end;
        } else {
          i++;
        }
      }
      return out;
    },
  };
}
