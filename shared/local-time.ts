// Times and days where the officer is (this computer's time zone), from ISO instants: the core counts
// "today" with them (overdue, the home page, report dates) and the interface shows times with them.

/** `10:42` in this computer's time zone, from an ISO instant. */
export function localHhmm(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The calendar day (ISO) of an ISO instant in this computer's time zone. */
export function localIsoDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
