import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';

describe('policies and legislation', () => {
  it('follow a bill through its stages, decided at agenda items, with a timeline', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const meeting = await t.call('meetings.get', { id: meetingId });
    const gameItem = meeting.agendaItems.find((i) => i.number === '4.1')!;
    const templates = await t.call('stageTemplates.list', {});
    const bill = templates.find((x) => x.kind === 'bill')!;
    const depa = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'ดีป้า')!;
    let game = await t.call('policies.create', { kind: 'bill', titleTh: 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....', shortTitle: 'ร่าง พ.ร.บ. เกม', ownerOrgId: depa.id, stageDate: '2025-01-15' });
    expect(game.currentStage).toBe('ยกร่างโดยหน่วยงาน');
    game = await t.call('policies.moveStage', { policyId: game.id, stageId: bill.stages[1].id, date: '2025-02-24', note: 'ที่ประชุมเห็นชอบในหลักการ ให้รับฟังความคิดเห็น', agendaItemId: gameItem.id });
    expect(game.currentStage).toBe(bill.stages[1].nameTh);
    expect(game.history.map((h) => h.stage)).toEqual([bill.stages[0].nameTh, bill.stages[1].nameTh]);
    expect(game.history[1].decidedAt).toMatchObject({ meetingNumber: '2/2568', itemNumber: '4.1' });
    expect(game.agendaItems.map((r) => `${r.meetingNumber} ${r.itemNumber}`)).toEqual(['2/2568 4.1']);
    expect((await t.call('meetings.get', { id: meetingId })).agendaItems.find((i) => i.id === gameItem.id)!.policyIds).toEqual([game.id]);

    // A backdated movement does not become the current stage.
    game = await t.call('policies.moveStage', { policyId: game.id, stageId: bill.stages[0].id, date: '2025-01-01' });
    expect(game.currentStage).toBe(bill.stages[1].nameTh);
    const decree = templates.find((x) => x.kind === 'emergency_decree')!;
    const wrong = await t.refusal('policies.moveStage', { policyId: game.id, stageId: decree.stages[0].id, date: '2025-03-01' });
    expect([wrong.code, wrong.field]).toEqual(['INVALID', 'stageId']);
  });

  it('record the decree\'s open question with each liable party\'s position, milestones and indicators', async () => {
    const t = await testCore();
    let decree = await t.call('policies.create', { kind: 'emergency_decree', titleTh: 'พระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี' });
    decree = await t.call('policies.addQuestion', { policyId: decree.id, question: 'ผู้ใดต้องชดใช้ความเสียหายแก่ผู้เสียหายจากอาชญากรรมออนไลน์' });
    const q = decree.questions[0];
    for (const stakeholder of ['สถาบันการเงิน', 'ผู้ให้บริการโทรคมนาคม', 'แพลตฟอร์มดิจิทัล']) {
      decree = await t.call('policies.addPosition', { questionId: q.id, stakeholder, status: 'undecided' });
    }
    expect(decree.questions[0].positions.map((p) => p.stakeholder)).toEqual(['สถาบันการเงิน', 'ผู้ให้บริการโทรคมนาคม', 'แพลตฟอร์มดิจิทัล']);

    let census = await t.call('policies.create', { kind: 'project', titleTh: 'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568' });
    census = await t.call('policies.addMilestone', { policyId: census.id, title: 'ตอบแบบสอบถามออนไลน์ผ่านแอปทางรัฐ', startDate: '2025-04-01', endDate: '2025-04-20' });
    census = await t.call('policies.addMilestone', { policyId: census.id, title: 'เจ้าหน้าที่ลงพื้นที่', startDate: '2025-04-21', endDate: '2025-06-19' });
    expect(census.milestones.map((m) => m.endDate)).toEqual(['2025-04-20', '2025-06-19']);
    const backwards = await t.refusal('policies.addMilestone', { policyId: census.id, title: 'ผิด', startDate: '2025-05-01', endDate: '2025-04-01' });
    expect(backwards.field).toBe('endDate');

    let fund = await t.call('policies.create', { kind: 'programme', titleTh: 'ระบบฐานข้อมูล Big Data กองทุนหมู่บ้าน' });
    fund = await t.call('policies.addIndicator', { policyId: fund.id, name: 'จำนวนกองทุนหมู่บ้านในฐานข้อมูล', unit: 'แห่ง' });
    fund = await t.call('policies.addIndicatorValue', { indicatorId: fund.indicators[0].id, asOf: '2025-02-24', value: 79610, source: 'สถาบันข้อมูลขนาดใหญ่ (BDI)' });
    expect(fund.indicators[0].values[0]).toMatchObject({ value: 79610, source: 'สถาบันข้อมูลขนาดใหญ่ (BDI)' });
    expect((await t.call('policies.list', {})).map((p) => p.kind).sort()).toEqual(['emergency_decree', 'programme', 'project']);
  });
});

