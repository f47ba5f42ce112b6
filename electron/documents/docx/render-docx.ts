import {
  AlignmentType, CharacterSet, Document, Footer, Header, LineRuleType, NumberFormat, Packer, PageBreak, PageNumber,
  PageOrientation, Paragraph, type Table,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { fontMeasurer } from '../columns/measure';
import { fontFiles } from '../fonts';
import { type Align, type Block, type DocumentModel, LINE_HEIGHT_FACTOR, type Paragraph as ModelParagraph } from '../model';
import type { NameParts } from '../../../shared/names';
import { joinGlued, peopleMatcher } from '../thai/glue';
import { noBreakMatcher, shippedNoBreakWords } from '../thai/no-break';
import { ALL_THAI_LANGUAGE, gluedRuns, type RunStyle, THAI_LANGUAGE, thaiRun } from './runs';
import { columnsParagraph, emblemTable } from './letter-blocks';
import { signatureParagraphs } from './signature';
import { spliceRows } from './spliced-rows';
import { peopleTable, peopleTwips, type TableContext, table } from './tables';

/** Twentieths of a point per centimetre: Word's unit for margins and indents. */
export const TWIPS_PER_CM = 566.93;
const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);
const A4 = { width: 11906, height: 16838 };

export interface DocxOptions {
  /** Words the officer added in settings that must never be split (they widen table columns as in the PDF). */
  noBreakWords?: readonly string[];
  /** The people in the directory: their names are joined with no-break spaces where they fit a line. */
  people?: readonly NameParts[];
}

const alignment = (a: Align | undefined) =>
  ({
    left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED, thaiDistributed: AlignmentType.THAI_DISTRIBUTE,
  })[a ?? 'left'];

/**
 * Lines exactly as far apart as the PDF's (LINE_HEIGHT_FACTOR × the size: officer review C13), with
 * `before` and `after` points around the paragraph. Single spacing is the font's own line height, and
 * word processors read it from different tables of the font: LibreOffice 7.4 takes Sarabun's
 * typographic 1.3 em (18.2 pt at 14 pt against the PDF's 21.7 pt, so a page held six lines more);
 * the Windows metrics say 1.85 em. An exact height is the same everywhere, and at 1.55 em the marks
 * clear the line above. (An exact height below the text's, such as `line: 240` without the
 * automatic rule, makes lines overlap.)
 */
const spacingOf = (size: number) => (before = 0, after = 0) =>
  ({ line: Math.round(size * LINE_HEIGHT_FACTOR * 20), lineRule: LineRuleType.EXACT, before: Math.round(before * 20), after: Math.round(after * 20) });

export function textWidthTwips(model: DocumentModel): number {
  const width = model.page.orientation === 'landscape' ? A4.height : A4.width;
  return width - twips(model.page.marginsCm.left) - twips(model.page.marginsCm.right);
}

const PT_PER_CM = 72 / 2.54;

/** Each paragraph the officer typed (a '\n') is a Word paragraph of its own, indented like the first. */
/** `beforeClose`: a letter's last paragraph, whose last lines go to the page of the signature that follows. */
function paragraphs(p: ModelParagraph, model: DocumentModel, ctx: TableContext, beforeClose = false): Paragraph[] {
  const parts = p.text.split('\n');
  const width = ctx.widthPt - (p.indentCm ?? 0) * PT_PER_CM;
  // A hanging lead (a letter's `เรื่อง`): the text after it, its later lines and later paragraphs all
  // start at the hanging indent, which a tab after the lead reaches (Word and LibreOffice stop a tab there).
  const hang = p.lead && p.hangingLead ? (p.leadPlain ? ctx.measurer.regular : ctx.measurer.bold)(`${p.lead} `) * 20 : 0;
  return parts.map((text, n) => {
    const lead = n === 0 && p.lead ? [thaiRun(ctx.style, { text: `${p.lead}${hang ? '\t' : ' '}`, bold: !p.leadPlain })] : [];
    return new Paragraph({
      children: [...lead, ...gluedRuns(ctx.style, ctx.glue(text, width, p.bold), { bold: p.bold })],
      alignment: alignment(p.align ?? model.body.align),
      indent: hang
        ? { left: twips(p.indentCm ?? 0) + Math.round(hang), ...(n === 0 ? { hanging: Math.round(hang) - twips(p.firstLineCm ?? 0) } : {}) }
        : { left: twips(p.indentCm ?? 0), firstLine: twips(p.firstLineCm ?? 0) },
      spacing: ctx.spacing(n === 0 ? (p.spaceBefore ?? 0) : 0, 3),
      keepNext: p.keepWithNext || (beforeClose && n === parts.length - 1),
    });
  });
}

