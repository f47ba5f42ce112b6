import { type PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFRef } from 'pdf-lib';

/** A bookmark: its title, the page it opens (from 0), and the bookmarks under it. */
export interface OutlineEntry {
  title: string;
  page: number;
  children: OutlineEntry[];
  /** Shown with its children unfolded when the file opens. */
  open?: boolean;
}

/** How many entries under `e` show when it is unfolded (the PDF's `/Count`, ISO 32000 §12.3.3). */
const visible = (e: OutlineEntry): number => e.children.reduce((n, c) => n + 1 + (c.open ? visible(c) : 0), 0);

/**
 * Writes the bookmarks (the document outline) with pdf-lib's objects, which have no outline API:
 * each entry a dictionary linked to its parent and siblings, titles in UTF-16 so Thai reads back,
 * each opening its page at the top. The viewer opens with the bookmarks shown.
 */
export function writeOutline(book: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = book.context;
  const pages = book.getPages();
  const root = context.nextRef();

  const writeLevel = (list: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef } => {
    const refs = list.map(() => context.nextRef());
    list.forEach((e, i) => {
      const page = pages[e.page];
      const dict = context.obj({
        Title: PDFHexString.fromText(e.title),
        Parent: parent,
        Dest: [page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(page.getHeight()), PDFNull],
      });
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]);
      if (e.children.length) {
        const { first, last } = writeLevel(e.children, refs[i]);
        dict.set(PDFName.of('First'), first);
        dict.set(PDFName.of('Last'), last);
        dict.set(PDFName.of('Count'), PDFNumber.of(e.open ? visible(e) : -visible(e)));
      }
      context.assign(refs[i], dict);
    });
    return { first: refs[0], last: refs[refs.length - 1] };
  };

  const { first, last } = writeLevel(entries, root);
  const top: OutlineEntry = { title: '', page: 0, children: entries, open: true };
  context.assign(root, context.obj({ Type: 'Outlines', First: first, Last: last, Count: PDFNumber.of(visible(top)) }));
  book.catalog.set(PDFName.of('Outlines'), root);
  book.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
