import { z } from 'zod';
import { id, optionalText, organisationKind, patchOf, requiredText, expectedVersion, expectedVersions, recordVersion } from './common';

export const organisation = z.object({
  id,
  version: recordVersion,
  nameTh: z.string(),
  abbrTh: z.string(),
  nameEn: z.string().nullable(),
  abbrEn: z.string().nullable(),
  kind: organisationKind,
  parentId: id.nullable(),
  /** Inactive records stay for history (old minutes name them) and are hidden from pickers. */
  active: z.boolean(),
  /** False when the abbreviation was not checked against a published source (reference data, imports). */
  abbrVerified: z.boolean(),
});
export type Organisation = z.infer<typeof organisation>;

export const organisationInput = z.object({
  nameTh: requiredText(300),
  abbrTh: requiredText(40),
  nameEn: optionalText(300).nullable().default(null),
  abbrEn: optionalText(40).nullable().default(null),
  kind: organisationKind,
  parentId: id.nullable().default(null),
  abbrVerified: z.boolean().default(true),
});
/** One field or several: fields left out keep their value (deactivating must not erase the English name). */
export const organisationPatch = patchOf(organisationInput).extend({ id, active: z.boolean().optional(), version: expectedVersion });

export const person = z.object({
  id,
  version: recordVersion,
  title: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  position: z.string(),
  organisationId: id.nullable(),
  illustrative: z.boolean(),
  active: z.boolean(),
  /** The record this one was merged into; it stays (inactive) because certified minutes name it. */
  mergedIntoId: id.nullable(),
});
export type Person = z.infer<typeof person>;

export const personInput = z.object({
  title: optionalText(60).default(''),
  firstName: requiredText(120),
  lastName: optionalText(120).default(''),
  position: optionalText(300).default(''),
  organisationId: id.nullable().default(null),
  illustrative: z.boolean().default(false),
});
export const personPatch = patchOf(personInput).extend({ id, active: z.boolean().optional(), version: expectedVersion });

/** Two records of one person become one: every reference to `mergeId` moves to `keepId`, then `mergeId` goes. */
export const mergePeopleArgs = z
  .object({ keepId: id, mergeId: id, /** Both records' versions as the screen loaded them, by id. */ versions: expectedVersions })
  .refine((a) => a.keepId !== a.mergeId, { error: 'ต้องเลือกบุคคลสองรายการที่ต่างกัน', path: ['mergeId'] });

export { personName } from '../names';
