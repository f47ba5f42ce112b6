import type { Problem } from '../../../shared/errors';
import type { IdentityCheck } from '../../../shared/schemas/evidence';
import type { EvidenceData } from './read';

/**
 * What is wrong with a set of identity checks, every problem at once: an attendee not of the meeting
 * or not present, a room check for someone who was not in the room, a vouch by nobody, by oneself or
 * by someone absent.
 */
export function identityProblems(checks: IdentityCheck[], attendees: EvidenceData['attendees']): Problem[] {
  const present = new Map(attendees.map((x) => [x.attendanceId, x]));
  const attended = (presence: string) => presence === 'onsite' || presence === 'electronic';
  const problems: Problem[] = [];
  for (const [i, c] of checks.entries()) {
    const who = present.get(c.attendanceId);
    const field = `checks.${i}`;
    if (!who) {
      problems.push({ field: `${field}.attendanceId`, message: `รายการที่ ${i + 1}: ไม่พบผู้นี้ในรายชื่อผู้เข้าประชุมของการประชุมนี้` });
      continue;
    }
    if (!attended(who.presence)) problems.push({ field, message: `${who.name} ยังไม่ได้ระบุว่ามาประชุม จึงบันทึกการแสดงตนไม่ได้` });
    if (c.method === 'in_room' && who.presence === 'electronic') problems.push({ field: `${field}.method`, message: `${who.name} ประชุมผ่านสื่ออิเล็กทรอนิกส์ จึงตรวจสอบตัวตนในห้องประชุมไม่ได้` });
    if (c.method !== 'vouched') continue;
    const voucher = c.vouchedById ? present.get(c.vouchedById) : undefined;
    if (!voucher) problems.push({ field: `${field}.vouchedById`, message: `${who.name}: ต้องระบุผู้เข้าประชุมที่รับรองตัวตน` });
    else if (voucher.attendanceId === who.attendanceId) problems.push({ field: `${field}.vouchedById`, message: `${who.name} รับรองตัวตนของตนเองไม่ได้` });
    else if (!attended(voucher.presence)) problems.push({ field: `${field}.vouchedById`, message: `${voucher.name} ไม่ได้มาประชุม จึงรับรองตัวตนของ ${who.name} ไม่ได้` });
  }
  return problems;
}
