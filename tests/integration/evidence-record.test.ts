import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rawQuery } from '../helpers/pg';
import { describe, expect, it } from 'vitest';
import { confirmAttendance, type TestCore, testCore } from '../helpers/core';
import { exportDocument, loadDemo } from '../helpers/demo';
import { pdfText } from '../helpers/documents';
import { setLetterhead } from '../helpers/letters';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const squeeze = (s: string) => s.replace(/\s+/g, '');
const recordingHash = sha(Buffer.from('recording of meeting 2/2568'));

async function demo(t: TestCore) {
  const meetingId = await loadDemo(t);
  const meeting = await t.call('meetings.get', { id: meetingId });
  const people = await t.call('people.list', {});
  const line = (first: string) => meeting.attendance.find((a) => people.find((p) => p.id === a.personId)?.firstName === first)!.id;
  return { meetingId, meeting, line };
}

async function fullEvidence(t: TestCore, meetingId: string, line: (first: string) => string) {
  await t.call('evidence.setIdentity', {
    meetingId,
    checks: [
      { attendanceId: line('วิชัย'), method: 'one_time_code', checkedAt: '2025-02-24T09:21' },
      { attendanceId: line('มาลี'), method: 'vouched', vouchedById: line('สุดา'), checkedAt: '2025-02-24T09:25' },
      { attendanceId: line('ประเสริฐ'), method: 'in_room', checkedAt: '2025-02-24T09:28' },
    ],
  });
  await t.call('evidence.importReport', {
    meetingId, fileName: 'zoom-participants-2-2568.csv',
    base64: readFileSync(new URL('../fixtures/participants/zoom-participants-2-2568.csv', import.meta.url)).toString('base64'),
  });
  return t.call('evidence.setRecording', {
    meetingId, fileName: 'GMT20250224-020512_Recording_1920x1080.mp4', durationSeconds: 10_768, sha256: recordingHash,
    location: 'เครื่องแม่ข่ายจัดเก็บเอกสาร กลุ่มงานประชุม สป.ดศ. \\\\nas01\\meetings\\2568', trafficLocation: 'ระบบ Zoom ของกระทรวง (เก็บ 1 ปี)',
  });
}

describe('identity checks (ม.9(1))', () => {
  it('lists every problem of a submission at once, in Thai, and saves nothing', async () => {
    const t = await testCore();
    const { meetingId, line } = await demo(t);
    const e = await t.refusal('evidence.setIdentity', {
      meetingId,
      checks: [
        { attendanceId: line('วิชัย'), method: 'in_room', checkedAt: '2025-02-24T09:21' },
        { attendanceId: line('มาลี'), method: 'vouched', vouchedById: line('มาลี'), checkedAt: '2025-02-24T09:25' },
        { attendanceId: line('อนันต์'), method: 'password', checkedAt: '2025-02-24T09:25' },
        { attendanceId: line('สมชาย'), method: 'vouched', checkedAt: '2025-02-24T09:25' },
      ],
    });
    expect(e.code).toBe('INVALID');
    expect(e.problems?.map((p) => p.message)).toEqual([
      'นายวิชัย รุ่งเรือง ประชุมผ่านสื่ออิเล็กทรอนิกส์ จึงตรวจสอบตัวตนในห้องประชุมไม่ได้',
      'นางมาลี สายสุวรรณ รับรองตัวตนของตนเองไม่ได้',
      'นายอนันต์ ทองดี ยังไม่ได้ระบุว่ามาประชุม จึงบันทึกการแสดงตนไม่ได้',
      'นายสมชาย ใจดี: ต้องระบุผู้เข้าประชุมที่รับรองตัวตน',
    ]);
    expect(e.message).toContain('(4 จุด)');
    expect((await t.call('evidence.get', { meetingId })).attendees.every((a) => a.identity === null)).toBe(true);
  });

  it('keeps the method, who vouched and when; a second save changes the one line; clear removes it', async () => {
    const t = await testCore();
    const { meetingId, line } = await demo(t);
    const view = await fullEvidence(t, meetingId, line);
    const malee = view.attendees.find((a) => a.name === 'นางมาลี สายสุวรรณ')!;
    expect(malee.identity).toEqual({ attendanceId: line('มาลี'), method: 'vouched', vouchedById: line('สุดา'), checkedAt: '2025-02-24T09:25' });
    const changed = await t.call('evidence.setIdentity', { meetingId, checks: [{ attendanceId: line('มาลี'), method: 'password', checkedAt: '2025-02-24T09:26' }] });
    expect(changed.attendees.find((a) => a.name === 'นางมาลี สายสุวรรณ')!.identity).toMatchObject({ method: 'password', vouchedById: null });
    const cleared = await t.call('evidence.setIdentity', { meetingId, checks: [], clear: [line('มาลี')] });
    expect(cleared.attendees.find((a) => a.name === 'นางมาลี สายสุวรรณ')!.identity).toBeNull();
    expect(cleared.attendees.find((a) => a.name === 'นายวิชัย รุ่งเรือง')!.identity?.method).toBe('one_time_code');
  });
});

