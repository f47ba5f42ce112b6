import type { Kysely } from 'kysely';
import type { Method } from '../../../shared/contract';
import { LekhaError } from '../../../shared/errors';
import { mayCall, permissions, roleTitles } from '../../../shared/permissions';
import { highestSecrecy, type Secrecy } from '../../../shared/secrecy';
import { secrecyLabels } from '../../../shared/schemas/document-settings';
import type { DB } from '../../db/types';
import type { SignedInOfficer } from './officer';

/**
 * The one door every call of a signed-in officer passes (api.ts `invoke`): the role (shared/permissions.ts),
 * then the secrecy rule. What we chose (REGULATIONS.md, the Regulation on the Protection of Official Secrets):
 *
 * - The secretariat reads everything; ลับที่สุด still leaves the program only with the second confirmation
 *   (shared/secrecy.ts), as in one-officer mode.
 * - A reader or an agency reporter has a clearance (none by default, at most ลับมาก: ลับที่สุด is never given
 *   to them). A meeting whose highest class (the meeting's or any of its items') is above it is refused whole
 *   (meetings.get, its minutes, attachments, disclosure); an attachment above it is refused; search hits from
 *   such meetings are left out; a directive from an item above it keeps its row in the tracker (the agency
 *   must report on it) but its text is withheld, as is the subject of such an item linked to a policy.
 * - Documents (PDF, DOCX, the book, letters, numbered copies) are the secretariat's: a file cannot be redacted
 *   after the fact, and secret ones must enter the register.
 */
const rank: Record<Secrecy, number> = { none: 0, confidential: 1, secret: 2, top_secret: 3 };
export const WITHHELD_TEXT = '(ข้อความถูกปกปิด: ชั้นความลับสูงกว่าสิทธิ์ของท่าน)';

const label = (c: Secrecy) => secrecyLabels[c] || 'ไม่มีชั้นความลับ';

/** Refused before the handler runs: the role, in Thai, naming what the role may do. */
export function assertRoleMay(officer: SignedInOfficer, method: Method): void {
  if (mayCall(officer.role, method)) return;
  const allowed = permissions[method].map((r) => roleTitles[r]).join(' หรือ ');
  throw new LekhaError('FORBIDDEN', `ไม่มีสิทธิ์: บทบาท "${roleTitles[officer.role]}" ของ ${officer.name} ทำรายการนี้ไม่ได้ (${method}) ทำได้เฉพาะ ${allowed}`);
}

/** A meeting's highest class: its own or any of its items'. */
export async function meetingSecrecy(db: Kysely<DB>, meetingId: string): Promise<Secrecy> {
  const meeting = await db.selectFrom('meetings').select('secrecy').where('id', '=', meetingId).executeTakeFirst();
  const items = await db.selectFrom('agenda_items').select('secrecy').where('meeting_id', '=', meetingId).where('secrecy', '!=', 'none').execute();
  return highestSecrecy(meeting?.secrecy as Secrecy | undefined, ...items.map((i) => i.secrecy as Secrecy));
}

/** True when `c` is above what the officer may read (never for the secretariat). */
export const isAbove = (officer: SignedInOfficer, c: Secrecy) => officer.role !== 'secretariat' && rank[c] > rank[officer.clearance];

function tooSecret(officer: SignedInOfficer, what: string, c: Secrecy): LekhaError {
  return new LekhaError('FORBIDDEN', `ไม่มีสิทธิ์อ่าน: ${what}มีชั้นความลับ "${label(c)}" สูงกว่าสิทธิ์ของ ${officer.name} ("${label(officer.clearance)}")`);
}

const meetingArg: Partial<Record<Method, (a: Record<string, unknown>) => unknown>> = {
  'meetings.get': (a) => a.id,
  'minutes.get': (a) => a.meetingId, 'minutes.version': (a) => a.meetingId, 'minutes.draftChanges': (a) => a.meetingId, 'minutes.compare': (a) => a.meetingId,
  'attachments.list': (a) => a.meetingId, 'disclosure.list': (a) => a.meetingId,
};

