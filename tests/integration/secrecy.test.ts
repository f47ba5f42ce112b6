import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type TestCore, tempDir, testCore } from '../helpers/core';
import { docxParagraphs, pdfText } from '../helpers/documents';
import { setLetterhead } from '../helpers/letters';
import { realMeetingFile } from '../helpers/real-meeting';

/**
 * Issue 14, points 1–2, on a real Cabinet meeting (tests/fixtures/real): classes per item and
 * attachment, the document taking the highest class it holds, numbered copies in the register of
 * secret documents, ลับที่สุด only with a second confirmation, secret items never in the press draft.
 */
const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const pages = (pdf: Uint8Array) => pdfText(pdf).split('\f').filter((p) => p.trim());
/** Lines that are the mark alone: the top and the bottom stamp of a page. */
const marks = (page: string, label: string) => page.split('\n').filter((l) => l.trim() === label).length;

/** A workbook printed by LibreOffice, as an officer printing it from Calc would get it. */
function spreadsheetPdf(xlsx: Uint8Array): Uint8Array {
  const dir = tempDir('lekha-xlsx-');
  writeFileSync(join(dir, 'tracker.xlsx'), xlsx);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'tracker.xlsx')], { stdio: 'ignore', timeout: 120_000 });
  return readFileSync(join(dir, 'tracker.pdf'));
}

async function realMeeting(t: TestCore) {
  const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style'), renameOrganisations: {} });
  const meeting = await t.call('meetings.get', { id: meetingId });
  // The 4G/5G item of the Ministry of Digital Economy: it has a directive to ดศ.
  const item = meeting.agendaItems.find((i) => i.subject.startsWith('ขออนุมัติโครงการโทรศัพท์เคลื่อนที่ 4G/5G'))!;
  expect(meeting.actions.some((a) => a.agendaItemId === item.id), 'the item has a directive').toBe(true);
  return { meetingId, meeting, item };
}

describe('a document takes the highest class of what it holds', () => {
  it('marks the minutes, the agenda and a tracker holding a ลับมาก item ลับมาก on every page; the other agency tracker and the sign-in sheet stay unmarked', { timeout: 120_000 }, async () => {
    const t = await testCore();
    const { meetingId, meeting, item } = await realMeeting(t);
    const minutesBefore = await t.call('documents.export', { meetingId, kind: 'minutes', format: 'pdf' });
    expect(pdfText(bytes(minutesBefore.base64))).not.toMatch(/^ลับ/m);

    await t.call('agenda.update', { id: item.id, secrecy: 'secret' });
    for (const kind of ['minutes', 'agenda'] as const) {
      const file = await t.call('documents.export', { meetingId, kind, format: 'pdf' });
      const all = pages(bytes(file.base64));
      expect(all.length).toBeGreaterThan(1);
      for (const [i, page] of all.entries()) expect(marks(page, 'ลับมาก'), `${kind} page ${i + 1}`).toBe(2);
    }
    // An export's own choice may raise the class, never lower it below what the document holds.
    const lowered = await t.call('documents.export', { meetingId, kind: 'minutes', format: 'pdf', settings: { secrecy: 'none' } });
    expect(marks(pages(bytes(lowered.base64))[0], 'ลับมาก')).toBe(2);
    const signin = await t.call('documents.export', { meetingId, kind: 'signin', format: 'pdf' });
    expect(pdfText(bytes(signin.base64))).not.toMatch(/^ลับ/m);

    const orgs = await t.call('organisations.list', {});
    const lead = orgs.find((o) => o.id === meeting.actions.find((a) => a.agendaItemId === item.id)!.leadOrgId)!;
    const tracker = await t.call('reports.actions', { format: 'pdf', organisationId: lead.id });
    for (const page of pages(bytes(tracker.base64))) expect(marks(page, 'ลับมาก')).toBe(2);
    // A secret tracker handed out is a secret document: it is in the register too, the other agency's is not.
    const trackers = (await t.call('secrets.register', {})).filter((r) => r.kind === 'actions');
    expect(trackers.map((r) => [r.secrecy, r.sha256])).toEqual([['secret', createHash('sha256').update(bytes(tracker.base64)).digest('hex')]]);
    const other = meeting.actions.find((a) => a.leadOrgId !== lead.id && !a.supportOrgIds.includes(lead.id))!;
    const otherTracker = await t.call('reports.actions', { format: 'pdf', organisationId: other.leadOrgId! });
    expect(pdfText(bytes(otherTracker.base64))).not.toMatch(/^ลับ/m);
    // The DOCX tracker says it too, in the header and the footer every page repeats.
    const docx = unzipSync(bytes((await t.call('reports.actions', { format: 'docx', organisationId: lead.id })).base64));
    const furniture = Object.keys(docx).filter((name) => /^word\/(header|footer)\d+\.xml$/.test(name));
    expect(furniture.length).toBeGreaterThanOrEqual(2);
    for (const name of furniture) expect(strFromU8(docx[name]), name).toContain('>ลับมาก<');
    // The workbook prints it at the top and the bottom of every page of every sheet, as LibreOffice shows.
    const xlsx = bytes((await t.call('reports.actions', { format: 'xlsx', organisationId: lead.id })).base64);
    const printed = pages(spreadsheetPdf(xlsx));
    expect(printed.length).toBeGreaterThanOrEqual(2);
    for (const page of printed) expect(marks(page, 'ลับมาก')).toBe(2);
  });

  it('takes an attachment\'s class into the agenda that encloses it, not into the minutes; a ลับที่สุด one needs the confirm flag', { timeout: 120_000 }, async () => {
    const t = await testCore();
    const { meetingId, meeting } = await realMeeting(t);
    const open = meeting.agendaItems.find((i) => i.secrecy === 'none' && i.parentId === null)!;
    const added = await t.call('attachments.add', { agendaItemId: open.id, fileName: 'บันทึกความเห็นคณะกรรมการกฤษฎีกา.txt', mediaType: 'text/plain', base64: Buffer.from('ร่างความเห็น').toString('base64') });
    expect(added.secrecy).toBe('none');
    const set = await t.call('attachments.setSecrecy', { id: added.id, secrecy: 'top_secret' });
    expect(set.secrecy).toBe('top_secret');
    expect((await t.call('attachments.list', { meetingId }))[0].secrecy).toBe('top_secret');
    const history = await t.call('audit.list', { entity: 'attachments', entityId: added.id });
    expect(history.some((h) => h.action === 'update')).toBe(true);

    const refused = await t.refusal('documents.export', { meetingId, kind: 'agenda', format: 'pdf' });
    expect(refused.code).toBe('INVALID');
    expect(refused.field).toBe('confirmTopSecret');
    expect(refused.message).toContain('ลับที่สุด');
    const confirmed = await t.call('documents.export', { meetingId, kind: 'agenda', format: 'pdf', confirmTopSecret: true });
    for (const page of pages(bytes(confirmed.base64))) expect(marks(page, 'ลับที่สุด')).toBe(2);
    // The minutes name no attachment's content: they keep the meeting's class.
    const minutes = await t.call('documents.export', { meetingId, kind: 'minutes', format: 'pdf' });
    expect(pdfText(bytes(minutes.base64))).not.toMatch(/^ลับ/m);
  });
});

