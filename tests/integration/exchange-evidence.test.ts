import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExchangeFile } from '../../shared/exchange';
import type { EvidenceView } from '../../shared/schemas/evidence';
import { type TestCore, testCore } from '../helpers/core';
import { exportDocument, loadDemo } from '../helpers/demo';
import { pdfText } from '../helpers/documents';

// The electronic-meeting evidence (migration 0080) travels in the meeting's exchange file: identity checks,
// the participant report with its rows and their matches, the recording's reference and what was sent,
// the kept files as base64 checked against their SHA-256 on import (shared/exchange-evidence.ts).

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const report = readFileSync(new URL('../fixtures/participants/zoom-participants-2-2568.csv', import.meta.url));
const letter = Buffer.from('%PDF-1.4 invitation signed in e-Saraban');

/** The demo meeting 2/2568 with every kind of evidence, one report row matched by hand and one set aside. */
async function withEvidence(t: TestCore): Promise<string> {
  const meetingId = await loadDemo(t);
  const meeting = await t.call('meetings.get', { id: meetingId });
  const people = await t.call('people.list', {});
  const line = (first: string) => meeting.attendance.find((a) => people.find((p) => p.id === a.personId)?.firstName === first)!.id;
  await t.call('evidence.setIdentity', {
    meetingId,
    checks: [
      { attendanceId: line('วิชัย'), method: 'one_time_code', checkedAt: '2025-02-24T09:21' },
      { attendanceId: line('มาลี'), method: 'vouched', vouchedById: line('สุดา'), checkedAt: '2025-02-24T09:25' },
    ],
  });
  const { view } = await t.call('evidence.importReport', { meetingId, fileName: 'zoom-participants-2-2568.csv', base64: report.toString('base64') });
  const [first, second] = view.unmatched;
  await t.call('evidence.matchRow', { rowId: first.id, attendanceId: line('มาลี') });
  if (second) await t.call('evidence.matchRow', { rowId: second.id, attendanceId: null, ignore: true });
  await t.call('evidence.setRecording', {
    meetingId, fileName: 'GMT20250224-020512_Recording_1920x1080.mp4', durationSeconds: 10_768, sha256: sha(Buffer.from('recording')),
    location: 'เครื่องแม่ข่ายจัดเก็บเอกสาร กลุ่มงานประชุม', trafficLocation: 'ระบบ Zoom ของกระทรวง (เก็บ 1 ปี)',
  });
  await t.call('evidence.recordSent', { meetingId, sentOn: '2025-02-14', channel: 'ระบบสารบรรณอิเล็กทรอนิกส์', invitation: { fileName: 'หนังสือเชิญ.pdf', base64: letter.toString('base64') } });
  return meetingId;
}

/** What a reader of the evidence sees: everything but the ids of the database's own rows (attendance lines, reports, rows). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Record versions are each database's own (an imported record starts at 1): the evidence is compared without them.
const seen = (v: EvidenceView) => JSON.parse(JSON.stringify(v, (key, value) => {
  if (key === 'version' || key === 'identityVersion') return undefined;
  return key !== 'meetingId' && typeof value === 'string' && UUID.test(value) ? 'id' : value;
}));

describe('electronic-meeting evidence in the exchange file', () => {
  it('goes out and comes back whole: the same evidence, the same manifest hash, the same minutes paragraph, the files kept', async () => {
    const a = await testCore();
    const meetingId = await withEvidence(a);
    const file = await a.call('exchange.exportMeeting', { id: meetingId });
    const evidence = file.evidence!;
    expect(evidence.identity.map((i) => [i.person, i.method, i.vouchedBy])).toEqual([
      ['นายวิชัย รุ่งเรือง', 'one_time_code', null], ['นางมาลี สายสุวรรณ', 'vouched', 'นางสุดา แก้วมณี'],
    ]);
    expect(Buffer.from(evidence.reports[0].base64, 'base64').equals(report)).toBe(true);
    expect(evidence.reports[0].rows.some((r) => r.matchedBy === 'hand' && r.person === 'นางมาลี สายสุวรรณ')).toBe(true);
    expect(evidence.sent[0]).toMatchObject({ kind: 'invitation', sha256: sha(letter), base64: letter.toString('base64') });

    const b = await testCore();
    const imported = await b.call('exchange.importMeeting', { file: JSON.parse(JSON.stringify(file)) as ExchangeFile });
    expect(imported.meetingId).toBe(meetingId);
    const there = await a.call('evidence.get', { meetingId });
    const here = await b.call('evidence.get', { meetingId });
    expect(seen(here)).toEqual(seen(there));
    expect(here.reports[0].rows.length).toBeGreaterThan(3);
    // The minutes print the same evidence paragraph, with the same manifest hash.
    const paragraph = (text: string) => text.replace(/\s+/g, '').match(/การประชุมผ่านสื่ออิเล็กทรอนิกส์.*?บัญชีหลักฐาน[^)]*\)/)?.[0];
    const printed = paragraph(pdfText(await exportDocument(a, meetingId, 'minutes', 'pdf')));
    expect(printed).toContain('SHA-256');
    expect(paragraph(pdfText(await exportDocument(b, meetingId, 'minutes', 'pdf')))).toBe(printed);
    // And sent out again from the second database, the evidence is what the first one sent.
    expect((await b.call('exchange.exportMeeting', { id: meetingId })).evidence).toEqual(evidence);
  });

  it('is checked with the rest of the file: a changed report, a stranger and a lone vouch are refused together, nothing written', async () => {
    const a = await testCore();
    const file = await a.call('exchange.exportMeeting', { id: await withEvidence(a) });
    const bad = JSON.parse(JSON.stringify(file)) as ExchangeFile;
    const e = bad.evidence!;
    e.reports[0].base64 = Buffer.from(`${report.toString('utf8')}\nแถวที่เพิ่มเข้ามา,,`).toString('base64');
    e.identity[0].person = 'นายสมมติ ไม่มีตัวตน';
    e.identity[1].vouchedBy = null;
    const b = await testCore();
    const refused = await b.refusal('exchange.importMeeting', { file: bad });
    expect(refused.code).toBe('INVALID');
    expect(refused.problems?.map((p) => p.field)).toEqual(expect.arrayContaining(['evidence.reports.0.base64', 'evidence.identity.0.person', 'evidence.identity.1.vouchedBy']));
    expect(refused.problems?.find((p) => p.field === 'evidence.reports.0.base64')?.message).toContain('ไม่ตรงกับ SHA-256');
    expect(await b.call('meetings.list', {})).toEqual([]);
  });

  it('is left out of the file of a meeting without evidence', async () => {
    const t = await testCore();
    const file = await t.call('exchange.exportMeeting', { id: await loadDemo(t) });
    expect('evidence' in file).toBe(false);
  });
});