/** The secrecy rule before the handler: the meeting (or attachment) asked for, against the officer's clearance. */
export async function assertClearance(db: Kysely<DB>, officer: SignedInOfficer, method: Method, args: Record<string, unknown>): Promise<void> {
  if (officer.role === 'secretariat') return;
  const meetingId = meetingArg[method]?.(args);
  if (typeof meetingId === 'string') {
    const c = await meetingSecrecy(db, meetingId);
    if (isAbove(officer, c)) throw tooSecret(officer, 'การประชุมนี้', c);
  }
  if ((method === 'attachments.get' || method === 'attachments.open') && typeof args.id === 'string') {
    const file = await db.selectFrom('attachments').innerJoin('agenda_items', 'agenda_items.id', 'attachments.agenda_item_id')
      .select(['attachments.secrecy', 'agenda_items.meeting_id']).where('attachments.id', '=', args.id).executeTakeFirst();
    if (file) {
      const c = highestSecrecy(file.secrecy as Secrecy, await meetingSecrecy(db, file.meeting_id));
      if (isAbove(officer, c)) throw tooSecret(officer, 'ไฟล์แนบนี้', c);
    }
  }
}

/**
 * Ids above the officer's clearance (few: secret records are the exception): `meetings` by their own class,
 * `items` by theirs, and `holding`: meetings whose own class or any item's is above it (refused whole).
 */
async function secretIds(db: Kysely<DB>, officer: SignedInOfficer) {
  const over = (Object.keys(rank) as Secrecy[]).filter((c) => rank[c] > rank[officer.clearance]);
  const items = await db.selectFrom('agenda_items').select(['id', 'meeting_id']).where('secrecy', 'in', over).execute();
  const meetings = new Set((await db.selectFrom('meetings').select('id').where('secrecy', 'in', over).execute()).map((m) => m.id));
  return { meetings, items: new Set(items.map((i) => i.id)), holding: new Set([...meetings, ...items.map((i) => i.meeting_id)]) };
}

type Hit = { meeting: { id: string } | null };
type ActionRowLike = { meetingId: string; agendaItemId: string; text: string; itemSubject: string; lastProgress: { text: string } | null };

/** The secrecy rule on what a list answers: search hits left out, directives' text withheld. */
export async function filterResult(db: Kysely<DB>, officer: SignedInOfficer, method: Method, value: unknown): Promise<unknown> {
  if (officer.role === 'secretariat') return value;
  if (method === 'search.query') {
    const { holding } = await secretIds(db, officer);
    const result = value as { groups: { hits: Hit[]; count: number }[] };
    return {
      ...result,
      groups: result.groups.map((g) => {
        const hits = g.hits.filter((h) => !h.meeting || !holding.has(h.meeting.id));
        // The count leaves them out too: how many secret matches there are is itself not the reader's.
        return { ...g, hits, count: g.count - (g.hits.length - hits.length) };
      }),
    };
  }
  if (method === 'actions.list') {
    const { meetings, items } = await secretIds(db, officer);
    const page = value as { rows: ActionRowLike[] };
    return {
      ...page,
      rows: page.rows.map((r) => (items.has(r.agendaItemId) || meetings.has(r.meetingId)
        ? { ...r, text: WITHHELD_TEXT, itemSubject: WITHHELD_TEXT, lastProgress: r.lastProgress && { ...r.lastProgress, text: WITHHELD_TEXT } }
        : r)),
    };
  }
  if (method === 'policies.get') {
    const { meetings, items } = await secretIds(db, officer);
    return withholdRefs(value, (r) => items.has(r.agendaItemId) || meetings.has(r.meetingId));
  }
  return value;
}

type ItemRefLike = { agendaItemId: string; meetingId: string; subject: string };
const isItemRef = (v: object): v is ItemRefLike => 'agendaItemId' in v && 'meetingId' in v && 'subject' in v;

/** Every item reference (`ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1` and its subject) anywhere in a policy: the subject withheld where secret. */
function withholdRefs(value: unknown, secret: (r: ItemRefLike) => boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => withholdRefs(v, secret));
  if (value === null || typeof value !== 'object') return value;
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withholdRefs(v, secret)]));
  return isItemRef(value) && secret(value) ? { ...out, subject: WITHHELD_TEXT } : out;
}
