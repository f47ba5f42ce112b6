import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type LekhaCore, openCore } from '../../electron/api';
import { formatThaiDateShort } from '../../shared/thai';
import { localIsoDate } from '../../shared/local-time';
import type { Args, Method, Result } from '../../shared/contract';
import type { LekhaErrorShape } from '../../shared/errors';
import { tempDir } from '../helpers/core';
import { createTestDatabase, onPostgres, rawQuery } from '../helpers/pg';
import { realMeetingFile } from '../helpers/real-meeting';

/**
 * Issue 15, point 2: two officers (two windows, or two desktops on one file) edit one record. The second
 * save, made on the copy loaded before the first one's, is refused naming the first officer and the time,
 * and nothing of it is written.
 */
const opened: LekhaCore[] = [];
const dropped: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
  while (dropped.length) await dropped.pop()!();
});

interface Officer {
  call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>>;
  refusal(method: Method, args: unknown): Promise<LekhaErrorShape>;
}

async function officer(dbPath: string, name: string, at: string): Promise<Officer> {
  const core = await openCore({ dbPath, filesDir: join(tempDir(), 'files'), actor: name, now: () => at, log: () => {} });
  opened.push(core);
  return {
    async call(method, args) {
      const answer = await core.invoke(method, args);
      if (!answer.ok) throw new Error(`${method} refused: ${answer.error.message}`);
      return answer.value as never;
    },
    async refusal(method, args) {
      const answer = await core.invoke(method, args);
      if (answer.ok) throw new Error(`${method} was expected to be refused`);
      return answer.error;
    },
  };
}

/** The real Cabinet meeting (tests/fixtures/real/meetings) in a fresh database, opened by two officers. */
async function twoOfficers() {
  // Two desktops on one file, or two servers of a team on one PostgreSQL database (the test matrix's run).
  const server = onPostgres ? await createTestDatabase() : null;
  if (server) dropped.push(server.drop);
  const dbPath = server?.url ?? join(tempDir(), 'lekha.db');
  // 14:05 in Bangkok and wherever the test runs: the message shows the computer's own time.
  const at = '2026-11-30T07:05:00.000Z';
  const somying = await officer(dbPath, 'สมหญิง ใจดี', at);
  const somchai = await officer(dbPath, 'สมชาย มั่นคง', '2026-11-30T07:09:00.000Z');
  const { meetingId } = await somying.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style'), renameOrganisations: {} });
  return { dbPath, at, somying, somchai, meetingId };
}

const hhmm = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
};

