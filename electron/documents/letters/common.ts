import { formatMeetingNumber } from '../../../shared/numbering';
import { personName } from '../../../shared/names';
import type { Secrecy } from '../../../shared/secrecy';
import type { Letterhead } from '../../../shared/schemas/letters';
import { formatThaiDate, thaiMonths } from '../../../shared/thai';
import { pageSetup } from '../builders/page';
import { helpers, type MeetingRecord } from '../builders/record';
import type { DocumentModel } from '../model';

/** One letter, ready to render, with whom it is to and the stem of its file name. */
export interface Letter {
  recipient: string;
  organisationId: string | null;
  /** The file name without its extension. */
  fileStem: string;
  model: DocumentModel;
  /** The recipient's title was guessed from the agency's name: the officer should check it. */
  guessedRecipient: boolean;
}

export interface LetterOptions {
  letterhead: Letterhead;
  /** The letters' date; today's month and year, the day left blank, when not given. */
  date?: string;
  /** ISO date: today, for the month and year of an undated letter. */
  today: string;
  /** Invitations: reply by this day. */
  replyBy?: string;
}

/** The date line: the given date, or the month and year with the day left for the day of signing. */
export function letterDate(o: LetterOptions): { text: string; dayBlank: boolean } {
  if (o.date) return { text: formatThaiDate(o.date), dayBlank: false };
  const [year, month] = o.today.split('-').map(Number);
  return { text: `${thaiMonths[month - 1]} ${year + 543}`, dayBlank: true };
}

/** `ผู้บริหารกระทรวง… (Top Executives)`: the series' name without its leading `การประชุม`. */
export const seriesBody = (name: string): string => name.replace(/^การประชุม/, '');

/** `ครั้งที่ 2/2568` */
export const meetingNumber = (m: MeetingRecord['meeting']): string => `ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}`;

/** `โดยมีรองนายกรัฐมนตรี… (นายประเสริฐ จันทรรวงทอง) เป็นประธาน`, as Thai letters name a chair; empty when none is set. */
export function chairPhrase(record: MeetingRecord): string {
  const h = helpers(record);
  const chair = h.person(record.meeting.chairId);
  if (!chair) return '';
  const sat = record.meeting.attendance.find((a) => a.personId === chair.id);
  const position = sat?.position || chair.position;
  return position ? ` โดยมี${position} (${personName(chair)}) เป็นประธาน` : ` โดยมี${personName(chair)} เป็นประธาน`;
}

/**
 * Page settings of a letter: the series', with the secrecy class of the meeting or, when higher, of the
 * items the letter tells of (a letter quoting a secret item's resolution is itself secret).
 */
export function letterPage(record: MeetingRecord, itemSecrecy: readonly Secrecy[] = []): ReturnType<typeof pageSetup> {
  return pageSetup(record, '', itemSecrecy);
}

/** A file name's part made safe for every file system: no path separators or characters Windows refuses. */
export const safeFilePart = (s: string): string => s.replace(/[\\/:*?"<>|]/g, '-').replace(/\.+$/, '').trim();
