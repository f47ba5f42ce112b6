import { type IRunOptions, TextRun } from 'docx';

/** Every run says it is Thai, so Word picks the complex-script font and size for it. */
export const THAI_LANGUAGE = { value: 'th-TH', eastAsia: 'th-TH', bidirectional: 'th-TH' } as const;

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

/** The lines of a cell's text: each after the first goes after a line break in the same paragraph. */
export const cellLines = (text: string): string[] => text.split('\n');

/** A cell's or paragraph's text, its `\n` as line breaks within the paragraph. */
export function textRuns(style: RunStyle, text: string, options: { bold?: boolean } = {}): TextRun[] {
  return cellLines(text).map((line, i) => thaiRun(style, { text: line, bold: options.bold, break: i > 0 ? 1 : undefined }));
}
