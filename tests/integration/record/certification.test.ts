import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract';
import { confirmAttendance, type TestCore, testCore } from '../../helpers/core';
import { exportDocument } from '../../helpers/demo';
import { pdfText } from '../../helpers/documents';

/** Meeting 1/2569 held and circulated, with a person as minute-taker, a directive and a decision. */
async function circulatedMeeting(t: TestCore) {
  const orgs = await t.call('organisations.list', {});
  const nso = orgs.find((o) => o.abbrTh === 'สสช.')!;
  const chair = await t.call('people.create', { title: 'นาย', firstName: 'ประเสริฐ', lastName: 'จันทรรวงทอง', position: 'รัฐมนตรีว่าการกระทรวง' });
  const taker = await t.call('people.create', { title: 'นางสาว', firstName: 'กรนภา', lastName: 'ชัยวัฒน์', position: 'นักวิเคราะห์นโยบายและแผนชำนาญการ' });
  const series = await t.call('series.create', { nameTh: 'การประชุมผู้บริหารกระทรวง', members: [{ personId: chair.id, meetingRole: 'chair' }], minuteTakerId: taker.id });
  const section = (kind: string) => series.sections.find((s) => s.kind === kind)!.id;
  const m1 = await t.call('meetings.create', { seriesId: series.id, date: '2026-01-20', startTime: '09:30', endTime: '12:00', venue: 'ห้องประชุม 801' });
  const census = await t.call('agenda.create', { meetingId: m1.id, sectionId: section('information'), subject: 'สำมะโนประชากรและเคหะ พ.ศ. 2568', presenterOrgId: nso.id, resolution: 'ที่ประชุมรับทราบ' });
  const action = await t.call('actions.create', { agendaItemId: census.id, kind: 'directive', text: 'ประชาสัมพันธ์แอปทางรัฐ', leadOrgId: nso.id, dueDate: '2026-03-31' });
  await confirmAttendance(t, m1.id);
  await t.call('minutes.circulate', { meetingId: m1.id });
  const m2 = await t.call('meetings.create', { seriesId: series.id, date: '2026-02-24' });
  return { series, m1, m2, census, action, chair, taker, nso, item21: m2.agendaItems.find((i) => i.number === '2.1')! };
}

describe('certifying "with amendments"', () => {
  it('is refused while the text is the circulated text, and "without" is refused once it changed', async () => {
    const t = await testCore();
    const { m1, census, item21 } = await circulatedMeeting(t);
    const certify = (amended: boolean) => ({
      meetingId: m1.id, how: 'next_meeting' as const, atItemId: item21.id, date: '2026-02-24', amended,
      amendmentText: amended ? 'ระเบียบวาระที่ 5.1 เพิ่มข้อความ' : '',
    });
    const unchanged = await t.refusal('minutes.certify', certify(true));
    expect([unchanged.code, unchanged.field]).toEqual(['CONFLICT', 'amended']);
    expect(unchanged.message).toContain('ข้อความยังเหมือนฉบับที่แจ้งเวียน (ฉบับที่ 1)');
    expect((await t.call('minutes.get', { meetingId: m1.id })).status).toBe('circulated');

    await t.call('agenda.update', { id: census.id, resolution: 'ที่ประชุมรับทราบ และให้ สสช. รายงานผลในการประชุมครั้งถัดไป' });
    const pending = await t.call('minutes.draftChanges', { meetingId: m1.id });
    expect(pending).toMatchObject({ from: 1, changed: true });
    expect(pending.changes.filter((c) => c.kind !== 'same').map((c) => `${c.kind}: ${c.text}`)).toEqual([
      'removed: มติที่ประชุม ที่ประชุมรับทราบ',
      'added: มติที่ประชุม ที่ประชุมรับทราบ และให้ สสช. รายงานผลในการประชุมครั้งถัดไป',
    ]);
    const claimsNone = await t.refusal('minutes.certify', certify(false));
    expect(claimsNone.message).toContain('ข้อความต่างจากฉบับที่แจ้งเวียน');

    const state = await t.call('minutes.certify', certify(true));
    expect(state.status).toBe('certified');
    const [circulated, certified] = state.versions;
    expect(certified.contentHash).not.toBe(circulated.contentHash);
    // The diff of the certified version against the circulated one is exactly the amendment.
    const diff = await t.call('minutes.compare', { meetingId: m1.id, from: 1, to: 2 });
    expect(diff.changes.filter((c) => c.kind !== 'same')).toEqual(pending.changes.filter((c) => c.kind !== 'same'));
  });

  it('refuses to circulate or certify while anyone\'s attendance is unconfirmed, naming them', async () => {
    const t = await testCore();
    const { m2, chair } = await circulatedMeeting(t);
    const e = await t.refusal('minutes.circulate', { meetingId: m2.id });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('ยังไม่ได้ยืนยันการเข้าประชุม');
    expect(e.message).toContain(`${chair.title}${chair.firstName} ${chair.lastName}`);
  });
});

