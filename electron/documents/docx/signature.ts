import { AlignmentType, Paragraph } from 'docx';
import type { SignatureBlock } from '../model';
import { signatureLayout, signatureSlack } from '../signature-layout';
import { layoutLines } from '../thai/layout';
import { linesAtSpaces } from '../thai/space-lines';
import { thaiRun } from './runs';
import type { TableContext } from './tables';

const TWIPS_PER_PT = 20;
const twips = (pt: number) => Math.round(pt * TWIPS_PER_PT);

/**
 * The signature block as the PDF lays it out (signature-layout.ts): the first line ending at the right
 * margin (right-aligned, so a word processor measuring a little wider moves its start, never wraps
 * the role), then the name and the position centred in the same block within the right half, their
 * lines broken where the PDF breaks them. `centre`: the page's centre from the left margin, in points.
 */
export function signatureParagraphs(block: SignatureBlock, ctx: TableContext, centre: number): Paragraph[] {
  const { style, measurer, widthPt } = ctx;
  const measure = measurer.regular;
  const wrap = (text: string, width: number, name: boolean) =>
    (name ? linesAtSpaces(text, width, measure) : null)?.map((l) => l.text) ??
    layoutLines(text, { width, measure, noBreak: measurer.noBreak, names: ctx.names, em: style.halfPoints / 2 }).map((l) => l.text);
  const layout = signatureLayout(block, { textWidth: widthPt, centre }, measure, wrap);
  const first = layout.first.x + layout.first.width >= widthPt - 0.5
    ? { alignment: AlignmentType.RIGHT, indent: { left: twips(Math.max(0, layout.first.x - 2 * signatureSlack)) } }
    : { alignment: AlignmentType.LEFT, indent: { left: twips(layout.first.x) } };
  // The block and a little slack on each side, never beyond the right half.
  const left = Math.max(layout.half.x, layout.block.x - signatureSlack);
  const right = Math.max(0, widthPt - Math.min(widthPt, layout.block.x + layout.block.width + signatureSlack));
  const under = (lines: string[], keepNext: boolean) =>
    new Paragraph({
      children: lines.map((line, i) => thaiRun(style, { text: ctx.glue(line, layout.block.width + 2 * signatureSlack), break: i > 0 ? 1 : undefined })),
      alignment: AlignmentType.CENTER, indent: { left: twips(left), right: twips(right) }, keepNext, spacing: ctx.spacing(),
    });
  return [
    new Paragraph({ children: [thaiRun(style, { text: layout.first.text })], ...first, spacing: ctx.spacing(24, 0), keepNext: true }),
    under(layout.block.name, layout.block.position.length > 0),
    ...(layout.block.position.length ? [under(layout.block.position, false)] : []),
  ];
}
