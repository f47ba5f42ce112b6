import { z } from 'zod';

export const verifyArgs = z.object({
  /** The file's bytes. */
  base64: z.string().min(1).max(200_000_000),
});

export const verification = z.object({
  /**
   * `certified`: byte for byte a file Lekha exported of the certified minutes. `uncertified`: a file
   * Lekha exported of a stored version not (or not yet) certified, or another document it registered.
   * `unknown`: anything else: changed since export, a draft, or not from this database.
   */
  verdict: z.enum(['certified', 'uncertified', 'unknown']),
  /** One Thai paragraph saying what the file is. */
  message: z.string(),
  meeting: z.object({ id: z.string(), seriesName: z.string(), number: z.number().int(), yearBe: z.number().int() }).nullable(),
  version: z.number().int().nullable(),
  exportedAt: z.string().nullable(),
  exportedBy: z.string().nullable(),
  /** For a file that claims a version but is not what was exported: the version's paragraphs the file lacks or changed. */
  differences: z.array(z.string()),
});
export type Verification = z.infer<typeof verification>;
