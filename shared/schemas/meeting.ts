import { z } from 'zod';
import {
  absenceReason, actionKind, actionStatus, attendanceRole, hhmm, id, isoDate, meetingMode, meetingStatus,
  minutesStatus, optionalText, patchOf, presence, requiredText, resolutionKind, secrecy, expectedVersion, recordVersion } from './common';

export const meetingSummary = z.object({
  id,
  seriesId: id,
  number: z.number().int().positive(),
  yearBe: z.number().int(),
  date: isoDate.nullable(),
  venue: z.string(),
  status: meetingStatus,
  minutesStatus,
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

/** One page of the meetings list, newest first; of one series, of one B.E. year, when given. */
export const meetingPageArgs = z.object({
  seriesId: id.optional(),
  yearBe: z.number().int().min(2400).max(2800).optional(),
  limit: z.number().int().min(1).max(200).default(25),
  offset: z.number().int().min(0).default(0),
});
export const meetingPage = z.object({
  /** Meetings matching the filter, on every page. */
  total: z.number().int(),
  /** The B.E. years holding meetings (of the series, when given), latest first: the year filter's choices. */
  years: z.array(z.number().int()),
  meetings: z.array(meetingSummary),
});
export type MeetingPage = z.infer<typeof meetingPage>;

/**
 * A picker's search over every meeting (the tracker's meeting filter): `8/2564`, a number, a B.E. year,
 * or a word of the series' name or the venue; empty gives the latest. Newest first, at most `limit`.
 */
export const meetingPickArgs = z.object({
  query: z.string().max(100).default(''),
  limit: z.number().int().min(1).max(50).default(20),
});
/** A meeting as a picker shows it: its summary and its series' short name (several series number alike). */
export const meetingPick = meetingSummary.extend({ seriesName: z.string() });
export type MeetingPick = z.infer<typeof meetingPick>;

const meetingFields = {
  date: isoDate.nullable(),
  startTime: hhmm.nullable(),
  endTime: hhmm.nullable(),
  venue: optionalText(500),
  mode: meetingMode,
  conferencing: optionalText(200),
  chairId: id.nullable(),
  secretaryId: id.nullable(),
  minuteTakerId: id.nullable(),
  reviewerId: id.nullable(),
  status: meetingStatus,
  secrecy,
  illustrativeNote: optionalText(2000),
};

const meetingFieldsSchema = z.object(meetingFields);

/** A meeting's number within its series: `n` of `n/พ.ศ.`; the next free one when left out. */
const meetingNumber = z.number({ error: 'ต้องเป็นตัวเลขครั้งที่' }).int().positive().max(9999);

/** A meeting needs its date: the number is taken in the Buddhist year of that date. */
export const meetingInput = meetingFieldsSchema.partial().extend({
  seriesId: id,
  date: isoDate,
  number: meetingNumber.optional(),
  /** The carry candidates the officer kept (`meetings.preparation`); every candidate when left out. */
  carry: z.array(id).max(500).optional(),
});
/** The date cannot be taken away; the number may change while the meeting is not yet held. */
export const meetingPatch = meetingFieldsSchema.partial().extend({ id, date: isoDate.optional(), number: meetingNumber.optional(), version: expectedVersion });

/** An item a new meeting would carry into its section 3, for the officer to keep or leave out. */
export const carryCandidate = z.object({
  /** The newest item of the chain: what the carried item continues. */
  itemId: id,
  subject: z.string(),
  presenterOrgId: id.nullable(),
  /** `ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1` */
  from: z.string(),
  meetingDate: isoDate.nullable(),
  /** Marked to continue at the last meeting, or still has open directives within the series' window. */
  reason: z.enum(['marked', 'openActions']),
  openActions: z.array(z.string()),
});
export type CarryCandidate = z.infer<typeof carryCandidate>;

export const preparation = z.object({
  /** The meeting whose minutes section 2 will certify. */
  certifies: z.object({ meetingId: id, number: z.string(), date: isoDate.nullable() }).nullable(),
  carried: z.array(carryCandidate),
  windowMonths: z.number().int(),
});
export type Preparation = z.infer<typeof preparation>;

/** Deleting a meeting names it: the officer confirms with its number `n/พ.ศ.`. */
export const meetingDeleteArgs = z.object({ id, version: expectedVersion, confirmNumber: z.string().trim().min(1, { error: 'ต้องยืนยันด้วยเลขครั้งที่ของการประชุม' }) });

export const attendance = z.object({
  id,
  version: recordVersion,
  meetingId: id,
  personId: id,
  role: attendanceRole,
  meetingRole: z.string(),
  substituteForId: id.nullable(),
  position: z.string(),
  presence,
  absenceReason: absenceReason.nullable(),
  absenceNote: z.string(),
  sortOrder: z.number().int(),
});
export type Attendance = z.infer<typeof attendance>;

export const attendanceInput = z.object({
  meetingId: id,
  personId: id,
  role: attendanceRole,
  meetingRole: optionalText(120).default(''),
  substituteForId: id.nullable().default(null),
  /** Position as printed in this meeting's minutes; the person's own position when empty. */
  position: optionalText(300).default(''),
  presence: presence.default('unconfirmed'),
  absenceReason: absenceReason.nullable().default(null),
  absenceNote: optionalText(300).default(''),
});
/** Only what changed: a field left out keeps its value (see patchOf). */
export const attendancePatch = patchOf(attendanceInput.omit({ meetingId: true, personId: true })).extend({ id, version: expectedVersion });

export const agendaItem = z.object({
  id,
  version: recordVersion,
  meetingId: id,
  sectionId: id,
  parentId: id.nullable(),
  position: z.number().int().positive(),
  /** `4.1`, derived from the section's place and the positions. */
  number: z.string(),
  subject: z.string(),
  presenterOrgId: id.nullable(),
  presenterPersonId: id.nullable(),
  summary: z.string(),
  proposal: z.string(),
  discussion: z.string(),
  resolution: z.string(),
  resolutionKind: resolutionKind.nullable(),
  secrecy,
  continuesItemId: id.nullable(),
  carryForward: z.boolean(),
  policyIds: z.array(id),
});
export type AgendaItem = z.infer<typeof agendaItem>;

const agendaEditable = {
  subject: requiredText(1000),
  presenterOrgId: id.nullable(),
  presenterPersonId: id.nullable(),
  summary: optionalText(),
  proposal: optionalText(),
  discussion: optionalText(100000),
  resolution: optionalText(),
  resolutionKind: resolutionKind.nullable(),
  secrecy,
  continuesItemId: id.nullable(),
  carryForward: z.boolean(),
};
export const agendaItemInput = z.object({
  meetingId: id,
  sectionId: id,
  parentId: id.nullable().default(null),
  ...agendaEditable,
}).partial({
  presenterOrgId: true, presenterPersonId: true, summary: true, proposal: true, discussion: true,
  resolution: true, resolutionKind: true, secrecy: true, continuesItemId: true, carryForward: true,
});
export const agendaItemPatch = z.object({ id, ...agendaEditable, version: expectedVersion }).partial().required({ id: true });
/** Move an item to `position` (1-based) among the children of `parentId` in `sectionId`. */
export const agendaMove = z.object({
  id,
  version: expectedVersion,
  sectionId: id,
  parentId: id.nullable().default(null),
  position: z.number().int().positive(),
});

export const actionItem = z.object({
  id,
  version: recordVersion,
  agendaItemId: id,
  kind: actionKind,
  text: z.string(),
  dueDate: isoDate.nullable(),
  status: actionStatus,
  leadOrgId: id.nullable(),
  supportOrgIds: z.array(id),
  illustrative: z.boolean(),
  /** Order among the actions of its agenda item, as recorded. */
  position: z.number().int(),
});
export type ActionItem = z.infer<typeof actionItem>;

export const actionItemInput = z.object({
  agendaItemId: id,
  kind: actionKind,
  text: requiredText(5000),
  dueDate: isoDate.nullable().default(null),
  status: actionStatus.default('open'),
  leadOrgId: id.nullable().default(null),
  supportOrgIds: z.array(id).default([]),
  illustrative: z.boolean().default(false),
});
export const actionItemPatch = patchOf(actionItemInput.omit({ agendaItemId: true })).extend({ id, version: expectedVersion });

export const meetingDetail = z.object({
  ...meetingSummary.shape,
  ...meetingFields,
  /** The meeting record's own version (its fields); items and attendance rows carry theirs. */
  version: recordVersion,
  attendance: z.array(attendance),
  agendaItems: z.array(agendaItem),
  actions: z.array(actionItem),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;
