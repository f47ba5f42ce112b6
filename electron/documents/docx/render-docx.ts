import {
  AlignmentType, CharacterSet, Document, Footer, Header, LineRuleType, NumberFormat, Packer, PageBreak, PageNumber,
  PageOrientation, Paragraph, type Table,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { fontMeasurer } from '../columns/measure';
import { fontFiles } from '../fonts';
import type { Align, Block, DocumentModel, Paragraph as ModelParagraph } from '../model';
import { SIGNATURE_DOTS } from '../model';
import { noBreakMatcher, shippedNoBreakWords } from '../thai/no-break';
import { type RunStyle, THAI_LANGUAGE, thaiRun } from './runs';
import { spliceRows } from './spliced-rows';
import { peopleTable, peopleTwips, type TableContext, table } from './tables';

/** Twentieths of a point per centimetre: Word's unit for margins and indents. */
export const TWIPS_PER_CM = 566.93;
const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);
const A4 = { width: 11906, height: 16838 };

export interface DocxOptions {
  /** Words the officer added in settings that must never be split (they widen table columns as in the PDF). */
  noBreakWords?: readonly string[];
}

const alignment = (a: Align | undefined) =>
  ({
    left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED, thaiDistributed: AlignmentType.THAI_DISTRIBUTE,
  })[a ?? 'left'];

/** Single spacing with the automatic rule: an exact 240 makes LibreOffice overlap Thai lines. */
const spacing = (before = 0, after = 0) => ({ line: 240, lineRule: LineRuleType.AUTO, before: before * 20, after: after * 20 });

export function textWidthTwips(model: DocumentModel): number {
  const width = model.page.orientation === 'landscape' ? A4.height : A4.width;
  return width - twips(model.page.marginsCm.left) - twips(model.page.marginsCm.right);
}

/** Each paragraph the officer typed (a '\n') is a Word paragraph of its own, indented like the first. */
function paragraphs(p: ModelParagraph, model: DocumentModel, style: RunStyle): Paragraph[] {
  const parts = p.text.split('\n');
  return parts.map((text, n) => {
    const lead = n === 0 && p.lead ? [thaiRun(style, { text: `${p.lead} `, bold: true })] : [];
    return new Paragraph({
      children: [...lead, thaiRun(style, { text, bold: p.bold })],
      alignment: alignment(p.align ?? model.body.align),
      indent: { left: twips(p.indentCm ?? 0), firstLine: twips(p.firstLineCm ?? 0) },
      spacing: spacing(n === 0 ? (p.spaceBefore ?? 0) : 0, 3),
      keepNext: p.keepWithNext,
    });
  });
}

