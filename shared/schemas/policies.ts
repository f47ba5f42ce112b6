import { z } from 'zod';
import { id, isoDate, optionalText, requiredText, expectedVersion, recordVersion } from './common';

export const policyKind = z.enum(['bill', 'emergency_decree', 'programme', 'project']);
export const terminalKind = z.enum(['in_force', 'lapsed', 'withdrawn']);

export const templateStage = z.object({ id, position: z.number().int(), nameTh: z.string(), nameEn: z.string(), terminal: terminalKind.nullable() });
export const stageTemplate = z.object({ id, version: recordVersion, kind: policyKind, nameTh: z.string(), nameEn: z.string(), stages: z.array(templateStage) });
export type StageTemplate = z.infer<typeof stageTemplate>;

const stageInput = z.object({
  /** An existing stage keeps its identity (its history refers to it); a new one has none. */
  id: id.optional(),
  nameTh: requiredText(300),
  nameEn: optionalText(300).default(''),
  terminal: terminalKind.nullable().default(null),
});
export const stageTemplateInput = z.object({
  kind: policyKind, nameTh: requiredText(200), nameEn: optionalText(200).default(''),
  stages: z.array(stageInput).min(1, { error: 'แม่แบบต้องมีอย่างน้อยหนึ่งขั้นตอน' }).max(60),
});
/** `stages`, when given, is the whole new list in order: stages left out are removed (if no policy used them). */
export const stageTemplatePatch = z.object({
  id, nameTh: requiredText(200).optional(), nameEn: optionalText(200).optional(), stages: stageTemplateInput.shape.stages.optional(), version: expectedVersion,
});

/** Where a record was decided: `ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1`. */
export const itemRef = z.object({
  meetingId: id, meetingNumber: z.string(), meetingDate: isoDate.nullable(), agendaItemId: id, itemNumber: z.string(), subject: z.string(),
});
export type ItemRef = z.infer<typeof itemRef>;

export const policySummary = z.object({
  id, kind: policyKind, titleTh: z.string(), shortTitle: z.string(), ownerOrgId: id.nullable(), templateId: id.nullable(),
  currentStageId: id.nullable(), currentStage: z.string().nullable(), lastMovedOn: isoDate.nullable(), updatedAt: z.string(),
});
export type PolicySummary = z.infer<typeof policySummary>;

export const positionStatus = z.enum(['unknown', 'supports', 'opposes', 'conditional', 'undecided']);

export const policyDetail = policySummary.extend({
  /** Raised by every change to the policy or any of its parts. */
  version: recordVersion,
  description: z.string(),
  history: z.array(z.object({ id, stageId: id, stage: z.string(), date: isoDate, note: z.string(), decidedAt: itemRef.nullable() })),
  questions: z.array(z.object({
    id, version: recordVersion, question: z.string(), status: z.enum(['open', 'resolved']), resolution: z.string(),
    positions: z.array(z.object({ id, version: recordVersion, stakeholder: z.string(), organisationId: id.nullable(), position: z.string(), status: positionStatus })),
  })),
  milestones: z.array(z.object({
    id, version: recordVersion, title: z.string(), startDate: isoDate.nullable(), endDate: isoDate.nullable(), status: z.enum(['planned', 'in_progress', 'done', 'missed']),
  })),
  indicators: z.array(z.object({
    id, name: z.string(), unit: z.string(),
    values: z.array(z.object({ id, version: recordVersion, asOf: isoDate, value: z.number(), source: z.string(), illustrative: z.boolean(), decidedAt: itemRef.nullable() })),
  })),
  /** Every agenda item, in any meeting, that concerns this policy, oldest first. */
  agendaItems: z.array(itemRef),
});
export type PolicyDetail = z.infer<typeof policyDetail>;

export const policyInput = z.object({
  kind: policyKind,
  titleTh: requiredText(500),
  shortTitle: optionalText(200).default(''),
  description: optionalText().default(''),
  ownerOrgId: id.nullable().default(null),
  /** The kind's shipped template when left out. */
  templateId: id.optional(),
  /** Where it stands when first recorded; the template's first stage when left out. */
  stageId: id.optional(),
  stageDate: isoDate.optional(),
  stageNote: optionalText(5000).default(''),
  /** The agenda item where that stage was reported or decided. */
  stageAgendaItemId: id.nullable().default(null),
});
export const policyPatch = z.object({
  id, titleTh: requiredText(500).optional(), shortTitle: optionalText(200).optional(), description: optionalText().optional(),
  ownerOrgId: id.nullable().optional(), version: expectedVersion,
});
export const moveStageArgs = z.object({
  policyId: id, version: expectedVersion, stageId: id, date: isoDate, note: optionalText(5000).default(''), agendaItemId: id.nullable().default(null),
});
export const linkItemArgs = z.object({ policyId: id, agendaItemId: id, linked: z.boolean(), version: expectedVersion });
export const questionInput = z.object({ policyId: id, question: requiredText(2000) });
export const questionPatch = z.object({ id, question: requiredText(2000).optional(), status: z.enum(['open', 'resolved']).optional(), resolution: optionalText(5000).optional(), version: expectedVersion });
export const positionInput = z.object({
  questionId: id, stakeholder: requiredText(300), organisationId: id.nullable().default(null), position: optionalText(5000).default(''), status: positionStatus.default('unknown'),
});
export const milestoneInput = z.object({
  policyId: id, title: requiredText(500), startDate: isoDate.nullable().default(null), endDate: isoDate.nullable().default(null),
  status: z.enum(['planned', 'in_progress', 'done', 'missed']).default('planned'),
}).refine((m) => !m.startDate || !m.endDate || m.startDate <= m.endDate, { error: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม', path: ['endDate'] });
export const indicatorInput = z.object({ policyId: id, name: requiredText(300), unit: optionalText(60).default('') });
export const indicatorValueInput = z.object({
  indicatorId: id, asOf: isoDate, value: z.number({ error: 'ต้องเป็นตัวเลข' }).finite(), source: optionalText(500).default(''),
  agendaItemId: id.nullable().default(null), illustrative: z.boolean().default(false),
});

export const milestonePatch = z.object({
  id, title: requiredText(500).optional(), startDate: isoDate.nullable().optional(), endDate: isoDate.nullable().optional(),
  status: z.enum(['planned', 'in_progress', 'done', 'missed']).optional(), version: expectedVersion,
});
export const positionPatch = z.object({
  id, stakeholder: requiredText(300).optional(), organisationId: id.nullable().optional(), position: optionalText(5000).optional(), status: positionStatus.optional(), version: expectedVersion,
});
