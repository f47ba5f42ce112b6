import type { z } from 'zod';
import type { secrecy } from './schemas/common';
import { LekhaError } from './errors';
import { toThaiDigits } from './thai';

/**
 * Secrecy classes of the Regulation on the Protection of Official Secrets B.E. 2544 (REGULATIONS.md):
 * a document takes the highest class of what it holds — the minutes of a meeting with one ลับมาก item
 * are ลับมาก, and so is a tracker with one directive from that item.
 */
export type Secrecy = z.infer<typeof secrecy>;

const rank: Record<Secrecy, number> = { none: 0, confidential: 1, secret: 2, top_secret: 3 };
const byRank: Secrecy[] = ['none', 'confidential', 'secret', 'top_secret'];

/** The highest of the classes given; `none` when none is given. */
export const highestSecrecy = (...classes: (Secrecy | null | undefined)[]): Secrecy =>
  byRank[Math.max(0, ...classes.map((c) => (c ? rank[c] : 0)))];

export const isSecret = (c: Secrecy): boolean => c !== 'none';

/**
 * The class the core prints on a meeting's document (builders/page.ts): the highest of the meeting's,
 * of this export's choice and of what the document holds — the items of the minutes, the agenda and
 * the book, and the attachments the agenda and the book enclose. The sign-in sheet holds none of them.
 * The export dialog and the command line ask for numbered copies from it before the file is made.
 */
export function documentSecrecy(
  kind: string, meeting: { secrecy: Secrecy; agendaItems: readonly { secrecy: Secrecy }[] }, files: readonly { secrecy: Secrecy }[], chosen?: Secrecy | null,
): Secrecy {
  const items = kind === 'signin' ? [] : meeting.agendaItems.map((i) => i.secrecy);
  const enclosed = kind === 'agenda' || kind === 'book' ? files.map((f) => f.secrecy) : [];
  return highestSecrecy(chosen, meeting.secrecy, ...items, ...enclosed);
}

/** The e-Saraban exchange standard's codes (REGULATIONS.md): 001 ปกติ … 004 ลับที่สุด. */
export const secrecyCodes: Record<Secrecy, string> = { none: '001', confidential: '002', secret: '003', top_secret: '004' };

/** `ฉบับที่ 2 ของ 5 ฉบับ`: printed on every page of a numbered copy, in the document's digits. */
export function copyLabel(copyNo: number, copyCount: number, digits: 'arabic' | 'thai'): string {
  const text = `ฉบับที่ ${copyNo} ของ ${copyCount} ฉบับ`;
  return digits === 'thai' ? toThaiDigits(text) : text;
}

/** Refused without a second confirmation (issue 14): a ลับที่สุด document leaving the program. */
export const topSecretRefusal = 'เอกสารนี้มีชั้นความลับ "ลับที่สุด" การส่งออกต้องยืนยันอีกครั้ง (ยืนยันในหน้าต่างส่งออก หรือใช้ --confirm-top-secret)';

/** A ลับที่สุด document leaves the program only when the call says the officer confirmed it a second time. */
export function assertTopSecretConfirmed(secrecy: Secrecy, confirmed: boolean | undefined): void {
  if (secrecy === 'top_secret' && confirmed !== true) throw new LekhaError('INVALID', topSecretRefusal, 'confirmTopSecret');
}

const labels: Record<string, Secrecy> = { '': 'none', ลับ: 'confidential', ลับมาก: 'secret', ลับที่สุด: 'top_secret' };
/** The class a document model printed (its page's label), back to the stored class. */
export const secrecyOfLabel = (label: string): Secrecy => labels[label] ?? 'none';
