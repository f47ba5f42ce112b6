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
  /** The paragraphs of the block, top to bottom, each a list of lines; every line is centred in `half`. */
  paragraphs: { sign: string[]; name: string[]; position: string[]; role: string[] };
}

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
  const half = { x: page.centre, width: page.textWidth - page.centre };
  const room = half.width - 2 * SIGNATURE_SLACK;
  let dots = SIGNATURE_DOTS;
  while (dots.length > MIN_DOTS && measure(`(ลงชื่อ) ${dots}`) > room) dots = dots.slice(1);
  return {
    half,
    paragraphs: {
      sign: [`(ลงชื่อ) ${dots}`],
      name: wrap(block.name ? `(${block.name})` : `(${dots})`, room, true),
      position: block.position ? wrap(block.position, room, false) : [],
      role: wrap(block.role, room, false),
    },
  };
}
