import PDFDocument from 'pdfkit';
import { fontFiles } from '../fonts';
import type { FontChoice } from '../model';
import { breakCandidates, breakOpportunities, Kind } from '../thai/breaks';
import { widthCache } from '../thai/layout';
import type { NoBreakMatcher } from '../thai/no-break';

/** Widths of strings in the document's fonts and size, in points, and the words that must stay whole. */
export interface Measurer {
  regular: (s: string) => number;
  bold: (s: string) => number;
  noBreak: NoBreakMatcher;
}

/**
 * A measurer for renderers that draw no glyphs themselves (DOCX): the same font files and pdfkit's
 * own measuring as the PDF, so both formats get the same column widths from the same content.
 */
export function fontMeasurer(font: FontChoice, noBreak: NoBreakMatcher): Measurer {
  const files = fontFiles(font);
  // Never ended: the document is only a handle on fontkit's shaping and metrics.
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('regular', files.regular);
  doc.registerFont('bold', files.bold);
  const of = (name: string) => widthCache((s) => doc.font(name).fontSize(font.size).widthOfString(s));
  return { regular: of('regular'), bold: of('bold'), noBreak };
}

const TRAILING_SPACE = /\s+$/;

/**
 * The pieces of `text` a line never breaks inside (words, protected words, numbers with their
 * punctuation), as the line breaker sees them: a column narrower than the widest of them would have
 * to cut a word between letters.
 */
export function unbreakablePieces(text: string, noBreak: NoBreakMatcher): string[] {
  const cuts = [0, ...breakOpportunities(text, noBreak), text.length];
  const pieces: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = text.slice(cuts[i], cuts[i + 1]).replace(TRAILING_SPACE, '');
    if (piece.trim()) pieces.push(piece.trimStart());
  }
  return pieces;
}

/**
 * Where a narrow cell may break `text`: the places `breakOpportunities` gives and also between the
 * words of a protected phrase (กรรมการและ|เลขานุการ), never inside a word.
 */
export function wordBreaks(text: string, noBreak: NoBreakMatcher): number[] {
  const c = breakCandidates(text, { noBreak });
  return c.at.filter((_, i) => (c.kind[i] === Kind.good || c.kind[i] === Kind.protectedWord) && !c.glued[i]);
}

/** The words of `text` as a narrow cell may break it (`wordBreaks`), spaces trimmed. */
export function wordPieces(text: string, noBreak: NoBreakMatcher): string[] {
  const cuts = [0, ...wordBreaks(text, noBreak), text.length];
  const pieces: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = text.slice(cuts[i], cuts[i + 1]).trim();
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/** A header is broken only at spaces, so a title word is never split: its pieces are the space-separated words. */
export const headerWords = (title: string): string[] => title.split(/\s+/).filter(Boolean);
