// The date-times of participant reports, as each system writes them in its account's locale:
// Zoom `02/24/2025 09:28:05 AM` or `Feb 24, 2025 09:28 AM`, Teams `2/24/25, 9:28:05 AM`, Webex
// `02/24/2025 09:28 AM`, and Thai-locale exports `24/2/2568 9:28:05` (Buddhist era). The reports name
// no zone: times are the meeting's own wall-clock time and are kept as such (`2025-02-24T09:28:05`).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = ({ y, m, d }: Ymd) => `${y}-${pad(m)}-${pad(d)}`;

function year(text: string): number {
  let y = Number(text);
  if (text.length <= 2) y += 2000;
  if (y >= 2400) y -= 543; // a Thai-locale export writes the Buddhist-era year
  return y;
}

const valid = ({ y, m, d }: Ymd) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The date part: day and month order decided by the meeting's date where both readings are valid, else month first (the systems' default). */
function datePart(text: string, meetingDate: string | null): Ymd | null {
  const named = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  if (named) {
    const m = MONTHS.indexOf(named[1].toLowerCase()) + 1;
    return m ? { y: year(named[3]), m, d: Number(named[2]) } : null;
  }
  const ymd = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  if (ymd) return { y: year(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]) };
  const parts = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/.exec(text);
  if (!parts) return null;
  const y = year(parts[3]);
  const monthFirst = { y, m: Number(parts[1]), d: Number(parts[2]) };
  const dayFirst = { y, m: Number(parts[2]), d: Number(parts[1]) };
  const readings = [monthFirst, dayFirst].filter(valid);
  return readings.find((r) => iso(r) === meetingDate) ?? readings[0] ?? null;
}

function timePart(text: string): string | null {
  const t = /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(AM|PM|am|pm|ก่อนเที่ยง|หลังเที่ยง)?/.exec(text.replace(/^\S*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4},?/, ''));
  if (!t) return null;
  let h = Number(t[1]);
  const marker = t[4]?.toLowerCase();
  if ((marker === 'pm' || marker === 'หลังเที่ยง') && h < 12) h += 12;
  if ((marker === 'am' || marker === 'ก่อนเที่ยง') && h === 12) h = 0;
  if (h > 23 || Number(t[2]) > 59) return null;
  return `${pad(h)}:${t[2]}:${t[3] ?? '00'}`;
}

/**
 * `2025-02-24T09:28:05`, or null when the text is no date-time. A time without a date (Teams' leave
 * times in its activity list) takes the date of `sameDayAs`.
 */
export function parseReportTime(text: string, meetingDate: string | null, sameDayAs: string | null = null): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed)) return trimmed.slice(0, 19).padEnd(19, ':00').slice(0, 19);
  const date = datePart(trimmed, meetingDate);
  const time = timePart(trimmed);
  if (!time) return null;
  if (date && valid(date)) return `${iso(date)}T${time}`;
  return sameDayAs && !/\d+[/.-]\d+[/.-]\d+/.test(trimmed) ? `${sameDayAs.slice(0, 10)}T${time}` : null;
}

/** Seconds between two local date-times of one report. */
export const secondsBetween = (from: string, to: string): number => (Date.parse(`${to}Z`) - Date.parse(`${from}Z`)) / 1000;
