import { LekhaError } from '../../shared/errors';
import type { Attendance } from '../../shared/schemas/meeting';
import type { AttendanceTable } from '../db/types';
import { type HandlerSlice, newId } from './context';
import { assertMeetingEditable } from './lock';
import { toAttendance } from './meeting-read';
import { type Writer, write } from './write';

type Fields = Pick<Attendance, 'role' | 'substituteForId' | 'presence' | 'absenceReason' | 'personId' | 'meetingId'>;

/** The rules of an attendance line, checked before the database's own constraints with a Thai reason. */
async function checkAttendance(w: Writer, f: Fields, selfId?: string): Promise<void> {
  if (f.role === 'substitute') {
    if (!f.substituteForId) throw new LekhaError('INVALID', 'ผู้ประชุมแทนต้องระบุว่าประชุมแทนผู้ใด', 'substituteForId');
    if (f.substituteForId === f.personId) throw new LekhaError('INVALID', 'บุคคลประชุมแทนตนเองไม่ได้', 'substituteForId');
    const other = await w.trx
      .selectFrom('attendance').select('id')
      .where('meeting_id', '=', f.meetingId).where('role', '=', 'substitute').where('substitute_for_id', '=', f.substituteForId)
      .$if(selfId !== undefined, (q) => q.where('id', '!=', selfId!))
      .executeTakeFirst();
    if (other) throw new LekhaError('CONFLICT', 'มีผู้ประชุมแทนบุคคลนี้อยู่แล้ว', 'substituteForId');
  }
  if (f.presence === 'absent' && !f.absenceReason) {
    throw new LekhaError('INVALID', 'ผู้ไม่มาประชุมต้องระบุเหตุ (ติดราชการ ลาป่วย ลากิจ หรืออื่น ๆ)', 'absenceReason');
  }
}

const normalised = <T extends Fields>(f: T): T => ({
  ...f,
  substituteForId: f.role === 'substitute' ? f.substituteForId : null,
  absenceReason: f.presence === 'absent' ? f.absenceReason : null,
});

export const attendanceHandlers: HandlerSlice<'attendance.add' | 'attendance.update' | 'attendance.remove'> = {
  'attendance.add': (a, ctx) =>
    write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, a.meetingId);
      const f = normalised(a);
      await checkAttendance(w, f);
      const dup = await w.trx.selectFrom('attendance').select('id').where('meeting_id', '=', a.meetingId).where('person_id', '=', a.personId).executeTakeFirst();
      if (dup) throw new LekhaError('CONFLICT', 'บุคคลนี้อยู่ในรายชื่อของการประชุมนี้แล้ว', 'personId');
      const person = await w.get('people', a.personId);
      if (!person) throw new LekhaError('NOT_FOUND', 'ไม่พบบุคคลนี้ในทะเบียนรายชื่อ', 'personId');
      const last = await w.trx.selectFrom('attendance').select((eb) => eb.fn.max('sort_order').as('max')).where('meeting_id', '=', a.meetingId).executeTakeFirst();
      const row = await w.insert('attendance', {
        id: newId(), meeting_id: a.meetingId, person_id: a.personId, role: f.role, meeting_role: a.meetingRole,
        substitute_for_id: f.substituteForId, position: a.position || person.position, presence: f.presence,
        absence_reason: f.absenceReason, absence_note: a.absenceNote, sort_order: (last?.max ?? 0) + 1,
      }, a.meetingId);
      return toAttendance(row);
    }),

  'attendance.update': (a, ctx) =>
    write(ctx, async (w) => {
      const current = await w.get('attendance', a.id);
      if (!current) throw new LekhaError('NOT_FOUND', 'ไม่พบรายชื่อนี้ อาจถูกลบไปแล้ว', 'id');
      await assertMeetingEditable(w.trx, current.meeting_id);
      const base = toAttendance(current);
      const f = normalised({ ...base, ...Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) } as Attendance);
      await checkAttendance(w, f, a.id);
      const patch: Partial<AttendanceTable> = {
        role: f.role, meeting_role: f.meetingRole, substitute_for_id: f.substituteForId, position: f.position,
        presence: f.presence, absence_reason: f.absenceReason, absence_note: f.absenceNote,
      };
      return toAttendance(await w.update('attendance', a.id, patch, current.meeting_id));
    }),

  'attendance.remove': (a, ctx) =>
    write(ctx, async (w) => {
      const current = await w.get('attendance', a.id);
      if (!current) throw new LekhaError('NOT_FOUND', 'ไม่พบรายชื่อนี้ อาจถูกลบไปแล้ว', 'id');
      await assertMeetingEditable(w.trx, current.meeting_id);
      const substitutes = await w.trx.selectFrom('attendance').select('id')
        .where('meeting_id', '=', current.meeting_id).where('substitute_for_id', '=', current.person_id).executeTakeFirst();
      if (substitutes) throw new LekhaError('CONFLICT', 'ลบไม่ได้ เพราะมีผู้ประชุมแทนบุคคลนี้อยู่ กรุณาลบหรือแก้รายชื่อผู้ประชุมแทนก่อน');
      await w.remove('attendance', a.id, current.meeting_id);
      return { ok: true as const };
    }),
};
