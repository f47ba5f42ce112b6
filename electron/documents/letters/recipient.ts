import type { Organisation, Person } from '../../../shared/schemas/directory';
import type { MeetingRecord } from '../builders/record';

/** Whom a letter to an agency is addressed to, and whether that was only guessed from the agency's name. */
export interface Recipient {
  /** After `เรียน`: a position, as Thai official letters address the head of an agency. */
  salutation: string;
  guessed: boolean;
}

/**
 * The head of an agency, by position: first someone of that agency who sits in this meeting or in the
 * series as a member (the substituted member, not the substitute) with a head's title, then a person
 * of the agency in the directory whose position is a head's title naming the agency
 * (ผู้อำนวยการสำนักงานสถิติแห่งชาติ). Failing those, the
 * title Thai agencies of that kind give their head (a กรม's อธิบดี, a ministry's ปลัด, the เลขาธิการ of a
 * council's or committee's office, otherwise ผู้อำนวยการ), which the officer is told to check.
 */
export function agencyRecipient(record: MeetingRecord, org: Organisation): Recipient {
  const people = new Map(record.people.map((p) => [p.id, p]));
  const { attendance } = record.meeting;
  const sat = attendance
    .filter((a) => a.role === 'member' || a.role === 'substitute')
    .map((a) => (a.role === 'substitute' && a.substituteForId ? { person: people.get(a.substituteForId), position: '' } : { person: people.get(a.personId), position: a.position }));
  const members = record.series.members.map((m) => ({ person: people.get(m.personId), position: '' }));
  for (const { person, position } of [...sat, ...members]) {
    const title = (position || person?.position || '').trim();
    if (person?.organisationId === org.id && isHeadTitle(title)) return { salutation: title, guessed: false };
  }
  const head = record.people.find((p: Person) => p.active && p.organisationId === org.id && isHeadTitle(p.position.trim()) && p.position.trim().endsWith(org.nameTh));
  if (head) return { salutation: head.position.trim(), guessed: false };
  return { salutation: headTitle(org.nameTh), guessed: true };
}

/**
 * A position that heads an agency. A deputy (รองอธิบดี…, รองนายกรัฐมนตรี และรัฐมนตรีว่าการ…), an assistant,
 * an adviser or a board's chair sitting for the agency is not whom a letter to the agency is addressed to.
 */
const isHeadTitle = (position: string) => /^(ผู้อำนวยการ|อธิบดี|ปลัด|เลขาธิการ|ผู้ว่าการ|รัฐมนตรีว่าการ|ผู้บัญชาการ|กรรมการผู้จัดการ|ผู้จัดการ|อัยการสูงสุด|หัวหน้า)/.test(position);

/** The usual title of the head of an agency with this name. */
export function headTitle(name: string): string {
  if (name.startsWith('กระทรวง')) return `ปลัด${name}`;
  if (name.startsWith('กรม')) return `อธิบดี${name}`;
  if (name.startsWith('สำนักงานปลัด')) return name.slice('สำนักงาน'.length);
  // สำนักงานคณะกรรมการกฤษฎีกา → เลขาธิการคณะกรรมการกฤษฎีกา, สำนักงาน ก.พ. → เลขาธิการ ก.พ.
  if (/^สำนักงาน\s*(คณะกรรมการ|สภา|ก\.)/.test(name)) return `เลขาธิการ${name.slice('สำนักงาน'.length)}`;
  return `ผู้อำนวยการ${name}`;
}
