// Where a line may break (THAI-DOCUMENTS.md §4), and how much a reader minds each place. Thai has
// no spaces between words, so UAX #14 alone allows no break inside a Thai run; word boundaries come
// from two judges there, Intl.Segmenter and a dictionary (lexicon.ts), and a line should end only
// where both agree.
import LineBreaker from 'linebreak';
import { isThaiLetter, noBreakAfter, noBreakBefore, silentAt } from './chars';
import { type GlueSpan, glueSpans } from './glue';
import { type Lexicon, markDictionaryBoundaries, shippedLexicon } from './lexicon';
import type { NoBreakMatcher } from './no-break';

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

const PAIYANNOI = 0x0e2f;

/** How a reader takes a break, best first: the layout pays more for the later kinds. */
export const Kind = {
  /** Spaces, punctuation, Latin, and Thai word boundaries that both judges see. */
  good: 0,
  /** A word boundary both judges see, inside a protected word (สำนักงาน|ปลัดกระทรวง). */
  protectedWord: 1,
  /** A boundary the dictionary sees and the segmenter does not (mostly its slips: ตามพ|ระ for ตาม|พระ). */
  dictionaryOnly: 2,
  /** A boundary only the segmenter sees: inside a word the dictionary knows (พื้น|ฐาน, รับ|ผิดชอบ). */
  segmenterOnly: 3,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface BreakCandidates {
  /** Sorted string indices p (0 < p < length): a line may end before text[p]. */
  at: number[];
  kind: Kind[];
  /** 1 + the index in `glue` of the firmest span the break lies inside (glue.ts `GlueStrength`), or 0. */
  glued: number[];
  glue: GlueSpan[];
}

/** ฯลฯ written after a space is a word of its own and may start a line; any other ฯ may not. */
const vetoed = (text: string, i: number) =>
  noBreakAfter(text.charCodeAt(i - 1)) ||
  silentAt(text, i) ||
  (noBreakBefore(text.charCodeAt(i)) && !(text.charCodeAt(i) === PAIYANNOI && text.startsWith('ฯลฯ', i) && /\s/.test(text[i - 1])));

/**
 * After the dot of an abbreviation glued to the next word: กสทช.|และ (UAX #14 keeps "." with a
 * letter after it). Not inside a dotted abbreviation: พ.ร.บ., รมว.ทส., ป.ป.ส. are read as one word.
 */
const afterAbbreviation = (text: string, i: number) =>
  text.charCodeAt(i - 1) === 0x2e && thaiAt(text, i - 2) && thaiAt(text, i) && !ABBREVIATION_PART.test(text.slice(i, i + 6));

const ABBREVIATION_PART = /^[ก-ฮ]{1,4}\./;

const thaiAt = (text: string, i: number) => i >= 0 && i < text.length && isThaiLetter(text.charCodeAt(i));

export interface BreakRules {
  noBreak: NoBreakMatcher;
  /** People's names (glue.ts `nameVariants`): never broken unless wider than a line. */
  names?: NoBreakMatcher;
  /** The dictionary judge; the shipped lexicon when not given. */
  lexicon?: Lexicon;
}

/**
 * Every place a line may end in `text` (one paragraph, no '\n'), with what a reader thinks of it.
 *
 * - UAX #14: spaces, punctuation, Latin, numbers (79,610 and tddc.gdcatalog.go.th stay whole).
 * - Between two Thai letters: the segmenter's boundaries, plus the edges of protected words and
 *   names (ตาม|พระราชบัญญัติ where the segmenter saw ตามพ|ระ), against the dictionary's. Both:
 *   good; only one: dictionaryOnly or segmenterOnly. Inside a protected word, a boundary both see is of kind protectedWord
 *   (สำนักงาน|ปลัดกระทรวง), the layout's last resort before a loose line.
 * - Glue spans (dates, พ.ศ. + year, names, ...) mark the breaks inside them.
 * - The Thai rules veto: never before ๆ ฯ (but ฯลฯ after a space), a following vowel, a mark or
 *   a silent consonant (จัน|ทร์), never after a leading vowel.
 */
export function breakCandidates(text: string, rules: BreakRules): BreakCandidates {
  const n = text.length;
  const glue = glueSpans(text, rules.names);
  if (n < 2) return { at: [], kind: [], glued: [], glue };
  const uax = new Uint8Array(n + 1);
  const uax14 = new LineBreaker(text);
  for (let bk = uax14.nextBreak(); bk; bk = uax14.nextBreak()) uax[bk.position] = 1;
  const { icu, dict, forced, inside } = judgeWords(text, rules);

  const at: number[] = [];
  const kind: Kind[] = [];
  const glued: number[] = [];
  const held = heldBy(glue, n);
  for (let i = 1; i < n; i++) {
    let k: Kind;
    if (thaiAt(text, i - 1) && thaiAt(text, i)) {
      const segmenter = icu[i] || forced[i];
      const dictionary = dict[i];
      if (!segmenter && !dictionary) continue;
      k = segmenter && dictionary ? (inside[i] ? Kind.protectedWord : Kind.good) : dictionary ? Kind.dictionaryOnly : Kind.segmenterOnly;
    } else if (uax[i] || afterAbbreviation(text, i)) k = inside[i] ? Kind.protectedWord : Kind.good;
    else continue;
    if (vetoed(text, i)) continue;
    at.push(i);
    kind.push(k);
    glued.push(held[i]);
  }
  return { at, kind, glued, glue };
}

const FIRMNESS = { soft: 1, hard: 2, never: 3 } as const;

/** For each position, 1 + the index of the firmest glue span it lies strictly inside, or 0. */
function heldBy(glue: GlueSpan[], n: number): Int32Array {
  const held = new Int32Array(n + 1);
  glue.forEach((span, index) => {
    for (let p = span.start + 1; p < span.end; p++) {
      const other = held[p] ? glue[held[p] - 1] : null;
      if (!other || FIRMNESS[span.strength] > FIRMNESS[other.strength]) held[p] = index + 1;
    }
  });
  return held;
}

interface WordJudgement {
  /** Segmenter boundaries; edges of protected words and names; the dictionary's boundaries; inside a protected word. */
  icu: Uint8Array;
  forced: Uint8Array;
  dict: Uint8Array;
  inside: Uint8Array;
}

// ำ typed as nikhahit + sara aa (ํา), common in text converted from PDF: neither judge knows
// กําหนด, so they read it as กำหนด, and the positions are mapped back.
const DECOMPOSED_AM = /\u0e4d\u0e32/g;
// พ.ศ., ค.ศ. and month abbreviations wherever they stand; other dotted ones (ก.พ.ร., สป.ดศ.) when not glued to Thai text before them.
const ABBREVIATION = /(?:พ\.ศ\.|ค\.ศ\.|(?:ม|ก|มี|เม|พ|มิ|ส|ต|ธ)\.[คพยย]\.|(?<![\u0e01-\u0e4e])[ก-ฮ]{1,4}\.(?:[ก-ฮ]{1,4}\.)+)/g;

function judgeWords(text: string, rules: BreakRules): WordJudgement {
  if (!text.includes('\u0e4d\u0e32')) return judgeComposed(text, rules);
  const composed = text.replace(DECOMPOSED_AM, '\u0e33');
  const inner = judgeComposed(composed, rules);
  const out: WordJudgement = { icu: new Uint8Array(text.length + 1), forced: new Uint8Array(text.length + 1), dict: new Uint8Array(text.length + 1), inside: new Uint8Array(text.length + 1) };
  for (let q = 0, p = 0; q <= composed.length; q++, p++) {
    for (const key of ['icu', 'forced', 'dict', 'inside'] as const) out[key][p] = inner[key][q];
    if (composed.charCodeAt(q) === 0x0e33 && text.charCodeAt(p) === 0x0e4d) p++;
  }
  return out;
}

function judgeComposed(text: string, rules: BreakRules): WordJudgement {
  const n = text.length;
  const j: WordJudgement = { icu: new Uint8Array(n + 1), forced: new Uint8Array(n + 1), dict: new Uint8Array(n + 1), inside: new Uint8Array(n + 1) };
  let thai = false;
  for (let i = 0; i < n && !thai; i++) thai = isThaiLetter(text.charCodeAt(i));
  if (!thai) return j;
  for (const { index } of wordSegmenter.segment(text)) j.icu[index] = 1;
  const edges = (spans: Iterable<[number, number]>, markInside: boolean) => {
    for (const [start, end] of spans) {
      j.forced[start] = 1;
      j.forced[end] = 1;
      if (markInside) j.inside.fill(1, start + 1, end);
    }
  };
  const cut = new Uint8Array(n + 1);
  const protectedSpans = rules.noBreak.spans(text);
  for (const [start, end] of protectedSpans) {
    if (text.lastIndexOf('.', end - 1) >= start) cut[start] = 1;
  }
  edges(protectedSpans, true);
  if (rules.names) edges(rules.names.spans(text), false);
  // Abbreviations (พ.ศ., ก.พ.ร., protected ones such as กสทช.) are words of their own: the
  // dictionary must not read งบประมาณพ.ศ. as งบ|ประ|มาณพ, so its runs stop at their start.
  ABBREVIATION.lastIndex = 0;
  for (let m = ABBREVIATION.exec(text); m; m = ABBREVIATION.exec(text)) {
    j.forced[m.index] = 1;
    cut[m.index] = 1;
  }
  // The dictionary reads each Thai run on its own; it falls back on the segmenter's boundaries.
  const lexicon = rules.lexicon ?? shippedLexicon();
  const judged = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) judged[i] = j.icu[i] | j.forced[i];
  for (let start = 0; start < n; ) {
    if (!thaiAt(text, start)) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < n && thaiAt(text, end) && !cut[end]) end++;
    markDictionaryBoundaries(text, start, end, lexicon, judged, j.dict, j.forced);
    if (cut[end]) j.dict[end] = 1;
    start = end;
  }
  return j;
}

/**
 * The places a reader would break at without a second thought: `breakCandidates` of kind good,
 * outside glue spans.
 */
export function breakOpportunities(text: string, noBreak: NoBreakMatcher, names?: NoBreakMatcher): number[] {
  const c = breakCandidates(text, { noBreak, names });
  return c.at.filter((_, i) => c.kind[i] === Kind.good && !c.glued[i]);
}
