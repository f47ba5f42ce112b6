import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LekhaError, refusal } from '../../../shared/errors';
import { visibleFileName } from '../../../shared/names';
import { formatThaiDate } from '../../../shared/thai';
import { type HandlerSlice, newId } from '../context';
import { letterHandlers } from '../letters';
import { assertMeetingEditable } from '../lock';
import { type Writer, write } from '../write';
import { versionOf } from '../../db/versioned';
import { identityProblems } from './identity-rules';
import { learnAliases, matchReport } from './match-rows';
import { ReportFormatError, parseReport } from './parse-report';
import { readEvidence, trafficByAttendee } from './read';
import { evidenceView } from './state';
import { keepEvidenceFile, sha256Of } from './store';

/**
 * A row matched by hand changes its report too (a new version, in the history under the report, 0130): an
 * officer removing the report over a copy loaded before this matching is refused, not throwing the work away.
 */
async function reportChanged(w: Writer, report: { id: string; meeting_id: string; version?: number }, line: number, attendanceId: string | null) {
  const version = versionOf(report) + 1;
  await w.trx.updateTable('participant_reports').set({ version }).where('id', '=', report.id).execute();
  await w.log('participant_reports', report.id, 'update', { matchedLine: line }, { matchedLine: line, attendanceId }, report.meeting_id);
  w.noted('participant_reports', report.id, { version });
}

type Methods = 'evidence.get' | 'evidence.setIdentity' | 'evidence.importReport' | 'evidence.matchRow' | 'evidence.removeReport'
  | 'evidence.setRecording' | 'evidence.clearRecording' | 'evidence.recordSent';

