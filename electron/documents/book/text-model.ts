import { agendaBody } from '../builders/agenda-body';
import { buildAgenda } from '../builders/agenda';
import { helpers, type MeetingRecord } from '../builders/record';
import type { SeriesSection } from '../../../shared/schemas/series';
import type { Block, DocumentModel, FontChoice } from '../model';
import { TEXT_MIN_MARGINS_CM } from './bands';
import { formatSize, pagesOf, type Placed } from './files';
import type { BookItem, BookSection, PagePlan } from './plan';

type Digits = (text: string) => string;

/** `ระเบียบวาระที่ 4.1 เรื่อง …`: the running header of an item's pages and its bookmark. */
export const itemLabel = (bi: BookItem, digits: Digits): string => digits(`ระเบียบวาระที่ ${bi.item.number} เรื่อง ${bi.item.subject}`);
export const sectionLabel = (s: SeriesSection, digits: Digits): string => digits(`ระเบียบวาระที่ ${s.position} ${s.titleTh}`);

/**
 * The book's own text, drawn by the PDF renderer in one go: the agenda with the page each item starts
 * on (a table), then every item from the top of a page, as the agenda prints it (agenda-body.ts), with
 * the list of its files and where they are in the book. `itemBlocks[i]` is the page break before item
 * i, so the renderer can say on which page each item began.
 */
export function bookText(
  record: MeetingRecord, sections: BookSection[], plan: PagePlan, font: FontChoice,
): { model: DocumentModel; itemBlocks: number[]; keep: string[] } {
  const h = helpers(record);
  const agenda = buildAgenda(record);
  const page = (n: number | null) => (n === null ? '-' : h.digits(String(n)));
  const rows: string[][] = [];
  let k = 0;
  for (const { section, items } of sections) {
    // An empty section in one row, as Thai agendas write it: `เรื่องสืบเนื่อง - ไม่มี -`.
    rows.push([h.digits(String(section.position)), items.length ? section.titleTh : `${section.titleTh} - ไม่มี -`, items.length ? page(plan.items[k].start) : '']);
    for (const bi of items) {
      const at = plan.items[k++];
      rows.push([h.digits(bi.item.number), h.digits(`เรื่อง ${bi.item.subject}`), page(at.start)]);
      for (const [j, f] of bi.files.entries()) rows.push(['', `เอกสารประกอบ: ${f.file.fileName}`, page(at.files[j])]);
    }
  }
  const blocks: Block[] = [
    { type: 'table', columns: [{ title: 'ระเบียบวาระที่', width: 2, align: 'center' }, { title: 'เรื่อง', width: 8 }, { title: 'หน้า', width: 1, align: 'center' }], rows },
  ];
  const itemBlocks: number[] = [];
  const keep: string[] = [];
  sections.flatMap((s) => s.items).forEach((bi, i) => {
    itemBlocks.push(blocks.length);
    blocks.push({ type: 'pageBreak' }, ...itemPage(record, bi), ...fileList(bi, plan.items[i].files, h.digits, record.settings.firstLineIndentCm, keep));
  });
  const m = agenda.page.marginsCm;
  return {
    model: {
      ...agenda,
      title: h.digits(`เอกสารประกอบการประชุม${record.series.nameTh.replace(/^การประชุม/, '')} ${agenda.titleLines[1] ?? ''}`.trim()),
      blocks,
      // The running header, the page number and the secrecy marks are stamped on every page afterwards (furniture.ts).
      page: {
        ...agenda.page,
        marginsCm: { ...m, top: Math.max(m.top, TEXT_MIN_MARGINS_CM.top), bottom: Math.max(m.bottom, TEXT_MIN_MARGINS_CM.bottom) },
        secrecy: '', urgency: '', footerNote: '', watermark: undefined,
      },
      font,
    },
    itemBlocks,
    keep,
  };
}

/** The item alone, as the agenda prints it under its section's heading (without the agenda's list of file names). */
function itemPage(record: MeetingRecord, bi: BookItem): Block[] {
  const alone: MeetingRecord = {
    ...record,
    attachments: [],
    series: { ...record.series, sections: [bi.section] },
    meeting: { ...record.meeting, agendaItems: [{ ...bi.item, parentId: null }] },
  };
  return agendaBody(alone, 'agenda');
}

/** Where a file is in the book; its page numbers (`หน้า 7–8`) go in `keep`, never to be broken across lines. */
function where(f: Placed, at: number | null, digits: Digits, keep: string[]): string {
  if (f.kind === 'listed') return `ไม่ได้รวมไว้ในเล่ม: ${f.reason}`;
  if (at === null) return '';
  const n = pagesOf(f);
  const pages = digits(n === 1 ? `หน้า ${at}` : `หน้า ${at}–${at + n - 1}`);
  keep.push(pages);
  return f.kind === 'image' ? `ภาพ อยู่ที่${pages}` : `${digits(String(n))} หน้า อยู่ที่${pages}`;
}

/** `เอกสารประกอบ` and each file: its name and size, and the pages it takes in the book or why it is not there. */
function fileList(bi: BookItem, at: (number | null)[], digits: Digits, indentCm: number, keep: string[]): Block[] {
  if (bi.files.length === 0) return [];
  return [
    { type: 'paragraph', text: 'เอกสารประกอบ', bold: true, firstLineCm: indentCm, keepWithNext: true, align: 'left', spaceBefore: 6 },
    {
      type: 'list', indentCm,
      items: bi.files.map((f, j) => ({
        marker: digits(`${j + 1})`),
        text: `${f.file.fileName} (${digits(formatSize(f.file.size))}) ${where(f, at[j], digits, keep)}`,
      })),
    },
  ];
}
