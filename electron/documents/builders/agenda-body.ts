import { personName } from '../../../shared/names';
import { formatThaiDate } from '../../../shared/thai';
import type { AgendaItem } from '../../../shared/schemas/meeting';
import type { Block } from '../model';
import { supportingAbbreviations } from './action-tracker';
import { helpers, type MeetingRecord } from './record';

/**
 * Every section in the series' order with its items, as the minutes print them (text and
 * มติที่ประชุม, as much as the recording style asks) or as the agenda prints them (with presenters).
 */
export function agendaBody(record: MeetingRecord, mode: 'minutes' | 'agenda'): Block[] {
  const h = helpers(record);
  const { meeting: m, series, settings } = record;
  const indent = settings.firstLineIndentCm;
  const blocks: Block[] = [];
  const childrenOf = (parentId: string | null, sectionId: string) =>
    m.agendaItems.filter((i) => i.parentId === parentId && i.sectionId === sectionId);

  const itemBlocks = (item: AgendaItem, depth: number): Block[] => {
    const out: Block[] = [];
    const presenter = h.org(item.presenterOrgId);
    const by = mode === 'agenda' && presenter ? ` (${presenter.abbrTh})` : '';
    // A sub-item's heading stands 0.75 cm further in; its text, resolution and directives start where it does.
    const at = indent + 0.75 * Math.max(depth - 1, 0);
    out.push({
      type: 'paragraph', text: h.digits(`${item.number} เรื่อง ${item.subject}${by}`), bold: true,
      indentCm: at, spaceBefore: 6, keepWithNext: true, align: 'left',
    });
    const body = (text: string, lead?: string) => {
      if (text.trim()) out.push({ type: 'paragraph', text: h.digits(text.trim()), lead, firstLineCm: at });
    };
    if (mode === 'agenda') {
      out.push(...presenterAndAttachments(record, item, at));
      body(item.summary);
      body(item.proposal);
    } else {
      const style = series.recordingStyle;
      if (style !== 'resolution_only') body(item.summary);
      if (style === 'verbatim') body(item.proposal);
      if (style !== 'resolution_only') body(item.discussion);
      out.push({ type: 'paragraph', lead: 'มติที่ประชุม', text: h.digits(item.resolution.trim() || '-'), firstLineCm: at });
      const directives = m.actions.filter((a) => a.agendaItemId === item.id && a.kind === 'directive');
      if (directives.length) {
        out.push({ type: 'paragraph', text: 'ข้อสั่งการ', bold: true, firstLineCm: at, keepWithNext: true });
        out.push({
          type: 'list', indentCm: at,
          items: directives.map((a, i) => {
            const owners = ownersOf(record, a.leadOrgId, a.supportOrgIds);
            const owner = owners ? ` (หน่วยงานรับผิดชอบ: ${owners}` : '';
            const due = a.dueDate ? `${owner ? ' ' : ' ('}กำหนดเสร็จ ${formatThaiDate(a.dueDate)}` : '';
            const close = owner || due ? ')' : '';
            return { marker: h.digits(`${i + 1})`), text: h.digits(`${a.text}${owner}${due}${close}`) };
          }),
        });
      }
    }
    for (const child of childrenOf(item.id, item.sectionId)) out.push(...itemBlocks(child, depth + 1));
    return out;
  };

  for (const section of series.sections) {
    const items = childrenOf(null, section.id);
    // The series says whether an empty section prints "ไม่มี" or is left out (its number stays its position).
    if (items.length === 0 && section.whenEmpty === 'omit') continue;
    blocks.push({
      type: 'paragraph', text: h.digits(`ระเบียบวาระที่ ${section.position}  ${section.titleTh}`), bold: true,
      spaceBefore: 10, keepWithNext: true, align: 'left',
    });
    if (items.length === 0) blocks.push({ type: 'paragraph', text: 'ไม่มี', firstLineCm: indent });
    for (const item of items) blocks.push(...itemBlocks(item, 1));
  }
  return blocks;
}

/**
 * `สดช. (หลัก) สพร. ดีป้า`: the lead agency first, marked as such when others support it, then the
 * supporting agencies (supportingAbbreviations: in Thai order, as the database keeps no order of its own).
 */
function ownersOf(record: MeetingRecord, leadId: string | null, supportIds: readonly string[]): string {
  const h = helpers(record);
  const lead = h.org(leadId);
  const support = supportingAbbreviations(supportIds.map((id) => h.org(id)));
  return [lead ? `${lead.abbrTh}${support.length ? ' (หลัก)' : ''}` : '', ...support].filter(Boolean).join(' ');
}

/** A file's name as printed: without the extension (`.pdf`, `.docx`), which says nothing to the reader. */
const printedFileName = (name: string) => name.replace(/\.[A-Za-z][A-Za-z0-9]{0,4}$/, '');

/**
 * On the agenda, under an item's heading: who presents it (name and position, and the agency when the
 * position does not already name it) and the documents attached to it, by name.
 */
function presenterAndAttachments(record: MeetingRecord, item: AgendaItem, indentCm: number): Block[] {
  const h = helpers(record);
  const out: Block[] = [];
  const person = h.person(item.presenterPersonId);
  if (person) {
    const org = h.org(item.presenterOrgId) ?? h.org(person.organisationId);
    const agency = org && !person.position.includes(org.nameTh) ? ` ${org.nameTh}` : '';
    const text = [personName(person), person.position].filter(Boolean).join(' ') + agency;
    out.push({ type: 'paragraph', lead: 'ผู้นำเสนอ', text: h.digits(text), firstLineCm: indentCm, align: 'left' });
  }
  const files = (record.attachments ?? []).filter((a) => a.agendaItemId === item.id);
  if (files.length === 1) {
    out.push({ type: 'paragraph', lead: 'เอกสารประกอบ', text: h.digits(printedFileName(files[0].fileName)), firstLineCm: indentCm, align: 'left' });
  } else if (files.length > 1) {
    out.push({ type: 'paragraph', text: 'เอกสารประกอบ', bold: true, firstLineCm: indentCm, keepWithNext: true, align: 'left' });
    out.push({ type: 'list', indentCm, items: files.map((f, i) => ({ marker: h.digits(`${i + 1})`), text: h.digits(printedFileName(f.fileName)) })) });
  }
  return out;
}
