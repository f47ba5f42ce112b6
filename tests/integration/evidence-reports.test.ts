import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EvidenceView } from '../../shared/schemas/evidence';
import { type TestCore, testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';

const sample = (name: string) => readFileSync(new URL(`../fixtures/participants/${name}`, import.meta.url));
const importSample = (t: TestCore, meetingId: string, name: string) =>
  t.call('evidence.importReport', { meetingId, fileName: name, base64: sample(name).toString('base64') });

const who = (view: EvidenceView, name: string) => view.attendees.find((a) => a.name === name)!;

/** Every attendee of the demo meeting is either matched to report rows or listed as not in the report. */
function everyoneAccountedFor(view: EvidenceView) {
  for (const a of view.attendees) {
    const listed = view.notInReport.includes(a.name) || a.presence !== 'electronic';
    expect(a.sessions > 0 || listed, a.name).toBe(true);
  }
}

describe('participant reports of the three conferencing systems', () => {
  it('Zoom (UTF-8 with BOM, summary line above the table): rejoins merged, Latin names and devices left for the officer', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const r = await importSample(t, meetingId, 'zoom-participants-2-2568.csv');
    expect(r.system).toBe('zoom');
    expect(r.rows).toBe(7);
    expect(r.matched.map((m) => m.name)).toEqual(['นางสุดา แก้วมณี', 'นายวิชัย รุ่งเรือง', 'นายวิชัย รุ่งเรือง']);
    expect(r.unmatched.map((u) => u.displayName)).toEqual(['MDES Meeting Room 801 (ห้องประชุม 801)', 'Malee Saisuwan, DGA', 'iPhone', 'Call-in User_1']);
    // Two connections, 09:21:40–10:47:02 and 10:49:15–12:00:30: 85.4 + 71.25 minutes.
    expect(who(r.view, 'นายวิชัย รุ่งเรือง')).toMatchObject({ firstJoin: '2025-02-24T09:21:40', lastLeave: '2025-02-24T12:00:30', minutes: 157, sessions: 2 });
    expect(r.view.notInReport).toEqual(['นางมาลี สายสุวรรณ']);
    everyoneAccountedFor(r.view);
    expect(r.view.reports[0].sha256).toBe((await import('node:crypto')).createHash('sha256').update(sample('zoom-participants-2-2568.csv')).digest('hex'));
  });

  it('Teams (UTF-16 tab-separated, summary block): the in-meeting activities are read, so the rejoin stays two rows', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const r = await importSample(t, meetingId, 'teams-attendance-2-2568.csv');
    expect(r.system).toBe('teams');
    expect(r.rows).toBe(6);
    expect(r.matched.map((m) => `${m.displayName}→${m.name}`)).toEqual([
      'นายวิชัย รุ่งเรือง→นายวิชัย รุ่งเรือง', 'นายวิชัย รุ่งเรือง→นายวิชัย รุ่งเรือง', 'น.ส.กมลา วงศ์ไทย→นางสาวกมลา วงศ์ไทย',
    ]);
    expect(r.unmatched.map((u) => u.displayName)).toEqual(['ห้องประชุม 801 สป.ดศ.', 'MALEE SAISUWAN (DGA)', 'Guest 0917 (Unverified)']);
    expect(who(r.view, 'นายวิชัย รุ่งเรือง')).toMatchObject({ firstJoin: '2025-02-24T09:22:10', lastLeave: '2025-02-24T12:00:41', sessions: 2, minutes: 157 });
    everyoneAccountedFor(r.view);
  });

  it('Webex (day-first dates read by the meeting date): overlapping connections are counted once; a bracketed Thai name matches', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const r = await importSample(t, meetingId, 'webex-attendee-report-2-2568.csv');
    expect(r.system).toBe('webex');
    expect(r.rows).toBe(6);
    expect(r.matched.map((m) => m.name).sort()).toEqual(['นางมาลี สายสุวรรณ', 'นายธนา พูนผล']);
    expect(r.unmatched.map((u) => u.displayName)).toEqual(['MDES Host', 'Wichai Rungrueang', 'Wichai Rungrueang', '+66 2141 XXXX']);
    expect(who(r.view, 'นางมาลี สายสุวรรณ')).toMatchObject({ firstJoin: '2025-02-24T09:26:00', lastLeave: '2025-02-24T12:00:00', minutes: 154 });
    expect(r.view.notInReport).toEqual(['นายวิชัย รุ่งเรือง']);
    everyoneAccountedFor(r.view);

    // The officer matches one Wichai row by hand: the other row with the same address follows in later reports.
    const row = r.view.unmatched.find((u) => u.displayName === 'Wichai Rungrueang')!;
    const wichai = who(r.view, 'นายวิชัย รุ่งเรือง').attendanceId;
    const after = await t.call('evidence.matchRow', { rowId: row.id, attendanceId: wichai });
    expect(who(after, 'นายวิชัย รุ่งเรือง')).toMatchObject({ sessions: 1, firstJoin: '2025-02-24T09:20:00' });
    // Webex' own rows overlap 10:44–10:45; matched both, 09:20–12:01 is 161 minutes, not 162.
    const second = after.unmatched.find((u) => u.displayName === 'Wichai Rungrueang')!;
    const both = await t.call('evidence.matchRow', { rowId: second.id, attendanceId: wichai });
    expect(who(both, 'นายวิชัย รุ่งเรือง')).toMatchObject({ sessions: 2, minutes: 161, lastLeave: '2025-02-24T12:01:00' });
    // The meeting-room host is set aside: no longer listed for the officer.
    const host = both.unmatched.find((u) => u.displayName === 'MDES Host')!;
    const aside = await t.call('evidence.matchRow', { rowId: host.id, attendanceId: null, ignore: true });
    expect(aside.unmatched.map((u) => u.displayName)).toEqual(['+66 2141 XXXX']);
    expect(aside.notInReport).toEqual([]);
  });

  it('learns from a hand match: the next report matches the same person by e-mail address', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const zoom = await importSample(t, meetingId, 'zoom-participants-2-2568.csv');
    const malee = zoom.view.unmatched.find((u) => u.email === 'malee.s@dga.or.th')!;
    await t.call('evidence.matchRow', { rowId: malee.id, attendanceId: who(zoom.view, 'นางมาลี สายสุวรรณ').attendanceId });
    const teams = await importSample(t, meetingId, 'teams-attendance-2-2568.csv');
    expect(teams.matched).toContainEqual({ displayName: 'MALEE SAISUWAN (DGA)', name: 'นางมาลี สายสุวรรณ', by: 'email' });
    // Two reports of one meeting: her connections from both, merged.
    expect(who(teams.view, 'นางมาลี สายสุวรรณ')).toMatchObject({ sessions: 2, firstJoin: '2025-02-24T09:24:58', lastLeave: '2025-02-24T12:01:20' });
    expect(teams.view.notInReport).toEqual([]);
  });

  it('refuses the same file twice, and a file that is no participant report, in Thai', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    await importSample(t, meetingId, 'zoom-participants-2-2568.csv');
    const again = await t.refusal('evidence.importReport', { meetingId, fileName: 'copy.csv', base64: sample('zoom-participants-2-2568.csv').toString('base64') });
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'นำเข้ารายงานนี้แล้ว (ไฟล์ "zoom-participants-2-2568.csv" เนื้อหาเดียวกัน)' });
    const other = await t.refusal('evidence.importReport', { meetingId, fileName: 'budget.csv', base64: Buffer.from('item,amount\nกระดาษ,100\n').toString('base64') });
    expect(other.code).toBe('INVALID');
    expect(other.message).toContain('ไม่พบหัวตารางรายชื่อผู้เข้าร่วม');
    const binary = await t.refusal('evidence.importReport', { meetingId, fileName: 'x.csv', base64: Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x41]).toString('base64') });
    expect(binary.message).toContain('ไม่ใช่ข้อความ UTF-8 หรือ UTF-16');
  });

  it('removing a report takes its rows and traffic away', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const r = await importSample(t, meetingId, 'zoom-participants-2-2568.csv');
    const view = await t.call('evidence.removeReport', { id: r.view.reports[0].id });
    expect(view.reports).toEqual([]);
    expect(who(view, 'นายวิชัย รุ่งเรือง').sessions).toBe(0);
  });
});
