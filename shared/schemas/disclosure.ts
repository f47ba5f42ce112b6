import { z } from 'zod';
import { section15Keys } from '../disclosure';
import { documentSettingsPatch } from './document-settings';
import { id, optionalText } from './common';

export const disclosureStatus = z.enum(['public', 'withheld']);
export const section15Category = z.enum(section15Keys as [string, ...string[]]);

/** An agenda item's resolution in the public version: published, or withheld with the category of ม.15 and a reason. */
export const itemDisclosure = z.object({
  agendaItemId: id,
  status: disclosureStatus,
  category: section15Category.nullable(),
  reason: z.string(),
  /** 0 while the item has no setting of its own (public by default). */
  version: z.number().int().min(0),
});
export type ItemDisclosure = z.infer<typeof itemDisclosure>;

export const itemDisclosureInput = z
  .object({
    agendaItemId: id,
    status: disclosureStatus,
    category: section15Category.nullable().default(null),
    reason: optionalText(2000).default(''),
    /** 0 where the item had no setting yet (public by default): refused if another officer set one meanwhile. */
    version: z.number().int().min(0).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status !== 'withheld') return;
    // ม.15 para. 2: a withholding states the kind of information and why.
    if (!v.category) ctx.addIssue({ code: 'custom', path: ['category'], message: 'ต้องเลือกประเภทข้อมูลข่าวสารตามมาตรา 15 ที่ไม่เปิดเผย' });
    if (!v.reason.trim()) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'ต้องระบุเหตุผลที่ไม่เปิดเผย' });
  });

export const publicVersionArgs = z.object({
  meetingId: id,
  format: z.enum(['pdf', 'docx']),
  settings: documentSettingsPatch.optional(),
});
