import { z } from 'zod';
import { id, isoDate, optionalText } from './common';
import { documentSettingsPatch } from './document-settings';
import { exportedFile } from './documents';

/**
 * The letterhead of a series' official letters (หนังสือภายนอก, form 1 of the Regulation on Official
 * Correspondence B.E. 2526): who writes, from where, who signs, and whom to call. Stored with the
 * series' document settings; every field may be empty until the officer fills it in.
 */
export const letterhead = z.object({
  /** ส่วนราชการเจ้าของหนังสือ: `สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม`. */
  agencyName: optionalText(300),
  /** Its address, a line per `\n`, printed under the name at the top right. */
  address: optionalText(500),
  /** `ที่`: the agency's letter code up to the slash (`ดศ 0201/`); the registry adds the number when the letter is sent. */
  referenceNo: optionalText(60),
  /** ส่วนราชการเจ้าของเรื่อง: the unit that owns the matter, printed at the bottom left (`กองบริหารงานกลาง`). */
  ownerUnit: optionalText(300),
  phone: optionalText(100),
  fax: optionalText(100),
  email: optionalText(200),
  /** The signer's full name, printed in brackets under the signature: `นายสมชาย ใจดี`. */
  signerName: optionalText(200),
  /** The signer's position, a line per `\n` (an acting signer adds `รักษาราชการแทน…` on a line of its own). */
  signerPosition: optionalText(500),
});
export type Letterhead = z.infer<typeof letterhead>;
/** Fields left out keep their value. */
export const letterheadPatch = letterhead.partial();
export type LetterheadPatch = z.infer<typeof letterheadPatch>;

export const emptyLetterhead: Letterhead = {
  agencyName: '', address: '', referenceNo: '', ownerUnit: '', phone: '', fax: '', email: '', signerName: '', signerPosition: '',
};

/** What each field is called on the settings form and in refusals. */
export const letterheadLabels: Record<keyof Letterhead, string> = {
  agencyName: 'ส่วนราชการเจ้าของหนังสือ',
  address: 'ที่ตั้งของส่วนราชการ',
  referenceNo: 'รหัสหนังสือออก (ที่)',
  ownerUnit: 'ส่วนราชการเจ้าของเรื่อง',
  phone: 'โทรศัพท์',
  fax: 'โทรสาร',
  email: 'ไปรษณีย์อิเล็กทรอนิกส์',
  signerName: 'ชื่อผู้ลงนาม',
  signerPosition: 'ตำแหน่งผู้ลงนาม',
};

/** The parts form 1 cannot do without (the fax number is printed only when given). */
export const requiredLetterheadFields = [
  'agencyName', 'address', 'referenceNo', 'ownerUnit', 'phone', 'email', 'signerName', 'signerPosition',
] as const satisfies readonly (keyof Letterhead)[];

/** The required fields still empty, in the order of the form. */
export const missingLetterheadFields = (l: Letterhead): (keyof Letterhead)[] =>
  requiredLetterheadFields.filter((key) => !l[key].trim());

/** `invitation`: หนังสือเชิญประชุม, one per invitee; `directives`: แจ้งมติและข้อสั่งการ, one per agency given work. */
export const letterKind = z.enum(['invitation', 'directives']);
export type LetterKind = z.infer<typeof letterKind>;

export const lettersArgs = z.object({
  meetingId: id,
  kind: letterKind,
  format: z.enum(['pdf', 'docx']),
  /** The letters' date; when left out, today's month and year with the day left blank for the day it is signed. */
  date: isoDate.optional(),
  /** Invitations: the day by which invitees are asked to reply; the request names no day when left out. */
  replyBy: isoDate.optional(),
  /** This export only: over the series' document settings. */
  settings: documentSettingsPatch.optional(),
  /** Asked again before letters telling of a ลับที่สุด item are made (issue 14). */
  confirmTopSecret: z.boolean().optional(),
});

export const letterFile = exportedFile.extend({
  /** `letter`, or `enclosure` (the agenda sent with the invitations). */
  role: z.enum(['letter', 'enclosure']),
  /** Whom the letter is to, as its `เรียน` line names them; empty for an enclosure. */
  recipient: z.string(),
  /** The agency a directives letter is for; the invitee's agency, when known, for an invitation. */
  organisationId: id.nullable(),
});
export type LetterFile = z.infer<typeof letterFile>;

export const lettersResult = z.object({
  files: z.array(letterFile),
  /** What the officer should check before sending (a recipient's title guessed from the agency's name). */
  warnings: z.array(z.string()),
});
export type LettersResult = z.infer<typeof lettersResult>;
