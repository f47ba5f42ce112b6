// Pieces of text a reader expects on one line (issue 9): a year with its era (พ.ศ. 2561), a date
// (24 มีนาคม 2568, 24 มี.ค. 2568, วันที่ 24 ...), a time with น., a number with its `.` or `)`,
// a short Latin phrase in brackets ((Top Executives)), and the names of people in the directory.
import type { NoBreakMatcher } from './no-break';

export interface GlueSpan {
  start: number;
  end: number;
  /**
   * Whether the span may still break at its own inner boundaries when it is wider than a whole
   * line (a name or a date in a narrow cell). A number and its dot never come apart: such a span
   * overflows its line instead.
   */
  yields: boolean;
}

const D = '[0-9๐-๙]';
const MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
  'ม\\.ค\\.', 'ก\\.พ\\.', 'มี\\.ค\\.', 'เม\\.ย\\.', 'พ\\.ค\\.', 'มิ\\.ย\\.', 'ก\\.ค\\.', 'ส\\.ค\\.', 'ก\\.ย\\.', 'ต\\.ค\\.', 'พ\\.ย\\.', 'ธ\\.ค\\.',
].join('|');
const ERA = '(?:พ\\.ศ\\.|ค\\.ศ\\.|พ\\.ศ|ค\\.ศ)';
const DAY_NAME = '(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)?ที่ ?)';

/** Each rule: a pattern and whether its span yields when wider than a line. */
const RULES: [RegExp, boolean][] = [
  // (วันพุธที่) 24 มีนาคม (พ.ศ.) 2568, with or without the day name and the year; ที่ 24 alone.
  [new RegExp(`${DAY_NAME}?${D}{1,2} ?(?:${MONTHS})(?: ?${ERA}? ?${D}{4})?`, 'g'), true],
  [new RegExp(`${DAY_NAME}${D}{1,2}(?!${D})`, 'g'), true],
  // พ.ศ. 2561, ค.ศ.2025
  [new RegExp(`${ERA} ?${D}{4}`, 'g'), true],
  // 09.30 น.
  [new RegExp(`${D}{1,2}[.:]${D}{2} ?น\\.`, 'g'), true],
  // 10. and 1) and (1): never apart, not even in a cell too narrow for them.
  [new RegExp(`\\(?${D}+[.)](?!${D})`, 'g'), false],
  // (Top Executives), (Big Data Institute): Latin words, digits and light punctuation in brackets.
  [/\([A-Za-z][A-Za-z0-9 .,&'’/-]{0,48}\)/g, true],
];

/**
 * The glued spans of `text`, sorted and not overlapping (overlapping spans merge; a merged span
 * yields only if all of its parts do). `names` finds the people's names.
 */
export function glueSpans(text: string, names?: NoBreakMatcher): GlueSpan[] {
  const found: GlueSpan[] = [];
  for (const [pattern, yields] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length > 1) found.push({ start: m.index, end: m.index + m[0].length, yields });
    }
  }
  if (names) for (const [start, end] of names.spans(text)) found.push({ start, end, yields: true });
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GlueSpan[] = [{ ...found[0] }];
  for (const span of found.slice(1)) {
    const last = out[out.length - 1];
    if (span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.yields &&= span.yields;
    } else out.push({ ...span });
  }
  return out;
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