describe('what was sent before the meeting (ม.8)', () => {
  it('freezes the invitation letters, their enclosure and every attached paper, each with its SHA-256 and the date sent', async () => {
    const t = await testCore();
    const { meetingId, meeting } = await demo(t);
    await setLetterhead(t, meetingId);
    const paper = Buffer.from('%PDF-1.4 a paper for item 4.1');
    const item = meeting.agendaItems.find((i) => i.number === '4.1')!;
    await t.call('attachments.add', { agendaItemId: item.id, fileName: 'รายงานผลการดำเนินงาน.pdf', mediaType: 'application/pdf', base64: paper.toString('base64') });
    const view = await t.call('evidence.recordSent', { meetingId, sentOn: '2025-02-17' });
    const kinds = view.sent.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'invitation').length).toBeGreaterThan(0);
    expect(kinds).toContain('enclosure');
    expect(view.sent.find((s) => s.kind === 'paper')).toMatchObject({ fileName: 'รายงานผลการดำเนินงาน.pdf', sha256: sha(paper), agendaItemNumber: '4.1', sentOn: '2025-02-17', kept: true });
    // The copy kept is the file sent: removing the attachment later does not take it away.
    const stored = (await rawQuery<{ stored_path: string }>(t.dbPath, "select stored_path from sent_documents where kind = 'paper'"))[0].stored_path;
    expect(stored).toMatch(/^evidence\//);
    // What went out that day is fixed: keeping it again is refused (new letters would be other bytes); after the meeting too.
    const again = await t.refusal('evidence.recordSent', { meetingId, sentOn: '2025-02-17' });
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'เก็บสำเนาสิ่งที่ส่งเมื่อ 17 กุมภาพันธ์ 2568 ไว้แล้ว สิ่งที่ส่งไปแล้วเปลี่ยนไม่ได้' });
    expect((await t.call('evidence.get', { meetingId })).sent.length).toBe(view.sent.length);
    const late = await t.refusal('evidence.recordSent', { meetingId, sentOn: '2025-02-25' });
    expect(late.message).toContain('วันที่ส่งต้องไม่หลังวันประชุม');
  });

  it('takes the invitation as sent when the officer gives the file', async () => {
    const t = await testCore();
    const { meetingId } = await demo(t);
    const letter = Buffer.from('%PDF-1.4 invitation signed in e-Saraban');
    const view = await t.call('evidence.recordSent', { meetingId, sentOn: '2025-02-14', channel: 'ระบบสารบรรณอิเล็กทรอนิกส์', invitation: { fileName: 'หนังสือเชิญ.pdf', base64: letter.toString('base64') } });
    expect(view.sent).toEqual([expect.objectContaining({ kind: 'invitation', fileName: 'หนังสือเชิญ.pdf', sha256: sha(letter), channel: 'ระบบสารบรรณอิเล็กทรอนิกส์' })]);
  });
});

describe('the minutes state the evidence (ม.9 paragraph 2)', () => {
  it('name the system, each identity check, where the recording and the traffic data are kept, and the manifest hash', async () => {
    const t = await testCore();
    const { meetingId, line } = await demo(t);
    const before = squeeze(pdfText(await exportDocument(t, meetingId, 'minutes', 'pdf')));
    expect(before).not.toContain('การประชุมผ่านสื่ออิเล็กทรอนิกส์');
    const view = await fullEvidence(t, meetingId, line);
    const raw = pdfText(await exportDocument(t, meetingId, 'minutes', 'pdf'));
    // ณ stands apart, as Thai writes it (the squeezed text below cannot see a missing space).
    expect(raw).toContain('เป็นการประชุม ณ ห้องประชุม');
    const text = squeeze(raw);
    for (const phrase of [
      'การประชุมผ่านสื่ออิเล็กทรอนิกส์',
      'ด้วยระบบZoomผู้เข้าประชุมแสดงตนก่อนร่วมประชุม',
      'นายวิชัยรุ่งเรือง(ผ่านสื่ออิเล็กทรอนิกส์):รหัสผ่านใช้ครั้งเดียว(OTP)เมื่อเวลา09.21น.',
      'นางมาลีสายสุวรรณ(ผ่านสื่ออิเล็กทรอนิกส์):ผู้เข้าประชุมอีกคนหนึ่งรับรองคือนางสุดาแก้วมณีเมื่อเวลา09.25น.',
      'นายประเสริฐจันทรรวงทอง:ตรวจสอบตัวตนในห้องประชุมเมื่อเวลา09.28น.',
      'ไว้ในไฟล์GMT20250224-020512_Recording_1920x1080.mp4ความยาว2ชั่วโมง59นาที',
      'จัดเก็บไว้ที่เครื่องแม่ข่ายจัดเก็บเอกสารกลุ่มงานประชุมสป.ดศ.',
      `SHA-256${recordingHash}`,
      'รายงานผู้เข้าร่วมประชุมของระบบZoomไฟล์zoom-participants-2-2568.csv',
      'และที่ระบบZoomของกระทรวง(เก็บ1ปี)',
      `(SHA-256${view.manifestHash})`,
    ]) expect(text).toContain(phrase);
  });

  it('a secret meeting states that it was not recorded, and refuses a recording', async () => {
    const t = await testCore();
    const { meetingId, line } = await demo(t);
    await t.call('meetings.update', { id: meetingId, secrecy: 'secret' });
    const e = await t.refusal('evidence.setRecording', { meetingId, fileName: 'x.mp4', durationSeconds: 60, sha256: recordingHash, location: 'ที่ใดก็ได้' });
    expect(e.message).toContain('การประชุมลับ ซึ่งต้องไม่บันทึกเสียงหรือภาพ');
    await t.call('evidence.setIdentity', { meetingId, checks: [{ attendanceId: line('วิชัย'), method: 'password', checkedAt: '2025-02-24T09:21' }] });
    const text = squeeze(pdfText(await exportDocument(t, meetingId, 'minutes', 'pdf')));
    expect(text).toContain('การประชุมนี้เป็นการประชุมลับจึงไม่มีการบันทึกเสียงหรือภาพและเสียงของการประชุม');
    expect(text).not.toContain('บันทึกเสียงและภาพของผู้เข้าประชุมทุกคน');
  });
});

