import { MissingPageContentsEmbeddingError, type PDFDocument, type PDFEmbeddedPage, type PDFImage, PDFDocument as Pdf } from 'pdf-lib';
import { jpegTurn } from './exif';
import type { BookFile } from './types';

/**
 * How an attachment goes into the book: a PDF page for page, a PNG or JPEG image on a page of its own,
 * anything else (a spreadsheet, a Word file, a PDF that cannot be opened) listed by name and size.
 */
export type Placed =
  | { kind: 'pdf'; file: BookFile; pages: SourcePage[] }
  | { kind: 'image'; file: BookFile; image: PDFImage; turn: 0 | 90 | 180 | 270 }
  | { kind: 'listed'; file: BookFile; reason: string };

/** A page of an attached PDF: its visible box, its /Rotate, and its content (null for a page left blank). */
export interface SourcePage {
  page: PDFEmbeddedPage | null;
  width: number;
  height: number;
  rotation: 0 | 90 | 180 | 270;
}

export const pagesOf = (p: Placed): number => (p.kind === 'pdf' ? p.pages.length : p.kind === 'image' ? 1 : 0);

// Told by the bytes, not the name or the media type the browser guessed: a scan saved as `.PDF`, a
// photo renamed `.jpeg.txt` go where their contents say.
const starts = (bytes: Uint8Array, magic: number[], within = 0) => {
  for (let at = 0; at <= within; at++) if (magic.every((b, i) => bytes[at + i] === b)) return true;
  return false;
};
/** `%PDF-` may follow a little junk (some scanners write a header first); readers allow 1,024 bytes. */
const isPdf = (b: Uint8Array) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d], Math.min(1024, b.length - 5));
const isPng = (b: Uint8Array) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const isJpeg = (b: Uint8Array) => starts(b, [0xff, 0xd8, 0xff]);

const onlyListed = 'ในเล่มมีเพียงชื่อไฟล์';

/**
 * Each file embedded into `book` once (its pages as form XObjects, or its image), so a page that
 * cannot be read is found before any page is laid out. Returns what was placed and, for files that
 * should have gone in and could not, a warning for the officer.
 */
export async function placeFiles(book: PDFDocument, files: BookFile[]): Promise<{ placed: Placed[]; warnings: string[] }> {
  const placed: Placed[] = [];
  const warnings: string[] = [];
  const listed = (file: BookFile, reason: string, warning?: string) => {
    placed.push({ kind: 'listed', file, reason });
    if (warning) warnings.push(`${warning} ${onlyListed}`);
  };
  for (const file of files) {
    const bytes = file.bytes;
    if (!bytes) listed(file, 'ไม่พบไฟล์ในโฟลเดอร์ข้อมูลของโปรแกรม', `ไม่พบไฟล์ "${file.fileName}" ในโฟลเดอร์ข้อมูลของโปรแกรม`);
    else if (isPdf(bytes)) await placePdf(book, file, bytes, placed, listed);
    else if (isPng(bytes) || isJpeg(bytes)) {
      try {
        const image = isPng(bytes) ? await book.embedPng(bytes) : await book.embedJpg(bytes);
        // Embedded now rather than when the book is saved, so that an image that cannot be read is found here.
        await image.embed();
        placed.push({ kind: 'image', file, image, turn: isPng(bytes) ? 0 : jpegTurn(bytes) });
      } catch {
        listed(file, 'อ่านภาพนี้ไม่ได้', `ใส่ภาพ "${file.fileName}" ลงในเล่มไม่ได้ (ไฟล์อาจเสียหาย)`);
      }
    } else listed(file, 'ไฟล์ชนิดนี้ไม่ได้พิมพ์ไว้ในเล่ม');
  }
  return { placed, warnings };
}

async function placePdf(
  book: PDFDocument, file: BookFile, bytes: Uint8Array, placed: Placed[], listed: (file: BookFile, reason: string, warning?: string) => void,
): Promise<void> {
  let source: PDFDocument;
  try {
    // Loaded even when encrypted, to tell an encrypted file from a damaged one by asking it.
    source = await Pdf.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return listed(file, 'เปิดไฟล์ PDF นี้ไม่ได้', `เปิดไฟล์ PDF "${file.fileName}" ไม่ได้ (ไฟล์อาจเสียหาย)`);
  }
  // pdf-lib cannot decrypt: even a PDF locked only against editing (no password to open it) would come out as garbage.
  if (source.isEncrypted) {
    return listed(file, 'เป็น PDF ที่เข้ารหัสไว้', `ไฟล์ "${file.fileName}" เป็น PDF ที่เข้ารหัสไว้ จึงรวมเข้าเล่มไม่ได้ กรุณาแนบฉบับที่ไม่เข้ารหัส`);
  }
  const pages = source.getPages();
  if (pages.length === 0) return listed(file, 'ไฟล์ PDF ไม่มีหน้าใด', `ไฟล์ PDF "${file.fileName}" ไม่มีหน้าใด`);
  try {
    // The visible part of each page (its CropBox), as a viewer shows it; pdf-lib would take the MediaBox.
    const boxes = pages.map((p) => {
      const c = p.getCropBox();
      return { left: c.x, bottom: c.y, right: c.x + c.width, top: c.y + c.height };
    });
    const embedded = await book.embedPages(pages, boxes);
    const sourcePages: SourcePage[] = [];
    for (const [i, page] of embedded.entries()) {
      // /Rotate is a multiple of 90; a damaged file may say otherwise.
      const rotation = ((((Math.round(pages[i].getRotation().angle / 90) * 90) % 360) + 360) % 360) as SourcePage['rotation'];
      // Embedded now rather than when the book is saved, so that a page that cannot be read is found here.
      sourcePages.push({ page: (await embedNow(page)) ? page : null, width: page.width, height: page.height, rotation });
    }
    placed.push({ kind: 'pdf', file, pages: sourcePages });
  } catch {
    listed(file, 'เปิดไฟล์ PDF นี้ไม่ได้', `อ่านหน้าของไฟล์ PDF "${file.fileName}" ไม่ได้ (ไฟล์อาจเสียหาย)`);
  }
}

/** False for a page with no content at all (a page left blank on purpose): it stays blank in the book. */
async function embedNow(page: PDFEmbeddedPage): Promise<boolean> {
  try {
    await page.embed();
    return true;
  } catch (error) {
    if (error instanceof MissingPageContentsEmbeddingError) return false;
    throw error;
  }
}

/** `820 ไบต์`, `12.4 KB`, `3.2 MB`: as the attachments list of the meeting shows them. */
export function formatSize(bytes: number): string {
  const number = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${number(bytes)} ไบต์`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}
