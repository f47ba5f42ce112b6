import { createHash } from 'node:crypto';
import { assertTopSecretConfirmed, secrecyOfLabel, type Secrecy } from '../../shared/secrecy';
import { localIsoDate } from '../../shared/local-time';
import { type Problem, refusal } from '../../shared/errors';
import { formatMeetingNumber } from '../../shared/numbering';
import type { DocumentSettingsPatch } from '../../shared/schemas/document-settings';
import { type LetterFile, letterheadLabels, missingLetterheadFields } from '../../shared/schemas/letters';
import { buildAgenda } from '../documents/builders/agenda';
import type { MeetingRecord } from '../documents/builders/record';
import type { Letter, LetterOptions } from '../documents/letters/common';
import { buildDirectiveLetters, workByAgency } from '../documents/letters/directives';
import { buildInvitations, invitees } from '../documents/letters/invitation';
import { type HandlerSlice, newId, type ServiceContext } from './context';
import { meetingRecord } from './meeting-record';
import { renderModel } from './render';
import { write } from './write';

const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Everything that stops the letters being made, all at once: the letterhead's empty fields first. */
function problemsOf(record: MeetingRecord, kind: 'invitation' | 'directives'): Problem[] {
  const problems: Problem[] = missingLetterheadFields(record.series.letterhead).map((key) => ({
    field: `letterhead.${key}`, message: `ยังไม่ได้กรอก "${letterheadLabels[key]}" ในหัวหนังสือของชุดการประชุม`,
  }));
  const m = record.meeting;
  if (kind === 'invitation') {
    if (!m.startTime) problems.push({ field: 'meeting.startTime', message: 'การประชุมยังไม่ได้กำหนดเวลาเริ่มประชุม' });
    if (!m.venue.trim() && m.mode !== 'electronic') problems.push({ field: 'meeting.venue', message: 'การประชุมยังไม่ได้กำหนดสถานที่ประชุม' });
    if (invitees(record, record.series.letterhead.signerName).length === 0) {
      problems.push({ field: 'meeting.attendance', message: 'ยังไม่มีผู้ได้รับเชิญ: เพิ่มรายชื่อผู้เข้าประชุมของการประชุม หรือกรรมการของชุดการประชุม (ไม่นับประธานและเลขานุการ)' });
    }
  } else if (workByAgency(record).length === 0) {
    problems.push({ field: 'meeting.actions', message: 'การประชุมนี้ยังไม่มีข้อสั่งการหรือมติที่มอบหมายหน่วยงานใด (ที่ไม่ได้ยกเลิก)' });
  }
  return problems;
}

/** What the officer should look at before sending: guessed titles, and directives no letter carries. */
function warningsOf(record: MeetingRecord, letters: Letter[], kind: 'invitation' | 'directives'): string[] {
  const out = letters.filter((l) => l.guessedRecipient).map((l) =>
    `ตรวจคำขึ้นต้นของหนังสือถึง "${l.recipient}": ไม่พบตำแหน่งหัวหน้าหน่วยงานในรายชื่อผู้เข้าประชุมหรือทะเบียนบุคคล จึงใช้ตำแหน่งตามชื่อหน่วยงาน`);
  if (kind === 'directives') {
    const own = letters.find((l) => l.organisationId && record.organisations.find((o) => o.id === l.organisationId)?.nameTh === record.series.letterhead.agencyName.trim());
    if (own) out.push(`หนังสือถึง "${own.recipient}" เป็นหนังสือถึงส่วนราชการเดียวกับผู้ส่ง: ภายในส่วนราชการเดียวกันควรใช้บันทึกข้อความ (หนังสือภายใน)`);
    for (const a of record.meeting.actions.filter((x) => x.status !== 'cancelled' && !x.leadOrgId && x.supportOrgIds.length === 0)) {
      const item = record.meeting.agendaItems.find((i) => i.id === a.agendaItemId);
      out.push(`ข้อสั่งการในระเบียบวาระที่ ${item?.number ?? '?'} "${a.text.slice(0, 60)}" ยังไม่ได้ระบุหน่วยงานรับผิดชอบ จึงไม่มีหนังสือแจ้ง`);
    }
  }
  return out;
}

async function fileOf(ctx: ServiceContext, record: MeetingRecord, letter: Letter, format: 'pdf' | 'docx', task: string, settings: DocumentSettingsPatch | undefined) {
  const { bytes, warnings } = await renderModel(ctx, letter.model, format, task, settings, record.people);
  const fileName = `${letter.fileStem}.${format}`;
  return { bytes, warnings, fileName };
}

export const letterHandlers: HandlerSlice<'documents.letters'> = {
  'documents.letters': async (a, ctx) => {
    const record = await meetingRecord(ctx.db, a.meetingId, a.settings);
    const problems = problemsOf(record, a.kind);
    if (problems.length) throw refusal('INVALID', 'ยังทำหนังสือไม่ได้', problems, 'กรอกหัวหนังสือได้ที่การตั้งค่าชุดการประชุม');
    const options: LetterOptions = { letterhead: record.series.letterhead, date: a.date, today: localIsoDate(ctx.now()), replyBy: a.replyBy };
    const letters = a.kind === 'invitation' ? buildInvitations(record, options) : buildDirectiveLetters(record, options);
    const task = `documents.letters:${a.meetingId}:${a.kind}:${a.format}`;
    const files: LetterFile[] = [];
    const warnings = new Set(warningsOf(record, letters, a.kind));
    const registered: { fileName: string; bytes: Uint8Array; secrecy: Secrecy }[] = [];
    const add = async (letter: Letter, role: LetterFile['role']) => {
      const made = await fileOf(ctx, record, letter, a.format, task, a.settings);
      for (const w of made.warnings) warnings.add(w);
      files.push({ fileName: made.fileName, mediaType: mediaTypes[a.format], base64: Buffer.from(made.bytes).toString('base64'), role, recipient: letter.recipient, organisationId: letter.organisationId });
      if (letter.model.page.secrecy) registered.push({ ...made, secrecy: secrecyOfLabel(letter.model.page.secrecy) });
    };
    // A letter telling of a ลับที่สุด item leaves only when the officer confirmed it a second time (issue 14).
    for (const letter of letters) assertTopSecretConfirmed(secrecyOfLabel(letter.model.page.secrecy), a.confirmTopSecret);
    for (const letter of letters) await add(letter, 'letter');
    if (a.kind === 'invitation') {
      // The enclosure every invitation names: the agenda, in the same format.
      const number = formatMeetingNumber(record.meeting.number, record.meeting.yearBe).replace('/', '-');
      const agenda = { recipient: '', organisationId: null, fileStem: `ระเบียบวาระการประชุม ครั้งที่ ${number}`, model: buildAgenda(record), guessedRecipient: false };
      await add(agenda, 'enclosure');
    }
    // A letter marked secret is entered in the export register with its SHA-256, as every document of a secret meeting is.
    if (registered.length) {
      await write(ctx, async (w) => {
        for (const r of registered) {
          await w.insert('export_register', {
            id: newId(), at: w.at, actor: w.actor, meeting_id: a.meetingId, kind: `letters:${a.kind}`, format: a.format, file_name: r.fileName,
            file_sha256: createHash('sha256').update(r.bytes).digest('hex'), version: null, version_hash: null, minutes_status: null,
            // The letter's own class (an item's may be higher than the meeting's): the register lists it by that.
            secrecy: r.secrecy, copy_no: null,
          }, a.meetingId);
        }
      });
    }
    return { files, warnings: [...warnings] };
  },
};
