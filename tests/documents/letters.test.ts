import { describe, expect, it } from 'vitest';
import { personName } from '../../shared/names';
import type { MeetingDetail } from '../../shared/schemas/meeting';
import { formatThaiDate, formatThaiDateLong, formatThaiTime, toThaiDigits } from '../../shared/thai';
import { testCore } from '../helpers/core';
import { loadDemo } from '../helpers/demo';
import { pdfFonts, positionsInOrder, squash } from '../helpers/documents';
import { letters, letterText, libreOfficePdfs, setLetterhead, testLetterhead as head } from '../helpers/letters';

type Organisation = { id: string; nameTh: string; abbrTh: string };

/** Worked out from the meeting itself, not from the letters' builder: each agency and the actions it leads or supports. */
function expectedWork(meeting: MeetingDetail) {
  const work = new Map<string, { lead: MeetingDetail['actions']; support: MeetingDetail['actions'] }>();
  const of = (id: string) => work.get(id) ?? work.set(id, { lead: [], support: [] }).get(id)!;
  for (const a of meeting.actions.filter((x) => x.status !== 'cancelled')) {
    if (a.leadOrgId) of(a.leadOrgId).lead.push(a);
    for (const s of a.supportOrgIds) of(s).support.push(a);
  }
  return work;
}

/** What one agency's letter must say, and the other agencies' directives it must not carry. */
function checkDirectivesLetter(text: string, meeting: MeetingDetail, orgs: Organisation[], orgId: string) {
  const work = expectedWork(meeting).get(orgId)!;
  const org = orgs.find((o) => o.id === orgId)!;
  const mine = [...work.lead, ...work.support];
  // The parts of form 1, in its order.
  const parts = ['ตราครุฑ', `ที่${head.referenceNo}`, head.agencyName, 'เรื่องแจ้งมติและข้อสั่งการ', 'เรียน', 'ขอแสดงความนับถือ', `(${head.signerName})`, 'รักษาราชการแทน', head.ownerUnit, `โทร.${head.phone}`, `โทรสาร${head.fax}`, `ไปรษณีย์อิเล็กทรอนิกส์${head.email}`];
  expect(positionsInOrder(text, parts.map(squash)).every((at) => at >= 0), `${org.abbrTh}: ${parts.join(' | ')}`).toBe(true);
  expect(text).toContain(squash(`มอบหมายให้${org.nameTh}ดำเนินการ`));
  for (const a of mine) {
    expect(text, `${org.abbrTh}: ${a.text}`).toContain(squash(a.text));
    const item = meeting.agendaItems.find((i) => i.id === a.agendaItemId)!;
    expect(text).toContain(squash(`ระเบียบวาระที่ ${item.number} เรื่อง ${item.subject}`));
    expect(text).toContain(squash(`มติที่ประชุม ${item.resolution}`));
    if (a.dueDate) expect(text).toContain(squash(`กำหนดแล้วเสร็จภายในวันที่ ${formatThaiDate(a.dueDate)}`));
  }
  // Each directive it leads says so, and names the agencies that support it.
  for (const a of work.lead) {
    const support = a.supportOrgIds.map((id) => orgs.find((o) => o.id === id)!.nameTh);
    for (const after of ['ในฐานะหน่วยงานหลัก', ...support]) expect(positionsInOrder(text, [a.text, after].map(squash))[1], `${a.text} … ${after}`).toBeGreaterThan(0);
  }
  for (const a of work.support) {
    const lead = orgs.find((o) => o.id === a.leadOrgId);
    expect(text).toContain(squash(`ในฐานะหน่วยงานสนับสนุน${lead ? ` โดยมี${lead.nameTh}เป็นหน่วยงานหลัก` : ''}`));
  }
  for (const other of meeting.actions.filter((a) => !mine.includes(a))) expect(text, `${org.abbrTh} must not carry: ${other.text}`).not.toContain(squash(other.text));
}

