import { z } from 'zod';
import { id, secrecy, recordVersion } from './common';
import { confirmTopSecret } from './documents';

/** 50 MB: a scanned annex is large, but an attachment is not a file share. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const attachment = z.object({
  id,
  version: recordVersion,
  agendaItemId: id,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  /** Its own class (issue 14): the agenda and the book enclosing it take it when higher. */
  secrecy,
});
export type Attachment = z.infer<typeof attachment>;

export const attachmentInput = z.object({
  agendaItemId: id,
  fileName: z.string().trim().min(1, { error: 'ต้องมีชื่อไฟล์' }).max(255, { error: 'ชื่อไฟล์ยาวเกิน 255 ตัวอักษร' })
    .refine((n) => !/[\\/\0]/.test(n), { error: 'ชื่อไฟล์ต้องไม่มีเครื่องหมาย / หรือ \\' }),
  mediaType: z.string().max(200).default('application/octet-stream'),
  secrecy: secrecy.default('none'),
  base64: z
    .string()
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, { error: 'ไฟล์ใหญ่เกิน 50 MB' })
    // Node decodes anything, silently dropping what is not base64: a damaged upload would be stored as garbage.
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, { error: 'เนื้อไฟล์ไม่ใช่ base64 ที่ถูกต้อง ไฟล์อาจเสียระหว่างส่ง กรุณาแนบใหม่' }),
});

/** A ลับที่สุด attachment's bytes leave the program only with a second confirmation (issue 14). */
export const attachmentGetArgs = z.object({ id, confirmTopSecret });

export const attachmentContent = z.object({ fileName: z.string(), mediaType: z.string(), base64: z.string() });
