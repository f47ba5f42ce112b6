import { z } from 'zod';
import { id } from './common';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  meetingId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /** What names the record (its subject, text, name…) as it is now, or as it was when deleted. */
  label: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditQuery = z.object({
  meetingId: id.optional(),
  entity: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});