describe('letters of meeting 2/2568 (lekha demo)', () => {
  it('directives: one letter per agency with work, each with its directives, its part, the due dates and the resolutions, in PDF and in the DOCX as LibreOffice reads it', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    await setLetterhead(t, meetingId);
    const meeting = await t.call('meetings.get', { id: meetingId });
    const orgs = await t.call('organisations.list', {});
    const expected = [...expectedWork(meeting).keys()];
    expect(expected.length).toBeGreaterThanOrEqual(4);

    const pdf = await letters(t, meetingId, 'directives', 'pdf');
    expect(pdf.files.every((f) => f.role === 'letter' && f.mediaType === 'application/pdf')).toBe(true);
    expect(pdf.files.map((f) => f.organisationId).sort()).toEqual([...expected].sort());
    for (const [i, file] of pdf.files.entries()) {
      const text = squash(letterText(pdf.bytes[i]));
      checkDirectivesLetter(text, meeting, orgs, file.organisationId!);
      expect(text).toContain(squash(`เรียน ${file.recipient}`));
      expect(pdfFonts(pdf.bytes[i]).every((f) => f.embedded && f.name.includes('Sarabun'))).toBe(true);
    }
    // The permanent secretary sits in the meeting: his agency's letter is addressed by his position, not guessed.
    const mdes = pdf.files.find((f) => orgs.find((o) => o.id === f.organisationId)?.abbrTh === 'สป.ดศ.')!;
    expect(mdes.recipient).toBe('ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');

    const docx = await letters(t, meetingId, 'directives', 'docx');
    expect(docx.files.map((f) => f.organisationId)).toEqual(pdf.files.map((f) => f.organisationId));
    for (const [i, printed] of libreOfficePdfs(docx.bytes).entries()) {
      const text = squash(letterText(printed));
      checkDirectivesLetter(text, meeting, orgs, docx.files[i].organisationId!);
      expect(text).toContain(squash(`เรียน ${docx.files[i].recipient}`));
      expect(pdfFonts(printed).every((f) => f.embedded && f.name.includes('Sarabun'))).toBe(true);
    }
  }, 240_000);

  it('invitation: one per invitee but the chair, the secretary and the signer, with the meeting, the agenda enclosed and the reply date', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    const meeting = await t.call('meetings.get', { id: meetingId });
    const people = await t.call('people.list', {});
    const signer = people.find((p) => p.id === meeting.attendance.find((a) => a.meetingRole === 'กรรมการ')!.personId)!;
    await setLetterhead(t, meetingId, { ...head, signerName: personName(signer) });
    const skip = new Set([meeting.chairId, meeting.secretaryId, signer.id]);
    const invited = meeting.attendance
      .filter((a) => a.role !== 'secretariat')
      .map((a) => (a.role === 'substitute' ? a.substituteForId! : a.personId))
      .filter((id, i, all) => !skip.has(id) && all.indexOf(id) === i);
    expect(invited.length).toBeGreaterThanOrEqual(4);

    const result = await letters(t, meetingId, 'invitation', 'pdf', { replyBy: '2025-02-20', date: '2025-02-14' });
    const sent = result.files.filter((f) => f.role === 'letter');
    expect(sent.map((f) => f.recipient)).toEqual(invited.map((id) => people.find((p) => p.id === id)!.position));
    for (const [i, file] of result.files.entries()) {
      const text = squash(letterText(result.bytes[i]));
      if (file.role === 'enclosure') {
        expect(file.fileName).toBe('ระเบียบวาระการประชุม ครั้งที่ 2-2568.pdf');
        for (const item of meeting.agendaItems) expect(text).toContain(squash(item.subject));
        continue;
      }
      const parts = [
        'ตราครุฑ', `ที่${head.referenceNo}`, head.agencyName, '14 กุมภาพันธ์ 2568', 'เรื่องขอเชิญประชุม', `เรียน${file.recipient}`,
        'สิ่งที่ส่งมาด้วยระเบียบวาระการประชุม', 'ครั้งที่ 2/2568', formatThaiDateLong(meeting.date!), `เวลา ${formatThaiTime(meeting.startTime!)}`,
        meeting.venue, 'Video Conference', 'ภายในวันที่ 20 กุมภาพันธ์ 2568', 'ขอแสดงความนับถือ', `(${personName(signer)})`, head.ownerUnit,
      ];
      expect(positionsInOrder(text, parts.map(squash)).every((at) => at >= 0), `${file.recipient}: ${parts.join(' | ')}`).toBe(true);
      // Members may send someone in their place; the letter to the member whom a substitute replaced says so too.
      expect(text).toContain(squash('ขอได้โปรดมอบหมายผู้แทนเข้าร่วมประชุมแทน'));
    }
    expect(result.files.at(-1)!.role).toBe('enclosure');
  }, 120_000);

  it('prints Thai digits when the export asks for them, but leaves the e-mail address alone', async () => {
    const t = await testCore();
    const meetingId = await loadDemo(t);
    await setLetterhead(t, meetingId);
    const meeting = await t.call('meetings.get', { id: meetingId });
    const result = await t.call('documents.letters', { meetingId, kind: 'directives', format: 'pdf', settings: { digits: 'thai' } });
    const due = meeting.actions.find((a) => a.dueDate && a.leadOrgId === result.files[0].organisationId)!.dueDate!;
    const text = squash(letterText(new Uint8Array(Buffer.from(result.files[0].base64, 'base64'))));
    expect(text).toContain(squash('ครั้งที่ ๒/๒๕๖๘'));
    expect(text).toContain(squash(toThaiDigits(`กำหนดแล้วเสร็จภายในวันที่ ${formatThaiDate(due)}`)));
    expect(text).toContain(squash(toThaiDigits(`ที่ ${head.referenceNo}`)));
    expect(text).toContain(squash(toThaiDigits(`โทร. ${head.phone}`)));
    expect(text).toContain(squash(`ไปรษณีย์อิเล็กทรอนิกส์ ${head.email}`));
    expect(text).not.toMatch(/[0-9]/);
  });
});
