import { PageSizes, PDFDocument } from 'pdf-lib';
import { formatMeetingNumber } from '../../../shared/numbering';
import { highestSecrecy } from '../../../shared/secrecy';
import { secrecyLabels, urgencyLabels } from '../../../shared/schemas/document-settings';
import { formatThaiDateLong, formatThaiTime } from '../../../shared/thai';
import { helpers, type MeetingRecord, venueText } from '../builders/record';
import type { FontChoice } from '../model';
import { renderPdf } from '../pdf/render-pdf';
import { noBreakMatcher, shippedNoBreakWords } from '../thai/no-break';
import { placeFiles } from './files';
import { type Cover, type PageFurniture, renderFurniture } from './furniture';
import { type OutlineEntry, writeOutline } from './outline';
import { addImagePage, addSourcePage } from './place';
import { type BookSection, bookSections, type PagePlan, planPages, samePlan } from './plan';
import { bookText, itemLabel, sectionLabel } from './text-model';
import type { BookInput, BookOptions, BookResult } from './types';

const AGENDA = 'ระเบียบวาระการประชุม';

/**
 * The meeting book (issue 13): a cover, the agenda with the page each item starts on, then each item's
 * summary followed by its attachments (PDF pages merged page for page, images on pages, other files
 * listed), bookmarks per section, item and merged file, and on every page but the cover a running header
 * naming the item with the book's page number, and the secrecy marks where set.
 *
 * The Thai text is all drawn by Lekha's pdfkit pipeline: the book's own pages by renderPdf, the cover
 * and the stamped headers by furniture.ts. pdf-lib only moves pages: it copies them, embeds the
 * attachments' pages and the stamps, and writes the outline.
 */
export async function renderBook(input: BookInput, options: BookOptions = {}): Promise<BookResult> {
  const { record } = input;
  const digits = helpers(record).digits;
  const book = await PDFDocument.create();
  const { placed, warnings } = await placeFiles(book, input.files);
  const sections = bookSections(record, placed);
  const items = sections.flatMap((s) => s.items);
  let done = 0;
  const total = placed.length + 3;
  const step = () => options.onProgress?.(++done, total);

  const text = await layText(record, sections, input.font, options);
  step();
  const copied = await book.copyPages(text.doc, text.doc.getPageIndices());
  // The book is one document: every page carries the highest class it holds (issue 14), as the minutes do.
  const all = highestSecrecy(record.settings.secrecy, record.meeting.secrecy, ...items.map((bi) => bi.secrecy));
  const furniture: PageFurniture[] = [];
  const stamp = (header: string, caption: string) => {
    const { width, height } = book.getPage(furniture.length).getSize();
    const number = furniture.length === 0 ? '' : digits(`หน้า ${furniture.length + 1}`);
    furniture.push({ width, height, header, number, caption, secrecy: secrecyLabels[all], copy: options.copy ?? '' });
  };

  book.addPage(PageSizes.A4);
  stamp('', '');
  const textPages = (from: number, to: number) => copied.slice(from, to).map((p) => book.addPage(p));
  for (const _ of textPages(0, text.starts[0] ?? copied.length)) stamp(AGENDA, '');
  for (const [i, bi] of items.entries()) {
    const label = itemLabel(bi, digits);
    for (const _ of textPages(text.starts[i], text.starts[i + 1] ?? copied.length)) stamp(label, '');
    for (const [j, f] of bi.files.entries()) {
      const name = `เอกสารประกอบ ${digits(String(j + 1))}: ${f.file.fileName}`;
      if (f.kind === 'pdf') {
        for (const [k, source] of f.pages.entries()) {
          addSourcePage(book, source);
          stamp(label, `${name} ${digits(`(หน้า ${k + 1} จาก ${f.pages.length})`)}`);
        }
      } else if (f.kind === 'image') {
        addImagePage(book, f.image, f.turn);
        stamp(label, name);
      }
      step();
    }
  }
  if (book.getPageCount() !== text.plan.total) throw new Error(`the meeting book has ${book.getPageCount()} pages, its agenda says ${text.plan.total}`);

  const noBreak = noBreakMatcher([...shippedNoBreakWords, ...(options.noBreakWords ?? [])]);
  const stamps = await book.embedPdf(
    await renderFurniture(furniture, cover(record), input.font, text.marginsCm, noBreak),
    furniture.map((_, i) => i),
  );
  for (const [i, page] of book.getPages().entries()) page.drawPage(stamps[i], { x: 0, y: 0 });
  writeOutline(book, outline(sections, text.plan, digits));
  step();

  book.setTitle(text.title, { showInWindowTitleBar: true });
  book.setLanguage('th-TH');
  book.setCreator('Lekha');
  book.setProducer('Lekha');
  const bytes = await book.save();
  step();
  return { bytes, warnings, secrecy: all };
}

