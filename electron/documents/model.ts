/**
 * The one document model every renderer takes (ARCHITECTURE.md, "Documents"): builders turn records
 * into it, the PDF and DOCX renderers turn it into bytes, so both formats say the same thing.
 * All text is final: digits are already Thai or Arabic as the settings ask.
 */
export type Align = 'left' | 'center' | 'right' | 'justify' | 'thaiDistributed';

/** A run of text within a paragraph; only the lead run may be bold (e.g. `มติที่ประชุม`). */
export interface Paragraph {
  type: 'paragraph';
  text: string;
  /** Bold text printed first on the same line, then a space. */
  lead?: string;
  /** The lead in the body's regular weight (a letter's `เรื่อง`, `เรียน`), not bold. */
  leadPlain?: boolean;
  /**
   * Lines after the first, and each further `\n` paragraph, start under the text after the lead, as a
   * letter's `เรื่อง` and `สิ่งที่ส่งมาด้วย` wrap.
   */
  hangingLead?: boolean;
  bold?: boolean;
  align?: Align;
  /** Indent of every line, in centimetres from the left margin. */
  indentCm?: number;
  /** Extra indent of the first line, in centimetres (the 2.5 cm of Thai official paragraphs). */
  firstLineCm?: number;
  /** Space before, in points. */
  spaceBefore?: number;
  keepWithNext?: boolean;
}

export interface ListBlock {
  type: 'list';
  /** Printed markers, already numbered (`1.`, `๑.`, `-`), so both renderers print the same. */
  items: { marker: string; text: string }[];
  indentCm: number;
}

/**
 * Attendees in aligned columns: number, name, position (with `แทน …`), and role or reason. Column
 * widths come from the content (columns/people-widths.ts), the same in both formats.
 */
export interface PeopleBlock {
  type: 'people';
  rows: { marker: string; name: string; detail: string; role: string }[];
}

/**
 * A ruled table spanning the text width, its header row repeated on every page; a row may continue
 * on the next page. Column widths come from the content (columns/table-widths.ts) unless every
 * column gives a fixed relative `width`.
 */
export interface TableBlock {
  type: 'table';
  columns: {
    title: string;
    width?: number;
    align?: 'left' | 'center' | 'right';
    /**
     * A protected phrase (กรรมการและเลขานุการ) may wrap between its words here: the column need only
     * be as wide as its longest word. Elsewhere a protected phrase (an agency's name) sets the floor.
     */
    wrapPhrases?: boolean;
    /**
     * People's names: each on one line where the table can give the room (the column takes it from
     * the others first), else broken only at its spaces, never นางสาว|ณัฐธ์ภัสส์ or จันทรรวง|ทอง.
     */
    names?: boolean;
  }[];
  rows: string[][];
  /** The rows the column widths are chosen for, when several tables of a form share their columns (the sign-in sheet's). */
  widthsFrom?: string[][];
  /** Rows at least this tall, in points: room to sign by hand (the sign-in sheet). */
  minRowHeightPt?: number;
}

/**
 * The distance between lines, as a multiple of the font size, in both formats: below about 1.5 ×
 * the size Thai upper marks touch the line above (THAI-DOCUMENTS.md §5).
 */
export const LINE_HEIGHT_FACTOR = 1.55;

/** The dotted line to sign on, the same in both formats. */
export const SIGNATURE_DOTS = '..................................';

export interface SignatureBlock {
  type: 'signature';
  /** `ผู้จดรายงานการประชุม`; none under a letter. */
  role: string;
  name: string;
  /** A line per `\n`. */
  position: string;
  /**
   * A letter's complimentary close (`ขอแสดงความนับถือ`): printed first, centred in the same half, with
   * room to sign below it in place of the `(ลงชื่อ) ……` line.
   */
  closing?: string;
  /**
   * Lines at the left margin under a letter's close, kept on its page: the owning unit, telephone, fax
   * and e-mail of form 1.
   */
  contact?: string[];
}

/**
 * Two blocks of lines side by side: `left` from the left margin, `right` flush with the right margin
 * (its widest line ends there) but never starting left of the page's centre; a right line wider than
 * that half wraps. A letter's `ที่` and the agency's name and address.
 */
export interface ColumnsBlock {
  type: 'columns';
  left: string[];
  right: string[];
}

export type Block = Paragraph | ListBlock | PeopleBlock | TableBlock | SignatureBlock | ColumnsBlock | { type: 'pageBreak' };

export interface DocumentModel {
  title: string;
  /** Centred bold lines at the top of page 1. */
  titleLines: string[];
  blocks: Block[];
  page: {
    /** A4 upright (the default) or on its side (wide tables such as the action tracker). */
    orientation?: 'portrait' | 'landscape';
    marginsCm: { top: number; right: number; bottom: number; left: number };
    /** `- ๒ -` from page 2, top centre. */
    digits: 'arabic' | 'thai';
    /** Stamped in red at the top and bottom centre of every page (ลับ, ลับมาก, ลับที่สุด). */
    secrecy: string;
    /** `ฉบับที่ 2 ของ 5 ฉบับ` at the top right of every page of a numbered copy of a secret document; none when absent. */
    copy?: string;
    /** Red and large on the first page (ด่วน, ด่วนมาก, ด่วนที่สุด). */
    urgency: string;
    /** Printed small at the bottom right of every page, a line per `\n`: e.g. the version's verification code and hash. */
    footerNote: string;
    /** Large and light behind the text of every page (`ร่าง` on minutes not yet certified); none when empty or absent. */
    watermark?: string;
    /**
     * Room kept on the first page, top centre, for the Garuda emblem (ตราครุฑ) of a letter, `topCm` from the
     * page's top edge; the text starts below it. Drawn as a light dashed frame with a small label: Lekha
     * ships no emblem file (it is a state emblem), so the office prints on its Garuda paper or puts its
     * own file there.
     */
    emblem?: { heightCm: number; widthCm: number; topCm: number; label: string };
  };
  body: { align: Align; firstLineCm: number };
  font: FontChoice;
  /** Written into the file's properties (PDF Keywords, DOCX keywords) for `lekha verify` to read back: ASCII only. */
  keywords?: string;
}

export interface FontChoice {
  profile: 'sarabun' | 'th-sarabun-psk';
  size: number;
  /** TrueType files for PDFs; the shipped Sarabun when not given. */
  regularPath: string | null;
  boldPath: string | null;
  /**
   * The contents of those files, read beforehand (font-files.ts: non-blocking, size-limited, checked):
   * renderers never read a path an officer typed themselves.
   */
  files?: { regular: Uint8Array; bold: Uint8Array };
}
