import type { ActionRow } from '../../../shared/schemas/actions';
import type { PolicyDetail, PolicySummary, StageTemplate } from '../../../shared/schemas/policies';
import { ids } from './data';

/** Fixtures for the policy and action screens (readable fixed ids; the fake client does not check them). */
const uid = (n: number) => `00000000-0000-4000-8000-${String(900 + n).padStart(12, '0')}`;

export const pids = {
  template: uid(1),
  stage: (n: number) => uid(10 + n),
  bill: uid(30),
  decree: uid(31),
  question: uid(40),
  indicator: uid(50),
  action: (n: number) => uid(60 + n),
};

const stageNames = ['ยกร่างโดยหน่วยงาน', 'รับฟังความคิดเห็นและวิเคราะห์ผลกระทบ', 'คณะรัฐมนตรีอนุมัติหลักการ'];
export const templates: StageTemplate[] = [
  {
    version: 1, id: pids.template, kind: 'bill', nameTh: 'ร่างพระราชบัญญัติ', nameEn: 'Bill',
    stages: [
      ...stageNames.map((nameTh, i) => ({ id: pids.stage(i + 1), position: i + 1, nameTh, nameEn: `Stage ${i + 1}`, terminal: null })),
      { id: pids.stage(9), position: 9, nameTh: 'ตกไป', nameEn: 'Lapsed', terminal: 'lapsed' as const },
    ],
  },
];

export const itemRef = {
  meetingId: ids.meeting, meetingNumber: '2/2568', meetingDate: '2025-02-24', agendaItemId: ids.item(1), itemNumber: '4.1',
  subject: '(ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....',
};

export function billDetail(over: Partial<PolicyDetail> = {}): PolicyDetail {
  return {
    id: pids.bill, version: 1, kind: 'bill', titleTh: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....', shortTitle: 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม',
    ownerOrgId: ids.orgDepa, templateId: pids.template, currentStageId: pids.stage(1), currentStage: stageNames[0], lastMovedOn: '2025-02-24',
    updatedAt: '2025-02-24T03:00:00.000Z', description: 'ขับเคลื่อนอุตสาหกรรมเกมไทย',
    history: [{ id: uid(70), stageId: pids.stage(1), stage: stageNames[0], date: '2025-02-24', note: 'เสนอที่ประชุมผู้บริหารกระทรวง', decidedAt: itemRef }],
    questions: [
      {
        version: 1, id: pids.question, question: 'ความรับผิดชอบในการชดใช้ความเสียหาย', status: 'open', resolution: '',
        positions: [{ version: 1, id: uid(41), stakeholder: 'สถาบันการเงิน', organisationId: null, position: '', status: 'unknown' }],
      },
    ],
    milestones: [{ version: 1, id: uid(45), title: 'ตอบแบบสอบถามออนไลน์', startDate: '2025-04-01', endDate: '2025-04-20', status: 'planned' }],
    indicators: [
      { id: pids.indicator, name: 'กองทุนหมู่บ้านในฐานข้อมูล', unit: 'แห่ง', values: [{ version: 1, id: uid(51), asOf: '2025-02-24', value: 79610, source: 'สถาบันข้อมูลขนาดใหญ่', illustrative: false, decidedAt: null }] },
    ],
    agendaItems: [itemRef],
    ...over,
  };
}

export const summaryOf = (p: PolicyDetail): PolicySummary => ({
  id: p.id, kind: p.kind, titleTh: p.titleTh, shortTitle: p.shortTitle, ownerOrgId: p.ownerOrgId, templateId: p.templateId,
  currentStageId: p.currentStageId, currentStage: p.currentStage, lastMovedOn: p.lastMovedOn, updatedAt: p.updatedAt,
});

export function actionRow(n: number, over: Partial<ActionRow> = {}): ActionRow {
  return {
    id: pids.action(n), version: 1, agendaItemId: ids.item(3), kind: 'directive', text: `ข้อสั่งการที่ ${n}`, dueDate: '2025-04-20', status: 'open',
    leadOrgId: ids.orgNso, supportOrgIds: [], illustrative: true, position: n, meetingId: ids.meeting, meetingNumber: '2/2568',
    itemSubject: 'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568', itemNumber: '5.3', overdue: false, lastProgress: null, ...over,
  };
}
