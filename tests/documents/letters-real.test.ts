import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../shared/schemas/meeting';
import { formatThaiDate } from '../../shared/thai';
import { testCore } from '../helpers/core';
import { pdfText, squash } from '../helpers/documents';
import { letters, letterText, libreOfficePdfs, setLetterhead, testLetterhead as head } from '../helpers/letters';
import { readRealMeeting, realMeetingFile } from '../helpers/real-meeting';

/** The page of a letter that holds its close: its text must hold the end of the last paragraph and the contact lines too. */
function closingPage(pdf: Uint8Array): string {
  const pages = pdfText(pdf).split('\f').map(squash);
  const page = pages.find((p) => p.includes('ขอแสดงความนับถือ'));
  expect(page).toBeDefined();
  return page!;
}

function checkLetter(text: string, meeting: MeetingDetail, orgId: string) {
  const mine = meeting.actions.filter((a) => a.leadOrgId === orgId || a.supportOrgIds.includes(orgId));
  expect(mine.length).toBeGreaterThan(0);
  for (const a of mine) {
    const item = meeting.agendaItems.find((i) => i.id === a.agendaItemId)!;
    expect(text, a.text).toContain(squash(a.text));
    expect(text).toContain(squash(`ระเบียบวาระที่ ${item.number} เรื่อง ${item.subject}`));
    expect(text).toContain(squash(item.resolution));
    if (a.dueDate) expect(text).toContain(squash(`กำหนดแล้วเสร็จภายในวันที่ ${formatThaiDate(a.dueDate)}`));
  }
}

describe('letters of a real imported meeting', () => {
  it('the Cabinet meeting of 14 March 2566: one letter per agency given directives, in PDF and through LibreOffice, the close never alone on its page', async () => {
    const t = await testCore();
    const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style') });
    await setLetterhead(t, meetingId);
    const meeting = await t.call('meetings.get', { id: meetingId });
    const orgs = await t.call('organisations.list', {});

    // As the published text assigns them: every agency named as lead or support of a directive.
    const fixture = readRealMeeting('cabinet-style');
    const named = new Set(fixture.items.flatMap((i) => (i.directives ?? []).flatMap((d) => [d.lead, ...(d.support ?? [])])).filter(Boolean));
    expect(named.size).toBeGreaterThanOrEqual(15);

    const pdf = await letters(t, meetingId, 'directives', 'pdf');
    expect(pdf.files).toHaveLength(named.size);
    expect(new Set(pdf.files.map((f) => f.organisationId)).size).toBe(named.size);
    for (const [i, file] of pdf.files.entries()) {
      const text = squash(letterText(pdf.bytes[i]));
      checkLetter(text, meeting, file.organisationId!);
      // The close shares its page with the end of the text, and the contact lines with the close.
      const page = closingPage(pdf.bytes[i]);
      for (const part of ['จะขอบคุณยิ่ง', `(${head.signerName})`, head.ownerUnit, head.email]) expect(page, `${file.fileName}: ${part}`).toContain(squash(part));
    }
    // Nobody of these agencies sits in the meeting or heads them in the directory: the title comes from
    // the agency's name, and the officer is told to check each such letter.
    const recipientOf = (abbr: string) => pdf.files.find((f) => f.organisationId === orgs.find((o) => o.abbrTh === abbr)!.id)!.recipient;
    expect(recipientOf('กค.')).toBe('ปลัดกระทรวงการคลัง');
    expect(recipientOf('ชป.')).toBe('อธิบดีกรมชลประทาน');
    expect(recipientOf('สศช.')).toBe('เลขาธิการสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ');
    expect(recipientOf('สงป.')).toBe('ผู้อำนวยการสำนักงบประมาณ');
    for (const file of pdf.files) expect(pdf.warnings.some((w) => w.includes(`"${file.recipient}"`)), file.recipient).toBe(true);

    const docx = await letters(t, meetingId, 'directives', 'docx');
    for (const [i, printed] of libreOfficePdfs(docx.bytes).entries()) {
      checkLetter(squash(letterText(printed)), meeting, docx.files[i].organisationId!);
      const page = closingPage(printed);
      for (const part of [`(${head.signerName})`, head.ownerUnit, head.email]) expect(page, `${docx.files[i].fileName}: ${part}`).toContain(squash(part));
    }
  }, 300_000);

  it('a ministry executives meeting: a deputy minister chairing for the ministry is not whom its letter is addressed to', async () => {
    const t = await testCore();
    const file = realMeetingFile('ministry-executives');
    const { meetingId } = await t.call('exchange.importMeeting', { file, renameOrganisations: { 'อสส.': 'อสส.(สวนสัตว์)' } });
    await setLetterhead(t, meetingId);
    const meeting = await t.call('meetings.get', { id: meetingId });
    const orgs = await t.call('organisations.list', {});
    const pdf = await letters(t, meetingId, 'directives', 'pdf');
    const abbrs = pdf.files.map((f) => orgs.find((o) => o.id === f.organisationId)!.abbrTh).sort();
    expect(abbrs).toEqual(['คพ.', 'ทน.', 'ทบ.', 'ทส.', 'ปม.', 'อส.', 'อสส.(สวนสัตว์)'].sort());
    for (const [i, f] of pdf.files.entries()) checkLetter(squash(letterText(pdf.bytes[i])), meeting, f.organisationId!);
    // The chair (รองนายกรัฐมนตรี และรัฐมนตรีว่าการ…) sits for ทส.: the letter goes to its permanent secretary.
    expect(pdf.files.find((f) => orgs.find((o) => o.id === f.organisationId)!.abbrTh === 'ทส.')!.recipient).toBe('ปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม');
    // The release names only the chair: there is nobody to invite, and the refusal says so (the letterhead is complete).
    const refused = await t.refusal('documents.letters', { meetingId, kind: 'invitation', format: 'pdf' });
    expect(refused.problems?.map((p) => p.field)).toEqual(['meeting.attendance']);
  }, 120_000);
});
