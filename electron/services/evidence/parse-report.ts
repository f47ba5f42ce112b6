import { parse } from 'csv-parse/sync';
import type { ConferencingSystem } from '../../../shared/schemas/evidence';
import { decodeReport } from './decode';
import { parseReportTime } from './report-time';

/** One connection in a participant report: who (as the system names them), and from when to when. */
export interface ReportRow {
  /** The line of the file the row is on, 1-based, so the officer can find it. */
  line: number;
  displayName: string;
  email: string;
  joinedAt: string | null;
  leftAt: string | null;
}

export interface ParsedReport {
  system: ConferencingSystem;
  rows: ReportRow[];
}

/** What the file lacks, in Thai, when it is not a report Lekha reads. */
export class ReportFormatError extends Error {}

const key = (cell: string) => cell.replace(/^\ufeff/, '').trim().toLowerCase().replace(/\s+/g, ' ');

// Column names of the three systems' reports (tests/fixtures/participants/README.md names the sources).
const NAME = ['name (original name)', 'display name', 'full name', 'name', 'participant name', 'participant'];
const EMAIL = ['user email', 'attendee email', 'email', 'email address', 'participant id (upn)'];
const JOIN = ['join time', 'first join', 'joined', 'join'];
const LEAVE = ['leave time', 'last leave', 'left', 'leave'];

const column = (header: string[], names: string[]) => {
  for (const n of names) {
    const at = header.indexOf(n);
    if (at >= 0) return at;
  }
  return -1;
};

function systemOf(text: string, header: string[]): ConferencingSystem {
  if (header.includes('name (original name)') || header.includes('user email')) return 'zoom';
  if (header.includes('attendee email') || header.includes('attendance duration')) return 'webex';
  if (header.includes('participant id (upn)') || header.includes('first join') || header.includes('user action') || /In-Meeting Activities|^1\. Summary/m.test(text)) {
    return 'teams';
  }
  throw new ReportFormatError('ไม่รู้จักรูปแบบของรายงาน: หัวตารางไม่ตรงกับรายงานผู้เข้าร่วมของ Zoom, Webex หรือ Microsoft Teams');
}

/** Tab-separated (Teams, Webex) or comma-separated (Zoom, and any of them saved again by Excel). */
const delimiterOf = (text: string) => {
  const head = text.split(/\r?\n/, 40).join('\n');
  return (head.match(/\t/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? '\t' : ',';
};

/**
 * The rows of a Zoom, Webex or Microsoft Teams participant report. A file may carry a summary block
 * above the table (Zoom's meeting line; Teams' "1. Summary"); Teams' newer report lists each person
 * once in "2. Participants" and every join in "3. In-Meeting Activities", which is read when present
 * so that rejoins stay separate rows. Teams' older attendance list ("Full Name, User Action,
 * Timestamp") is read as joined/left pairs.
 */
export function parseReport(bytes: Uint8Array, meetingDate: string | null): ParsedReport {
  const text = decodeReport(bytes);
  if (text === null) throw new ReportFormatError('อ่านไฟล์ไม่ได้: ไม่ใช่ข้อความ UTF-8 หรือ UTF-16');
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    throw new ReportFormatError(`อ่านไฟล์ CSV ไม่ได้: ${(error as Error).message}`);
  }
  const headers = records.map((r, i) => ({ i, header: r.map(key) })).filter(({ header }) => column(header, NAME) >= 0 && (column(header, JOIN) >= 0 || header.includes('user action')));
  if (headers.length === 0) throw new ReportFormatError('ไม่พบหัวตารางรายชื่อผู้เข้าร่วม (ชื่อ เวลาเข้า เวลาออก) ในไฟล์');
  // Teams: the activity list (one row per join) when there is one, else the participants list.
  const chosen = headers.find(({ i }) => records.slice(0, i).some((r) => /In-Meeting Activities/i.test(r[0] ?? ''))) ?? headers[0];
  const system = systemOf(text, chosen.header);
  const body: { line: number; cells: string[] }[] = [];
  for (let i = chosen.i + 1; i < records.length; i++) {
    const cells = records[i];
    if (cells.every((c) => !c.trim()) || /^\d+\.\s/.test(cells[0] ?? '')) break;
    body.push({ line: i + 1, cells });
  }
  if (chosen.header.includes('user action')) return { system, rows: eventRows(chosen.header, body, meetingDate) };
  const at = { name: column(chosen.header, NAME), email: column(chosen.header, EMAIL), join: column(chosen.header, JOIN), leave: column(chosen.header, LEAVE) };
  const rows = body.map(({ line, cells }) => {
    const joinedAt = parseReportTime(cells[at.join] ?? '', meetingDate);
    return {
      line,
      displayName: (cells[at.name] ?? '').trim(),
      email: at.email >= 0 ? (cells[at.email] ?? '').trim().toLowerCase() : '',
      joinedAt,
      leftAt: at.leave >= 0 ? parseReportTime(cells[at.leave] ?? '', meetingDate, joinedAt) : null,
    };
  }).filter((r) => r.displayName);
  return { system, rows };
}

/** Teams' older list: one line per join or leave; each join pairs with the same person's next leave. */
function eventRows(header: string[], body: { line: number; cells: string[] }[], meetingDate: string | null): ReportRow[] {
  const name = column(header, NAME);
  const action = header.indexOf('user action');
  const stamp = header.indexOf('timestamp');
  const open = new Map<string, ReportRow>();
  const rows: ReportRow[] = [];
  for (const { line, cells } of body) {
    const who = (cells[name] ?? '').trim();
    const when = parseReportTime(cells[stamp] ?? '', meetingDate);
    if (!who) continue;
    if (/^join/i.test(cells[action] ?? '')) {
      const row = { line, displayName: who, email: '', joinedAt: when, leftAt: null };
      rows.push(row);
      open.set(who, row);
    } else {
      const row = open.get(who);
      if (row) row.leftAt = when;
      open.delete(who);
    }
  }
  return rows;
}
