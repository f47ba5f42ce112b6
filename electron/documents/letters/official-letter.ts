import type { Letterhead } from '../../../shared/schemas/letters';
import type { Block, DocumentModel } from '../model';

/** A4 width, in centimetres: the page's centre is where form 1 starts the date and centres the signature. */
const A4_WIDTH_CM = 21;
/** The emblem of a หนังสือภายนอก is 3 cm tall (Regulation on Official Correspondence, ข้อ 71), 1.5 cm from the top edge. */
export const GARUDA = { heightCm: 3, widthCm: 2.6, topCm: 1.5 } as const;
/** Room left before the day of the month for the registry to write it in when the letter is signed. */
const DAY_ROOM_CM = 1.25;
/** About half a line: form 1's small gaps (before เรื่อง, before the body, before the contact lines). */
const GAP = 10;

/** What goes into one หนังสือภายนอก, already worded; digits are applied by `digits`. */
export interface LetterParts {
  /** The PDF's and DOCX's title property. */
  title: string;
  /** The letter's date as printed (`24 กุมภาพันธ์ 2568`), or with its day left blank (`กุมภาพันธ์ 2568`). */
  date: { text: string; dayBlank: boolean };
  subject: string;
  /** Whom it is to, after `เรียน`. */
  salutation: string;
  /** อ้างถึง: earlier letters, if any. */
  references: string[];
  /** สิ่งที่ส่งมาด้วย: enclosures, if any. */
  enclosures: string[];
  /** The text: paragraphs with the 2.5 cm first-line indent, lists, … */
  body: Block[];
}

/**
 * A หนังสือภายนอก in the order and places of form 1 (แบบที่ 1) of the Regulation on Official
 * Correspondence B.E. 2526 and its amendments: the Garuda at the top centre, `ที่` at the left and the
 * agency's name and address at the right, the date from the page's centre, เรื่อง, เรียน, อ้างถึง,
 * สิ่งที่ส่งมาด้วย (each wrapping under its text), the body, `ขอแสดงความนับถือ` and the signer's name in
 * brackets with the position, centred on one axis right of the centre, then the owning unit, telephone,
 * fax and e-mail at the left. `page` carries the series' print settings; the first page's text starts
 * below the Garuda, later pages at the top margin.
 */
export function officialLetter(
  parts: LetterParts, head: Letterhead, page: Pick<DocumentModel, 'page' | 'body' | 'font'>, digits: (s: string) => string,
): DocumentModel {
  const centreCm = A4_WIDTH_CM / 2 - page.page.marginsCm.left;
  const line = (lead: string, text: string, spaceBefore = 0): Block => ({
    type: 'paragraph', lead, leadPlain: true, hangingLead: true, text: digits(text), align: 'left', spaceBefore,
  });
  const numbered = (items: string[]) => (items.length === 1 ? items[0] : items.map((t, i) => `${i + 1}. ${t}`).join('\n'));
  const contact = [
    head.ownerUnit,
    `โทร. ${head.phone}`,
    ...(head.fax.trim() ? [`โทรสาร ${head.fax}`] : []),
    `ไปรษณีย์อิเล็กทรอนิกส์ ${head.email}`,
  ];
  const blocks: Block[] = [
    { type: 'columns', left: [digits(`ที่ ${head.referenceNo}`)], right: [...head.agencyName.split('\n'), ...head.address.split('\n')].map((l) => digits(l.trim())).filter(Boolean) },
    {
      type: 'paragraph', text: digits(parts.date.text), align: 'left',
      indentCm: centreCm + (parts.date.dayBlank ? DAY_ROOM_CM : 0),
    },
    line('เรื่อง', parts.subject, GAP),
    line('เรียน', parts.salutation),
    ...(parts.references.length ? [line('อ้างถึง', numbered(parts.references))] : []),
    ...(parts.enclosures.length ? [line('สิ่งที่ส่งมาด้วย', numbered(parts.enclosures))] : []),
    ...parts.body.map((b, i) => (i === 0 && b.type === 'paragraph' ? { ...b, spaceBefore: GAP } : b)),
    {
      type: 'signature', role: '', closing: 'ขอแสดงความนับถือ', name: head.signerName.trim(), position: digits(head.signerPosition.trim()),
      contact: contact.map((text) => digits(text.trim())),
    },
  ];
  return {
    title: digits(parts.title),
    titleLines: [],
    blocks,
    ...page,
    page: { ...page.page, emblem: { ...GARUDA, label: 'ตราครุฑ' } },
  };
}
