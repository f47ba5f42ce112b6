import { type IRunOptions, TextRun } from 'docx';

/**
 * Every run says its complex-script text is Thai (`w:bidi`), so Word picks the complex-script font and size
 * for it. Its Latin letters and digits are English (`w:val`): LibreOffice breaks lines in text of a Thai
 * `w:val` with its Thai dictionary, which cuts inside Latin words and numbers (`22 มีนาคม 2|565`,
 * `SHA-25|6`, `M|Hz`); Word on a Thai desktop writes the same pair.
 */
export const THAI_LANGUAGE = { value: 'en-US', eastAsia: 'th-TH', bidirectional: 'th-TH' } as const;
/** Thai throughout: the page number, whose digits Word draws as ๑ ๒ ๓ (`thaiNumbers`) and LibreOffice only with context numerals. */
export const ALL_THAI_LANGUAGE = { value: 'th-TH', eastAsia: 'th-TH', bidirectional: 'th-TH' } as const;

/** The document's font family and body size (half-points), written on every run. */
export interface RunStyle {
  family: string;
  halfPoints: number;
}

/**
 * A run carrying its own font (a plain family name sets ascii, hAnsi, eastAsia and cs), size (`w:sz`
 * and `w:szCs`) and `th-TH` language: text copied into another document keeps them, which style
 * defaults alone do not give.
 */
export function thaiRun(style: RunStyle, options: IRunOptions & { text?: string }): TextRun {
  return new TextRun({ font: style.family, size: style.halfPoints, language: THAI_LANGUAGE, ...options });
}

/**
 * The complex-script language of a glued span (a date, พ.ศ. with its year, a time, an ordinal, a name: thai/glue.ts
 * `joinGlued` joins their spaces with no-break spaces). LibreOffice's Thai dictionary still cuts inside such a
 * span where it does not know a word (`22 มีนาค|ม 2565`, `19 ธันว|าคม 2565`, `(พ.ศ|. 2563)`); under another
 * language it leaves the span whole. `noProof` keeps Word's English speller off the Thai letters.
 */
const GLUED_LANGUAGE = { value: 'en-US', eastAsia: 'th-TH', bidirectional: 'en-US' } as const;
const GLUED_SPAN = /((?:[^\s\u00a0]*\u00a0)+[^\s\u00a0]*)/;
const THAI_LETTER = /[\u0e01-\u0e4e]/;

/** `text` (glued by `joinGlued`) cut into runs: each glued span with Thai letters a run of its own (`glued`). */
export function gluedParts(text: string): { text: string; glued: boolean }[] {
  if (!text.includes('\u00a0')) return [{ text, glued: false }];
  return text.split(GLUED_SPAN).flatMap((part, i) => (part ? [{ text: part, glued: i % 2 === 1 && THAI_LETTER.test(part) }] : []));
}

/** `gluedParts` as runs; a line break before the text goes with the first. */
export function gluedRuns(style: RunStyle, text: string, options: IRunOptions = {}): TextRun[] {
  return gluedParts(text).map((part, i) =>
    thaiRun(style, { ...options, text: part.text, break: i === 0 ? options.break : undefined, ...(part.glued ? { language: GLUED_LANGUAGE, noProof: true } : {}) }),
  );
}

/** A run's properties as `gluedRuns` writes them for a glued span, from the XML of the same run's plain properties. */
export const gluedRunXml = (plainRun: string): string =>
  plainRun.replace('w:bidi="th-TH"', 'w:bidi="en-US"').replace(/<w:(?:color|spacing|kern|position|sz) /, (m) => `<w:noProof/>${m}`);

/** The lines of a cell's text: each after the first goes after a line break in the same paragraph. */
export const cellLines = (text: string): string[] => text.split('\n');

/** A cell's or paragraph's text, its `\n` as line breaks within the paragraph, its glued spans whole (`gluedRuns`). */
export function textRuns(style: RunStyle, text: string, options: { bold?: boolean } = {}): TextRun[] {
  return cellLines(text).flatMap((line, i) => gluedRuns(style, line, { bold: options.bold, break: i > 0 ? 1 : undefined }));
}
