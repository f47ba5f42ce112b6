import { rawQuery } from '../helpers/pg';
import { describe, expect, it } from 'vitest';
import { confirmAttendance, seriesWithMeeting, testCore } from '../helpers/core';

describe('audit log', () => {
  it('records who, when, what, before and after for every write', async () => {
    const t = await testCore({ actor: 'สุดา แก้วมณี' });
    const { meeting, section } = await seriesWithMeeting(t);
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('information').id, subject: 'TDDC' });
    await t.call('agenda.update', { id: item.id, subject: 'ศูนย์ TDDC' });
    const history = await t.call('audit.list', { meetingId: meeting.id });
    const update = history.find((h) => h.entity === 'agenda_items' && h.action === 'update')!;
    expect(update).toMatchObject({ actor: 'สุดา แก้วมณี', entityId: item.id, meetingId: meeting.id });
    expect(update.before).toMatchObject({ subject: 'TDDC' });
    expect(update.after).toMatchObject({ subject: 'ศูนย์ TDDC' });
    expect(Date.parse(update.at)).not.toBeNaN();
    expect(history.map((h) => `${h.entity}:${h.action}`)).toEqual(expect.arrayContaining(['meetings:create', 'attendance:create', 'agenda_items:create']));
  });

  it('keeps what changed, not whole rows: names the record when read, from the record or its deletion', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const long = 'สรุปสาระสำคัญ'.repeat(1000);
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('information').id, subject: 'รายงานผลการดำเนินงาน', summary: long });
    await t.call('agenda.update', { id: item.id, discussion: 'ที่ประชุมมีข้อสังเกต' });
    const history = await t.call('audit.list', { entity: 'agenda_items', entityId: item.id });
    const update = history.find((h) => h.action === 'update')!;
    const create = history.find((h) => h.action === 'create')!;
    expect(update.before).toEqual({ discussion: '' });
    expect(update.after).toEqual({ discussion: 'ที่ประชุมมีข้อสังเกต' });
    // The 13,000-character summary is in the item's row, not copied into the log.
    expect(create.after).toBeNull();
    expect(JSON.stringify(history)).not.toContain(long);
    for (const h of history) expect(h.label).toEqual({ subject: 'รายงานผลการดำเนินงาน' });

    // Renamed: every entry names the item as it is now; the rename itself shows both names.
    await t.call('agenda.update', { id: item.id, subject: 'รายงานผลการดำเนินงานไตรมาสที่ 1' });
    const renamed = await t.call('audit.list', { entity: 'agenda_items', entityId: item.id });
    expect(renamed[0]).toMatchObject({ before: { subject: 'รายงานผลการดำเนินงาน' }, after: { subject: 'รายงานผลการดำเนินงานไตรมาสที่ 1' } });
    expect(new Set(renamed.map((h) => h.label?.subject))).toEqual(new Set(['รายงานผลการดำเนินงานไตรมาสที่ 1']));

    // Deleted: the delete entry keeps the whole row, and the history still names the item by it.
    await t.call('agenda.delete', { id: item.id });
    const gone = await t.call('audit.list', { entity: 'agenda_items', entityId: item.id });
    expect(gone[0]).toMatchObject({ action: 'delete', before: { subject: 'รายงานผลการดำเนินงานไตรมาสที่ 1', summary: long } });
    expect(gone.map((h) => h.label?.subject)).toEqual(gone.map(() => 'รายงานผลการดำเนินงานไตรมาสที่ 1'));
  });

  it('writes nothing, not even an audit line, when a write fails half-way', async () => {
    const t = await testCore();
    const { meeting } = await seriesWithMeeting(t);
    const before = await t.call('audit.list', { limit: 1000 });
    // The person does not exist: the meeting update passes its own checks, then the foreign key refuses.
    const e = await t.refusal('meetings.update', { id: meeting.id, venue: 'ห้อง 801', chairId: crypto.randomUUID() });
    expect(e.code).toBe('INVALID');
    expect(e.message).toMatch(/[ก-๙]/);
    expect((await t.call('meetings.get', { id: meeting.id })).venue).toBe('');
    expect(await t.call('audit.list', { limit: 1000 })).toEqual(before);
  });
});

describe('certified minutes are locked', () => {
  it('refuses changes to the meeting, its attendance and agenda with LOCKED', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('information').id, subject: 'เรื่องเพื่อทราบ' });
    const action = await t.call('actions.create', { agendaItemId: item.id, kind: 'directive', text: 'ติดตามผล' });
    // Certification itself is the minutes workflow's job; here the record is put in that state directly.
    await rawQuery(t.dbPath, "update minutes set status = 'certified', certified_how = 'next_meeting', certified_on = '2026-12-20' where meeting_id = $1", [meeting.id]);

    const refusals = [
      await t.refusal('meetings.update', { id: meeting.id, venue: 'ห้องอื่น' }),
      await t.refusal('agenda.update', { id: item.id, resolution: 'แก้มติ' }),
      await t.refusal('agenda.create', { meetingId: meeting.id, sectionId: section('other').id, subject: 'เพิ่มเรื่อง' }),
      await t.refusal('agenda.move', { id: item.id, sectionId: section('other').id, position: 1 }),
      await t.refusal('agenda.delete', { id: item.id }),
      await t.refusal('attendance.remove', { id: meeting.attendance[0].id }),
      await t.refusal('actions.update', { id: action.id, text: 'ข้อความใหม่' }),
    ];
    for (const r of refusals) {
      expect(r.code).toBe('LOCKED');
      expect(r.message).toContain('ได้รับรองแล้ว');
    }
    // Progress on a directive goes on after the minutes are certified.
    expect((await t.call('actions.update', { id: action.id, status: 'in_progress' })).status).toBe('in_progress');
  });
});

describe('who is recorded', () => {
  it('is the officer named in settings, once set', async () => {
    const t = await testCore({ actor: 'root' });
    const { meeting } = await seriesWithMeeting(t);
    await t.call('settings.update', { officerName: 'นางสุดา แก้วมณี' });
    await t.call('meetings.update', { id: meeting.id, venue: 'ห้องประชุม 801' });
    const [latest] = await t.call('audit.list', { meetingId: meeting.id, limit: 1 });
    expect(latest.actor).toBe('นางสุดา แก้วมณี');
    await confirmAttendance(t, meeting.id);
    const circulated = await t.call('minutes.circulate', { meetingId: meeting.id });
    expect(circulated.versions[0].createdBy).toBe('นางสุดา แก้วมณี');
  });
});
