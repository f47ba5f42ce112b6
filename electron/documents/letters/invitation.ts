import { personName } from '../../../shared/names';
import type { Person } from '../../../shared/schemas/directory';
import { formatThaiDate, formatThaiDateLong, formatThaiTime } from '../../../shared/thai';
import { helpers, type MeetingRecord, venueText } from '../builders/record';
import type { Block } from '../model';
import { chairPhrase, type Letter, letterDate, letterPage, type LetterOptions, meetingNumber, safeFilePart, seriesBody } from './common';
import { officialLetter } from './official-letter';

/** Someone the meeting invites, and the position the letter addresses them by. */
export interface Invitee {
  person: Person;
  position: string;
  /** A member may send someone in their place; a guest is invited for an item. */
  member: boolean;
}

/**
 * Who is invited: the meeting's attendance (the member whom a substitute replaces, not the substitute),
 * or the series' members when the meeting lists nobody yet; never the chair, on whose behalf the
 * secretariat writes, nor the secretary, the secretariat and the letters' signer (`signerName`), who write.
 */
export function invitees(record: MeetingRecord, signerName = ''): Invitee[] {
  const { meeting: m, series } = record;
  const h = helpers(record);
  const skip = new Set([m.chairId, m.secretaryId].filter(Boolean));
  const bare = (name: string) => name.replace(/\s+/g, '');
  const signer = bare(signerName);
  const listed = m.attendance.length
    ? m.attendance
        .filter((a) => a.role !== 'secretariat')
        .map((a) => a.role === 'substitute' && a.substituteForId
          ? { personId: a.substituteForId, position: '', member: true }
          : { personId: a.personId, position: a.position, member: a.role !== 'guest' })
    : series.members
        .filter((x) => x.meetingRole === 'member' || x.meetingRole === 'vice_chair')
        .map((x) => ({ personId: x.personId, position: '', member: true }));
  const out: Invitee[] = [];
  for (const entry of listed) {
    const person = h.person(entry.personId);
    if (!person || skip.has(person.id) || out.some((i) => i.person.id === person.id)) continue;
    if (signer && bare(personName(person)) === signer) continue;
    out.push({ person, position: entry.position || person.position, member: entry.member });
  }
  return out;
}

/**
 * หนังสือเชิญประชุม, one per invitee, addressed by position (by name when none is recorded): the meeting's
 * number, date, time and venue or conferencing, the chair, the agenda as the enclosure, and the request
 * to confirm attendance with the owning unit (by `replyBy` when given).
 */
export function buildInvitations(record: MeetingRecord, o: LetterOptions): Letter[] {
  const { meeting: m, series } = record;
  const h = helpers(record);
  const head = o.letterhead;
  const number = meetingNumber(m);
  const when = [m.date ? `ใน${formatThaiDateLong(m.date)}` : '', m.startTime ? `เวลา ${formatThaiTime(m.startTime)}` : ''].filter(Boolean).join(' ');
  const where = venueText(m) ? ` ณ ${venueText(m)}` : '';
  const online = m.mode === 'onsite' ? '' : ' สำหรับผู้เข้าร่วมประชุมผ่านสื่ออิเล็กทรอนิกส์ ฝ่ายเลขานุการจะแจ้งช่องทางการเข้าร่วมประชุมและการยืนยันตัวตนให้ทราบก่อนการประชุม';
  const reply = o.replyBy ? `ภายในวันที่ ${formatThaiDate(o.replyBy)}` : 'ล่วงหน้าก่อนวันประชุม';
  return invitees(record, head.signerName).map((invitee, index) => {
    const salutation = invitee.position || personName(invitee.person);
    const body: Block[] = [
      `ด้วย${head.agencyName}กำหนดจัด${series.nameTh} ${number} ${when}${where}${chairPhrase(record)}`,
      `ในการนี้ จึงขอเรียนเชิญท่านเข้าร่วมการประชุมดังกล่าว โดยมีระเบียบวาระการประชุมตามสิ่งที่ส่งมาด้วย${online}${invitee.member ? ' หากท่านไม่สามารถเข้าร่วมประชุมได้ ขอได้โปรดมอบหมายผู้แทนเข้าร่วมประชุมแทน' : ''}`,
      `จึงเรียนมาเพื่อโปรดเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว และขอได้โปรดแจ้งยืนยันการเข้าร่วมประชุมให้${head.ownerUnit}ทราบ${reply} ตามหมายเลขโทรศัพท์หรือไปรษณีย์อิเล็กทรอนิกส์ท้ายหนังสือนี้ จะขอบคุณยิ่ง`,
    ].map((text) => ({ type: 'paragraph', text: h.digits(text.replace(/\s+/g, ' ').trim()), firstLineCm: record.settings.firstLineIndentCm }));
    const subject = `ขอเชิญประชุม${seriesBody(series.nameTh)} ${number}`;
    const model = officialLetter(
      { title: `${subject} (${salutation})`, date: letterDate(o), subject, salutation, references: [], enclosures: ['ระเบียบวาระการประชุม จำนวน 1 ชุด'], body },
      head, letterPage(record), h.digits,
    );
    const stem = `หนังสือเชิญประชุม ${number.replace('/', '-')} - ${String(index + 1).padStart(2, '0')} ${personName(invitee.person)}`;
    return { recipient: salutation, organisationId: invitee.person.organisationId, fileStem: safeFilePart(stem), model, guessedRecipient: false };
  });
}
