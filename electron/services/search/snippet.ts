import { CHANGES, foldCase, normaliseMapped, THAI_CONTINUING, THAI_LEADING_VOWEL } from '../../../shared/search-text';
import type { SearchField, SnippetPart } from '../../../shared/schemas/search';
import { occurrences } from './terms';

/** Characters shown around the first hit: this many before it, `WIDTH` in all. */
const BEFORE = 40;
const WIDTH = 160;
/** How far a cut may move to fall on a space rather than inside a run of Thai words. */
const SLACK = 20;

type Span = [number, number];

/** The normalised text and its map back; for most text the text itself, without building a map. */
function mappedOf(raw: string): { text: string; from: (i: number) => number } {
  if (!CHANGES.test(raw)) return { text: raw, from: (i) => i };
  const mapped = normaliseMapped(raw);
  return { text: mapped.text, from: (i) => mapped.from[i] };
}

/** The hits of every term in `raw`, as spans of `raw` itself (the text as written, Thai digits and all). */
function hitsIn(raw: string, terms: readonly string[]): { spans: Span[]; found: number } {
  const mapped = mappedOf(raw);
  const hay = foldCase(mapped.text);
  const spans: Span[] = [];
  let found = 0;
  for (const term of terms) {
    const at = occurrences(hay, term);
    if (at.length) found++;
    for (const [start, end] of at) {
      let rawEnd = end < mapped.text.length ? mapped.from(end) : raw.length;
      while (rawEnd > mapped.from(start) + 1 && /[\s\u200b-\u200d\u2060\ufeff\u00ad]/.test(raw[rawEnd - 1])) rawEnd--;
      spans.push([mapped.from(start), rawEnd]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return { spans: merged, found };
}

const words = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * A cut at `at` moved onto a space nearby, else onto the nearest word edge (Thai runs on for a hundred
 * characters without a space; ICU's word breaks keep a snippet from starting halfway through a word),
 * never past `limit` (the first hit).
 */
function cut(raw: string, at: number, direction: 'start' | 'end', limit: number): number {
  if (at <= 0 || at >= raw.length) return Math.max(0, Math.min(at, raw.length));
  if (direction === 'start') {
    const space = raw.slice(at, Math.min(limit, at + SLACK)).search(/\s/);
    if (space !== -1) return at + space + 1;
  } else {
    const from = Math.max(limit, at - SLACK);
    const space = raw.slice(from, at).search(/\s\S*$/);
    if (space !== -1) return from + space;
  }
  const lo = Math.max(0, at - SLACK);
  const hi = Math.min(raw.length, at + SLACK);
  let best = -1;
  for (const { index } of words.segment(raw.slice(lo, hi))) {
    const edge = lo + index;
    const allowed = direction === 'start' ? edge <= limit : edge >= limit;
    // The window's own first edge is no word edge: it is where the slice began.
    if (index > 0 && allowed && (best === -1 || Math.abs(edge - at) < Math.abs(best - at))) best = edge;
  }
  if (best !== -1) return best;
  let p = at;
  while (p < raw.length && THAI_CONTINUING.test(raw[p])) p++;
  if (p > 0 && THAI_LEADING_VOWEL.test(raw[p - 1])) p--;
  return p;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The snippet of a hit: from the text where most terms occur (the first such in `texts`' order), about
 * `WIDTH` characters around the first hit, cut at spaces or syllable edges, with the hits marked.
 */
export function makeSnippet(texts: readonly [SearchField, string][], terms: readonly string[]): { field: SearchField; parts: SnippetPart[] } {
  const filled = texts.filter(([, t]) => t.trim());
  let best: { field: SearchField; raw: string; spans: Span[]; found: number } | null = null;
  for (const [field, raw] of filled) {
    const { spans, found } = hitsIn(raw, terms);
    if (found > (best?.found ?? 0)) best = { field, raw, spans, found };
    // The first text with every term wins: the minutes' paragraphs need not all be read.
    if (found === terms.length) break;
  }
  if (!best) {
    const [field, raw] = filled[0] ?? (['text', ''] as const);
    return { field, parts: [{ text: tidy(raw.length > WIDTH ? `${raw.slice(0, cut(raw, WIDTH, 'end', 0))}…` : raw), hit: false }] };
  }
  const { raw, spans } = best;
  const first = spans[0][0];
  // A text a little longer than the snippet is shown whole rather than cut twice.
  const whole = raw.length <= WIDTH * 1.25;
  let start = whole ? 0 : Math.max(0, first - BEFORE);
  const end0 = whole ? raw.length : Math.min(raw.length, start + WIDTH);
  if (end0 - start < WIDTH) start = Math.max(0, end0 - WIDTH);
  start = cut(raw, start, 'start', first);
  const end = Math.max(cut(raw, end0, 'end', spans[0][1]), spans[0][1]);

  const parts: SnippetPart[] = [];
  const plain = (text: string) => text && parts.push({ text: tidy(text), hit: false });
  if (start > 0) plain('…');
  let at = start;
  for (const [s, e] of spans) {
    if (e <= start || s >= end) continue;
    plain(raw.slice(at, Math.max(at, s)));
    parts.push({ text: tidy(raw.slice(Math.max(s, start), Math.min(e, end))), hit: true });
    at = Math.min(e, end);
  }
  plain(raw.slice(at, end));
  if (end < raw.length) plain('…');
  return { field: best.field, parts };
}
