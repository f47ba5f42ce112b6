import { z } from 'zod';

/**
 * How a series' documents are printed (THAI-DOCUMENTS.md §3). Stored per series as a patch over the
 * defaults; any field may be overridden again for one export.
 */
export const documentSettings = z.object({
  /** Sarabun ships with Lekha and is embedded; TH SarabunPSK is named (Word has it) and a TrueType file may be given. */
  fontProfile: z.enum(['sarabun', 'th-sarabun-psk']),
  /** Points; Sarabun at 14 looks about like TH SarabunPSK at 16. Null: the profile's usual size. */
  fontSize: z.number().min(10).max(24).nullable(),
  /** A TrueType file (e.g. TH Sarabun New) used for PDFs instead of the shipped font. */
  customFontPath: z.string().max(1000).nullable(),
  customBoldFontPath: z.string().max(1000).nullable(),
  digits: z.enum(['arabic', 'thai']),
  align: z.enum(['thaiDistributed', 'justify', 'left']),
  marginsCm: z.object({
    top: z.number().min(0.5).max(6), right: z.number().min(0.5).max(6),
    bottom: z.number().min(0.5).max(6), left: z.number().min(0.5).max(6),
  }),
  firstLineIndentCm: z.number().min(0).max(5),
  reviewerBlock: z.boolean(),
  /** Null: the meeting's own secrecy class. */
  secrecy: z.enum(['none', 'confidential', 'secret', 'top_secret']).nullable(),
  urgency: z.enum(['none', 'urgent', 'very_urgent', 'most_urgent']),
});
export type DocumentSettings = z.infer<typeof documentSettings>;
/** No defaults inside: a missing field means "keep what is there", not "reset". */
export const documentSettingsPatch = documentSettings.partial();
export type DocumentSettingsPatch = z.infer<typeof documentSettingsPatch>;

/** Common practice of Thai government offices (margins and indent are a common convention, not a rule). */
export const defaultDocumentSettings: DocumentSettings = {
  fontProfile: 'sarabun', fontSize: null, customFontPath: null, customBoldFontPath: null, digits: 'arabic',
  align: 'thaiDistributed', marginsCm: { top: 2.5, right: 2, bottom: 2, left: 3 }, firstLineIndentCm: 2.5,
  reviewerBlock: true, secrecy: null, urgency: 'none',
};

/** Defaults, then the series' settings, then this export's: later values win where they are given. */
export function resolveDocumentSettings(...patches: (DocumentSettingsPatch | undefined)[]): DocumentSettings {
  const out: Record<string, unknown> = { ...defaultDocumentSettings };
  for (const patch of patches) for (const [k, v] of Object.entries(patch ?? {})) if (v !== undefined) out[k] = v;
  return out as DocumentSettings;
}

export const secrecyLabels = { none: '', confidential: 'ลับ', secret: 'ลับมาก', top_secret: 'ลับที่สุด' } as const;
export const urgencyLabels = { none: '', urgent: 'ด่วน', very_urgent: 'ด่วนมาก', most_urgent: 'ด่วนที่สุด' } as const;
