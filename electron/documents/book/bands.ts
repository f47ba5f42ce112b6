/**
 * Where the stamped furniture sits on every page of the book, in points from the page's edges. Top to
 * bottom: the secrecy mark (18 pt, red), the running header with the book's page number (12 pt), a thin
 * rule, and on an attachment's pages a caption naming the file (10 pt); the secrecy mark again at the
 * foot. The book's own text starts below the band (TEXT_MIN_MARGINS_CM) and a merged page is scaled
 * into the box left free, so nothing stamped ever covers what was written.
 */
export const BAND = {
  secrecyTop: 4,
  headerTop: 31,
  rule: 52,
  captionTop: 55,
  /** A merged page or an image sits inside these. */
  boxTop: 76,
  boxBottom: 34,
  boxSide: 34,
  /** The foot's secrecy mark: its line box ends this far above the page's bottom edge. */
  secrecyBottom: 4,
} as const;

export const HEADER_SIZE = 12;
export const CAPTION_SIZE = 10;
export const SECRECY_SIZE = 18;

/** The book's text pages keep at least these margins, whatever the series' settings say, to leave the bands free. */
export const TEXT_MIN_MARGINS_CM = { top: 2.75, bottom: 1.5 } as const;
