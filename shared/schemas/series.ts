import { z } from 'zod';
import { documentSettings, documentSettingsPatch } from './document-settings';
import { id, numberingRule, optionalText, recordingStyle, requiredText, sectionKind, seriesMemberRole } from './common';

export const seriesSection = z.object({ id, position: z.number().int().positive(), kind: sectionKind, titleTh: z.string() });
export type SeriesSection = z.infer<typeof seriesSection>;

export const seriesMember = z.object({ personId: id, meetingRole: seriesMemberRole });
export type SeriesMember = z.infer<typeof seriesMember>;

export const series = z.object({
  id,
  nameTh: z.string(),
  shortName: z.string(),
  nameEn: z.string(),
  numbering: numberingRule,
  recordingStyle,
  sections: z.array(seriesSection),
  members: z.array(seriesMember),
  /** How this series' documents are printed: the defaults with the series' own choices applied. */
  documentSettings,
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
    .array(sectionKind)
    .refine((kinds) => new Set(kinds).size === kinds.length, { error: 'ลำดับหมวดวาระซ้ำกัน' })
    .optional(),
  members: z.array(seriesMember).default([]),
});
export const seriesPatch = z.object({
  id,
  nameTh: requiredText(300).optional(),
  shortName: optionalText(120).optional(),
  nameEn: optionalText(300).optional(),
  numbering: numberingRule.optional(),
  recordingStyle: recordingStyle.optional(),
  sectionOrder: seriesInput.shape.sectionOrder,
  members: z.array(seriesMember).optional(),
  /** Merged into the stored settings; fields left out keep their value. */
  documentSettings: documentSettingsPatch.optional(),
});

export const sectionTemplate = z.object({
  kind: sectionKind,
  defaultPosition: z.number().int(),
  titleTh: z.string(),
  titleEn: z.string(),
});
