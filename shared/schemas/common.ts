import { z } from 'zod';
import { isPlausibleIsoDate, isValidIsoDate, PLAUSIBLE_YEARS, timePattern } from '../thai';

// Thai messages from zod itself; our own messages below are Thai too.
z.config(z.locales.th());

export const id = z.uuid({ error: 'รหัสอ้างอิงไม่ถูกต้อง' });
/**
 * An ISO 8601 Gregorian date in the years a meeting record can hold: a B.E. year typed where the
 * Gregorian one belongs (2564-05-24) would otherwise print as the year 3107.
 */
export const isoDate = z
  .string()
  .refine(isValidIsoDate, { error: 'วันที่ไม่ถูกต้อง (ใช้รูปแบบ ค.ศ. YYYY-MM-DD)', abort: true })
  .refine(isPlausibleIsoDate, {
    error: (issue) =>
      `ปี ค.ศ. ${String(issue.input).slice(0, 4)} อยู่นอกช่วงที่เป็นไปได้ (ค.ศ. ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to}) ` +
      'วันที่ต้องเป็นปี ค.ศ. ไม่ใช่ พ.ศ.',
  });
export const hhmm = z.string().regex(timePattern, { error: 'เวลาไม่ถูกต้อง (ใช้รูปแบบ HH:MM แบบ 24 ชั่วโมง)' });
/**
 * Bidirectional override, embedding and isolate controls (U+202A–U+202E, U+2066–U+2069) have no place in
 * Thai records and can make printed or listed text read backwards (`\u202Efdp.exe`): they are taken out
 * of every text field as it comes in.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const withoutBidi = (s: string) => s.replace(BIDI_CONTROLS, '');

export const requiredText = (max = 500) =>
  z.string().overwrite(withoutBidi).trim().min(1, { error: 'ต้องกรอก' }).max(max, { error: `ยาวเกิน ${max} ตัวอักษร` });
export const optionalText = (max = 20000) => z.string().overwrite(withoutBidi).max(max, { error: `ยาวเกิน ${max} ตัวอักษร` });

export const secrecy = z.enum(['none', 'confidential', 'secret', 'top_secret']);
export const organisationKind = z.enum([
  'ministry', 'central_agency', 'ministry_office', 'department', 'public_organisation', 'state_enterprise', 'external_partner',
]);
export const seriesMemberRole = z.enum(['chair', 'vice_chair', 'member', 'member_secretary', 'assistant_secretary']);
export const recordingStyle = z.enum(['verbatim', 'summary', 'resolution_only']);
export const numberingRule = z.enum(['per_year', 'running']);
/** The six standard sections have a meaning the app acts on (2 certifies, 3 carries forward); `custom` is a series' own heading. */
export const sectionKind = z.enum(['announcements', 'certification', 'continuing', 'consideration', 'information', 'other', 'custom']);
export const standardSectionKinds = ['announcements', 'certification', 'continuing', 'consideration', 'information', 'other'] as const;
/** Whether an empty section prints "ไม่มี" or is left out of the documents. */
export const sectionWhenEmpty = z.enum(['none', 'omit']);
export const meetingMode = z.enum(['onsite', 'electronic', 'hybrid']);
export const meetingStatus = z.enum(['draft', 'scheduled', 'held', 'cancelled']);
export const attendanceRole = z.enum(['member', 'substitute', 'guest', 'secretariat']);
/** `unconfirmed` until the officer marks who came: quorum counts confirmed presence only. */
export const presence = z.enum(['unconfirmed', 'onsite', 'electronic', 'absent']);
export const absenceReason = z.enum(['official_duty', 'sick', 'personal', 'other']);
export const resolutionKind = z.enum(['noted', 'approved', 'approved_in_principle', 'rejected', 'deferred', 'assigned']);
export const actionKind = z.enum(['directive', 'follow_up']);
export const actionStatus = z.enum(['open', 'in_progress', 'done', 'cancelled']);
export const minutesStatus = z.enum(['draft', 'circulated', 'certified']);

/**
 * The partial form of an input schema for an update: every field optional and WITHOUT its default.
 * Zod 4 applies a default even inside `.optional()`, so `input.partial()` would fill every field the
 * caller left out (`nameEn: null`, `lastName: ''`) and an update of one field would wipe the others.
 */
export function patchOf<S extends z.ZodRawShape>(input: z.ZodObject<S>): ReturnType<z.ZodObject<S>['partial']> {
  const shape = Object.fromEntries(
    Object.entries(input.shape).map(([key, field]) => [key, z.optional(field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field)]),
  );
  // Same keys and the same parsed types as `.partial()`: only the defaults are gone.
  return z.object(shape) as unknown as ReturnType<z.ZodObject<S>['partial']>;
}

/** A record's version (migration 0110): raised by every write to it; reads return it. */
export const recordVersion = z.number().int().positive();
/**
 * The version of the record the screen loaded, sent back with a save or delete: a save on an older copy
 * is refused (CONFLICT, naming who changed it and when) instead of overwriting another officer's change.
 * Optional so the command line and scripts, which read and write in one step, need not send it; every
 * form in the interface does.
 */
export const expectedVersion = recordVersion.optional();
/** Several records' versions by id, for a change that touches several (bulk status, reorder). */
export const expectedVersions = z.record(z.string(), recordVersion).optional();

export const idArgs = z.object({ id });
/** A record to delete, with the version the screen showed (a delete of a changed record is refused). */
export const removeArgs = z.object({ id, version: expectedVersion });
export const okResult = z.object({ ok: z.literal(true) });