export const evidenceHandlers: HandlerSlice<Methods> = {
  'evidence.get': ({ meetingId }, { db }) => evidenceView(db, meetingId),

  'evidence.setIdentity': async (a, ctx) => {
    await write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, a.meetingId);
      const d = await readEvidence(w.trx, a.meetingId);
      const problems = identityProblems(a.checks, d.attendees);
      if (problems.length) throw refusal('INVALID', 'บันทึกการแสดงตนไม่ได้', problems);
      const existing = new Map((await w.trx.selectFrom('identity_checks').select(['id', 'attendance_id']).where('meeting_id', '=', a.meetingId).execute()).map((r) => [r.attendance_id, r.id]));
      for (const c of a.checks) {
        const fields = { method: c.method, vouched_by_id: c.method === 'vouched' ? c.vouchedById : null, checked_at: c.checkedAt };
        const id = existing.get(c.attendanceId);
        if (id) await w.update('identity_checks', id, fields, a.meetingId);
        else await w.insert('identity_checks', { id: newId(), meeting_id: a.meetingId, attendance_id: c.attendanceId, ...fields }, a.meetingId);
      }
      for (const attendanceId of a.clear) {
        const id = existing.get(attendanceId);
        if (id) await w.remove('identity_checks', id, a.meetingId);
      }
    });
    return evidenceView(ctx.db, a.meetingId);
  },

  'evidence.importReport': async (a, ctx) => {
    const bytes = Buffer.from(a.base64, 'base64');
    const meeting = await ctx.db.selectFrom('meetings').select('date').where('id', '=', a.meetingId).executeTakeFirst();
    if (!meeting) throw new LekhaError('NOT_FOUND', 'ไม่พบการประชุมนี้ อาจถูกลบไปแล้ว', 'meetingId');
    await assertMeetingEditable(ctx.db, a.meetingId);
    let parsed: ReturnType<typeof parseReport>;
    try {
      parsed = parseReport(bytes, meeting.date);
    } catch (error) {
      if (error instanceof ReportFormatError) throw new LekhaError('INVALID', `นำเข้า "${a.fileName}" ไม่ได้: ${error.message}`, 'base64');
      throw error;
    }
    if (parsed.rows.length === 0) throw new LekhaError('INVALID', `นำเข้า "${a.fileName}" ไม่ได้: รายงานไม่มีรายชื่อผู้เข้าร่วม`, 'base64');
    const sha256 = sha256Of(bytes);
    const stored = keepEvidenceFile(ctx.filesDir, bytes, sha256);
    const outcome = await write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, a.meetingId);
      const dup = await w.trx.selectFrom('participant_reports').select('file_name').where('meeting_id', '=', a.meetingId).where('sha256', '=', sha256).executeTakeFirst();
      if (dup) throw new LekhaError('CONFLICT', `นำเข้ารายงานนี้แล้ว (ไฟล์ "${dup.file_name}" เนื้อหาเดียวกัน)`, 'base64');
      const reportId = newId();
      await w.insert('participant_reports', {
        id: reportId, meeting_id: a.meetingId, system: parsed.system, file_name: visibleFileName(a.fileName), size: bytes.length, sha256,
        stored_path: stored, imported_at: w.at, imported_by: w.actor,
      }, a.meetingId);
      return matchReport(w, a.meetingId, reportId, parsed.rows);
    });
    const view = await evidenceView(ctx.db, a.meetingId);
    const traffic = trafficByAttendee({ attendees: view.attendees, reports: view.reports.filter((r) => r.sha256 === sha256) });
    const none = { firstJoin: null, lastLeave: null, minutes: null, sessions: 0 };
    const inFile = view.attendees.map((at) => ({ ...at, ...(traffic.get(at.attendanceId) ?? none) }));
    return { view, inFile, system: parsed.system, rows: parsed.rows.length, ...outcome };
  },

  'evidence.matchRow': async (a, ctx) => {
    const meetingId = await write(ctx, async (w) => {
      const row = await w.get('participant_rows', a.rowId);
      if (!row) throw new LekhaError('NOT_FOUND', 'ไม่พบแถวนี้ในรายงานผู้เข้าร่วม อาจถูกลบไปแล้ว', 'rowId');
      const report = (await w.get('participant_reports', row.report_id))!;
      await assertMeetingEditable(w.trx, report.meeting_id);
      let personId: string | null = null;
      if (a.attendanceId) {
        const attendance = await w.get('attendance', a.attendanceId);
        if (attendance?.meeting_id !== report.meeting_id) throw new LekhaError('INVALID', 'ผู้ที่เลือกไม่อยู่ในรายชื่อผู้เข้าประชุมของการประชุมนี้', 'attendanceId');
        personId = attendance.person_id;
      }
      const matchedBy = a.attendanceId ? 'hand' : a.ignore ? 'ignored' : null;
      await w.update('participant_rows', a.rowId, { attendance_id: a.attendanceId, matched_by: matchedBy }, report.meeting_id);
      if (row.attendance_id !== a.attendanceId || row.matched_by !== matchedBy) await reportChanged(w, report, row.line, a.attendanceId);
      if (personId) await learnAliases(w, personId, row);
      return report.meeting_id;
    });
    return evidenceView(ctx.db, meetingId);
  },

  'evidence.removeReport': async ({ id }, ctx) => {
    const meetingId = await write(ctx, async (w) => {
      const report = await w.get('participant_reports', id);
      if (!report) throw new LekhaError('NOT_FOUND', 'ไม่พบรายงานผู้เข้าร่วมนี้ อาจถูกลบไปแล้ว', 'id');
      await assertMeetingEditable(w.trx, report.meeting_id);
      await w.trx.deleteFrom('participant_rows').where('report_id', '=', id).execute();
      await w.remove('participant_reports', id, report.meeting_id);
      return report.meeting_id;
    });
    return evidenceView(ctx.db, meetingId);
  },

  'evidence.setRecording': async (a, ctx) => {
    await write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, a.meetingId);
      const m = (await w.get('meetings', a.meetingId))!;
      if (m.secrecy !== 'none') throw new LekhaError('INVALID', 'การประชุมนี้เป็นการประชุมลับ ซึ่งต้องไม่บันทึกเสียงหรือภาพ (พ.ร.ก.ฯ ม.9(4)) รายงานการประชุมจึงระบุว่าไม่มีการบันทึก');
      const fields = {
        file_name: visibleFileName(a.fileName), duration_seconds: a.durationSeconds, sha256: a.sha256, location: a.location,
        traffic_location: a.trafficLocation, recorded_at: w.at,
      };
      const current = await w.trx.selectFrom('meeting_recordings').select('id').where('meeting_id', '=', a.meetingId).executeTakeFirst();
      if (current) await w.update('meeting_recordings', current.id, fields, a.meetingId);
      else await w.insert('meeting_recordings', { id: newId(), meeting_id: a.meetingId, ...fields }, a.meetingId);
    });
    return evidenceView(ctx.db, a.meetingId);
  },

  'evidence.clearRecording': async ({ meetingId }, ctx) => {
    await write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, meetingId);
      const current = await w.trx.selectFrom('meeting_recordings').select('id').where('meeting_id', '=', meetingId).executeTakeFirst();
      if (current) await w.remove('meeting_recordings', current.id, meetingId);
    });
    return evidenceView(ctx.db, meetingId);
  },

  'evidence.recordSent': async (a, ctx) => {
    const m = await ctx.db.selectFrom('meetings').select(['date']).where('id', '=', a.meetingId).executeTakeFirst();
    if (!m) throw new LekhaError('NOT_FOUND', 'ไม่พบการประชุมนี้ อาจถูกลบไปแล้ว', 'meetingId');
    await assertMeetingEditable(ctx.db, a.meetingId);
    if (m.date && a.sentOn > m.date) throw new LekhaError('INVALID', 'วันที่ส่งต้องไม่หลังวันประชุม: หลักฐานนี้คือสิ่งที่ส่งก่อนการประชุม', 'sentOn');
    // What went out on a day is fixed once kept: making the letters again would give other bytes, not the ones sent.
    const kept = await ctx.db.selectFrom('sent_documents').select('id').where('meeting_id', '=', a.meetingId).where('sent_on', '=', a.sentOn).executeTakeFirst();
    if (kept) throw new LekhaError('CONFLICT', `เก็บสำเนาสิ่งที่ส่งเมื่อ ${formatThaiDate(a.sentOn)} ไว้แล้ว สิ่งที่ส่งไปแล้วเปลี่ยนไม่ได้`, 'sentOn');
    // Frozen now: the invitation as sent (the officer's file, else Lekha's own letters), and each paper's bytes.
    const files: { kind: 'invitation' | 'enclosure' | 'paper'; fileName: string; bytes: Uint8Array; itemId: string | null }[] = [];
    if (a.invitation) {
      files.push({ kind: 'invitation', fileName: visibleFileName(a.invitation.fileName), bytes: Buffer.from(a.invitation.base64, 'base64'), itemId: null });
    } else {
      const letters = await letterHandlers['documents.letters']({ meetingId: a.meetingId, kind: 'invitation', format: 'pdf', date: a.sentOn } as never, ctx);
      for (const f of letters.files) files.push({ kind: f.role === 'letter' ? 'invitation' : 'enclosure', fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64'), itemId: null });
    }
    const papers = await ctx.db.selectFrom('attachments').innerJoin('agenda_items', 'agenda_items.id', 'attachments.agenda_item_id')
      .select(['attachments.file_name', 'attachments.stored_path', 'attachments.agenda_item_id']).where('agenda_items.meeting_id', '=', a.meetingId)
      .orderBy('attachments.created_at').execute();
    for (const p of papers) files.push({ kind: 'paper', fileName: p.file_name, bytes: readFileSync(join(ctx.filesDir, p.stored_path)), itemId: p.agenda_item_id });
    const frozen = files.map((f) => ({ ...f, sha256: sha256Of(f.bytes), stored: keepEvidenceFile(ctx.filesDir, f.bytes) }));
    await write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, a.meetingId);
      for (const f of frozen) {
        await w.insert('sent_documents', {
          id: newId(), meeting_id: a.meetingId, kind: f.kind, file_name: f.fileName, size: f.bytes.length, sha256: f.sha256, stored_path: f.stored,
          agenda_item_id: f.itemId, sent_on: a.sentOn, channel: a.channel, recorded_at: w.at,
        }, a.meetingId);
      }
    });
    return evidenceView(ctx.db, a.meetingId);
  },
};
