import {
  AlignmentType, CharacterSet, Document, Footer, Header, LineRuleType, NumberFormat, Packer, PageBreak, PageNumber,
  Paragraph, type Table, TextRun,
} from 'docx';
import type { Align, Block, DocumentModel, Paragraph as ModelParagraph } from '../model';
import { fontFiles } from '../fonts';
import { SIGNATURE_DOTS } from '../model';
import { peopleTable, table } from './tables';

/** Twentieths of a point per centimetre: Word's unit for margins and indents. */
export const TWIPS_PER_CM = 566.93;
const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);
const A4 = { width: 11906, height: 16838 };

const alignment = (a: Align | undefined) =>
  ({
    left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT,
    justify: AlignmentType.JUSTIFIED, thaiDistributed: AlignmentType.THAI_DISTRIBUTE,
  })[a ?? 'left'];

/** Single spacing with the automatic rule: an exact 240 makes LibreOffice overlap Thai lines. */
const spacing = (before = 0, after = 0) => ({ line: 240, lineRule: LineRuleType.AUTO, before: before * 20, after: after * 20 });

export function textWidthTwips(model: DocumentModel): number {
  return A4.width - twips(model.page.marginsCm.left) - twips(model.page.marginsCm.right);
}

function paragraph(p: ModelParagraph, model: DocumentModel): Paragraph {
  const runs = [
    ...(p.lead ? [new TextRun({ text: `${p.lead} `, bold: true })] : []),
    new TextRun({ text: p.text, bold: p.bold }),
  ];
  return new Paragraph({
    children: runs,
    alignment: alignment(p.align ?? model.body.align),
    indent: { left: twips(p.indentCm ?? 0), firstLine: twips(p.firstLineCm ?? 0) },
    spacing: spacing(p.spaceBefore ?? 0, 3),
    keepNext: p.keepWithNext,
  });
}

function blockToDocx(block: Block, model: DocumentModel): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraph(block, model)];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: [new TextRun(`${item.marker}\t${item.text}`)],
            alignment: alignment(model.body.align),
            indent: { left: twips(block.indentCm + 0.75), hanging: twips(0.75) },
            spacing: spacing(0, 3),
          }),
      );
    case 'people':
      return [peopleTable(block, textWidthTwips(model))];
    case 'table':
      return [table(block, textWidthTwips(model))];
    case 'signature': {
      // From a quarter of the width, the name and position centred under the dotted line.
      const quarter = Math.round(textWidthTwips(model) / 4);
      const under = { left: quarter, right: Math.round(quarter * 1.2) };
      return [
        new Paragraph({ children: [new TextRun(`(ลงชื่อ) ${SIGNATURE_DOTS} ${block.role}`)], indent: { left: quarter }, spacing: spacing(24, 0), keepNext: true }),
        new Paragraph({ children: [new TextRun(block.name ? `(${block.name})` : `(${SIGNATURE_DOTS})`)], alignment: AlignmentType.CENTER, indent: under, keepNext: true, spacing: spacing() }),
        new Paragraph({ children: [new TextRun(block.position)], alignment: AlignmentType.CENTER, indent: under, spacing: spacing() }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const red = (text: string, size?: number) => new TextRun({ text, bold: true, color: 'C00000', size });

/** Secrecy at top and bottom of every page, urgency on the first, page numbers `- ๒ -` from page 2. */
function furniture(model: DocumentModel) {
  const { secrecy, urgency, footerNote } = model.page;
  const stamp = () => (secrecy ? [new Paragraph({ children: [red(secrecy, model.font.size * 2 + 8)], alignment: AlignmentType.CENTER })] : []);
  // The page number run is Thai: Word draws `thaiNumbers` as ๑ ๒ ๓; LibreOffice does so only with context numerals.
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], language: { value: 'th-TH', bidirectional: 'th-TH' } })],
  });
  const note = footerNote ? [new Paragraph({ children: [new TextRun({ text: footerNote, size: 20 })], alignment: AlignmentType.RIGHT })] : [];
  return {
    headers: {
      first: new Header({ children: [...stamp(), ...(urgency ? [new Paragraph({ children: [red(urgency, 48)] })] : [])] }),
      default: new Header({ children: [...stamp(), pageNumber] }),
    },
    footers: {
      first: new Footer({ children: [...stamp(), ...note] }),
      default: new Footer({ children: [...stamp(), ...note] }),
    },
  };
}

/** The DOCX of a document model: Thai complex-script font and size, th-TH, Thai distributed body. */
export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const fonts = fontFiles(model.font);
  const m = model.page.marginsCm;
  const title = model.titleLines.map(
    (line) => new Paragraph({ children: [new TextRun({ text: line, bold: true })], alignment: AlignmentType.CENTER, spacing: spacing(), keepNext: true }),
  );
  const doc = new Document({
    title: model.title,
    creator: 'Lekha',
    styles: {
      default: {
        // A plain string sets ascii, hAnsi, eastAsia and cs: Thai is complex script and needs cs and szCs.
        document: { run: { font: fonts.family, size: model.font.size * 2, language: { value: 'th-TH', bidirectional: 'th-TH' } } },
      },
    },
    fonts: fonts.embedInDocx ? [{ name: fonts.family, data: fonts.regular, bold: fonts.bold, characterSet: CharacterSet.THAI }] : [],
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4,
            margin: { top: twips(m.top), right: twips(m.right), bottom: twips(m.bottom), left: twips(m.left), header: twips(1), footer: twips(0.8) },
            pageNumbers: { start: 1, formatType: model.page.digits === 'thai' ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL },
          },
        },
        ...furniture(model),
        children: [...title, new Paragraph({ children: [], spacing: spacing() }), ...model.blocks.flatMap((b) => blockToDocx(b, model))],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
