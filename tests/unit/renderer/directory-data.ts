import type { Organisation, Person } from '../../../renderer/state/types';
import { ids, organisations, people } from './data';

const uid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const dirIds = { soc: uid(40), opdc: uid(41), sesa: uid(42), bdi: uid(43), somchai2: uid(45) };

/**
 * Real central agencies a ministry meeting cites (names as the agencies publish them), one with a
 * district number, and one whose abbreviation was never checked.
 */
export const directoryOrganisations: Organisation[] = [
  ...organisations,
  { version: 1, id: dirIds.soc, nameTh: 'สำนักเลขาธิการคณะรัฐมนตรี', abbrTh: 'สลค.', nameEn: 'Secretariat of the Cabinet', abbrEn: 'SOC', kind: 'central_agency', parentId: null, active: true, abbrVerified: true },
  { version: 1, id: dirIds.opdc, nameTh: 'สำนักงานคณะกรรมการพัฒนาระบบราชการ', abbrTh: 'สำนักงาน ก.พ.ร.', nameEn: 'Office of the Public Sector Development Commission', abbrEn: 'OPDC', kind: 'central_agency', parentId: null, active: true, abbrVerified: true },
  { version: 1, id: dirIds.sesa, nameTh: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากรุงเทพมหานคร เขต 1', abbrTh: 'สพม.กท 1', nameEn: null, abbrEn: null, kind: 'department', parentId: null, active: true, abbrVerified: true },
  { version: 1, id: dirIds.bdi, nameTh: 'สถาบันข้อมูลขนาดใหญ่ (องค์การมหาชน)', abbrTh: 'สขญ.', nameEn: 'Big Data Institute', abbrEn: 'BDI', kind: 'public_organisation', parentId: null, active: true, abbrVerified: false },
];

export const duplicateSomchai = {
  ...people.find((p) => p.id === ids.somchai)!,
  id: dirIds.somchai2,
  position: 'ผอ.สสช.',
  organisationId: null,
};

/** The demo people plus a second record of สมชาย, as an import with another spelling leaves it. */
export const directoryPeople: Person[] = [...people, duplicateSomchai];
