/** Meeting and agenda numbering rules, shared by the core and the interface. */

export type NumberingRule = 'per_year' | 'running';

/** `2/2568` */
export const formatMeetingNumber = (number: number, yearBe: number): string => `${number}/${yearBe}`;

/** Reads `2/2568` (Thai digits allowed). */
export function parseMeetingNumber(text: string): { number: number; yearBe: number } | null {
  const m = /^\s*(\d+)\s*\/\s*(\d{4})\s*$/.exec(text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)));
  if (!m) return null;
  const number = Number(m[1]);
  return number > 0 ? { number, yearBe: Number(m[2]) } : null;
}

/**
 * The next number of a series. Per-year numbering restarts at 1 each Buddhist year; running numbering
 * continues across years. `set` is a number an officer set for the next meeting (adopting Lekha at
 * meeting 5 of a year): it applies to its year (any year for running numbering) and never goes back
 * below a number already taken.
 */
export function nextMeetingNumber(
  rule: NumberingRule,
  yearBe: number,
  existing: readonly { number: number; yearBe: number }[],
  set: { number: number; yearBe: number } | null = null,
): number {
  const counted = rule === 'per_year' ? existing.filter((m) => m.yearBe === yearBe) : existing;
  const next = counted.reduce((max, m) => Math.max(max, m.number), 0) + 1;
  const applies = set !== null && (rule === 'running' || set.yearBe === yearBe);
  return applies ? Math.max(next, set.number) : next;
}

/** `4.1`, or `4.1.2` for a sub-item: the section's place, then positions down the tree. */
export const formatAgendaNumber = (sectionNumber: number, positions: readonly number[]): string =>
  [sectionNumber, ...positions].join('.');
