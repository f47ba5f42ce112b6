import { diffArrays } from 'diff';

export interface Change {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A run of a changed paragraph: words kept, or changed (removed from the old one / added in the new one). */
export interface WordPart {
  text: string;
  changed: boolean;
  /** Where it starts in its paragraph: its identity in a diff that never changes. */
  at: number;
}

/** `at`: the place of its first paragraph in the comparison, its identity (a comparison never changes). */
export type DiffBlock =
  | { type: 'line'; at: number; change: Change; words: WordPart[] | null }
  | { type: 'collapsed'; at: number; lines: Change[] };

/** Unchanged paragraphs shown around each change; longer runs fold away. */
export const CONTEXT_LINES = 2;

let segmenter: Intl.Segmenter | null | undefined;

/** Thai has no spaces between words: words come from the platform's segmenter, spaces kept as their own parts. */
export function words(text: string): string[] {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;
  if (!segmenter) return text.split(/(\s+)/).filter(Boolean);
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** Old and new paragraph, word by word; null when they have too little in common to be one paragraph changed. */
export function wordDiff(before: string, after: string): { removed: WordPart[]; added: WordPart[] } | null {
  const parts = diffArrays(words(before), words(after));
  const kept = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.join('').length, 0);
  if (kept < 0.4 * Math.max(before.length, after.length)) return null;
  const removed: WordPart[] = [];
  const added: WordPart[] = [];
  let inBefore = 0;
  let inAfter = 0;
  for (const p of parts) {
    const text = p.value.join('');
    if (!p.added) {
      removed.push({ text, changed: !!p.removed, at: inBefore });
      inBefore += text.length;
    }
    if (!p.removed) {
      added.push({ text, changed: !!p.added, at: inAfter });
      inAfter += text.length;
    }
  }
  return { removed, added };
}

/** Pair each removed paragraph with the added one in its place, for a word-level view of small edits. */
function withWords(run: Change[], start: number): DiffBlock[] {
  const removed = run.filter((c) => c.kind === 'removed');
  const added = run.filter((c) => c.kind === 'added');
  const pairs = new Map<Change, WordPart[]>();
  for (let i = 0; i < Math.min(removed.length, added.length); i++) {
    const d = wordDiff(removed[i].text, added[i].text);
    if (d) {
      pairs.set(removed[i], d.removed);
      pairs.set(added[i], d.added);
    }
  }
  return run.map((change, i) => ({ type: 'line', at: start + i, change, words: pairs.get(change) ?? null }));
}

/** Changes in reading order, unchanged paragraphs far from any change folded into one block. */
export function diffBlocks(changes: readonly Change[], context = CONTEXT_LINES): DiffBlock[] {
  const changed = changes.map((c, i) => (c.kind === 'same' ? -1 : i)).filter((i) => i >= 0);
  const near = (i: number) => changed.some((c) => Math.abs(c - i) <= context);
  const blocks: DiffBlock[] = [];
  let i = 0;
  while (i < changes.length) {
    const c = changes[i];
    if (c.kind !== 'same') {
      const start = i;
      const run: Change[] = [];
      while (i < changes.length && changes[i].kind !== 'same') run.push(changes[i++]);
      blocks.push(...withWords(run, start));
    } else if (near(i)) {
      blocks.push({ type: 'line', at: i, change: c, words: null });
      i++;
    } else {
      const start = i;
      const lines: Change[] = [];
      while (i < changes.length && changes[i].kind === 'same' && !near(i)) lines.push(changes[i++]);
      // Folding one paragraph saves nothing: show it.
      if (lines.length === 1) blocks.push({ type: 'line', at: start, change: lines[0], words: null });
      else blocks.push({ type: 'collapsed', at: start, lines });
    }
  }
  return blocks;
}

export function diffCounts(changes: readonly Change[]): Record<Change['kind'], number> {
  const counts = { same: 0, added: 0, removed: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}
