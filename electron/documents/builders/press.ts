import { highestSecrecy } from '../../../shared/secrecy';
import { personName } from '../../../shared/names';
import { formatMeetingNumber } from '../../../shared/numbering';
import { formatThaiDateLong } from '../../../shared/thai';
import type { DocumentModel } from '../model';
import { pageSetup } from './page';
import { helpers, type MeetingRecord, venueText } from './record';

/** The first sentence of a summary: what a press release keeps of each item. */
const firstSentence = (text: string) => text.split(/\n| (?=นอกจากนี้|ทั้งนี้)/)[0].trim();

/** `สป.ดศ. สสช. ดีป้า`: the agencies of the people at the meeting, in the order of the list (a count past six). */
function agenciesPresent(record: MeetingRecord): string {
  const h = helpers(record);
  const ids = record.meeting.attendance
    .filter((a) => (a.presence === 'onsite' || a.presence === 'electronic') && a.personId !== record.meeting.chairId)
    .map((a) => h.person(a.personId)?.organisationId ?? null);
  const orgs = [...new Set(ids)].flatMap((id) => h.org(id) ?? []);
  if (orgs.length === 0) return '';
  return orgs.length > 6 ? `${orgs.length} หน่วยงาน` : orgs.map((o) => o.abbrTh).join(' ');
}

/**
 * ข่าวประชาสัมพันธ์: a draft in the usual shape of a government release — when, who chaired which
 * meeting and where, who took part, then the chair's announcements and the items considered or
 * noted as bullets — for the officer to edit. Every word comes from the meeting: the series' name,
 * the chair, the attendance, the items. Plain lines, so the same text serves DOCX and TXT.
 */
export function pressLines(record: MeetingRecord): { title: string; paragraphs: string[]; heading: string; bullets: string[]; closing: string[] } {
  const { meeting: m, series } = record;
  const h = helpers(record);
  const chair = h.person(m.chairId);
  const who = chair ? `${personName(chair)}${chair.position ? ` ${chair.position}` : ''}` : 'ประธาน';
  const body = series.nameTh.replace(/^การประชุม/, '');
  const number = formatMeetingNumber(m.number, m.yearBe);
  const when = m.date ? `เมื่อ${formatThaiDateLong(m.date)} ` : '';
  const where = venueText(m) ? ` ณ ${venueText(m)}` : '';
  const agencies = agenciesPresent(record);
  const attended = agencies ? ` โดยมีผู้แทนจาก ${agencies} เข้าร่วมประชุม` : '';
  const opening = `${when}${who} เป็นประธานการประชุม${body} ครั้งที่ ${number}${where}${attended}`;
  // Secret items stay out of a text meant for the public (sub-items never go in), and so does every item
  // of a secret meeting — an item is as secret as its meeting: the draft says how many were left out (issue 14).
  const secret = (i: (typeof m.agendaItems)[number]) => highestSecrecy(m.secrecy, i.secrecy) !== 'none';
  const open = m.agendaItems.filter((i) => i.parentId === null && !secret(i));
  const withheld = m.agendaItems.filter((i) => i.parentId === null && secret(i)).length;
  const kindOf = (i: (typeof open)[number]) => h.sectionOf(i.sectionId).kind;
  const announcements = open.filter((i) => kindOf(i) === 'announcements');
  // Every section but the chair's announcements and the certification of minutes, in the meeting's order:
  // a Cabinet-style series (เรื่องกฎหมาย, เรื่องเศรษฐกิจ-สังคม, ...) has custom sections only.
  const points = open.filter((i) => kindOf(i) !== 'announcements' && kindOf(i) !== 'certification');
  const noted = (i: (typeof open)[number]) => kindOf(i) === 'information' || kindOf(i) === 'continuing' || i.resolutionKind === 'noted';
  const verbs = [points.some((i) => !noted(i)) ? 'พิจารณา' : '', points.some(noted) ? 'รับทราบ' : ''].filter(Boolean).join('และ');
  const note = [m.illustrativeNote ? 'ข้อมูลบางส่วนเป็นข้อมูลสมมติ' : '', withheld ? `ไม่รวม ${withheld} เรื่องที่มีชั้นความลับ` : ''].filter(Boolean).join(' ');
  return {
    title: `ข่าวประชาสัมพันธ์ การประชุม${body} ครั้งที่ ${number}`,
    paragraphs: [opening, ...announcements.map((i) => firstSentence(i.summary || i.subject))].map(h.digits),
    heading: h.digits(points.length ? `ที่ประชุมได้${verbs}เรื่องสำคัญ ${points.length} เรื่อง ดังนี้` : ''),
    bullets: points.map((i) => h.digits(`${i.subject}: ${firstSentence(i.summary) || i.resolution}`)),
    closing: [h.digits(`(ร่างข่าวจากระบบเลขา${note ? ` ${note}` : ''} กรุณาตรวจทานก่อนเผยแพร่)`)],
  };
}

export function buildPress(record: MeetingRecord): DocumentModel {
  const p = pressLines(record);
  return {
    title: p.title,
    titleLines: [p.title],
    blocks: [
      ...p.paragraphs.map((text) => ({ type: 'paragraph' as const, text, firstLineCm: record.settings.firstLineIndentCm })),
      ...(p.heading ? [{ type: 'paragraph' as const, text: p.heading, bold: true, spaceBefore: 6 }] : []),
      ...(p.bullets.length ? [{ type: 'list' as const, indentCm: 0.5, items: p.bullets.map((text) => ({ marker: '•', text })) }] : []),
      ...p.closing.map((text) => ({ type: 'paragraph' as const, text, spaceBefore: 6 })),
    ],
    ...pageSetup(record, ''),
  };
}

export function pressText(record: MeetingRecord): string {
  const p = pressLines(record);
  const points = p.heading ? ['', p.heading, ...p.bullets.map((b) => `- ${b}`)] : [];
  return [p.title, '', ...p.paragraphs, ...points, '', ...p.closing, ''].join('\n');
}
