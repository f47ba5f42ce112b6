import { degrees, grayscale, type PDFDocument, type PDFImage, type PDFPage, PageSizes } from 'pdf-lib';
import { BAND } from './bands';
import type { SourcePage } from './files';

/** A4 upright, or on its side for a page or image wider than tall. */
function a4For(width: number, height: number): [number, number] {
  const [w, h] = PageSizes.A4;
  return width > height ? [h, w] : [w, h];
}

/** The box left free by the stamped bands, and the scale and corner that put `w` × `h` in it, centred across, at its top. */
function fitInBox(page: PDFPage, w: number, h: number, maxScale: number) {
  const { width, height } = page.getSize();
  const boxW = width - 2 * BAND.boxSide;
  const boxH = height - BAND.boxTop - BAND.boxBottom;
  const scale = Math.min(boxW / w, boxH / h, maxScale);
  return { scale, x: BAND.boxSide + (boxW - w * scale) / 2, y: height - BAND.boxTop - h * scale };
}

/**
 * A page of an attached PDF on a page of its own in the book, scaled into the box below the running
 * header, upright as a viewer shows it (its /Rotate applied). Scaled up or down to fill the box: a
 * page is vector drawing and prints as sharp at any size.
 */
export function addSourcePage(book: PDFDocument, source: SourcePage): PDFPage {
  const turned = source.rotation === 90 || source.rotation === 270;
  const [w, h] = turned ? [source.height, source.width] : [source.width, source.height];
  const page = book.addPage(a4For(w, h));
  if (!source.page) return page;
  const { scale: s, x, y } = fitInBox(page, w, h, Number.POSITIVE_INFINITY);
  // /Rotate turns the page clockwise for display; drawing turns counter-clockwise about the corner
  // given, so each turn draws from the corner that lands at the bottom left.
  const corner = {
    0: { x, y },
    90: { x, y: y + source.width * s },
    180: { x: x + source.width * s, y: y + source.height * s },
    270: { x: x + source.height * s, y },
  }[source.rotation];
  page.drawPage(source.page, { ...corner, xScale: s, yScale: s, rotate: degrees(-source.rotation) });
  frame(page, x, y, w * s, h * s);
  return page;
}

/**
 * An image on a page of its own, fitted into the same box; never enlarged past one point per pixel,
 * so a small picture is not blown up into a blur.
 */
export function addImagePage(book: PDFDocument, image: PDFImage): PDFPage {
  const page = book.addPage(a4For(image.width, image.height));
  const { scale, x, y } = fitInBox(page, image.width, image.height, 1);
  page.drawImage(image, { x, y, width: image.width * scale, height: image.height * scale });
  frame(page, x, y, image.width * scale, image.height * scale);
  return page;
}

/** A hairline round the attachment, so the reader sees where its page ends and the book's begins. */
function frame(page: PDFPage, x: number, y: number, width: number, height: number): void {
  page.drawRectangle({ x, y, width, height, borderColor: grayscale(0.6), borderWidth: 0.5 });
}