describe('stage templates are data the officer edits', () => {
  it('renames, adds and reorders stages, keeping the ones history refers to', async () => {
    const t = await testCore();
    const bill = (await t.call('stageTemplates.list', {})).find((x) => x.kind === 'bill')!;
    const game = await t.call('policies.create', { kind: 'bill', titleTh: 'ร่าง พ.ร.บ. เกม', stageDate: '2025-01-15' });
    const [first, ...rest] = bill.stages;
    const edited = await t.call('stageTemplates.update', {
      id: bill.id,
      stages: [
        { id: first.id, nameTh: 'ยกร่างโดยหน่วยงาน (ดีป้า)', nameEn: first.nameEn, terminal: null },
        { nameTh: 'เสนอกระทรวงพิจารณา', nameEn: 'Ministry review', terminal: null },
        ...rest.map((s) => ({ id: s.id, nameTh: s.nameTh, nameEn: s.nameEn, terminal: s.terminal })),
      ],
    });
    expect(edited.stages.slice(0, 3).map((s) => `${s.position} ${s.nameTh}`)).toEqual(['1 ยกร่างโดยหน่วยงาน (ดีป้า)', '2 เสนอกระทรวงพิจารณา', `3 ${rest[0].nameTh}`]);
    expect((await t.call('policies.get', { id: game.id })).currentStage).toBe('ยกร่างโดยหน่วยงาน (ดีป้า)');

    const dropUsed = await t.refusal('stageTemplates.update', { id: bill.id, stages: edited.stages.slice(1).map((s) => ({ id: s.id, nameTh: s.nameTh })) });
    expect([dropUsed.code, dropUsed.field]).toEqual(['CONFLICT', 'stages']);
    const dropUnused = await t.call('stageTemplates.update', { id: bill.id, stages: edited.stages.filter((s) => s.nameTh !== 'เสนอกระทรวงพิจารณา').map((s) => ({ id: s.id, nameTh: s.nameTh, terminal: s.terminal })) });
    expect(dropUnused.stages).toHaveLength(bill.stages.length);

    const own = await t.call('stageTemplates.create', { kind: 'project', nameTh: 'โครงการลงทุนดิจิทัล', stages: [{ nameTh: 'ขออนุมัติงบประมาณ' }, { nameTh: 'จัดซื้อจัดจ้าง' }, { nameTh: 'ส่งมอบ', terminal: 'in_force' }] });
    const p = await t.call('policies.create', { kind: 'project', titleTh: 'ศูนย์ข้อมูลภาครัฐ', templateId: own.id });
    expect(p.currentStage).toBe('ขออนุมัติงบประมาณ');
  });
});

describe('correcting a policy record', () => {
  it('edits and removes milestones, positions and indicator values', async () => {
    const t = await testCore();
    let p = await t.call('policies.create', { kind: 'emergency_decree', titleTh: 'พ.ร.ก. อาชญากรรมทางเทคโนโลยี' });
    p = await t.call('policies.addQuestion', { policyId: p.id, question: 'ผู้ใดต้องชดใช้ความเสียหาย' });
    p = await t.call('policies.addPosition', { questionId: p.questions[0].id, stakeholder: 'สถาบันการเงิน' });
    p = await t.call('policies.updatePosition', { id: p.questions[0].positions[0].id, position: 'รับผิดร่วมเมื่อไม่ระงับบัญชีม้า', status: 'conditional' });
    expect(p.questions[0].positions[0]).toMatchObject({ position: 'รับผิดร่วมเมื่อไม่ระงับบัญชีม้า', status: 'conditional' });
    p = await t.call('policies.removePosition', { id: p.questions[0].positions[0].id });
    expect(p.questions[0].positions).toEqual([]);

    p = await t.call('policies.addMilestone', { policyId: p.id, title: 'เสนอคณะรัฐมนตรี', startDate: '2025-03-01', endDate: '2025-03-31' });
    const bad = await t.refusal('policies.updateMilestone', { id: p.milestones[0].id, endDate: '2025-02-01' });
    expect(bad.field).toBe('endDate');
    p = await t.call('policies.updateMilestone', { id: p.milestones[0].id, status: 'done' });
    expect(p.milestones[0].status).toBe('done');
    p = await t.call('policies.removeMilestone', { id: p.milestones[0].id });
    expect(p.milestones).toEqual([]);

    p = await t.call('policies.addIndicator', { policyId: p.id, name: 'จำนวนบัญชีม้าที่ระงับ', unit: 'บัญชี' });
    p = await t.call('policies.addIndicatorValue', { indicatorId: p.indicators[0].id, asOf: '2025-03-01', value: 1200 });
    p = await t.call('policies.removeIndicatorValue', { id: p.indicators[0].values[0].id });
    expect(p.indicators[0].values).toEqual([]);
  });
});