describe('a save made on a stale copy', () => {
  it('is refused naming who changed the record and when, offering the newer copy, and writes nothing', async () => {
    const { dbPath, at, somying, somchai, meetingId } = await twoOfficers();
    // Both open the same agenda item.
    const item = (await somying.call('meetings.get', { id: meetingId })).agendaItems.find((i) => i.number.startsWith('4.'))!;
    const seenBySomchai = (await somchai.call('meetings.get', { id: meetingId })).agendaItems.find((i) => i.id === item.id)!;
    expect(seenBySomchai.version).toBe(item.version);

    const saved = await somying.call('agenda.update', { id: item.id, version: item.version, resolution: 'ที่ประชุมรับทราบ และมอบหมายให้หน่วยงานดำเนินการต่อไป' });
    expect(saved.version).toBe(item.version + 1);

    const refused = await somchai.refusal('agenda.update', { id: item.id, version: seenBySomchai.version, resolution: 'ที่ประชุมเห็นชอบ' });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('สมหญิง ใจดี');
    expect(refused.message).toContain(`${formatThaiDateShort(localIsoDate(at))} เวลา ${hhmm(at)} น.`);
    expect(refused.message).toContain('เปิดฉบับล่าสุด');
    expect(refused.stale).toEqual({ entity: 'agenda_items', id: item.id, version: saved.version, by: 'สมหญิง ใจดี', at });

    // Nothing of the refused save is in the database: the item holds the first officer's words, at her version.
    const [row] = await rawQuery(dbPath, 'select resolution, version from agenda_items where id = $1', [item.id]);
    expect(row).toEqual({ resolution: 'ที่ประชุมรับทราบ และมอบหมายให้หน่วยงานดำเนินการต่อไป', version: saved.version });
    const entries = await rawQuery(dbPath, "select actor from audit_log where entity = 'agenda_items' and entity_id = $1 and action = 'update'", [item.id]);
    expect(entries).toEqual([{ actor: 'สมหญิง ใจดี' }]);

    // Opening the newer copy and saving on it goes through.
    const newer = (await somchai.call('meetings.get', { id: meetingId })).agendaItems.find((i) => i.id === item.id)!;
    expect(newer.resolution).toBe('ที่ประชุมรับทราบ และมอบหมายให้หน่วยงานดำเนินการต่อไป');
    const again = await somchai.call('agenda.update', { id: item.id, version: newer.version, resolution: `${newer.resolution} ภายในเดือนธันวาคม` });
    expect(again.version).toBe(newer.version + 1);
  });

  it('to delete a record another officer changed is refused the same way; a deleted one is named as deleted', async () => {
    const { somying, somchai, meetingId } = await twoOfficers();
    const meeting = await somchai.call('meetings.get', { id: meetingId });
    const action = meeting.actions[0];
    await somying.call('actions.update', { id: action.id, version: action.version, status: 'in_progress' });
    const refused = await somchai.refusal('actions.delete', { id: action.id, version: action.version });
    expect([refused.code, refused.stale?.by]).toEqual(['CONFLICT', 'สมหญิง ใจดี']);
    expect((await somchai.call('meetings.get', { id: meetingId })).actions.map((a) => a.id)).toContain(action.id);

    const line = meeting.attendance[0];
    await somying.call('attendance.remove', { id: line.id, version: line.version });
    const gone = await somchai.refusal('attendance.update', { id: line.id, version: line.version, presence: 'onsite' });
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toContain('ถูกลบไปแล้ว');
    expect(gone.message).toContain('สมหญิง ใจดี');
  });

  it('of several records (a bulk status change) is refused whole when any one of them changed', async () => {
    const { dbPath, somying, somchai, meetingId } = await twoOfficers();
    const actions = (await somchai.call('meetings.get', { id: meetingId })).actions.slice(0, 3);
    expect(actions.length).toBe(3);
    await somying.call('actions.update', { id: actions[2].id, version: actions[2].version, text: `${actions[2].text} (แก้ไข)` });
    const refused = await somchai.refusal('actions.bulkStatus', {
      ids: actions.map((a) => a.id), status: 'done', versions: Object.fromEntries(actions.map((a) => [a.id, a.version])),
    });
    expect([refused.code, refused.stale?.id]).toEqual(['CONFLICT', actions[2].id]);
    const statuses = await Promise.all(actions.map(async (a) => (await rawQuery<{ status: string }>(dbPath, 'select status from action_items where id = $1', [a.id]))[0].status));
    expect(statuses).toEqual(actions.map((a) => a.status));
  });

  it('of the evidence of an electronic meeting is refused the same way: a report, the recording, an identity check', async () => {
    const { dbPath, at, somying, somchai, meetingId } = await twoOfficers();
    const attendance = (await somying.call('meetings.get', { id: meetingId })).attendance;
    const first = attendance[0].id;
    await somying.call('evidence.setIdentity', { meetingId, checks: [{ attendanceId: first, method: 'in_room', checkedAt: '2025-02-24T09:21' }] });
    const base64 = readFileSync(new URL('../fixtures/participants/zoom-participants-2-2568.csv', import.meta.url)).toString('base64');
    await somying.call('evidence.importReport', { meetingId, fileName: 'zoom-participants-2-2568.csv', base64 });
    // Both open the meeting's evidence.
    const seen = await somchai.call('evidence.get', { meetingId });
    const report = seen.reports[0];
    const row = report.rows[0];

    // She matches a row of the report by hand; his removal of the report, over his older copy, would throw that away.
    await somying.call('evidence.matchRow', { rowId: row.id, attendanceId: first, version: row.version });
    const refused = await somchai.refusal('evidence.removeReport', { id: report.id, version: report.version });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain(`สมหญิง ใจดี เมื่อ ${formatThaiDateShort(localIsoDate(at))} เวลา ${hhmm(at)} น.`);
    expect(refused.stale).toMatchObject({ entity: 'participant_reports', id: report.id, version: report.version + 1 });
    expect(await rawQuery(dbPath, 'select count(*) as n from participant_rows where report_id = $1', [report.id])).toEqual([{ n: report.rows.length }]);

    // He saw no recording (version 0); she kept one meanwhile: his is refused, hers stays.
    expect(seen.recording).toBeNull();
    const recording = { meetingId, fileName: 'GMT20250224-020512_Recording_1920x1080.mp4', durationSeconds: 10_768, sha256: 'ab'.repeat(32) };
    await somying.call('evidence.setRecording', { ...recording, location: 'เครื่องแม่ข่ายจัดเก็บเอกสาร กลุ่มงานประชุม', version: 0 });
    const second = await somchai.refusal('evidence.setRecording', { ...recording, location: 'ห้องเก็บเอกสาร ชั้น 8', version: 0 });
    expect([second.code, second.stale?.by]).toEqual(['CONFLICT', 'สมหญิง ใจดี']);
    expect((await somchai.call('evidence.get', { meetingId })).recording?.location).toBe('เครื่องแม่ข่ายจัดเก็บเอกสาร กลุ่มงานประชุม');

    // She clears the identity check he is changing: his save is told it is gone, and by whom.
    const check = seen.attendees.find((a) => a.attendanceId === first)!;
    expect(check.identityVersion).toBe(1);
    await somying.call('evidence.setIdentity', { meetingId, checks: [], clear: [first], versions: { [first]: check.identityVersion } });
    const gone = await somchai.refusal('evidence.setIdentity', {
      meetingId, checks: [{ attendanceId: first, method: 'password', checkedAt: '2025-02-24T09:22' }], versions: { [first]: check.identityVersion },
    });
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toContain('ถูกลบไปแล้ว: โดย สมหญิง ใจดี');
    expect(await rawQuery(dbPath, 'select count(*) as n from identity_checks where attendance_id = $1', [first])).toEqual([{ n: 0 }]);
  });
});
