/** Pure Thai date, time and digit rules. Dates are stored as ISO 8601 (Gregorian) and shown in the Buddhist era. */

export const BE_OFFSET = 543;

export const thaiMonths = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;
export const thaiMonthsShort = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
] as const;
export const thaiWeekdays = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;

const THAI_ZERO = 0x0e50;

/** 0-9 → ๐-๙, everything else untouched. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** ๐-๙ → 0-9, so officers may type either. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

interface DateParts { year: number; month: number; day: number }

function parseIso(iso: string): DateParts {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isValidIsoDate(iso: string): boolean {
  if (!isoDatePattern.test(iso)) return false;
  const { year, month, day } = parseIso(iso);
  return isValidDate(year, month, day);
}

export const buddhistYear = (iso: string): number => parseIso(iso).year + BE_OFFSET;

/** The Gregorian years a meeting record can hold (B.E. 2500–2700). */
export const PLAUSIBLE_YEARS = { from: 1957, to: 2157 } as const;

export function isPlausibleIsoDate(iso: string): boolean {
  const { year } = parseIso(iso);
  return year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to;
}

/** `25 พฤศจิกายน 2569` */
export function formatThaiDate(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${day} ${thaiMonths[month - 1]} ${year + BE_OFFSET}`;
}

/** `25 พ.ย. 2569` — for lists and tables. */
export function formatThaiDateShort(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${day} ${thaiMonthsShort[month - 1]} ${year + BE_OFFSET}`;
}

/** `วันพุธที่ 25 พฤศจิกายน 2569` — as in the `เมื่อ` line of minutes. */
export function formatThaiDateLong(iso: string): string {
  const { year, month, day } = parseIso(iso);
  const weekday = thaiWeekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `วัน${weekday}ที่ ${formatThaiDate(iso)}`;
}

/** `25/11/2569` — the form officers type. */
export function formatBeSlash(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${day}/${month}/${year + BE_OFFSET}`;
}

export type DateReading =
  | { ok: true; iso: string; /** The year was typed in the Gregorian era (24/3/2025) and converted. */ fromGregorian: boolean }
  | { ok: false; reason: 'format' | 'invalid' | 'range' };

/**
 * Reads a date as officers type it: `25/11/2569`, `25-11-69`, `25.11.2569`, Thai digits too, or ISO
 * `2026-11-25`. Two-digit years are Buddhist (69 → 2569). A four-digit year below 2400 can only be
 * Gregorian (24/3/2025 → 24/3/2568), so it is converted and the reading says so; a year outside
 * B.E. 2500–2700 is refused as a typing mistake.
 */
export function readThaiDateInput(input: string): DateReading {
  const text = toArabicDigits(input.trim());
  let year: number;
  let month: number;
  let day: number;
  let fromGregorian = false;
  if (isoDatePattern.test(text)) {
    ({ year, month, day } = parseIso(text));
  } else {
    const m = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2}|\d{4})$/.exec(text);
    if (!m) return { ok: false, reason: 'format' };
    day = Number(m[1]);
    month = Number(m[2]);
    const typed = m[3].length === 2 ? 2500 + Number(m[3]) : Number(m[3]);
    fromGregorian = typed < 2400;
    year = fromGregorian ? typed : typed - BE_OFFSET;
  }
  if (!isValidDate(year, month, day)) return { ok: false, reason: 'invalid' };
  if (year < PLAUSIBLE_YEARS.from || year > PLAUSIBLE_YEARS.to) return { ok: false, reason: 'range' };
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { ok: true, iso, fromGregorian };
}

/** The ISO date of `readThaiDateInput`, or null when it cannot be read. */
export function parseThaiDateInput(input: string): string | null {
  const reading = readThaiDateInput(input);
  return reading.ok ? reading.iso : null;
}

export const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Reads `9.30`, `09:30`, `0930`, `9` (→ 09:00), Thai digits too. Returns `HH:MM` or null. */
export function parseTimeInput(input: string): string | null {
  const text = toArabicDigits(input.trim()).replace(/\s*น\.?$/, '');
  const m = /^(\d{1,2})(?:[.:](\d{2})|(\d{2}))?$/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? m[3] ?? 0);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** `09.30 น.` as printed in minutes. */
export function formatThaiTime(hhmm: string): string {
  return `${hhmm.replace(':', '.')} น.`;
}

/**
 * Thai digits for running text. Arabic digits stay where they belong to something written in Latin
 * letters: web and e-mail addresses, and numbers that are part of a Latin name — attached to a Latin
 * letter (`COVID-19`, `H5N1`, `5G`, `Web3`) or following a Latin word after one space (`ISO 27001`,
 * `Windows 11`, `Thailand 4.0`). A number after Thai text is a Thai number: `ปี 2568` → `ปี ๒๕๖๘`.
 */
export function toThaiDigitsInText(text: string): string {
  return text
    .split(/(\S*(?:[a-z0-9-]+\.)+[a-z]{2,}\S*)/i)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\d+(?:[.,:/]\d+)*/g, (run, at: number) => (partOfLatinName(part, at, at + run.length) ? run : toThaiDigits(run)))))
    .join('');
}

/** The digits at [start, end) touch a Latin letter (directly or through `-`, `_`, `.`), or follow a Latin word and one space. */
function partOfLatinName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return /[A-Za-z][-_.]?$/.test(before) || /[A-Za-z] $/.test(before) || /^[-_]?[A-Za-z]/.test(after);
}
