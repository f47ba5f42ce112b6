import { z } from 'zod';
import {
  absenceReason, actionKind, actionStatus, attendanceRole, hhmm, id, isoDate, meetingMode, meetingStatus,
  numberingRule, optionalText, organisationKind, presence, recordingStyle, requiredText, resolutionKind, secrecy,
  sectionKind, sectionWhenEmpty, seriesMemberRole, standardSectionKinds,
} from './schemas/common';
import { exchangeEvidence } from './exchange-evidence';
import { buddhistYear, isPlausibleIsoDate } from './thai';

/**
 * The meeting exchange format (docs/meeting-exchange-format.md): one meeting with its attendance,
 * agenda items, resolutions and action items. Organisations are referenced by Thai abbreviation:
 * those the file lists in `organisations` and the database lacks are created on import. People are
 * referenced by full name and listed in `people`. Version 2 adds the series' own sections; version 1
 * files (standard sections only) still import. A file may carry the meeting's electronic-meeting evidence
 * (`evidence`): an older Lekha ignores it.
 */
export const EXCHANGE_FORMAT = 'lekha.meeting' as const;
export const EXCHANGE_VERSION = 2 as const;

const orgRef = z.string().min(1, { error: 'ต้องระบุอักษรย่อหน่วยงาน' });
const personRef = z.string().min(1, { error: 'ต้องระบุชื่อบุคคล' });

export const exchangePerson = z.object({
  name: personRef,
  title: optionalText(60).default(''),
  firstName: requiredText(120),
  lastName: optionalText(120).default(''),
  position: optionalText(300).default(''),
  organisation: orgRef.nullable().default(null),
  illustrative: z.boolean().default(false),
});

export const exchangeOrganisation = z.object({
  abbrTh: orgRef,
  nameTh: requiredText(300),
  nameEn: z.string().nullable().default(null),
  abbrEn: z.string().nullable().default(null),
  kind: organisationKind,
  abbrVerified: z.boolean().optional(),
});

export const exchangeAction = z.object({
  id,
  kind: actionKind,
  text: requiredText(5000),
  dueDate: isoDate.nullable().default(null),
  status: actionStatus.default('open'),
  lead: orgRef.nullable().default(null),
  support: z.array(orgRef).default([]),
  illustrative: z.boolean().default(false),
});

export const exchangeAgendaItem = z.object({
  id,
  /** For people reading the file; numbers are derived again on import. */
  number: z.string().optional(),
  /** A standard section's kind (`consideration`), or the heading of one of the series' own sections. */
  section: z.string().trim().min(1, { error: 'ต้องระบุหมวดวาระ' }),
  subject: requiredText(1000),
  presenterOrganisation: orgRef.nullable().default(null),
  presenter: personRef.nullable().default(null),
  summary: optionalText().default(''),
  proposal: optionalText().default(''),
  discussion: optionalText(100000).default(''),
  resolution: optionalText().default(''),
  resolutionKind: resolutionKind.nullable().default(null),
  secrecy: secrecy.default('none'),
  carryForward: z.boolean().default(false),
  continuesItemId: id.nullable().default(null),
  actions: z.array(exchangeAction).default([]),
  get subItems() {
    return z.array(exchangeAgendaItem).default([]);
  },
});
export type ExchangeAgendaItem = z.infer<typeof exchangeAgendaItem>;

export const exchangeSection = z.object({
  kind: sectionKind,
  titleTh: requiredText(300),
  whenEmpty: sectionWhenEmpty.default('none'),
});

export const exchangeFile = z.object({
  format: z.literal(EXCHANGE_FORMAT, { error: `ไม่ใช่ไฟล์การประชุมของเลขา (format ต้องเป็น "${EXCHANGE_FORMAT}")` }),
  version: z.union([z.literal(1), z.literal(EXCHANGE_VERSION)], { error: `ไฟล์รุ่นนี้ไม่รองรับ (version ต้องเป็น 1 หรือ ${EXCHANGE_VERSION})` }),
  exportedAt: z.string().optional(),
  series: z.object({
    nameTh: requiredText(300),
    shortName: optionalText(120).default(''),
    nameEn: optionalText(300).default(''),
    numbering: numberingRule.default('per_year'),
    recordingStyle: recordingStyle.default('summary'),
    sectionOrder: z.array(z.enum(standardSectionKinds)).optional(),
    /** Version 2: the series' sections in order, standard and its own. */
    sections: z.array(exchangeSection).optional(),
    members: z.array(z.object({ person: personRef, meetingRole: seriesMemberRole })).default([]),
  }),
  /** Organisations the meeting refers to; those the database lacks are created on import. */
  organisations: z.array(exchangeOrganisation).default([]),
  people: z.array(exchangePerson).default([]),
  meeting: z.object({
    id,
    number: z.number({ error: 'ต้องเป็นตัวเลขครั้งที่' }).int().positive(),
    yearBe: z.number({ error: 'ต้องเป็นปี พ.ศ.' }).int().min(2400).max(2800),
    date: isoDate.nullable().default(null),
    startTime: hhmm.nullable().default(null),
    endTime: hhmm.nullable().default(null),
    venue: optionalText(500).default(''),
    mode: meetingMode.default('onsite'),
    conferencing: optionalText(200).default(''),
    status: meetingStatus.default('draft'),
    secrecy: secrecy.default('none'),
    illustrativeNote: optionalText(2000).default(''),
    chair: personRef.nullable().default(null),
    secretary: personRef.nullable().default(null),
    minuteTaker: personRef.nullable().default(null),
    reviewer: personRef.nullable().default(null),
  }),
  attendance: z.array(z.object({
    person: personRef,
    role: attendanceRole,
    meetingRole: optionalText(120).default(''),
    substituteFor: personRef.nullable().default(null),
    position: optionalText(300).default(''),
    presence: presence.default('onsite'),
    absenceReason: absenceReason.nullable().default(null),
    absenceNote: optionalText(300).default(''),
  })).default([]),
  agendaItems: z.array(exchangeAgendaItem).default([]),
  /** The electronic-meeting evidence, when any was recorded (shared/exchange-evidence.ts); absent otherwise. */
  evidence: exchangeEvidence.optional(),
}).check((ctx) => {
  const { meeting } = ctx.value;
  // An implausible year is already refused by the date's own check: one problem, said once.
  if (meeting.date && isPlausibleIsoDate(meeting.date) && buddhistYear(meeting.date) !== meeting.yearBe) {
    ctx.issues.push({
      code: 'custom', input: meeting.date, path: ['meeting', 'date'],
      message: `วันที่ประชุมอยู่ในปี พ.ศ. ${buddhistYear(meeting.date)} แต่ครั้งที่ระบุปี พ.ศ. ${meeting.yearBe} (yearBe)`,
    });
  }
});
export type ExchangeFile = z.infer<typeof exchangeFile>;

/** What an import did besides the meeting itself, for the officer to check. */
export const importResult = z.object({
  meetingId: z.string(),
  createdOrganisations: z.array(z.object({ abbrTh: z.string(), nameTh: z.string() })),
  /** The file's abbreviation for an organisation the database has under another (same name): its directives go there. */
  reusedOrganisations: z.array(z.object({ fileAbbr: z.string(), abbrTh: z.string(), nameTh: z.string() })),
  createdPeople: z.array(z.string()),
  addedSections: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResult>;
