import type { Secrecy } from '../../../shared/secrecy';
import type { Organisation, Person } from '../../../shared/schemas/directory';
import type { DocumentSettings } from '../../../shared/schemas/document-settings';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { Series } from '../../../shared/schemas/series';
import { toThaiDigitsInText } from '../../../shared/thai';
import type { EvidenceManifest } from './evidence';

/** Everything a meeting's documents print, as plain data: builders never read the database. */
export interface MeetingRecord {
  meeting: MeetingDetail;
  series: Series;
  people: Person[];
  organisations: Organisation[];
  settings: DocumentSettings;
  /** The certified version's content hash, printed in the footer once the minutes are certified. */
  certifiedHash: string | null;
  /**
   * The stored minutes version this record prints: the certified one, or the circulated one when
   * nothing changed since it went out; none for a draft. Its number and hash go in the footer.
   */
  printedVersion?: { number: number; hash: string; status: 'circulated' | 'certified' } | null;
  /** Files attached to the meeting's items, in the order they were added; none when absent. */
  attachments?: { agendaItemId: string; fileName: string; secrecy?: Secrecy }[];
  /**
   * The electronic-meeting evidence manifest, once any evidence is recorded; absent otherwise, so a
   * meeting without evidence keeps and hashes exactly what it did before evidence existed.
   */
  evidence?: EvidenceManifest;
}

/** Lookups and the digit rule every builder needs. */
export function helpers(record: MeetingRecord) {
  const people = new Map(record.people.map((p) => [p.id, p]));
  const orgs = new Map(record.organisations.map((o) => [o.id, o]));
  const digits = (text: string) => (record.settings.digits === 'thai' ? toThaiDigitsInText(text) : text);
  return {
    person: (id: string | null) => (id ? people.get(id) : undefined),
    org: (id: string | null) => (id ? orgs.get(id) : undefined),
    digits,
    sectionOf: (id: string) => record.series.sections.find((s) => s.id === id)!,
  };
}

/** `การประชุมผู้บริหาร…` → `รายงานการประชุมผู้บริหาร…` (and the same for ระเบียบวาระการประชุม). */
export function documentTitle(prefix: 'รายงานการประชุม' | 'ระเบียบวาระการประชุม', seriesName: string): string {
  const body = seriesName.replace(/^การประชุม/, '');
  return `${prefix}${body}`;
}

/** `ห้องประชุม 801 … และผ่านสื่ออิเล็กทรอนิกส์ (Video Conference)` */
export function venueText(m: MeetingRecord['meeting']): string {
  const system = m.conferencing ? ` (${m.conferencing})` : '';
  if (m.mode === 'electronic') return `ผ่านสื่ออิเล็กทรอนิกส์${system}`;
  if (m.mode === 'hybrid') return `${m.venue} และผ่านสื่ออิเล็กทรอนิกส์${system}`;
  return m.venue;
}