describe('numbered copies and the register of secret documents', () => {
  it('makes one file per copy, each page saying ฉบับที่ n ของ m ฉบับ with the mark, and enters each copy with its recipient', { timeout: 120_000 }, async () => {
    const t = await testCore();
    const { meetingId, item } = await realMeeting(t);
    const plain = await t.refusal('documents.exportCopies', { meetingId, kind: 'minutes', format: 'pdf', copies: 2 });
    expect(plain.code).toBe('INVALID');
    expect(plain.message).toContain('ไม่มีชั้นความลับ');

    await t.call('agenda.update', { id: item.id, secrecy: 'confidential' });
    const recipients = ['รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'];
    const made = await t.call('documents.exportCopies', { meetingId, kind: 'minutes', format: 'pdf', copies: 3, recipients });
    expect(made.files.map((f) => [f.copyNo, f.recipient])).toEqual([[1, recipients[0]], [2, recipients[1]], [3, '']]);
    expect(made.files[0].fileName).toMatch(/ฉบับที่ 1\.pdf$/);
    const hashes = made.files.map((f) => createHash('sha256').update(bytes(f.base64)).digest('hex'));
    expect(new Set(hashes).size).toBe(3);
    for (const f of made.files) {
      for (const [i, page] of pages(bytes(f.base64)).entries()) {
        expect(marks(page, 'ลับ'), `copy ${f.copyNo} page ${i + 1}`).toBe(2);
        expect(page, `copy ${f.copyNo} page ${i + 1}`).toContain(`ฉบับที่ ${f.copyNo} ของ 3 ฉบับ`);
      }
    }

    const register = await t.call('secrets.register', { meetingId });
    const copies = register.filter((r) => r.copyNo !== null);
    expect(copies.map((r) => [r.copyNo, r.copyCount, r.recipient, r.secrecy, r.sha256])).toEqual([
      [1, 3, recipients[0], 'confidential', hashes[0]], [2, 3, recipients[1], 'confidential', hashes[1]], [3, 3, null, 'confidential', hashes[2]],
    ]);
    expect(copies[0].meetingNumber).toMatch(/^\d+\/\d{4}$/);
    // `lekha verify` names the very copy a file is, and whom it went to.
    const verdict = await t.call('documents.verify', { base64: made.files[1].base64 });
    expect(verdict.message).toContain(`สำเนาฉบับที่ 2 ของ 3 ฉบับ ถึง ${recipients[1]}`);

    // The register printed: its columns and every copy with whom it went to, in the PDF and the DOCX.
    const pdf = await t.call('secrets.printRegister', { format: 'pdf', meetingId });
    const text = pdfText(bytes(pdf.base64)).replace(/\s+/g, '');
    for (const word of ['ทะเบียนหนังสือลับ', 'ชั้นความลับ', 'ฉบับที่', 'ถึง', ...recipients]) expect(text).toContain(word.replace(/\s+/g, ''));
    const docx = docxParagraphs(bytes((await t.call('secrets.printRegister', { format: 'docx', meetingId })).base64)).join('\n');
    for (const r of recipients) expect(docx).toContain(r);
  });

  it('refuses every export of a ลับที่สุด document without the confirm flag, and makes it with it', { timeout: 120_000 }, async () => {
    const t = await testCore();
    const { meetingId, meeting, item } = await realMeeting(t);
    await t.call('agenda.update', { id: item.id, secrecy: 'top_secret' });
    const lead = meeting.actions.find((a) => a.agendaItemId === item.id)!.leadOrgId!;
    for (const [method, args] of [
      ['documents.export', { meetingId, kind: 'minutes', format: 'docx' }],
      ['documents.exportCopies', { meetingId, kind: 'agenda', format: 'pdf', copies: 1 }],
      ['documents.book', { meetingId }],
      ['reports.actions', { format: 'xlsx', organisationId: lead }],
    ] as const) {
      const e = await t.refusal(method, args);
      expect([method, e.code, e.field]).toEqual([method, 'INVALID', 'confirmTopSecret']);
    }
    const before = (await t.call('secrets.register', { meetingId })).length;
    expect(before).toBe(0);
    const made = await t.call('documents.exportCopies', { meetingId, kind: 'agenda', format: 'pdf', copies: 1, recipients: ['ประธาน'], confirmTopSecret: true });
    expect(made.secrecy).toBe('top_secret');
    expect(await t.call('secrets.register', { meetingId })).toHaveLength(1);
  });
});