describe('the evidence is part of the certified record', () => {
  it('is inside the hash of the certified version; changing it afterwards is refused, and a change behind Lekha shows as a mismatch', async () => {
    const t = await testCore();
    const { meetingId, line } = await demo(t);
    const view = await fullEvidence(t, meetingId, line);
    await confirmAttendance(t, meetingId);
    await t.call('minutes.certify', { meetingId, how: 'same_meeting', date: '2025-02-24' });
    const version = JSON.parse((await rawQuery<{ content: string }>(t.dbPath, "select content from minutes_versions where status = 'certified'"))[0].content);
    expect(version.print.evidence.sha256).toBe(view.manifestHash);
    expect(version.print.evidence.recording.sha256).toBe(recordingHash);
    expect(version.print.evidence.reports[0].sha256).toBe(view.reports[0].sha256);
    const certified = await t.call('evidence.get', { meetingId });
    expect(certified).toMatchObject({ locked: true, certifiedManifestMatches: true });

    for (const [method, args] of [
      ['evidence.setIdentity', { meetingId, checks: [{ attendanceId: line('วิชัย'), method: 'password', checkedAt: '2025-02-24T09:21' }] }],
      ['evidence.setRecording', { meetingId, fileName: 'other.mp4', durationSeconds: 60, sha256: recordingHash, location: 'ที่อื่น' }],
      ['evidence.clearRecording', { meetingId }],
      ['evidence.removeReport', { id: view.reports[0].id }],
      ['evidence.matchRow', { rowId: view.unmatched[0].id, attendanceId: line('มาลี') }],
      ['evidence.recordSent', { meetingId, sentOn: '2025-02-17', invitation: { fileName: 'a.pdf', base64: 'AAAA' } }],
    ] as const) {
      const e = await t.refusal(method, args);
      expect(e.code, method).toBe('LOCKED');
    }
    // A change made to the database file behind Lekha's back: the recording's hash replaced.
    await rawQuery(t.dbPath, 'update meeting_recordings set sha256 = $1', ['0'.repeat(64)]);
    const tampered = await t.call('evidence.get', { meetingId });
    expect(tampered.certifiedManifestMatches).toBe(false);
    // The certified minutes still print what was certified.
    expect(squeeze(pdfText(await exportDocument(t, meetingId, 'minutes', 'pdf')))).toContain(`SHA-256${recordingHash}`);
  });
});

describe('hashes in the minutes', () => {
  it('print in groups of eight, in Arabic digits even where the series prints Thai digits', async () => {
    const t = await testCore();
    const { meetingId, meeting, line } = await demo(t);
    const view = await fullEvidence(t, meetingId, line);
    await t.call('series.update', { id: meeting.seriesId, documentSettings: { digits: 'thai' } });
    const text = pdfText(await exportDocument(t, meetingId, 'minutes', 'pdf')).replace(/\s+/g, ' ');
    const grouped = (hex: string) => hex.match(/.{8}/g)!.join(' ');
    expect(text).toContain(`(SHA-256 ${grouped(recordingHash)})`);
    expect(text).toContain(`(SHA-256 ${grouped(view.manifestHash)})`);
    // The prose around them in Thai digits: the time of an identity check, the length of the recording.
    expect(text).toContain('๐๙.๒๑ น.');
    expect(text).toContain('๒ ชั่วโมง ๕๙ นาที');
  });
});
