import { SIGNATURE_DOTS, type SignatureBlock } from './model';

/**
 * Room kept on each side of the lines, so a word processor that measures a little wider than we do
 * does not wrap them again.
 */
export const SIGNATURE_SLACK = 3;
/** The dotted line is shortened to fit a narrow half page, but never below this many dots (about 2.5 cm at 16 pt). */
const MIN_DOTS = 18;

export interface SignatureLayout {
  /** The right half of the page: from its centre to the right margin, in points from the left margin. */
  half: { x: number; width: number };
  /**
   * The paragraphs of the block, top to bottom, each a list of lines; every line is centred in `half`.
   * A letter's block has its closing and no signing line; blank lines (`''`) leave room to sign.
   */
  paragraphs: { closing: string[]; sign: string[]; name: string[]; position: string[]; role: string[] };
}

/** Blank lines between a letter's signature and its contact lines (the owning unit, telephone, e-mail). */
export const CONTACT_GAP_LINES = 1;
/** Blank lines between a letter's closing and the signer's name: room for the signature (form 1 leaves three or four). */
export const LETTER_SIGNING_LINES = 3;

/**
 * A signature block as Thai offices type it under minutes, the same in the PDF and the DOCX
 * (officer review B9): `(ลงชื่อ) ……`, the name in brackets, the position, then the role
 * (ผู้จดรายงานการประชุม), each line centred in the right half of the page, which the block never
 * leaves. The role has a line of its own: after the dots on the signing line (form 11's way) it
 * does not fit the half at 16 pt Sarabun with room left to sign (the half is about 8.5 cm; the
 * signing line with the role is about 12 cm).
 * `centre` is the page's centre from the left margin; `wrap` breaks a text into lines no wider than
 * a width (Thai line layout, ragged; a name only at its spaces).
 */
export function signatureLayout(
  block: SignatureBlock, page: { textWidth: number; centre: number }, measure: (s: string) => number,
  wrap: (text: string, width: number, name: boolean) => string[],
): SignatureLayout {
  if (block.closing !== undefined) return letterSignatureLayout(block, block.closing, page, measure, wrap);
  const half = { x: page.centre, width: page.textWidth - page.centre };
  const room = half.width - 2 * SIGNATURE_SLACK;
  let dots = SIGNATURE_DOTS;
  while (dots.length > MIN_DOTS && measure(`(ลงชื่อ) ${dots}`) > room) dots = dots.slice(1);
  return {
    half,
    paragraphs: {
      closing: [],
      sign: [`(ลงชื่อ) ${dots}`],
      name: wrap(block.name ? `(${block.name})` : `(${dots})`, room, true),
      position: block.position ? block.position.split('\n').flatMap((line) => wrap(line, room, false)) : [],
      role: block.role ? wrap(block.role, room, false) : [],
    },
  };
}

/** A letter's signature block may reach left of the page's centre, down to this share of the text width. */
const LETTER_FURTHEST_LEFT = 0.25;

/**
 * A letter's close (form 1): `ขอแสดงความนับถือ`, room to sign, the name in brackets and the position,
 * all centred on one axis, as a typist centres them under the closing. The axis is the right half's
 * centre, moved left just enough for the widest line to fit before the right margin (a ministry's
 * permanent secretary's title is about 9.5 cm at 14 pt, the half about 8 cm), but the block never
 * starts left of a quarter of the text width: a line longer than that wraps.
 */
function letterSignatureLayout(
  block: SignatureBlock, closing: string, page: { textWidth: number; centre: number }, measure: (s: string) => number,
  wrap: (text: string, width: number, name: boolean) => string[],
): SignatureLayout {
  const name = block.name ? `(${block.name})` : `(${SIGNATURE_DOTS})`;
  const positions = block.position ? block.position.split('\n') : [];
  const widest = Math.max(...[closing, name, ...positions].map(measure)) + 2 * SIGNATURE_SLACK;
  const halfWidth = page.textWidth - page.centre;
  const width = Math.min(Math.max(halfWidth, widest), page.textWidth * (1 - LETTER_FURTHEST_LEFT));
  const half = { x: page.textWidth - width, width };
  const room = width - 2 * SIGNATURE_SLACK;
  return {
    half,
    paragraphs: {
      closing: [...wrap(closing, room, false), ...Array<string>(LETTER_SIGNING_LINES).fill('')],
      sign: [],
      name: wrap(name, room, true),
      position: positions.flatMap((line) => wrap(line, room, false)),
      role: [],
    },
  };
}
