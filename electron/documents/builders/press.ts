import { personName } from '../../../shared/names';
import { formatMeetingNumber } from '../../../shared/numbering';
import type { DocumentModel } from '../model';
import { pageSetup } from './page';
import { helpers, type MeetingRecord, venueText } from './record';

/** The first sentence of a summary: what a press release keeps of each item. */
const firstSentence = (text: string) => text.split(/\n| (?=นอกจากนี้|ทั้งนี้)/)[0].trim();

/**
 * ข่าวประชาสัมพันธ์: a draft in the style of the ministry's releases — who chaired, where, then the
 * key points as bullets — for the officer to edit. Plain lines, so the same text serves DOCX and TXT.
 */
export function pressLines(record: MeetingRecord): { title: string; paragraphs: string[]; bullets: string[]; closing: string[] } {
  const { meeting: m, series } = record;
  const h = helpers(record);
  const chair = h.person(m.chairId);
  const who = chair ? `${personName(chair)}${chair.position ? ` ${chair.position}` : ''}` : 'ประธาน';
  const body = series.nameTh.replace(/^การประชุม/, '');
  const opening = `${who} เป็นประธานการประชุม${body} ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)} ณ ${venueText(m)} โดยมีคณะผู้บริหารและหัวหน้าหน่วยงานในสังกัดเข้าร่วม`;
  const announcements = m.agendaItems.filter((i) => h.sectionOf(i.sectionId).kind === 'announcements' && i.parentId === null);
  const points = m.agendaItems.filter((i) => ['consideration', 'information', 'continuing'].includes(h.sectionOf(i.sectionId).kind) && i.parentId === null);
  return {
    title: `ข่าวประชาสัมพันธ์ การประชุม${body} ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}`,
    paragraphs: [opening, ...announcements.map((i) => firstSentence(i.summary || i.subject))].map(h.digits),
    bullets: points.map((i) => h.digits(`${i.subject}: ${firstSentence(i.summary) || i.resolution}`)),
    closing: [h.digits(`(ร่างข่าวจากระบบเลขา${m.illustrativeNote ? ' ข้อมูลบางส่วนเป็นข้อมูลสมมติ' : ''} กรุณาตรวจทานก่อนเผยแพร่)`)],
  };
}

export function buildPress(record: MeetingRecord): DocumentModel {
  const p = pressLines(record);
  return {
    title: p.title,
    titleLines: [p.title],
    blocks: [
      ...p.paragraphs.map((text) => ({ type: 'paragraph' as const, text, firstLineCm: record.settings.firstLineIndentCm })),
      { type: 'paragraph', text: `${p.bullets.length} ประเด็นสำคัญที่หารือในที่ประชุม`, bold: true, spaceBefore: 6 },
      { type: 'list', indentCm: 0.5, items: p.bullets.map((text) => ({ marker: '•', text })) },
      ...p.closing.map((text) => ({ type: 'paragraph' as const, text, spaceBefore: 6 })),
    ],
    ...pageSetup(record, ''),
  };
}

export function pressText(record: MeetingRecord): string {
  const p = pressLines(record);
  return [p.title, '', ...p.paragraphs, '', `${p.bullets.length} ประเด็นสำคัญที่หารือในที่ประชุม`, ...p.bullets.map((b) => `- ${b}`), '', ...p.closing, ''].join('\n');
}
