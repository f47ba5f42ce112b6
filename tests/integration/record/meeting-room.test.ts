import { describe, expect, it } from 'vitest';
import { confirmAttendance, seriesWithMeeting, testCore } from '../../helpers/core';
import { exportDocument } from '../../helpers/demo';
import { pdfText, squash } from '../../helpers/documents';

describe('attendance', () => {
  it('starts unconfirmed, so quorum is not reached before the meeting; absent with a reason is one call', async () => {
    const t = await testCore();
    const { meeting } = await seriesWithMeeting(t);
    expect(meeting.attendance.map((a) => a.presence)).toEqual(['unconfirmed', 'unconfirmed']);
    const { quorum } = await import('../../../shared/quorum');
    expect(quorum(meeting.attendance)).toMatchObject({ present: 0, unconfirmed: 2, reached: false });
    const absent = await t.call('attendance.update', { id: meeting.attendance[1].id, presence: 'absent', absenceReason: 'official_duty', absenceNote: 'ประชุมที่ต่างจังหวัด' });
    expect(absent).toMatchObject({ presence: 'absent', absenceReason: 'official_duty' });
    await t.call('attendance.update', { id: meeting.attendance[0].id, presence: 'electronic' });
    expect(quorum((await t.call('meetings.get', { id: meeting.id })).attendance)).toMatchObject({ present: 1, unconfirmed: 0, reached: false });
  });

  it('prints a sign-in sheet with every expected attendee, a column to sign and blank lines', async () => {
    const t = await testCore();
    const { meeting, chair, member } = await seriesWithMeeting(t);
    const text = pdfText(await exportDocument(t, meeting.id, 'signin', 'pdf'));
    expect(text).toContain('ใบลงชื่อผู้เข้าประชุม');
    expect(text).toContain('ครั้งที่ 1/2569');
    for (const p of [chair, member]) expect(squash(text)).toContain(squash(`${p.title}${p.firstName} ${p.lastName}`));
    expect(text).toContain('ลายมือชื่อ');
    expect(text).toContain('ผู้เข้าประชุมที่ไม่มีรายชื่อข้างต้น');
  });
});

describe('the series\' own sections in the documents', () => {
  it('print the series\' headings; an empty section prints "ไม่มี" or is left out as the series says', async () => {
    const t = await testCore();
    const s = await t.call('series.create', {
      nameTh: 'การประชุมคณะรัฐมนตรี',
      sections: [
        { kind: 'custom', titleTh: 'เรื่องกฎหมาย' }, { kind: 'custom', titleTh: 'เรื่องเศรษฐกิจ-สังคม' },
        { kind: 'custom', titleTh: 'เรื่องต่างประเทศ' }, { kind: 'custom', titleTh: 'เรื่องแต่งตั้ง', whenEmpty: 'omit' },
      ],
    });
    const m = await t.call('meetings.create', { seriesId: s.id, date: '2023-03-14' });
    await t.call('agenda.create', { meetingId: m.id, sectionId: s.sections[0].id, subject: 'ร่างพระราชกฤษฎีกากำหนดเขตที่ดินที่จะเวนคืน' });
    const agenda = pdfText(await exportDocument(t, m.id, 'agenda', 'pdf'));
    expect(agenda).toMatch(/ระเบียบวาระที่ 1\s+เรื่องกฎหมาย/);
    expect(agenda).toContain('1.1 เรื่อง ร่างพระราชกฤษฎีกา');
    expect(agenda).toMatch(/ระเบียบวาระที่ 3\s+เรื่องต่างประเทศ\s+ไม่มี/);
    expect(agenda).not.toContain('เรื่องแต่งตั้ง');
    // Sections keep their ids through edits; one with items filed under it cannot go.
    const e = await t.refusal('series.update', { id: s.id, sections: s.sections.slice(1).map(({ id, kind, titleTh, whenEmpty }) => ({ id, kind, titleTh, whenEmpty })) });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('มีระเบียบวาระอยู่ในหมวดนี้ 1 เรื่อง');
  });
});

describe('bulk status changes', () => {
  it('record what they replaced, and the last one is undone through the contract, audited', async () => {
    const t = await testCore();
    const { meeting, section } = await seriesWithMeeting(t);
    const item = await t.call('agenda.create', { meetingId: meeting.id, sectionId: section('information').id, subject: 'ติดตามผล' });
    const a = await t.call('actions.create', { agendaItemId: item.id, kind: 'directive', text: 'ก', status: 'in_progress' });
    const b = await t.call('actions.create', { agendaItemId: item.id, kind: 'directive', text: 'ข' });
    const { change } = await t.call('actions.bulkStatus', { ids: [a.id, b.id], status: 'done' });
    expect(change).toMatchObject({ status: 'done', count: 2, undone: false });
    expect(await t.call('actions.lastBulkChange', {})).toMatchObject({ id: change!.id });
    expect(await t.call('actions.undoBulk', { id: change!.id })).toEqual({ restored: 2 });
    const after = (await t.call('meetings.get', { id: meeting.id })).actions.map((x) => x.status);
    expect(after).toEqual(['in_progress', 'open']);
    expect(await t.call('actions.lastBulkChange', {})).toBeNull();
    expect((await t.refusal('actions.undoBulk', { id: change!.id })).message).toContain('ถูกเลิกทำไปแล้ว');
    const audit = await t.call('audit.list', { entity: 'action_items', entityId: a.id, limit: 10 });
    expect(audit.filter((h) => h.action === 'update').map((h) => (h.after as { status: string }).status)).toEqual(['in_progress', 'done']);

    // An action that moved on since makes the undo refuse, changing nothing.
    const second = (await t.call('actions.bulkStatus', { ids: [a.id, b.id], status: 'cancelled' })).change!;
    await t.call('actions.update', { id: b.id, status: 'open' });
    const refused = await t.refusal('actions.undoBulk', { id: second.id });
    expect(refused.message).toContain('"ข" ถูกเปลี่ยนสถานะอีกครั้ง');
    expect((await t.call('meetings.get', { id: meeting.id })).actions.map((x) => x.status)).toEqual(['cancelled', 'open']);
    await confirmAttendance(t, meeting.id);
  });
});
