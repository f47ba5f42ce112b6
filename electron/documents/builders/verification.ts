// What a minutes file says about itself (issue 13, verification): in its footer, for a reader, the
// stored version it prints, a short code to quote on the telephone and the version's SHA-256; in its
// properties, for `lekha verify`, the same as ASCII it can read back without a PDF library. A draft is no
// stored version: it prints a code of its own words instead, so two printed drafts can be told apart.
import { createHash } from 'node:crypto';

export interface PrintedVersion {
  /** 0 when the version's number is not known (minutes certified before versions were numbered here). */
  number: number;
  hash: string;
  status: 'circulated' | 'certified';
}

/** The first eight hex digits of the version's hash, grouped: `3F31-0A96`. */
export const verificationCode = (hash: string): string => `${hash.slice(0, 4)}-${hash.slice(4, 8)}`.toUpperCase();

/** Two small lines at the foot of every page. */
export function versionFooter(v: PrintedVersion): string {
  const state = v.status === 'certified' ? 'รับรองแล้ว' : 'แจ้งเวียนแล้ว ยังไม่ได้รับรอง';
  const number = v.number > 0 ? ` ฉบับที่ ${v.number}` : '';
  return `${state}${number} รหัสตรวจสอบ ${verificationCode(v.hash)}\nSHA-256 ${v.hash}`;
}

/** Letters that are never read as one another or as digits (no I, O): a draft code has no digit to turn Thai. */
const DRAFT_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * The foot of a draft's pages (neither circulated nor certified as it reads now): `ร่าง ยังไม่ได้รับรอง รหัสร่าง KQMA-TRXW`,
 * eight letters from the SHA-256 of its paragraphs (`lines`, the model's text without the footer). Two drafts that
 * read the same word for word share the code; any change of wording gives another. Letters only: it is never taken
 * for a version's verification code (hexadecimal), and a document in Thai digits keeps no Arabic digit.
 */
export function draftFooter(lines: readonly string[]): string {
  const bytes = createHash('sha256').update(lines.join('\n')).digest();
  const code = [...bytes.subarray(0, 8)].map((b) => DRAFT_LETTERS[b % DRAFT_LETTERS.length]).join('');
  return `ร่าง ยังไม่ได้รับรอง รหัสร่าง ${code.slice(0, 4)}-${code.slice(4)}`;
}

const PREFIX = 'lekha-minutes';

export const versionKeywords = (meetingId: string, v: PrintedVersion): string =>
  `${PREFIX} meeting=${meetingId} version=${v.number} status=${v.status} sha256=${v.hash}`;

/** The keywords a Lekha minutes file carries, found in its bytes (PDF keeps its Info dictionary unencoded). */
export function readVersionKeywords(bytes: Uint8Array): ({ meetingId: string } & PrintedVersion) | null {
  const found = new RegExp(`${PREFIX} meeting=([0-9a-f-]{36}) version=(\\d+) status=(circulated|certified) sha256=([0-9a-f]{64})`)
    .exec(Buffer.from(bytes).toString('latin1'));
  if (!found) return null;
  return { meetingId: found[1], number: Number(found[2]), status: found[3] as PrintedVersion['status'], hash: found[4] };
}
