import { z } from 'zod';
import { documentSettings, documentSettingsPatch } from './document-settings';
import { letterhead, letterheadPatch } from './letters';
import {
  id, numberingRule, optionalText, recordingStyle, requiredText, sectionKind, sectionWhenEmpty, seriesMemberRole,
  standardSectionKinds, expectedVersion, recordVersion } from './common';

export const seriesSection = z.object({
  id,
  position: z.number().int().positive(),
  kind: sectionKind,
  titleTh: z.string(),
  whenEmpty: sectionWhenEmpty,
  /** Agenda items of any meeting filed under it: a section with items cannot be removed. */
  itemCount: z.number().int().nonnegative(),
});
export type SeriesSection = z.infer<typeof seriesSection>;

/** A section as the officer sets it: an existing one keeps its id (and kind); a new one has none. */
export const seriesSectionInput = z.object({
  id: id.optional(),
  kind: sectionKind,
  titleTh: requiredText(300),
  whenEmpty: sectionWhenEmpty.default('none'),
});

/** The series' own sections in order; each standard kind at most once. */
const sectionsInput = z
  .array(seriesSectionInput)
  .min(1, { error: 'ชุดการประชุมต้องมีหมวดวาระอย่างน้อยหนึ่งหมวด' })
  .max(40)
  .refine((list) => {
    const standard = list.filter((s) => s.kind !== 'custom').map((s) => s.kind);
    return new Set(standard).size === standard.length;
  }, { error: 'หมวดวาระมาตรฐานแต่ละประเภทมีได้เพียงหมวดเดียว' });

/** Who signs and checks the minutes by default: each new meeting starts from these. */
const officers = {
  secretaryId: id.nullable(),
  minuteTakerId: id.nullable(),
  reviewerId: id.nullable(),
};

/** The number an officer set for the next meeting, e.g. when adopting Lekha at meeting 5 of a year. */
/** Months a prepared meeting looks back for items whose directives are still open (default 12). */
export const carryWindowMonths = z.number().int().min(1, { error: 'อย่างน้อย 1 เดือน' }).max(240, { error: 'ไม่เกิน 240 เดือน' });

export const nextNumberSetting = z.object({
  number: z.number().int().positive().max(9999),
  yearBe: z.number().int().min(2500).max(2700),
});

export const seriesMember = z.object({ personId: id, meetingRole: seriesMemberRole });
export type SeriesMember = z.infer<typeof seriesMember>;

export const series = z.object({
  id,
  version: recordVersion,
  nameTh: z.string(),
  shortName: z.string(),
  nameEn: z.string(),
  numbering: numberingRule,
  recordingStyle,
  sections: z.array(seriesSection),
  members: z.array(seriesMember),
  ...officers,
  nextNumber: nextNumberSetting.nullable(),
  carryWindowMonths,
  /** How this series' documents are printed: the defaults with the series' own choices applied. */
  documentSettings,
  /** The letterhead of the series' official letters (invitations, directives); stored with the document settings. */
  letterhead,
});
export type Series = z.infer<typeof series>;

export const seriesInput = z.object({
  nameTh: requiredText(300),
  shortName: optionalText(120).default(''),
  nameEn: optionalText(300).default(''),
  numbering: numberingRule.default('per_year'),
  recordingStyle: recordingStyle.default('summary'),
  /** Section kinds in the order this body uses; the standard order when left out. */
  sectionOrder: z
    .array(z.enum(standardSectionKinds))
    .refine((kinds) => new Set(kinds).size === kinds.length, { error: 'ลำดับหมวดวาระซ้ำกัน' })
    .optional(),
  /** The series' own sections in order; `sectionOrder` (standard kinds only) when left out. */
  sections: sectionsInput.optional(),
  members: z.array(seriesMember).default([]),
  ...z.object(officers).partial().shape,
  nextNumber: nextNumberSetting.nullable().optional(),
  carryWindowMonths: carryWindowMonths.optional(),
});
export const seriesPatch = z.object({
  id,
  version: expectedVersion,
  nameTh: requiredText(300).optional(),
  shortName: optionalText(120).optional(),
  nameEn: optionalText(300).optional(),
  numbering: numberingRule.optional(),
  recordingStyle: recordingStyle.optional(),
  sectionOrder: seriesInput.shape.sectionOrder,
  sections: sectionsInput.optional(),
  members: z.array(seriesMember).optional(),
  ...z.object(officers).partial().shape,
  nextNumber: nextNumberSetting.nullable().optional(),
  carryWindowMonths: carryWindowMonths.optional(),
  /** Merged into the stored settings; fields left out keep their value. */
  documentSettings: documentSettingsPatch.optional(),
  /** Merged field by field into the stored letterhead. */
  letterhead: letterheadPatch.optional(),
});

export const sectionTemplate = z.object({
  kind: sectionKind,
  defaultPosition: z.number().int(),
  titleTh: z.string(),
  titleEn: z.string(),
});
