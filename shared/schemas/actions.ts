import { z } from 'zod';
import { actionStatus, id, isoDate, requiredText, expectedVersions } from './common';
import { actionItem } from './meeting';

export const actionQuery = z.object({
  /** Lead or supporting. */
  organisationId: id.optional(),
  statuses: z.array(actionStatus).optional(),
  /** Only those past their due date and not done or cancelled. */
  overdue: z.boolean().optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  meetingId: id.optional(),
  policyId: id.optional(),
  /** The day overdue is counted from; today when left out. */
  today: isoDate.optional(),
  sort: z.enum(['due', 'meeting', 'status', 'created']).default('due'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
export type ActionQuery = z.infer<typeof actionQuery>;

export const progressUpdate = z.object({
  id, actionId: id, date: isoDate, text: z.string(), percent: z.number().int().nullable(), reportedBy: z.string(), illustrative: z.boolean(),
});
export type ProgressUpdate = z.infer<typeof progressUpdate>;

export const actionRow = actionItem.extend({
  meetingId: id,
  meetingNumber: z.string(),
  itemSubject: z.string(),
  /** `4.1`: the agenda item's number in its meeting. */
  itemNumber: z.string(),
  /** Derived from the due date: past it and neither done nor cancelled. */
  overdue: z.boolean(),
  lastProgress: progressUpdate.nullable(),
});
export type ActionRow = z.infer<typeof actionRow>;

export const actionPage = z.object({ total: z.number().int(), rows: z.array(actionRow) });

export const progressInput = z.object({
  actionId: id,
  date: isoDate,
  text: requiredText(5000),
  percent: z.number().int().min(0, { error: 'ร้อยละต้องอยู่ระหว่าง 0 ถึง 100' }).max(100, { error: 'ร้อยละต้องอยู่ระหว่าง 0 ถึง 100' }).nullable().default(null),
  reportedBy: z.string().max(300).default(''),
  illustrative: z.boolean().default(false),
});

export const bulkStatusArgs = z.object({
  ids: z.array(id).min(1, { error: 'ต้องเลือกอย่างน้อยหนึ่งรายการ' }).max(1000, { error: 'เปลี่ยนได้ครั้งละไม่เกิน 1,000 รายการ' }),
  status: actionStatus,
  /** The versions of the selected actions as the list showed them, by id: each is checked. */
  versions: expectedVersions,
});

/** A bulk status change as kept for its undo (เลิกทำ): what it set, on how many, by whom. */
export const bulkChange = z.object({
  id,
  at: z.string(),
  actor: z.string(),
  status: actionStatus,
  count: z.number().int(),
  undone: z.boolean(),
});
export type BulkChange = z.infer<typeof bulkChange>;

export const bulkStatusResult = z.object({ updated: z.number().int(), change: bulkChange.nullable() });

/** The actions of one agenda item in the order wanted: every one of them, each once. */
export const reorderActionsArgs = z.object({ agendaItemId: id, ids: z.array(id).min(1).max(500), versions: expectedVersions });
