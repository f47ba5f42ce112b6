import { buddhistYear } from '../../../shared/thai';

/** Dates as the record keeps them (ISO `YYYY-MM-DD`); instants as ISO timestamps in UTC. */
const DAY = 86_400_000;

const ms = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => isoOf(ms(iso) + Math.round(days) * DAY);
export const daysBetween = (from: string, to: string): number => Math.round((ms(to) - ms(from)) / DAY);
export const weekday = (iso: string): number => new Date(ms(iso)).getUTCDay();
export const dateOf = (year: number, month: number, day: number): string => isoOf(Date.UTC(year, month - 1, day));

/** The ISO instant of a Thai wall-clock time (minutes after midnight) on a date: Thailand is UTC+7 all year. */
export const instant = (iso: string, minutes: number): string => new Date(ms(iso) + (minutes - 7 * 60) * 60_000).toISOString();

/** The `n`th (1–4) or last (-1) given weekday (0 Sunday … 6 Saturday) of a month. */
export function nthWeekday(year: number, month: number, day: number, n: number): string {
  if (n > 0) {
    const first = dateOf(year, month, 1);
    return addDays(first, ((day - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = dateOf(year, month + 1, 0);
  return addDays(last, -((weekday(last) - day + 7) % 7));
}

/** A Saturday or Sunday moves to the Monday after. */
export function workday(iso: string): string {
  const d = weekday(iso);
  return d === 6 ? addDays(iso, 2) : d === 0 ? addDays(iso, 1) : iso;
}

/** The Thai fiscal year (B.E.) a date falls in: it starts on 1 October. */
export const fiscalYear = (iso: string): number => buddhistYear(iso) + (Number(iso.slice(5, 7)) >= 10 ? 1 : 0);

/** The last day of the date's month: due dates are often "by the end of the month". */
export const monthEnd = (iso: string): string => dateOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) + 1, 0);
