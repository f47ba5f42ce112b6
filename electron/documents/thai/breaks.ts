// Where a line may break (THAI-DOCUMENTS.md §4). Thai has no spaces between words, so UAX #14
// alone allows no break inside a Thai run; the dictionary segmenter supplies word boundaries there.
import LineBreaker from 'linebreak';
import { isThaiLetter, noBreakAfter, noBreakBefore } from './chars';
import type { NoBreakMatcher } from './no-break';

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

const PAIYANNOI = 0x0e2f;

/** ฯลฯ written after a space is a word of its own and may start a line; any other ฯ may not. */
const vetoed = (text: string, i: number) =>
  noBreakAfter(text.charCodeAt(i - 1)) ||
  (noBreakBefore(text.charCodeAt(i)) && !(text.charCodeAt(i) === PAIYANNOI && text.startsWith('ฯลฯ', i) && /\s/.test(text[i - 1])));

const betweenThaiLetters = (text: string, i: number) =>
  i > 0 && i < text.length && isThaiLetter(text.charCodeAt(i - 1)) && isThaiLetter(text.charCodeAt(i));

/**
 * Sorted string indices i (0 < i < text.length) where a line may break before text[i]. A break
 * after spaces comes after all of them, so the spaces stay at the end of the previous line.
 *
 * Sources, in order: UAX #14 (spaces, punctuation, Latin, numbers such as 79,610 and host names
 * such as tddc.gdcatalog.go.th stay whole); `Intl.Segmenter` word boundaries, only between two Thai
 * letters; protected words lose every break inside and gain one at each edge between Thai letters
 * (ตาม|พระราชบัญญัติ, where the segmenter saw ตามพ|ระ). Last, the Thai rules veto: never before
 * ๆ ฯ (but ฯลฯ after a space), a following vowel or a mark, never after a leading vowel.
 */
export function breakOpportunities(text: string, noBreak: NoBreakMatcher): number[] {
  const n = text.length;
  if (n < 2) return [];
  const ok = new Uint8Array(n + 1);

  const uax14 = new LineBreaker(text);
  for (let bk = uax14.nextBreak(); bk; bk = uax14.nextBreak()) ok[bk.position] = 1;

  for (const { index } of wordSegmenter.segment(text)) {
    if (betweenThaiLetters(text, index)) ok[index] = 1;
  }

  for (const [start, end] of noBreak.spans(text)) {
    ok.fill(0, start + 1, end);
    if (betweenThaiLetters(text, start)) ok[start] = 1;
    if (betweenThaiLetters(text, end)) ok[end] = 1;
  }

  const out: number[] = [];
  for (let i = 1; i < n; i++) {
    if (ok[i] && !vetoed(text, i)) out.push(i);
  }
  return out;
}
