import { citeSection15, OIA_NAME, type Section15Category, section15Categories } from '../../../shared/disclosure';
import { formatMeetingNumber } from '../../../shared/numbering';
import type { AgendaItem } from '../../../shared/schemas/meeting';
import { formatThaiDateLong } from '../../../shared/thai';
import type { Block, DocumentModel } from '../model';
import { pageSetup } from './page';
import { documentTitle, helpers, type MeetingRecord, venueText } from './record';

export interface Withholding {
  category: Section15Category;
  reason: string;
}

const DOTS = '....................';

/**
 * The public version of a meeting (ฉบับเผยแพร่): the resolutions ม.9(7) of the Official Information Act
 * opens to inspection. The heading of form 11 (title, ครั้งที่, เมื่อ, ณ), then per section each public
 * item's heading and มติที่ประชุม; a withheld item keeps its heading and, instead of its resolution, the
 * category of ม.15 and the reason, as ม.15 para. 2 asks of an order withholding information.
 *
 * Items with a secrecy class (and the items under them) are left out whole, heading included. The Act
 * lets an agency withhold by ม.15 with a stated category, but official secrets are governed by the
 * Regulation on the Protection of Official Secrets B.E. 2544 (issued under ม.16 of the Act): their
 * very subject is part of what is classified, and disclosing it is for the classifying authority after
 * declassification, not for a publishing routine. Item numbers are kept as in the minutes, so a reader
 * sees that something was left out and the document says why in one closing line.
 */
export function buildPublicVersion(record: MeetingRecord, withheld: ReadonlyMap<string, Withholding>, secretIds: ReadonlySet<string>): DocumentModel {
  const { meeting: m, series, settings } = record;
  const h = helpers(record);
  const indent = settings.firstLineIndentCm;
  const title = documentTitle('รายงานการประชุม', series.nameTh);
  const blocks: Block[] = [];
  const isSecret = (item: AgendaItem): boolean => secretIds.has(item.id) || item.secrecy !== 'none';
  const childrenOf = (parentId: string | null, sectionId: string) =>
    m.agendaItems.filter((i) => i.parentId === parentId && i.sectionId === sectionId && !isSecret(i));
  const leftOut = m.agendaItems.some(isSecret);

  const itemBlocks = (item: AgendaItem, depth: number): Block[] => {
    const at = indent + 0.75 * Math.max(depth - 1, 0);
    const out: Block[] = [{
      type: 'paragraph', text: h.digits(`${item.number} เรื่อง ${item.subject}`), bold: true, indentCm: at, spaceBefore: 6, keepWithNext: true, align: 'left',
    }];
    const w = withheld.get(item.id);
    if (w) {
      out.push({ type: 'paragraph', lead: 'มติที่ประชุม', text: h.digits(`ไม่เปิดเผย เป็นข้อมูลข่าวสารตาม${citeSection15(w.category)} แห่ง${OIA_NAME} คือ ${section15Categories[w.category]}`), firstLineCm: at });
      out.push({ type: 'paragraph', lead: 'เหตุผล', text: h.digits(w.reason.trim()), firstLineCm: at });
    } else {
      out.push({ type: 'paragraph', lead: 'มติที่ประชุม', text: h.digits(item.resolution.trim() || '-'), firstLineCm: at });
    }
    for (const child of childrenOf(item.id, item.sectionId)) out.push(...itemBlocks(child, depth + 1));
    return out;
  };

  for (const section of series.sections) {
    const items = childrenOf(null, section.id);
    if (items.length === 0) continue;
    blocks.push({ type: 'paragraph', text: h.digits(`ระเบียบวาระที่ ${section.position}  ${section.titleTh}`), bold: true, spaceBefore: 10, keepWithNext: true, align: 'left' });
    for (const item of items) blocks.push(...itemBlocks(item, 1));
  }
  if (blocks.length === 0) blocks.push({ type: 'paragraph', text: 'ไม่มีมติที่เผยแพร่ได้', firstLineCm: indent });
  // Said once, without a count or a subject: the existence of classified business is all a reader learns.
  if (leftOut) {
    blocks.push({ type: 'paragraph', text: 'ฉบับนี้ไม่รวมเรื่องที่มีชั้นความลับตามระเบียบว่าด้วยการรักษาความลับของทางราชการ พ.ศ. 2544', spaceBefore: 12, firstLineCm: indent });
  }
  const setup = pageSetup(record, '');
  const number = formatMeetingNumber(m.number, m.yearBe);
  return {
    title: h.digits(`${title} ครั้งที่ ${number} (ฉบับเผยแพร่)`),
    titleLines: [
      title,
      h.digits(`ครั้งที่ ${number}`),
      h.digits(`เมื่อ${m.date ? formatThaiDateLong(m.date) : DOTS}`),
      h.digits(`ณ ${venueText(m) || DOTS}`),
      `ฉบับเผยแพร่ตามมาตรา 9 (7) แห่ง${OIA_NAME} (เฉพาะมติที่ประชุม)`,
    ].map(h.digits),
    blocks,
    ...setup,
    // Nothing here is classified: no secrecy stamp, whatever the series' documents carry. Until the minutes
    // are certified the resolutions may still change, so every page says draft.
    page: { ...setup.page, secrecy: '', watermark: record.certifiedHash ? '' : 'ร่าง' },
  };
}
