// Which attendee a report row is. A row carries what the person typed or their account shows:
// `นายวิชัย รุ่งเรือง`, `วิชัย รุ่งเรือง (สป.ดศ.)`, `Malee S. (มาลี สายสุวรรณ)`, an e-mail address.
// Rows are matched by an e-mail address known for the person (learned when the officer matched one
// by hand before), then by the name with titles, spaces and punctuation taken away, then by a display
// name learned the same way. A name two attendees share matches neither: the officer decides.

/** Thai and Latin titles and ranks that may open a display name; longest first. */
const TITLES = [
  'ว่าที่ร้อยตรีหญิง', 'ว่าที่ร้อยตรี', 'ว่าที่ร.ต.', 'นางสาว', 'น.ส.', 'นาง', 'นาย', 'ดร.', 'ศาสตราจารย์', 'รองศาสตราจารย์', 'ผู้ช่วยศาสตราจารย์',
  'ศ.', 'รศ.', 'ผศ.', 'พล.อ.', 'พล.ท.', 'พล.ต.', 'พล.ต.อ.', 'พล.ต.ท.', 'พล.ต.ต.', 'พ.ต.อ.', 'พ.อ.', 'mrs.', 'mrs', 'mr.', 'mr', 'ms.', 'ms', 'miss', 'dr.', 'dr', 'prof.', 'prof',
].sort((a, b) => b.length - a.length);

function stripTitles(text: string): string {
  let rest = text.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of TITLES) {
      const latin = /^[a-z]/.test(t);
      if (rest.startsWith(t) && (!latin || /^[\s.]/.test(rest.slice(t.length)) || rest.length === t.length)) {
        rest = rest.slice(t.length).trim();
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/** A name as compared: NFC, lower case, no title, no spaces, dots, dashes or other punctuation. */
export const nameKey = (text: string): string =>
  stripTitles(text.normalize('NFC').toLowerCase()).replace(/[\s\p{P}\p{S}]/gu, '');

/** Every name a display name may stand for: as a whole, outside its brackets, and each bracket's content. */
export function nameCandidates(displayName: string): string[] {
  const inside = [...displayName.matchAll(/[([]([^)\]]+)[)\]]/g)].map((m) => m[1]);
  const outside = displayName.replace(/[([][^)\]]*[)\]]/g, ' ');
  return [...new Set([displayName, outside, ...inside].map(nameKey).filter((k) => k.length >= 2))];
}

export interface Attendee {
  attendanceId: string;
  personId: string;
  title: string;
  firstName: string;
  lastName: string;
}

export interface Aliases {
  email: Map<string, string>;
  name: Map<string, string>;
}

export type MatchedBy = 'email' | 'name';

/** The attendee a row is, and how it was found; null when none or more than one fits. */
export function matchRow(row: { displayName: string; email: string }, attendees: Attendee[], aliases: Aliases): { attendanceId: string; by: MatchedBy } | null {
  const byPerson = (personId: string | undefined) => attendees.find((a) => a.personId === personId);
  const email = row.email.trim().toLowerCase();
  const viaEmail = email ? byPerson(aliases.email.get(email)) : undefined;
  if (viaEmail) return { attendanceId: viaEmail.attendanceId, by: 'email' };
  const candidates = nameCandidates(row.displayName);
  const fits = attendees.filter((a) => {
    const full = nameKey(`${a.firstName}${a.lastName}`);
    return candidates.includes(full);
  });
  if (fits.length === 1) return { attendanceId: fits[0].attendanceId, by: 'name' };
  if (fits.length > 1) return null;
  for (const c of candidates) {
    const learned = byPerson(aliases.name.get(c));
    if (learned) return { attendanceId: learned.attendanceId, by: 'name' };
  }
  return null;
}
