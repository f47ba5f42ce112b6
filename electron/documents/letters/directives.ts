import type { Organisation } from '../../../shared/schemas/directory';
import type { ActionItem, AgendaItem } from '../../../shared/schemas/meeting';
import { formatThaiDate, formatThaiDateLong } from '../../../shared/thai';
import { supportingAbbreviations } from '../builders/action-tracker';
import { helpers, type MeetingRecord, venueText } from '../builders/record';
import type { Block } from '../model';
import { chairPhrase, type Letter, letterDate, letterPage, type LetterOptions, meetingNumber, safeFilePart, seriesBody } from './common';
import { officialLetter } from './official-letter';
import { agencyRecipient } from './recipient';

/** What an agency was given: each action with whether it leads it or supports it. */
export interface AgencyWork {
  org: Organisation;
  actions: { action: ActionItem; role: 'lead' | 'support' }[];
}

/**
 * The agencies given work at the meeting, in the order their first action was recorded, each with its
 * actions (directives and follow-ups of resolutions; cancelled ones left out) as lead or support.
 */
export function workByAgency(record: MeetingRecord): AgencyWork[] {
  const h = helpers(record);
  const order = new Map(record.meeting.agendaItems.map((item, i) => [item.id, i]));
  const actions = record.meeting.actions
    .filter((a) => a.status !== 'cancelled')
    .sort((a, b) => (order.get(a.agendaItemId) ?? 0) - (order.get(b.agendaItemId) ?? 0) || a.position - b.position);
  const byOrg = new Map<string, AgencyWork>();
  const add = (orgId: string, action: ActionItem, role: 'lead' | 'support') => {
    const org = h.org(orgId);
    if (!org) return;
    const work = byOrg.get(orgId) ?? { org, actions: [] };
    work.actions.push({ action, role });
    byOrg.set(orgId, work);
  };
  for (const action of actions) {
    if (action.leadOrgId) add(action.leadOrgId, action, 'lead');
    for (const id of action.supportOrgIds) if (id !== action.leadOrgId) add(id, action, 'support');
  }
  return [...byOrg.values()];
}

const kindLead = { directive: 'ข้อสั่งการ', follow_up: 'การดำเนินการตามมติ' } as const;

/**
 * แจ้งมติและข้อสั่งการ, one letter per agency given work: for each agenda item its work came from, the
 * item's number and subject, the resolution (มติที่ประชุม), and each directive or follow-up with the
 * agency's part in it (lead, with whom it works; or support, and who leads) and its due date.
 */
export function buildDirectiveLetters(record: MeetingRecord, o: LetterOptions): Letter[] {
  const { meeting: m, series } = record;
  const h = helpers(record);
  const head = o.letterhead;
  const number = meetingNumber(m);
  const indent = record.settings.firstLineIndentCm;
  const para = (text: string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
    type: 'paragraph', text: h.digits(text.replace(/[ \t]+/g, ' ').trim()), firstLineCm: indent, ...extra,
  });
  const held = [m.date ? `เมื่อ${formatThaiDateLong(m.date)}` : '', venueText(m) ? `ณ ${venueText(m)}` : ''].filter(Boolean).join(' ');

  return workByAgency(record).map((work, index) => {
    const items = m.agendaItems.filter((item) => work.actions.some((w) => w.action.agendaItemId === item.id));
    const body: Block[] = [
      para(`ตามที่${head.agencyName}ได้จัด${series.nameTh} ${number} ${held}${chairPhrase(record)} นั้น`),
      para(`ในการนี้ ที่ประชุมได้มีมติและข้อสั่งการที่มอบหมายให้${work.org.nameTh}ดำเนินการ ${items.length} เรื่อง ดังนี้`),
    ];
    for (const [k, item] of items.entries()) {
      body.push(para(`${k + 1}. ระเบียบวาระที่ ${item.number} เรื่อง ${item.subject}`, { keepWithNext: true, spaceBefore: 4, align: 'left' }));
      body.push(para(item.resolution.trim() || '-', { lead: 'มติที่ประชุม' }));
      const mine = work.actions.filter((w) => w.action.agendaItemId === item.id);
      for (const [j, { action, role }] of mine.entries()) {
        const label = mine.length > 1 ? `${kindLead[action.kind]} ${j + 1})` : kindLead[action.kind];
        body.push(para(`${action.text.trim()}\n(${partText(record, action, role)}${action.dueDate ? ` กำหนดแล้วเสร็จภายในวันที่ ${formatThaiDate(action.dueDate)}` : ''})`, { lead: label }));
      }
    }
    body.push(para(`จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการในส่วนที่เกี่ยวข้อง และขอได้โปรดรายงานผลการดำเนินการให้${head.ownerUnit}ทราบภายในกำหนด จะขอบคุณยิ่ง`));

    const recipient = agencyRecipient(record, work.org);
    const subject = `แจ้งมติและข้อสั่งการของที่ประชุม${seriesBody(series.nameTh)} ${number}`;
    const model = officialLetter(
      { title: `${subject} (${work.org.abbrTh})`, date: letterDate(o), subject, salutation: recipient.salutation, references: [], enclosures: [], body },
      head, letterPage(record, items.map((i: AgendaItem) => i.secrecy)), h.digits,
    );
    const stem = `แจ้งมติและข้อสั่งการ ${number.replace('/', '-')} - ${String(index + 1).padStart(2, '0')} ${work.org.abbrTh}`;
    return { recipient: recipient.salutation, organisationId: work.org.id, fileStem: safeFilePart(stem), model, guessedRecipient: recipient.guessed };
  });
}

/**
 * `ในฐานะหน่วยงานหลัก โดยมีสำนักงานสถิติแห่งชาติและ… เป็นหน่วยงานสนับสนุน` or `ในฐานะหน่วยงานสนับสนุน โดยมี
 * สำนักงานส่งเสริมเศรษฐกิจดิจิทัลเป็นหน่วยงานหลัก`: agencies by their full names, as a letter names them;
 * supporting ones in the order the minutes print them (by abbreviation).
 */
function partText(record: MeetingRecord, action: ActionItem, role: 'lead' | 'support'): string {
  const h = helpers(record);
  if (role === 'lead') {
    const abbrs = supportingAbbreviations(action.supportOrgIds.map((id) => h.org(id)));
    const names = abbrs.map((abbr) => record.organisations.find((o) => o.abbrTh === abbr)?.nameTh ?? abbr);
    return `ในฐานะหน่วยงานหลัก${names.length ? ` โดยมี${spaced(thaiList(names))}เป็นหน่วยงานสนับสนุน` : ''}`;
  }
  const lead = h.org(action.leadOrgId);
  return `ในฐานะหน่วยงานสนับสนุน${lead ? ` โดยมี${spaced(lead.nameTh)}เป็นหน่วยงานหลัก` : ''}`;
}

/** A name ending in a bracket, a dot or a Latin letter takes a space before the Thai that follows: `(องค์การมหาชน) เป็น`. */
const spaced = (name: string) => (/[)A-Za-z.]$/.test(name) ? `${name} ` : name);

/** `ก`, `ก และ ข`, `ก ข และ ค` */
const thaiList = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(' ')} และ${names.at(-1)}`);