describe('a certified record', () => {
  it('prints its minute-taker under the signature line, and prints the same after the directory and series change', async () => {
    const t = await testCore();
    const { m1, item21, chair, taker, nso, series } = await circulatedMeeting(t);
    await t.call('minutes.certify', { meetingId: m1.id, how: 'next_meeting', atItemId: item21.id, date: '2026-02-24' });
    const before = pdfText(await exportDocument(t, m1.id, 'minutes', 'pdf'));
    expect(before).toContain('(นางสาวกรนภา ชัยวัฒน์)');
    expect(before).toContain('นักวิเคราะห์นโยบายและแผนชำนาญการ');

    await t.call('people.update', { id: chair.id, firstName: 'ประเสริฐศักดิ์', position: 'รองนายกรัฐมนตรี' });
    await t.call('people.update', { id: taker.id, lastName: 'ชัยวัฒนา' });
    await t.call('organisations.update', { id: nso.id, abbrTh: 'สสช.ใหม่', nameTh: 'สำนักงานสถิติแห่งชาติ (ใหม่)' });
    await t.call('series.update', { id: series.id, nameTh: 'การประชุมผู้บริหารระดับสูง' });
    const after = pdfText(await exportDocument(t, m1.id, 'minutes', 'pdf'));
    expect(after).toBe(before);
    // Before certification the same edits do show: the draft prints today's directory.
    expect(pdfText(await exportDocument(t, (await t.call('meetings.find', { number: '2/2569' })).id, 'agenda', 'pdf'))).toContain('การประชุมผู้บริหารระดับสูง');
  });

  it('cannot be changed through any method of the contract', async () => {
    const t = await testCore();
    const { m1, m2, census, action, item21, chair, series } = await circulatedMeeting(t);
    // An annex, so that its secrecy class can be tried once the minutes are certified (issue 14).
    const annex = await t.call('attachments.add', { agendaItemId: census.id, fileName: 'ผลสำมะโน.txt', base64: Buffer.from('สรุปผล').toString('base64') });
    await t.call('minutes.certify', { meetingId: m1.id, how: 'next_meeting', atItemId: item21.id, date: '2026-02-24' });
    const record = async () => {
      const m = await t.call('meetings.get', { id: m1.id });
      const minutes = await t.call('minutes.get', { meetingId: m1.id });
      return {
        pdf: pdfText(await exportDocument(t, m1.id, 'minutes', 'pdf')),
        minutes,
        attachments: await t.call('attachments.list', { meetingId: m1.id }),
        meeting: { ...m, actions: m.actions.map(({ id, text, kind, position, agendaItemId }) => ({ id, text, kind, position, agendaItemId })),
          agendaItems: m.agendaItems.map(({ policyIds: _, ...i }) => i) },
      };
    };
    const before = await record();
    const other = await t.call('people.create', { firstName: 'สมชาย', lastName: 'ใจดี' });
    const attendee = before.meeting.attendance[0];
    const section = series.sections.find((s) => s.kind === 'other')!;
    const file = await t.call('exchange.exportMeeting', { id: m1.id });
    // Every method that writes, aimed at the certified meeting wherever it takes a meeting, item, attendance line or action.
    const attempts: Record<string, unknown[]> = {
      'meetings.update': [{ id: m1.id, venue: 'ห้องอื่น' }, { id: m1.id, date: '2027-01-01' }, { id: m1.id, minuteTakerId: other.id }],
      'meetings.delete': [{ id: m1.id, confirmNumber: '1/2569' }],
      'attendance.add': [{ meetingId: m1.id, personId: other.id, role: 'guest', presence: 'onsite' }],
      'attendance.update': [{ id: attendee.id, presence: 'absent', absenceReason: 'sick' }],
      'attendance.remove': [{ id: attendee.id }],
      'agenda.create': [{ meetingId: m1.id, sectionId: section.id, subject: 'เพิ่ม' }, { meetingId: m1.id, sectionId: section.id, parentId: census.id, subject: 'วาระย่อย' }],
      'agenda.update': [{ id: census.id, resolution: 'แก้มติ' }],
      'agenda.move': [{ id: census.id, sectionId: section.id, position: 1 }],
      'agenda.delete': [{ id: census.id }],
      'attachments.add': [{ agendaItemId: census.id, fileName: 'a.txt', base64: Buffer.from('x').toString('base64') }],
      'attachments.setSecrecy': [{ id: annex.id, secrecy: 'secret' }],
      'actions.create': [{ agendaItemId: census.id, kind: 'directive', text: 'ใหม่' }],
      'actions.update': [{ id: action.id, text: 'แก้ข้อความ' }, { id: action.id, kind: 'follow_up' }, { id: action.id, status: 'done', dueDate: '2026-04-30' }],
      'actions.delete': [{ id: action.id }],
      'actions.reorder': [{ agendaItemId: census.id, ids: [action.id] }],
      'actions.bulkStatus': [{ ids: [action.id], status: 'cancelled' }],
      'actions.addProgress': [{ actionId: action.id, date: '2026-03-01', text: 'คืบหน้า', percent: 50 }],
      'minutes.circulate': [{ meetingId: m1.id }],
      'minutes.certify': [{ meetingId: m1.id, how: 'same_meeting', date: '2026-03-01' }],
      'exchange.importMeeting': [{ file }],
      'people.update': [{ id: chair.id, firstName: 'ชื่อใหม่' }],
      'people.merge': [{ keepId: other.id, mergeId: chair.id }],
      'organisations.update': [{ id: (await t.call('organisations.list', {}))[0].id, nameTh: 'ชื่อใหม่' }],
      'series.update': [{ id: series.id, nameTh: 'ชื่อชุดใหม่', minuteTakerId: other.id, documentSettings: { digits: 'thai' } }],
      'settings.update': [{ officerName: 'ผู้อื่น', noBreakWords: ['ประชาสัมพันธ์'] }],
      'meetings.create': [{ seriesId: series.id, date: '2026-03-30' }],
      // What is published of the record is decided after certification: allowed, and the record stays as it was.
      'disclosure.set': [{ agendaItemId: census.id, status: 'withheld', category: '3', reason: 'ความเห็นภายในที่ยังไม่ยุติ' }],
      'evidence.setIdentity': [{ meetingId: m1.id, checks: [{ attendanceId: attendee.id, method: 'in_room', checkedAt: '2026-01-20T09:20' }] }],
      'evidence.importReport': [{ meetingId: m1.id, fileName: 'zoom.csv', base64: Buffer.from('Name (Original Name),User Email,Join Time,Leave Time\nx,,01/20/2026 09:00 AM,01/20/2026 10:00 AM\n').toString('base64') }],
      'evidence.matchRow': [{ rowId: crypto.randomUUID(), attendanceId: attendee.id }],
      'evidence.removeReport': [{ id: crypto.randomUUID() }],
      'evidence.setRecording': [{ meetingId: m1.id, fileName: 'r.mp4', durationSeconds: 60, sha256: 'a'.repeat(64), location: 'ที่เก็บ' }],
      'evidence.clearRecording': [{ meetingId: m1.id }],
      'evidence.recordSent': [{ meetingId: m1.id, sentOn: '2026-01-10', invitation: { fileName: 'a.pdf', base64: 'AAAA' } }],
    };
    // Methods that write nothing a meeting's record holds (or only read): named here so a new method must be placed.
    const elsewhere = new Set([
      'reference.sectionTemplates', 'organisations.list', 'organisations.create', 'people.list', 'people.create', 'series.list', 'series.create',
      'meetings.list', 'meetings.page', 'meetings.pick', 'meetings.get', 'meetings.find', 'meetings.nextNumber', 'meetings.preparation', 'attachments.list', 'attachments.get', 'attachments.open',
      'attachments.remove', 'actions.list', 'actions.progress', 'actions.lastBulkChange', 'actions.undoBulk', 'minutes.get', 'minutes.version',
      'minutes.compare', 'minutes.draftChanges', 'stageTemplates.list', 'stageTemplates.create', 'stageTemplates.update', 'policies.list',
      'policies.get', 'policies.create', 'policies.update', 'policies.moveStage', 'policies.linkItem', 'policies.addQuestion',
      'policies.updateQuestion', 'policies.addPosition', 'policies.addMilestone', 'policies.addIndicator', 'policies.addIndicatorValue',
      'policies.updateMilestone', 'policies.removeMilestone', 'policies.updatePosition', 'policies.removePosition',
      'policies.removeIndicatorValue', 'audit.list', 'settings.get', 'documents.export', 'reports.actions', 'reports.policies', 'reports.press',
      'exchange.exportMeeting', 'home.summary', 'documents.verify', 'documents.book', 'search.query', 'documents.letters', 'evidence.get',
      'disclosure.list', 'documents.publicVersion', 'retention.get', 'retention.update', 'retention.due', 'retention.destructionList',
      // Destroying drafts or attachments past retention needs a recorded decision first (tests/integration/retention.test.ts).
      'retention.decide', 'retention.destroy',
      // Numbered copies and the register of secret documents write the export register only.
      'documents.exportCopies', 'secrets.register', 'secrets.printRegister',
      // Who is signed in (team mode): reads the session only.
      'session.current',
    ]);
    expect(methods.filter((m) => !(m in attempts) && !elsewhere.has(m))).toEqual([]);

    const outcomes: string[] = [];
    for (const [method, argsList] of Object.entries(attempts)) {
      for (const args of argsList) {
        const answer = await t.core.invoke(method, args);
        outcomes.push(`${method}: ${answer.ok ? 'ok' : answer.error.code}`);
      }
    }
    // What belongs to the record is refused; follow-up work and the directory go on.
    expect(outcomes).toEqual(expect.arrayContaining([
      'meetings.update: LOCKED', 'attendance.update: LOCKED', 'agenda.update: LOCKED', 'actions.create: LOCKED', 'minutes.certify: LOCKED',
      'actions.update: ok', 'people.update: ok', 'series.update: ok', 'disclosure.set: ok', 'evidence.setIdentity: LOCKED', 'evidence.importReport: LOCKED',
      'evidence.setRecording: LOCKED', 'evidence.clearRecording: LOCKED', 'evidence.recordSent: LOCKED',
      'attachments.setSecrecy: LOCKED',
    ]));
    expect(m2.id).toBeTruthy();
    expect(await record()).toEqual(before);
  });
});
