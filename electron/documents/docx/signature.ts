import { AlignmentType, Paragraph } from 'docx';
import type { SignatureBlock } from '../model';
import { CONTACT_GAP_LINES, SIGNATURE_SLACK, signatureLayout } from '../signature-layout';
import { layoutLines } from '../thai/layout';
import { linesAtSpaces } from '../thai/space-lines';
import { gluedRuns } from './runs';
import type { TableContext } from './tables';

const twips = (pt: number) => Math.round(pt * 20);

/** Space above the block, in lines: as the PDF leaves it (pdf/writer.ts `signature`). */
const LINES_BEFORE = 1.5;

/**
 * The signature block as the PDF lays it out (signature-layout.ts): paragraphs indented to the right
 * half of the page and centred there, their lines broken where the PDF breaks them (a word processor
 * would break a name inside the surname with its own dictionary), kept together on one page.
 * `centre`: the page's centre from the left margin, in points; `lineHeight`: the PDF's line height.
 */
export function signatureParagraphs(block: SignatureBlock, ctx: TableContext, centre: number, lineHeight: number): Paragraph[] {
  const { style, measurer, widthPt } = ctx;
  const measure = measurer.regular;
  const wrap = (text: string, width: number, name: boolean) =>
    (name ? linesAtSpaces(text, width, measure) : null)?.map((l) => l.text) ??
    layoutLines(text, { width, measure, noBreak: measurer.noBreak, names: ctx.names, em: style.halfPoints / 2 }).map((l) => l.text);
  const { half, paragraphs } = signatureLayout(block, { textWidth: widthPt, centre }, measure, wrap);
  const parts = [paragraphs.closing, paragraphs.sign, paragraphs.name, paragraphs.position, paragraphs.role].filter((lines) => lines.length > 0);
  const contact = block.contact ?? [];
  const signature = parts.map(
    (lines, i) =>
      new Paragraph({
        children: lines.flatMap((line, k) => gluedRuns(style, ctx.glue(line, half.width - 2 * SIGNATURE_SLACK), { break: k > 0 ? 1 : undefined })),
        alignment: AlignmentType.CENTER,
        indent: { left: twips(half.x) },
        keepNext: i < parts.length - 1 || contact.length > 0,
        keepLines: true,
        spacing: ctx.spacing(i === 0 ? LINES_BEFORE * lineHeight : 0, 0),
      }),
  );
  // A letter's owning unit, telephone and e-mail: at the left, a blank line below the signature, on its page.
  const lines = contact.map(
    (text, i) =>
      new Paragraph({
        children: gluedRuns(style, ctx.glue(text, widthPt)),
        alignment: AlignmentType.LEFT,
        keepNext: i < contact.length - 1,
        keepLines: true,
        spacing: ctx.spacing(i === 0 ? CONTACT_GAP_LINES * lineHeight : 0, 0),
      }),
  );
  return [...signature, ...lines];
}