/**
 * The book's own pages, rendered until the page numbers they print are the pages things land on: the
 * first guess (the agenda on one page, each summary on one) is usually right, and then one render is
 * enough; otherwise the numbers of the render are used for the next.
 */
async function layText(record: MeetingRecord, sections: BookSection[], font: FontChoice, options: BookOptions) {
  const items = sections.flatMap((s) => s.items);
  let plan: PagePlan = planPages(items, 1, items.map(() => 1));
  for (let pass = 0; pass < 5; pass++) {
    const { model, itemBlocks, keep } = bookText(record, sections, plan, font);
    const itemAt = new Map(itemBlocks.map((block, i) => [block, i]));
    const starts: number[] = [];
    const bytes = await renderPdf(model, {
      noBreakWords: [...(options.noBreakWords ?? []), ...keep], people: options.people, pageNumbers: false,
      onBlock: (block, page) => {
        const i = itemAt.get(block);
        if (i !== undefined) starts[i] = page;
      },
    });
    const doc = await PDFDocument.load(bytes);
    const ends = [...starts.slice(1), doc.getPageCount()];
    const laid = planPages(items, starts[0] ?? doc.getPageCount(), starts.map((s, i) => ends[i] - s));
    if (samePlan(laid, plan)) return { doc, starts, plan, title: model.title, marginsCm: model.page.marginsCm };
    plan = laid;
  }
  throw new Error('the page numbers of the meeting book did not settle in five renders');
}

function cover(record: MeetingRecord): Cover {
  const { meeting: m, series, settings } = record;
  const digits = helpers(record).digits;
  const when = [m.date ? formatThaiDateLong(m.date) : '', m.startTime ? `เวลา ${formatThaiTime(m.startTime)}` : ''].filter(Boolean).join(' ');
  const lines: Cover['lines'] = [
    { text: 'เอกสารประกอบการประชุม', size: 28, bold: true, spaceBefore: 0 },
    { text: digits(series.nameTh), size: 20, bold: true, spaceBefore: 16 },
    { text: digits(`ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}`), size: 20, bold: true, spaceBefore: 0 },
  ];
  if (when) lines.push({ text: digits(when), size: 16, bold: false, spaceBefore: 24 });
  if (venueText(m)) lines.push({ text: digits(`ณ ${venueText(m)}`), size: 16, bold: false, spaceBefore: 0 });
  return { lines, urgency: urgencyLabels[settings.urgency] };
}

/** The agenda; each section with items, its items (sub-items under their item) and their merged files. */
function outline(sections: BookSection[], plan: PagePlan, digits: (s: string) => string): OutlineEntry[] {
  const entries: OutlineEntry[] = [{ title: AGENDA, page: 1, children: [] }];
  let k = 0;
  for (const { section, items } of sections) {
    if (items.length === 0) continue;
    const top: OutlineEntry = { title: sectionLabel(section, digits), page: plan.items[k].start - 1, children: [], open: true };
    const path: OutlineEntry[] = [top];
    for (const bi of items) {
      const at = plan.items[k++];
      const files = bi.files.flatMap((f, j) => (at.files[j] === null ? [] : [{ title: `เอกสารประกอบ: ${f.file.fileName}`, page: (at.files[j] as number) - 1, children: [] }]));
      const entry: OutlineEntry = { title: itemLabel(bi, digits), page: at.start - 1, children: files };
      path.length = bi.depth;
      path[bi.depth - 1].children.push(entry);
      path.push(entry);
    }
    entries.push(top);
  }
  return entries;
}
