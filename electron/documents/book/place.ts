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
 * Where to draw something `w` × `h` (as stored) turned clockwise by `turn` so that it fills the box at
 * `x`, `y` (its corner once turned) at scale `s`: drawing turns counter-clockwise about the point given,
 * so each turn draws from the stored corner that lands at the bottom left.
 */
function turnedCorner(x: number, y: number, w: number, h: number, s: number, turn: 0 | 90 | 180 | 270) {
  return { 0: { x, y }, 90: { x, y: y + w * s }, 180: { x: x + w * s, y: y + h * s }, 270: { x: x + h * s, y } }[turn];
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
  const corner = turnedCorner(x, y, source.width, source.height, s, source.rotation);
  page.drawPage(source.page, { ...corner, xScale: s, yScale: s, rotate: degrees(-source.rotation) });
  frame(page, x, y, w * s, h * s);
  return page;
}

/**
 * An image on a page of its own, fitted into the same box and turned as its EXIF orientation says;
 * never enlarged past one point per pixel, so a small picture is not blown up into a blur.
 */
export function addImagePage(book: PDFDocument, image: PDFImage, turn: 0 | 90 | 180 | 270): PDFPage {
  const sideways = turn === 90 || turn === 270;
  const [w, h] = sideways ? [image.height, image.width] : [image.width, image.height];
  const page = book.addPage(a4For(w, h));
  const { scale: s, x, y } = fitInBox(page, w, h, 1);
  const corner = turnedCorner(x, y, image.width, image.height, s, turn);
  page.drawImage(image, { ...corner, width: image.width * s, height: image.height * s, rotate: degrees(-turn) });
  frame(page, x, y, w * s, h * s);
  return page;
}

/** A hairline round the attachment, so the reader sees where its page ends and the book's begins. */
function frame(page: PDFPage, x: number, y: number, width: number, height: number): void {
  page.drawRectangle({ x, y, width, height, borderColor: grayscale(0.6), borderWidth: 0.5 });
}
