import { z } from 'zod';
import { id, isoDate, requiredText } from './common';

/** The kinds of record Lekha keeps that a retention schedule covers. */
export const recordKind = z.enum(['minutes', 'working_papers', 'attachments']);
export type RecordKind = z.infer<typeof recordKind>;

export const recordKindLabels: Record<RecordKind, string> = {
  minutes: 'รายงานการประชุม',
  working_papers: 'ร่างรายงานการประชุมที่เวียนก่อนรับรอง',
  attachments: 'เอกสารแนบระเบียบวาระ',
};

/** Years kept; null is permanent (เก็บไว้ตลอดไป). */
export const retentionClass = z.object({ kind: recordKind, years: z.number().int().min(1).max(100).nullable(), version: z.number().int().min(0).optional() });
export type RetentionClass = z.infer<typeof retentionClass>;

const yearBe = z.number().int().min(2500).max(2700);

export const destructionDecision = z.object({
  id,
  yearBe: z.number().int(),
  kind: recordKind,
  meetingId: id.nullable(),
  meetingLabel: z.string(),
  reference: z.string(),
  decidedOn: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  carriedOutAt: z.string().nullable(),
  removed: z.number().int().nullable(),
});
export type DestructionDecision = z.infer<typeof destructionDecision>;

/** One kind of record of one meeting whose retention ended by the end of the list's year. */
export const dueRecord = z.object({
  meetingId: id,
  /** The series' name and `ครั้งที่ 2/2558`. */
  meetingLabel: z.string(),
  seriesName: z.string(),
  /** `ครั้งที่ 2/2558`. */
  meetingNumber: z.string(),
  meetingDate: z.string().nullable(),
  kind: recordKind,
  /** What the list names: the minutes' title, the drafts' versions, the files' names. */
  subject: z.string(),
  count: z.number().int(),
  /** The Buddhist-era year its retention ended. */
  dueYearBe: z.number().int(),
  decision: destructionDecision.nullable(),
});
export type DueRecord = z.infer<typeof dueRecord>;

export const dueArgs = z.object({ yearBe });
export const dueList = z.object({ yearBe: z.number().int(), records: z.array(dueRecord) });

export const destructionListArgs = z.object({ yearBe, format: z.enum(['docx', 'xlsx']) });

export const decideArgs = z.object({
  meetingId: id,
  kind: recordKind,
  yearBe,
  /** The approval the decision rests on: the committee's minutes, the Fine Arts Department's letter (ที่ … ลงวันที่ …). */
  reference: requiredText(500),
  decidedOn: isoDate,
});
