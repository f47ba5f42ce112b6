// Pieces of text a reader expects on one line (issue 9): a year with its era (พ.ศ. 2561, พ.ศ. ....), a date
// (24 มีนาคม 2568, 24 มี.ค. 2568, 1–20 เมษายน 2568, วันที่ 24 ...), an ordinal (ครั้งที่ 8/2568), a time with น., a
// number with its `.` or `)`,
// a short Latin phrase in brackets ((Top Executives)), and the names of people in the directory.
import { type NameParts, personName } from '../../../shared/names';
import { type NoBreakMatcher, noBreakMatcher } from './no-break';

/**
 * How firmly a span holds together. `soft`: a break inside costs what a protected word's does
 * (วันที่ | 24, a long Latin phrase). `hard`: no break inside unless the span is wider than a whole
 * line (a name or a date in a narrow cell). `never`: a number and its dot; such a span overflows
 * its line instead.
 */
export type GlueStrength = 'soft' | 'hard' | 'never';

export interface GlueSpan {
  start: number;
  end: number;
  strength: GlueStrength;
}

const D = '[0-9๐-๙]';
const MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
  'ม\\.ค\\.', 'ก\\.พ\\.', 'มี\\.ค\\.', 'เม\\.ย\\.', 'พ\\.ค\\.', 'มิ\\.ย\\.', 'ก\\.ค\\.', 'ส\\.ค\\.', 'ก\\.ย\\.', 'ต\\.ค\\.', 'พ\\.ย\\.', 'ธ\\.ค\\.',
].join('|');
const ERA = '(?:พ\\.ศ\\.|ค\\.ศ\\.|พ\\.ศ|ค\\.ศ)';
const DAY_NAME = '(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)?ที่ ?)';

const RULES: [RegExp, GlueStrength][] = [
  // 24 มีนาคม (พ.ศ.) 2568, 24 มี.ค. 2568, 24 มีนาคม, 1–20 เมษายน 2568.
  [new RegExp(`(?:${D}{1,2} ?[-–] ?)?${D}{1,2} ?(?:${MONTHS})(?: ?${ERA}? ?${D}{4})?`, 'g'), 'hard'],
  // วันพุธที่ 24, วันที่ 1-20: nice to keep together, not worth a loose line.
  [new RegExp(`${DAY_NAME}${D}{1,2}(?!${D})`, 'g'), 'soft'],
  // An ordinal with its number: ครั้งที่ 8/2568, ระเบียบวาระที่ 4.1, รายการที่ 1 (never ที่ | 1).
  [new RegExp(`ที่ ?${D}+(?:[/.]${D}+)*`, 'g'), 'hard'],
  // พ.ศ. 2561, ค.ศ.2025, and พ.ศ. .... in the title of a draft law whose year is not yet known.
  [new RegExp(`${ERA} ?(?:${D}{4}|\\.{3,}|…+)`, 'g'), 'hard'],
  // 09.30 น.
  [new RegExp(`${D}{1,2}[.:]${D}{2} ?น\\.`, 'g'), 'hard'],
  // 10. and 1) and (1): never apart, not even in a cell too narrow for them.
  [new RegExp(`\\(?${D}+[.)](?!${D})`, 'g'), 'never'],
  // (Top Executives), (Big Data Institute): Latin words, digits and light punctuation in brackets;
  // up to three words firmly, a longer phrase only as a preference.
  [/\([A-Za-z][A-Za-z0-9.,&'’/-]*(?: [A-Za-z0-9.,&'’/-]+){0,2}\)/g, 'hard'],
  [/\([A-Za-z][A-Za-z0-9 .,&'’/-]{0,60}\)/g, 'soft'],
];

/** The glued spans of `text` (they may overlap; the firmest one holds), sorted by start. `names` finds the people's names. */
export function glueSpans(text: string, names?: NoBreakMatcher): GlueSpan[] {
  const found: GlueSpan[] = [];
  for (const [pattern, strength] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length > 1) found.push({ start: m.index, end: m.index + m[0].length, strength });
    }
  }
  if (names) for (const [start, end] of names.spans(text)) found.push({ start, end, strength: 'hard' });
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Names as a matcher: each full name as printed, and its parts of two or more characters. */
export function nameVariants(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const full = name.trim().replace(/\s+/g, ' ');
    if (full.length < 2) continue;
    out.add(full);
    for (const part of full.split(' ')) if (part.length >= 2) out.add(part);
  }
  return [...out];
}

/** The directory's people as a matcher of their names (as printed, without the title, and each part); none when there are none. */
export function peopleMatcher(people: readonly NameParts[] | undefined): NoBreakMatcher | undefined {
  const names = (people ?? []).flatMap((p) => [personName(p), `${p.firstName} ${p.lastName}`, p.firstName, p.lastName]);
  return names.length ? noBreakMatcher(nameVariants(names)) : undefined;
}

const NBSP = '\u00a0';

/**
 * `text` with the spaces inside its firmly glued spans (24 มีนาคม 2568, พ.ศ. 2568, 09.30 น.,
 * ครั้งที่ 8/2568, people's names) made no-break spaces, for a word processor that breaks lines itself
 * (the DOCX): only spans no wider than `width` (in the units of `measure`), as the PDF's layout breaks
 * inside a glued span only when it is wider than a whole line.
 */
export function joinGlued(text: string, names: NoBreakMatcher | undefined, measure: (s: string) => number, width: number): string {
  if (!text.includes(' ')) return text;
  const chars = text.split('');
  let changed = false;
  // Of spans that overlap (ที่ 27 and 27 กันยายน 2569), only the longest: LibreOffice breaks a chain of
  // no-break spaces that runs from a Thai word into digits (วันที่ 27 กันยายน | 2569) where it keeps the date alone whole.
  const taken: GlueSpan[] = [];
  const hard = glueSpans(text, names).filter((g) => g.strength === 'hard').sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const span of hard) {
    if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
    taken.push(span);
    const piece = text.slice(span.start, span.end);
    if (!piece.includes(' ') || measure(piece) > width) continue;
    for (let i = span.start; i < span.end; i++) {
      if (text[i] === ' ') {
        chars[i] = NBSP;
        changed = true;
      }
    }
  }
  return changed ? chars.join('') : text;
}