function blockToDocx(block: Block, model: DocumentModel, ctx: TableContext): (Paragraph | Table)[] {
  const style = ctx.style;
  switch (block.type) {
    case 'paragraph':
      return paragraphs(block, model, style);
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: [thaiRun(style, { text: `${item.marker}\t${item.text}` })],
            alignment: alignment(model.body.align),
            indent: { left: twips(block.indentCm + 0.75), hanging: twips(0.75) },
            spacing: spacing(0, 3),
          }),
      );
    case 'people':
      return [peopleTable(block, ctx)];
    case 'table':
      return [table(block, ctx)];
    case 'signature': {
      // From a quarter of the width, the name and position centred under the dotted line.
      const quarter = Math.round(textWidthTwips(model) / 4);
      const under = { left: quarter, right: Math.round(quarter * 1.2) };
      return [
        new Paragraph({ children: [thaiRun(style, { text: `(ลงชื่อ) ${SIGNATURE_DOTS} ${block.role}` })], indent: { left: quarter }, spacing: spacing(24, 0), keepNext: true }),
        new Paragraph({ children: [thaiRun(style, { text: block.name ? `(${block.name})` : `(${SIGNATURE_DOTS})` })], alignment: AlignmentType.CENTER, indent: under, keepNext: true, spacing: spacing() }),
        new Paragraph({ children: [thaiRun(style, { text: block.position })], alignment: AlignmentType.CENTER, indent: under, spacing: spacing() }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Of the page's diagonal, the watermark's length (as in the PDF). */
const WATERMARK_SPAN = 0.5;

/**
 * `ร่าง` as Word's own watermark: a WordArt shape anchored in the header, so it lies behind the text
 * of every page and Word and LibreOffice both show it (and can remove it with their watermark dialog).
 * Sized from the text's measured proportions: the shape's text is stretched to fill it.
 */
function watermark(model: DocumentModel, ctx: TableContext): Paragraph[] {
  const text = model.page.watermark;
  if (!text) return [];
  const { width, height } = model.page.orientation === 'landscape' ? { width: A4.height, height: A4.width } : A4;
  const length = (WATERMARK_SPAN * Math.hypot(width, height)) / 20;
  const advance = ctx.measurer.bold(text) / model.font.size;
  return [
    new Paragraph({
      children: [new TextWatermark({ text, font: ctx.style.family, bold: true, color: '#C0C0C0', opacity: 0.5, width: length, height: (length * 0.8) / advance })],
    }),
  ];
}

/** Secrecy at top and bottom of every page, urgency on the first, page numbers `- ๒ -` from page 2, the watermark. */
function furniture(model: DocumentModel, ctx: TableContext) {
  const { secrecy, urgency, footerNote } = model.page;
  const style = ctx.style;
  const red = (text: string, halfPoints: number) => thaiRun(style, { text, bold: true, color: 'C00000', size: halfPoints });
  const stamp = () => (secrecy ? [new Paragraph({ children: [red(secrecy, model.font.size * 2 + 8)], alignment: AlignmentType.CENTER })] : []);
  // The page number run is Thai: Word draws `thaiNumbers` as ๑ ๒ ๓; LibreOffice does so only with context numerals.
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [thaiRun(style, { children: ['- ', PageNumber.CURRENT, ' -'], language: THAI_LANGUAGE })],
  });
  const note = footerNote ? footerNote.split('\n').map((text) => new Paragraph({ children: [thaiRun(style, { text, size: 18 })], alignment: AlignmentType.RIGHT })) : [];
  return {
    headers: {
      first: new Header({ children: [...watermark(model, ctx), ...stamp(), ...(urgency ? [new Paragraph({ children: [red(urgency, 48)] })] : [])] }),
      default: new Header({ children: [...watermark(model, ctx), ...stamp(), pageNumber] }),
    },
    footers: {
      first: new Footer({ children: [...stamp(), ...note] }),
      default: new Footer({ children: [...stamp(), ...note] }),
    },
  };
}

/**
 * The DOCX of a document model: Thai complex-script font, size and th-TH on every run (and in the
 * style defaults), Thai distributed body, table widths from content as in the PDF.
 */
export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const fonts = fontFiles(model.font);
  const style: RunStyle = { family: fonts.family, halfPoints: model.font.size * 2 };
  const measurer = fontMeasurer(model.font, noBreakMatcher([...shippedNoBreakWords, ...(options.noBreakWords ?? [])]));
  const widthPt = textWidthTwips(model) / 20;
  const ctx: TableContext = { style, measurer, widthPt, peopleTwips: peopleTwips(model.blocks, measurer, widthPt), spliced: [] };
  const m = model.page.marginsCm;
  const title = model.titleLines.map(
    (line) => new Paragraph({ children: [thaiRun(style, { text: line, bold: true })], alignment: AlignmentType.CENTER, spacing: spacing(), keepNext: true }),
  );
  const doc = new Document({
    title: model.title,
    creator: 'Lekha',
    ...(model.keywords ? { keywords: model.keywords } : {}),
    styles: {
      default: {
        // A plain string sets ascii, hAnsi, eastAsia and cs: Thai is complex script and needs cs and szCs.
        document: { run: { font: fonts.family, size: style.halfPoints, language: THAI_LANGUAGE } },
      },
    },
    fonts: fonts.embedInDocx ? [{ name: fonts.family, data: fonts.regular, bold: fonts.bold, characterSet: CharacterSet.THAI }] : [],
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { ...A4, orientation: model.page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: twips(m.top), right: twips(m.right), bottom: twips(m.bottom), left: twips(m.left), header: twips(1), footer: twips(0.8) },
            pageNumbers: { start: 1, formatType: model.page.digits === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL },
          },
        },
        ...furniture(model, ctx),
        children: [...title, new Paragraph({ children: [], spacing: spacing() }), ...model.blocks.flatMap((b) => blockToDocx(b, model, ctx))],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return ctx.spliced.length ? spliceRows(bytes, ctx.spliced) : bytes;
}