/** The page's centre, in points from the left margin. */
function pageCentre(model: DocumentModel): number {
  const pageWidth = model.page.orientation === 'landscape' ? A4.height : A4.width;
  return (pageWidth / 2 - twips(model.page.marginsCm.left)) / 20;
}

function blockToDocx(block: Block, model: DocumentModel, ctx: TableContext, next?: Block): (Paragraph | Table)[] {
  const style = ctx.style;
  switch (block.type) {
    case 'paragraph':
      return paragraphs(block, model, ctx, next?.type === 'signature' && next.closing !== undefined);
    case 'list': {
      const width = ctx.widthPt - (block.indentCm + 0.75) * PT_PER_CM;
      return block.items.map(
        (item) =>
          new Paragraph({
            children: gluedRuns(style, `${item.marker}\t${ctx.glue(item.text, width)}`),
            alignment: alignment(model.body.align),
            indent: { left: twips(block.indentCm + 0.75), hanging: twips(0.75) },
            spacing: ctx.spacing(0, 3),
          }),
      );
    }
    case 'people':
      return [peopleTable(block, ctx)];
    case 'table':
      return [table(block, ctx)];
    case 'signature':
      return signatureParagraphs(block, ctx, pageCentre(model), model.font.size * LINE_HEIGHT_FACTOR);
    case 'columns':
      return [columnsParagraph(block, ctx, pageCentre(model))];
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
  // A numbered copy says which it is at the top right of every page, under the class (issue 14).
  const copy = () => (model.page.copy ? [new Paragraph({ children: [thaiRun(style, { text: model.page.copy })], alignment: AlignmentType.RIGHT })] : []);
  // The page number run is Thai: Word draws `thaiNumbers` as ๑ ๒ ๓; LibreOffice does so only with context numerals.
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [thaiRun(style, { children: ['- ', PageNumber.CURRENT, ' -'], language: ALL_THAI_LANGUAGE })],
  });
  const note = footerNote ? footerNote.split('\n').map((text) => new Paragraph({ children: [thaiRun(style, { text, size: 18 })], alignment: AlignmentType.RIGHT })) : [];
  // A letter's Garuda room heads its first page; a paragraph must end a header after a table.
  const emblem = model.page.emblem ? [emblemTable(model.page.emblem, ctx, pageCentre(model)), new Paragraph({ children: [], spacing: { line: 20, lineRule: LineRuleType.EXACT } })] : [];
  return {
    headers: {
      first: new Header({ children: [...watermark(model, ctx), ...stamp(), ...copy(), ...(urgency ? [new Paragraph({ children: [red(urgency, 48)] })] : []), ...emblem] }),
      default: new Header({ children: [...watermark(model, ctx), ...stamp(), ...copy(), pageNumber] }),
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
  const spacing = spacingOf(model.font.size);
  const names = peopleMatcher(options.people);
  const ctx: TableContext = {
    style, measurer, widthPt, names, peopleTwips: peopleTwips(model.blocks, measurer, widthPt), spacing, spliced: [],
    glue: (text, width, bold) => joinGlued(text, names, bold ? measurer.bold : measurer.regular, width),
  };
  const m = model.page.marginsCm;
  const title = model.titleLines.map(
    (line) => new Paragraph({ children: gluedRuns(style, ctx.glue(line, widthPt, true), { bold: true }), alignment: AlignmentType.CENTER, spacing: spacing(), keepNext: true }),
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
            margin: {
              top: twips(m.top), right: twips(m.right), bottom: twips(m.bottom), left: twips(m.left),
              header: twips(model.page.emblem?.topCm ?? 1), footer: twips(0.8),
            },
            pageNumbers: { start: 1, formatType: model.page.digits === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL },
          },
        },
        ...furniture(model, ctx),
        // Half a line under the title, as in the PDF (a letter has no title: nothing above its emblem).
        children: [
          ...title,
          ...(title.length ? [new Paragraph({ children: [], spacing: { ...spacing(), line: Math.round(model.font.size * LINE_HEIGHT_FACTOR * 10) } })] : []),
          ...model.blocks.flatMap((b, i) => blockToDocx(b, model, ctx, model.blocks[i + 1])),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return ctx.spliced.length ? spliceRows(bytes, ctx.spliced) : bytes;
}
