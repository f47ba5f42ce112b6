import { describe, expect, it } from 'vitest';
import { seriesWithMeeting, testCore } from '../helpers/core';

/**
 * The screens send only what changed: marking who came sends the presence, the tracker sends a status.
 * Every other field of the line must stay as it was (zod 4 filled a left-out field with the input's
 * default inside `.partial()`, so these updates used to blank the chair's role and an action's owners).
 */
describe('updates of one field keep the others', () => {
  it('marking presence keeps the meeting role the minutes print (ประธาน)', async () => {
    const t = await testCore();
    const { meeting } = await seriesWithMeeting(t);
    const chairLine = meeting.attendance.find((a) => a.meetingRole === 'ประธาน')!;
    const marked = await t.call('attendance.update', { id: chairLine.id, presence: 'onsite' });
    expect(marked).toEqual({ ...chairLine, presence: 'onsite', version: chairLine.version + 1 });
  });

  it('changing an action’s status keeps its due date and its lead and supporting organisations', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const orgs = await t.call('organisations.list', {});
    const org = (abbr: string) => orgs.find((o) => o.abbrTh === abbr)!.id;
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('consideration').id, subject: 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม' });
    const action = await t.call('actions.create', {
      agendaItemId: item.id, kind: 'directive', text: 'จัดรับฟังความคิดเห็น', dueDate: '2026-12-31', leadOrgId: org('ดีป้า'), supportOrgIds: [org('สป.ดศ.')],
    });
    const moved = await t.call('actions.update', { id: action.id, status: 'in_progress' });
    expect(moved).toEqual({ ...action, status: 'in_progress', version: action.version + 1 });
  });
});
