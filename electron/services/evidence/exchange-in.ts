import type { Problem } from '../../../shared/errors';
import type { ExchangeEvidence } from '../../../shared/exchange-evidence';
import { newId } from '../context';
import type { Writer } from '../write';
import { keepEvidenceFile, sha256Of } from './store';

type Loose = Record<string, unknown>;
type Path = (string | number)[];
const obj = (v: unknown): Loose => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/**
 * The references of a file's evidence, read from the raw file (exchange-check.ts reads the rest the same
 * way): every person is one of `attendees`, a vouched check names who vouched, a row matched to a person
 * says how, a paper's item is one of `itemIds`, and every file carried is the one its SHA-256 and size name.
 */
export function checkEvidence(raw: unknown, attendees: ReadonlySet<string>, itemIds: ReadonlySet<string>, problem: (path: Path, message: string) => Problem): Problem[] {
  const e = obj(raw);
  const out: Problem[] = [];
  const attendee = (v: unknown, path: Path) => {
    const name = str(v);
    if (name && !attendees.has(name)) out.push(problem(path, `"${name}" ไม่อยู่ในรายชื่อผู้เข้าประชุม (attendance) ของไฟล์`));
  };
  const bytes = (f: Loose, path: Path) => {
    if (typeof f.base64 !== 'string') return;
    const data = Buffer.from(f.base64, 'base64');
    if (sha256Of(data) !== f.sha256 || data.length !== f.size) out.push(problem([...path, 'base64'], 'เนื้อไฟล์ไม่ตรงกับ SHA-256 หรือขนาดที่ระบุ ไฟล์อาจถูกแก้ไขหรือเสียหาย'));
  };
  const checked = new Set<string>();
  arr(e.identity).forEach((x, i) => {
    const c = obj(x);
    attendee(c.person, ['evidence', 'identity', i, 'person']);
    attendee(c.vouchedBy, ['evidence', 'identity', i, 'vouchedBy']);
    const name = str(c.person);
    if (name && checked.has(name)) out.push(problem(['evidence', 'identity', i, 'person'], `"${name}" มีการแสดงตนซ้ำ`));
    if (name) checked.add(name);
    if ((c.method === 'vouched') !== (str(c.vouchedBy) !== null)) {
      out.push(problem(['evidence', 'identity', i, 'vouchedBy'], 'ต้องระบุผู้รับรองเมื่อแสดงตนโดยผู้อื่นรับรอง และเฉพาะกรณีนั้น'));
    }
  });
  const hashes = new Set<string>();
  arr(e.reports).forEach((x, i) => {
    const r = obj(x);
    bytes(r, ['evidence', 'reports', i]);
    if (typeof r.sha256 === 'string' && hashes.has(r.sha256)) out.push(problem(['evidence', 'reports', i, 'sha256'], 'รายงานผู้เข้าร่วมฉบับนี้ซ้ำกับฉบับก่อนหน้า'));
    if (typeof r.sha256 === 'string') hashes.add(r.sha256);
    arr(r.rows).forEach((y, j) => {
      const row = obj(y);
      attendee(row.person, ['evidence', 'reports', i, 'rows', j, 'person']);
      if (str(row.person) && !['email', 'name', 'hand'].includes(String(row.matchedBy))) {
        out.push(problem(['evidence', 'reports', i, 'rows', j, 'matchedBy'], 'แถวที่จับคู่กับผู้เข้าประชุมต้องระบุวิธีจับคู่ (email, name หรือ hand)'));
      }
    });
  });
  arr(e.sent).forEach((x, i) => {
    const s = obj(x);
    bytes(s, ['evidence', 'sent', i]);
    const item = str(s.agendaItemId);
    if (item && !itemIds.has(item)) out.push(problem(['evidence', 'sent', i, 'agendaItemId'], 'ไม่มีระเบียบวาระนี้ในไฟล์'));
  });
  return out;
}

/** Writes a checked file's evidence for the meeting just imported; `attendance` maps each attendee's name to its new line. */
export async function importEvidence(w: Writer, meetingId: string, e: ExchangeEvidence, attendance: ReadonlyMap<string, string>): Promise<void> {
  const line = (name: string | null) => (name ? attendance.get(name)! : null);
  for (const c of e.identity) {
    await w.insert('identity_checks', { id: newId(), meeting_id: meetingId, attendance_id: line(c.person)!, method: c.method, vouched_by_id: line(c.vouchedBy), checked_at: c.checkedAt }, meetingId);
  }
  for (const r of e.reports) {
    const stored = keepEvidenceFile(w.ctx.filesDir, Buffer.from(r.base64, 'base64'), r.sha256);
    const report = await w.insert('participant_reports', {
      id: newId(), meeting_id: meetingId, system: r.system, file_name: r.fileName, size: r.size, sha256: r.sha256, stored_path: stored,
      imported_at: r.importedAt, imported_by: r.importedBy,
    }, meetingId);
    // The rows are the report's own reading: one audit entry for the report says where they came from.
    if (r.rows.length) {
      await w.trx.insertInto('participant_rows').values(r.rows.map((x) => ({
        id: newId(), report_id: report.id, line: x.line, display_name: x.displayName, email: x.email, joined_at: x.joinedAt, left_at: x.leftAt,
        attendance_id: line(x.person), matched_by: x.matchedBy,
      }))).execute();
    }
  }
  if (e.recording) {
    const r = e.recording;
    await w.insert('meeting_recordings', {
      id: newId(), meeting_id: meetingId, file_name: r.fileName, duration_seconds: r.durationSeconds, sha256: r.sha256, location: r.location,
      traffic_location: r.trafficLocation, recorded_at: r.recordedAt,
    }, meetingId);
  }
  for (const s of e.sent) {
    await w.insert('sent_documents', {
      id: newId(), meeting_id: meetingId, kind: s.kind, file_name: s.fileName, size: s.size, sha256: s.sha256,
      stored_path: s.base64 ? keepEvidenceFile(w.ctx.filesDir, Buffer.from(s.base64, 'base64'), s.sha256) : null,
      agenda_item_id: s.agendaItemId, sent_on: s.sentOn, channel: s.channel, recorded_at: s.recordedAt,
    }, meetingId);
  }
}
