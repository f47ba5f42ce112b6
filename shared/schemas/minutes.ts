import { z } from 'zod';
import { expectedVersion, id, isoDate, minutesStatus, recordVersion } from './common';
import { itemRef } from './policies';

export const certificationHow = z.enum(['next_meeting', 'same_meeting', 'circulation']);

export const minutesVersionSummary = z.object({
  version: z.number().int().positive(),
  status: minutesStatus,
  contentHash: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});

export const minutesState = z.object({
  meetingId: id,
  /** The minutes record's version (raised by circulating, certifying…), not a number of `versions`. */
  version: recordVersion,
  status: minutesStatus,
  certifiedHow: certificationHow.nullable(),
  certifiedAtItemId: id.nullable(),
  /** `ครั้งที่ 2/2569 ระเบียบวาระที่ 2.1`: where they were certified, when at a later meeting. */
  certifiedAt: itemRef.nullable(),
  certifiedOn: isoDate.nullable(),
  amended: z.boolean(),
  amendmentText: z.string(),
  /** SHA-256 of the certified version's content; printed in the footer of its documents. */
  contentHash: z.string().nullable(),
  versions: z.array(minutesVersionSummary),
});
export type MinutesState = z.infer<typeof minutesState>;

export const certifyArgs = z
  .object({
    meetingId: id,
    how: certificationHow,
    /** For `next_meeting`: the item of section 2 of the later meeting where they were certified. */
    atItemId: id.nullable().default(null),
    date: isoDate,
    amended: z.boolean().default(false),
    amendmentText: z.string().max(20000).default(''),
    /** The minutes' record version as the screen loaded it (not a minutes version number). */
    version: expectedVersion,
  })
  .refine((a) => !a.amended || a.amendmentText.trim().length > 0, {
    error: 'รับรองโดยมีการแก้ไข ต้องระบุข้อความที่แก้ไข',
    path: ['amendmentText'],
  })
  .refine((a) => a.how !== 'next_meeting' || a.atItemId !== null, {
    error: 'รับรองในการประชุมครั้งถัดไป ต้องระบุระเบียบวาระที่รับรอง',
    path: ['atItemId'],
  });

export const minutesVersion = minutesVersionSummary.extend({
  /** The minutes as printed, one paragraph per line: what people compare. */
  text: z.array(z.string()),
});

export const minutesComparison = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
});

/** What changed in the minutes since they were last circulated: the amendment a certification "with amendments" records. */
export const minutesDraftChanges = z.object({
  /** The last circulated version, or null when the minutes were never circulated. */
  from: z.number().int().nullable(),
  changed: z.boolean(),
  changes: minutesComparison.shape.changes,
});
