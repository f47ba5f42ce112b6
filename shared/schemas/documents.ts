import { z } from 'zod';
import { id } from './common';
import { documentSettingsPatch } from './document-settings';

/** `signin`: the sign-in sheet (ใบลงชื่อผู้เข้าประชุม) printed for the meeting room. */
export const documentKind = z.enum(['minutes', 'agenda', 'signin']);
export const documentFormat = z.enum(['pdf', 'docx']);

/** Asked again before a ลับที่สุด document leaves the program (issue 14): without it the call is refused. */
export const confirmTopSecret = z.boolean().optional();

export const exportDocumentArgs = z.object({
  meetingId: id,
  kind: documentKind,
  format: documentFormat,
  /** This export only: over the series' settings. */
  settings: documentSettingsPatch.optional(),
  confirmTopSecret,
});

/** The meeting book: cover, agenda with page numbers, each item's summary and its attachments, as one PDF. */
export const bookArgs = z.object({
  meetingId: id,
  /** This export only: over the series' settings (Thai digits, secrecy, margins, font). */
  settings: documentSettingsPatch.optional(),
  confirmTopSecret,
});

/** Exports return bytes; the transport decides where they go (save dialog, download, a path). */
export const exportedFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  base64: z.string(),
  /** What the officer should know about this file (a saved font that could not be used, so Sarabun was). */
  warnings: z.array(z.string()).optional(),
});
export type ExportedFile = z.infer<typeof exportedFile>;

export const appSettings = z.object({
  /** The officer using this copy of Lekha: recorded as "who" in the history and on minutes versions. */
  officerName: z.string().trim().max(200),
  /** Words the officer adds that must never be split across lines in PDFs (agency names, terms). */
  noBreakWords: z.array(z.string().trim().min(1).max(100)).max(5000),
  /** The settings' record version (0 before the first save): sent back with a save. */
  version: z.number().int().min(0),
});
export type AppSettings = z.infer<typeof appSettings>;
export const appSettingsPatch = appSettings.omit({ version: true }).partial().extend({ version: z.number().int().min(0).optional() });

export const actionReportArgs = z.object({
  format: z.enum(['xlsx', 'csv', 'docx', 'pdf']),
  /** One organisation's tracker; the consolidated tracker when left out. */
  organisationId: id.optional(),
  statuses: z.array(z.enum(['open', 'in_progress', 'done', 'cancelled'])).optional(),
  overdue: z.boolean().optional(),
  dueFrom: z.string().optional(),
  dueTo: z.string().optional(),
  meetingId: id.optional(),
  policyId: id.optional(),
  settings: documentSettingsPatch.optional(),
  confirmTopSecret,
});

export const policyReportArgs = z.object({
  format: documentFormat,
  kind: z.enum(['bill', 'emergency_decree', 'programme', 'project']).optional(),
  settings: documentSettingsPatch.optional(),
  confirmTopSecret,
});

export const pressArgs = z.object({ meetingId: id, format: z.enum(['docx', 'txt']) });
