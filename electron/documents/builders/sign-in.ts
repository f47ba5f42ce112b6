import { formatMeetingNumber } from '../../../shared/numbering';
import { personName } from '../../../shared/names';
import type { Attendance } from '../../../shared/schemas/meeting';
import { formatThaiDateLong, formatThaiTime } from '../../../shared/thai';
import type { Block, DocumentModel } from '../model';
import { pageSetup } from './page';
import { helpers, type MeetingRecord, venueText } from './record';

/** Width of the column to sign in: a signature takes about 3–3.5 cm. */
const SIGN_CM = 3.6;
const A4_WIDTH_CM = 21;

/** Lines left blank at the end for people who come without being listed (a substitute sent at short notice). */
const SPARE_LINES = 5;

/**
 * ใบลงชื่อผู้เข้าประชุม: the sheet laid out at the meeting-room door. Members first (each line where the
 * member or whoever comes in their place signs), then invited guests and the secretariat, then blank
 * lines. Nobody's presence is printed: the signatures are what show it.
 */
export function buildSignIn(record: MeetingRecord): DocumentModel {
  const { meeting: m, series } = record;
  const h = helpers(record);
  const isMember = (a: Attendance) => a.role === 'member' || a.role === 'substitute';
  const row = (a: Attendance, i: number) => {
    const person = h.person(a.personId);
    const whom = h.person(a.substituteForId);
    const position = `${a.position || person?.position || ''}${whom ? ` (แทน ${whom.position || personName(whom)})` : ''}`;
    return [h.digits(String(i + 1)), person ? personName(person) : '', h.digits(position), '', a.meetingRole];
  };
  const members = m.attendance.filter(isMember);
  const others = m.attendance.filter((a) => !isMember(a));
  // Room to sign by hand, whatever the margins; the other columns take their widths from what they
  // hold (columns/table-widths.ts), so no word is cut between letters: a name stays on one line where
  // the page has the room and otherwise breaks only at its spaces, the role in หมายเหตุ between its
  // words (กรรมการและ / เลขานุการ).
  const textCm = A4_WIDTH_CM - record.settings.marginsCm.left - record.settings.marginsCm.right;
  const columns = [
    { title: 'ลำดับ', align: 'center' as const }, { title: 'ชื่อ - สกุล', names: true }, { title: 'ตำแหน่ง', wrapPhrases: true },
    { title: 'ลายมือชื่อ', width: Math.min(SIGN_CM / textCm, 0.4) }, { title: 'หมายเหตุ', wrapPhrases: true },
  ];
  const spare = Array.from({ length: SPARE_LINES }, (_, i) => [h.digits(String(members.length + others.length + i + 1)), '', '', '', '']);
  // Members, guests and the blank lines in the same columns, one under the other.
  const everyone = [...members.map(row), ...others.map((a, i) => row(a, members.length + i)), ...spare];
  const table = (rows: string[][]): Block => ({ type: 'table', columns, rows, widthsFrom: everyone, minRowHeightPt: 30 });
  const blocks: Block[] = [
    { type: 'paragraph', text: 'ผู้มาประชุม', bold: true, keepWithNext: true, align: 'left' },
    table(members.map(row)),
  ];
  if (others.length) {
    blocks.push({ type: 'paragraph', text: 'ผู้เข้าร่วมประชุม', bold: true, keepWithNext: true, spaceBefore: 8, align: 'left' });
    blocks.push(table(others.map((a, i) => row(a, members.length + i))));
  }
  blocks.push({ type: 'paragraph', text: 'ผู้เข้าประชุมที่ไม่มีรายชื่อข้างต้น', bold: true, keepWithNext: true, spaceBefore: 8, align: 'left' });
  blocks.push(table(spare));
  const number = formatMeetingNumber(m.number, m.yearBe);
  const when = [m.date ? formatThaiDateLong(m.date) : '', m.startTime ? `เวลา ${formatThaiTime(m.startTime)}` : ''].filter(Boolean).join(' ');
  return {
    title: h.digits(`ใบลงชื่อผู้เข้าประชุม ${series.nameTh} ครั้งที่ ${number}`),
    titleLines: [
      'ใบลงชื่อผู้เข้าประชุม',
      series.nameTh,
      h.digits(`ครั้งที่ ${number}${when ? ` ${when}` : ''}`),
      ...(venueText(m) ? [h.digits(`ณ ${venueText(m)}`)] : []),
    ],
    blocks,
    ...pageSetup(record, ''),
  };
}
