import { SIGNATURE_DOTS, type SignatureBlock } from './model';

/** Room kept on each side of the lines under the signature, so a word processor that measures a little wider does not wrap them again. */
const SLACK = 3;

export interface SignatureLayout {
  /** `(ลงชื่อ) ………… ผู้จดรายงานการประชุม` and where it starts, from the left margin. */
  first: { text: string; x: number; width: number };
  /** The centre of the dotted line. */
  dotsCentre: number;
  /** The lines under it, each centred in the block: the name in brackets, then the position. */
  block: { x: number; width: number; name: string[]; position: string[] };
  /** The right half of the page (from its centre to the right margin), which the block never leaves. */
  half: { x: number; width: number };
}

/**
 * Where a signature block goes, in points from the left margin (the same for the PDF and the DOCX).
 * The name in brackets and the position stay in the right half of the page, as Thai offices
 * type them: they are centred under the dotted line as far as that half allows (the line before them,
 * with the role after the dots, is wider than the half, so it starts left of the centre and ends at
 * the right margin), and a long position wraps within the half instead of running left of the centre.
 * `page.centre` is the page's centre from the left margin. `wrap` breaks a text into lines no wider than a width (Thai line layout, ragged; a name only at its spaces).
 */
export function signatureLayout(
  block: SignatureBlock, page: { textWidth: number; centre: number }, measure: (s: string) => number,
  wrap: (text: string, width: number, name: boolean) => string[],
): SignatureLayout {
  const { textWidth, centre } = page;
  const half = { x: centre, width: textWidth - centre };
  const sign = '(ลงชื่อ) ';
  const text = `${sign}${SIGNATURE_DOTS} ${block.role}`;
  const width = measure(text);
  // In the right half when it fits there, else ending at the right margin (never before the left one).
  const x = Math.max(0, Math.min(half.x, textWidth - width));
  const dotsCentre = x + measure(sign) + measure(SIGNATURE_DOTS) / 2;
  const room = half.width - 2 * SLACK;
  const name = wrap(block.name ? `(${block.name})` : `(${SIGNATURE_DOTS})`, room, true);
  const position = block.position ? wrap(block.position, room, false) : [];
  const blockWidth = Math.min(room, Math.max(...[...name, ...position].map(measure)));
  // Centred under the dots, moved right as far as needed to keep out of the left half.
  const left = Math.min(Math.max(dotsCentre - blockWidth / 2, half.x + SLACK), textWidth - SLACK - blockWidth);
  return { first: { text, x, width }, dotsCentre, block: { x: left, width: blockWidth, name, position }, half };
}

/** The slack the DOCX paragraphs may take beyond the block on each side, within the half. */
export const signatureSlack = SLACK;
