import { defaultDocumentSettings } from '../../../shared/schemas/document-settings';
import { emptyLetterhead } from '../../../shared/schemas/letters';
import type { AppSettings, ExportedFile } from '../../../shared/schemas/documents';
import type { MeetingDetail, Organisation, Person, Series } from '../../../renderer/state/types';

/** Readable fixed ids (the fake client does not check them). */
const uid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const ids = {
  series: uid(1),
  meeting: uid(2),
  orgNso: uid(10),
  orgDepa: uid(11),
  chair: uid(20),
  somchai: uid(21),
  pornthip: uid(22),
  wichai: uid(23),
  manee: uid(24),
  section: (n: number) => uid(100 + n),
  att: (n: number) => uid(200 + n),
  item: (n: number) => uid(300 + n),
};

export const organisations: Organisation[] = [
  { version: 1, id: ids.orgNso, nameTh: 'สำนักงานสถิติแห่งชาติ', abbrTh: 'สสช.', nameEn: 'National Statistical Office', abbrEn: 'NSO', kind: 'department', parentId: null, active: true, abbrVerified: true },
  { version: 1, id: ids.orgDepa, nameTh: 'สำนักงานส่งเสริมเศรษฐกิจดิจิทัล', abbrTh: 'ดีป้า', nameEn: null, abbrEn: 'depa', kind: 'public_organisation', parentId: null, active: true, abbrVerified: true },
];

const person = (id: string, title: string, firstName: string, lastName: string, position: string, organisationId: string | null = null): Person => ({
  id, version: 1, title, firstName, lastName, position, organisationId, illustrative: false, active: true, mergedIntoId: null,
});

export const people: Person[] = [
  person(ids.chair, 'นาย', 'ประเสริฐ', 'จันทรรวงทอง', 'รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'),
  person(ids.somchai, 'นาย', 'สมชาย', 'ใจดี', 'ผู้อำนวยการสำนักงานสถิติแห่งชาติ', ids.orgNso),
  person(ids.pornthip, 'นางสาว', 'พรทิพย์', 'ศรีสุข', 'รองผู้อำนวยการสำนักงานสถิติแห่งชาติ', ids.orgNso),
  person(ids.wichai, 'นาย', 'วิชัย', 'รุ่งเรือง', 'ผู้อำนวยการใหญ่สำนักงานส่งเสริมเศรษฐกิจดิจิทัล', ids.orgDepa),
  person(ids.manee, 'นางสาว', 'มานี', 'มีนา', 'นักวิเคราะห์นโยบายและแผน'),
];

const titles = [
  ['announcements', 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ'],
  ['certification', 'เรื่องรับรองรายงานการประชุม'],
  ['continuing', 'เรื่องสืบเนื่องจากการประชุมครั้งก่อน'],
  ['consideration', 'เรื่องเพื่อพิจารณา'],
  ['information', 'เรื่องเพื่อทราบ'],
  ['other', 'เรื่องอื่น ๆ (ถ้ามี)'],
] as const;

export const series: Series = {
  version: 1, id: ids.series,
  nameTh: 'การประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
  shortName: 'ผู้บริหาร ดศ.',
  nameEn: 'Top Executives',
  numbering: 'per_year',
  recordingStyle: 'summary',
  // Given out of order on purpose: the screen orders by position.
  sections: titles.map(([kind, titleTh], i) => ({ id: ids.section(i + 1), position: i + 1, kind, titleTh, whenEmpty: 'none' as const, itemCount: 0 })).reverse(),
  members: [],
  secretaryId: null,
  minuteTakerId: null,
  reviewerId: null,
  nextNumber: null,
  carryWindowMonths: 12,
  documentSettings: defaultDocumentSettings,
  letterhead: emptyLetterhead,
};

export const sectionTemplates = titles.map(([kind, titleTh], i) => ({ kind, defaultPosition: i + 1, titleTh, titleEn: `Section ${kind}` }));

export function meetingDetail(over: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    id: ids.meeting,
    version: 1,
    seriesId: ids.series,
    number: 2,
    yearBe: 2569,
    date: '2026-11-25',
    startTime: '09:30',
    endTime: '12:00',
    venue: 'ห้องประชุม 801',
    mode: 'hybrid',
    conferencing: 'Cisco Webex',
    chairId: ids.chair,
    secretaryId: null,
    minuteTakerId: null,
    reviewerId: null,
    status: 'scheduled',
    minutesStatus: 'draft',
    secrecy: 'none',
    illustrativeNote: '',
    attendance: [
      { version: 1, id: ids.att(1), meetingId: ids.meeting, personId: ids.chair, role: 'member', meetingRole: 'ประธาน', substituteForId: null, position: '', presence: 'onsite', absenceReason: null, absenceNote: '', sortOrder: 1 },
      { version: 1, id: ids.att(2), meetingId: ids.meeting, personId: ids.somchai, role: 'member', meetingRole: 'กรรมการ', substituteForId: null, position: '', presence: 'absent', absenceReason: 'official_duty', absenceNote: '', sortOrder: 2 },
      { version: 1, id: ids.att(3), meetingId: ids.meeting, personId: ids.pornthip, role: 'substitute', meetingRole: 'กรรมการ', substituteForId: ids.somchai, position: '', presence: 'electronic', absenceReason: null, absenceNote: '', sortOrder: 3 },
    ],
    agendaItems: [
      item(1, 4, 1, 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม', ids.orgDepa),
      item(2, 4, 2, 'บัญชีบริการดิจิทัล', ids.orgDepa),
      item(3, 5, 1, 'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568', ids.orgNso),
    ],
    actions: [],
    ...over,
  };
}

function item(n: number, section: number, position: number, subject: string, presenterOrgId: string | null): MeetingDetail['agendaItems'][number] {
  return {
    version: 1, id: ids.item(n), meetingId: ids.meeting, sectionId: ids.section(section), parentId: null, position,
    number: `${section}.${position}`, subject, presenterOrgId, presenterPersonId: null, summary: '', proposal: '',
    discussion: '', resolution: '', resolutionKind: null, secrecy: 'none', continuesItemId: null, carryForward: false, policyIds: [],
  };
}

export const appSettings: AppSettings = { version: 1, officerName: '', noBreakWords: ['ดีป้า', 'บัญชีบริการดิจิทัล'] };

/** What documents.export answers: `%PDF-1.7` as bytes, named the way the core names files. */
export const exportedPdf: ExportedFile = {
  fileName: 'รายงานการประชุม ครั้งที่ 2-2569.pdf',
  mediaType: 'application/pdf',
  base64: btoa('%PDF-1.7'),
};
