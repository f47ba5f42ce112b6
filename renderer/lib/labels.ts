import { formatMeetingNumber } from '../../shared/numbering';
import type { Organisation, Person } from '../state/types';

export { personName } from '../../shared/names';

/** `2/2568` */
export const meetingNumber = (m: { number: number; yearBe: number }): string => formatMeetingNumber(m.number, m.yearBe);

/** `สสช. สำนักงานสถิติแห่งชาติ` — abbreviation first, as officers scan for it. */
export const organisationLabel = (o: Organisation): string => (o.abbrTh ? `${o.abbrTh} — ${o.nameTh}` : o.nameTh);

const collator = new Intl.Collator('th');
export const compareThai = (a: string, b: string): number => collator.compare(a, b);

export const sortPeople = (people: readonly Person[]): Person[] =>
  [...people].sort((a, b) => compareThai(`${a.firstName} ${a.lastName}`, `${b.firstName} ${b.lastName}`));

/** The Buddhist year of today, for numbering a meeting that has no date yet. */
export const currentBuddhistYear = (now = new Date()): number => now.getFullYear() + 543;
