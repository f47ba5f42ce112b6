import { z } from 'zod';
import { id, isoDate, secrecy, expectedVersion } from './common';
import { confirmTopSecret, documentFormat } from './documents';
import { documentSettingsPatch } from './document-settings';

/**
 * Issue 14, point 2: numbered copies of a secret document and the register of secret documents
 * (ทะเบียนหนังสือลับ). Every copy is its own file with its own `ฉบับที่ n ของ m ฉบับ` and its own row.
 */
export const MAX_COPIES = 100;


export const copiesArgs = z.object({
  meetingId: id,
  kind: z.enum(['minutes', 'agenda', 'book']),
  /** The book is PDF only. */
  format: documentFormat,
  copies: z.number().int().min(1, { error: 'ต้องทำอย่างน้อย 1 ฉบับ' }).max(MAX_COPIES, { error: `ทำได้ไม่เกิน ${MAX_COPIES} ฉบับ` }),
  /** Whom each copy goes to, in copy order; fewer names than copies leave the rest unnamed (kept by the secretariat). */
  recipients: z.array(z.string().trim().max(200, { error: 'ชื่อผู้รับยาวเกิน 200 ตัวอักษร' })).max(MAX_COPIES).default([]),
  settings: documentSettingsPatch.optional(),
  confirmTopSecret,
}).refine((a) => a.recipients.length <= a.copies, { error: 'ชื่อผู้รับมากกว่าจำนวนฉบับ', path: ['recipients'] });

export const copyFile = z.object({
  copyNo: z.number().int(),
  recipient: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  base64: z.string(),
});
export const copiesResult = z.object({ copies: z.number().int(), secrecy, files: z.array(copyFile), warnings: z.array(z.string()) });

export const registerQuery = z.object({ meetingId: id.optional(), from: isoDate.optional(), to: isoDate.optional() });
export const registerEntry = z.object({
  id,
  at: z.string(),
  actor: z.string(),
  meetingId: id.nullable(),
  /** `2/2568`, or null when the meeting was deleted since. */
  meetingNumber: z.string().nullable(),
  kind: z.string(),
  format: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  secrecy,
  copyNo: z.number().int().nullable(),
  copyCount: z.number().int().nullable(),
  recipient: z.string().nullable(),
});
export type RegisterEntry = z.infer<typeof registerEntry>;
export const registerPrintArgs = registerQuery.extend({ format: documentFormat, settings: documentSettingsPatch.optional() });

export const attachmentSecrecyArgs = z.object({ id, secrecy, version: expectedVersion });