describe('letters telling of a secret item', () => {
  it('enter the register with the letter\'s own class, and a ลับที่สุด one needs the confirm flag', { timeout: 120_000 }, async () => {
    const t = await testCore();
    const { meetingId, meeting, item } = await realMeeting(t);
    await setLetterhead(t, meetingId);
    await t.call('agenda.update', { id: item.id, secrecy: 'secret' });
    const lead = meeting.actions.find((a) => a.agendaItemId === item.id)!.leadOrgId;
    const made = await t.call('documents.letters', { meetingId, kind: 'directives', format: 'pdf' });
    const toLead = made.files.filter((f) => f.organisationId === lead);
    expect(toLead).toHaveLength(1);
    const sha = createHash('sha256').update(bytes(toLead[0].base64)).digest('hex');
    // The meeting has no class: the row says the letter's (ลับมาก), so the register of secret documents lists it.
    expect((await t.call('secrets.register', { meetingId })).filter((r) => r.sha256 === sha).map((r) => r.secrecy)).toEqual(['secret']);

    await t.call('agenda.update', { id: item.id, secrecy: 'top_secret' });
    const e = await t.refusal('documents.letters', { meetingId, kind: 'directives', format: 'pdf' });
    expect([e.code, e.field]).toEqual(['INVALID', 'confirmTopSecret']);
    const confirmed = await t.call('documents.letters', { meetingId, kind: 'directives', format: 'pdf', confirmTopSecret: true });
    const page = pages(bytes(confirmed.files.find((f) => f.organisationId === lead)!.base64))[0];
    expect(marks(page, 'ลับที่สุด')).toBe(2);
  });
});

describe('the press draft', () => {
  it('leaves secret items out entirely, and is not made for a ลับที่สุด meeting', { timeout: 60_000 }, async () => {
    const t = await testCore();
    const { meetingId, item } = await realMeeting(t);
    const subject = item.subject.slice(0, 40);
    const before = Buffer.from((await t.call('reports.press', { meetingId, format: 'txt' })).base64, 'base64').toString('utf8');
    expect(before).toContain(subject);

    await t.call('agenda.update', { id: item.id, secrecy: 'secret' });
    const txt = Buffer.from((await t.call('reports.press', { meetingId, format: 'txt' })).base64, 'base64').toString('utf8');
    expect(txt).not.toContain(subject);
    expect(txt).not.toContain('4G/5G');
    expect(txt).toContain('ไม่รวม 1 เรื่องที่มีชั้นความลับ');
    const docx = docxParagraphs(bytes((await t.call('reports.press', { meetingId, format: 'docx' })).base64)).join('\n');
    expect(docx).not.toContain('4G/5G');

    // An item is as secret as its meeting: a ลับ meeting's draft names none of its items.
    await t.call('meetings.update', { id: meetingId, secrecy: 'confidential' });
    const secretMeeting = Buffer.from((await t.call('reports.press', { meetingId, format: 'txt' })).base64, 'base64').toString('utf8');
    expect(secretMeeting).not.toContain('ที่ประชุมได้');
    await t.call('meetings.update', { id: meetingId, secrecy: 'top_secret' });
    const e = await t.refusal('reports.press', { meetingId, format: 'docx' });
    expect(e.message).toContain('ลับที่สุด');
  });
});
