import { personName } from '../../../shared/names';
import type { Attendance } from '../../../shared/schemas/meeting';
import type { Block, PeopleBlock } from '../model';
import { helpers, type MeetingRecord } from './record';

const reasons: Record<string, string> = { official_duty: 'ติดราชการ', sick: 'ลาป่วย', personal: 'ลากิจ', other: '' };

/**
 * ผู้มาประชุม, ผู้ไม่มาประชุม and ผู้เข้าร่วมประชุม, each numbered, "ไม่มี" when empty. People whose
 * attendance is not yet confirmed are in none of them: a draft lists them apart, to be settled before
 * certifying (which refuses while any remain).
 */
export function attendanceBlocks(record: MeetingRecord): Block[] {
  const h = helpers(record);
  const list = record.meeting.attendance;
  const isMember = (a: Attendance) => a.role === 'member' || a.role === 'substitute';
  const attended = (a: Attendance) => a.presence === 'onsite' || a.presence === 'electronic';
  const present = list.filter((a) => isMember(a) && attended(a));
  const absent = list.filter((a) => isMember(a) && a.presence === 'absent');
  const others = list.filter((a) => !isMember(a) && attended(a));
  const unconfirmed = list.filter((a) => a.presence === 'unconfirmed');

  const row = (a: Attendance, i: number, withReason: boolean): PeopleBlock['rows'][number] => {
    const person = h.person(a.personId);
    const whom = h.person(a.substituteForId);
    const position = a.position || person?.position || '';
    const instead = whom ? ` แทน ${whom.position || personName(whom)}` : '';
    const electronic = a.presence === 'electronic' ? ' (ผ่านสื่ออิเล็กทรอนิกส์)' : '';
    const reason = withReason ? [reasons[a.absenceReason ?? 'other'], a.absenceNote].filter(Boolean).join(' ') : '';
    return {
      marker: h.digits(`${i + 1}.`),
      name: person ? personName(person) : '',
      detail: h.digits(`${position}${instead}${electronic}`),
      role: h.digits(withReason ? reason : a.meetingRole),
    };
  };
  const part = (heading: string, rows: Attendance[], withReason: boolean): Block[] => [
    { type: 'paragraph', text: heading, bold: true, spaceBefore: 8, keepWithNext: true },
    rows.length
      ? { type: 'people', rows: rows.map((a, i) => row(a, i, withReason)) }
      : { type: 'paragraph', text: 'ไม่มี', indentCm: 1 },
  ];
  return [
    ...part('ผู้มาประชุม', present, false), ...part('ผู้ไม่มาประชุม', absent, true), ...part('ผู้เข้าร่วมประชุม', others, false),
    ...(unconfirmed.length ? part('ยังไม่ได้ยืนยันการเข้าประชุม (ต้องยืนยันก่อนรับรองรายงานการประชุม)', unconfirmed, false) : []),
  ];
}
