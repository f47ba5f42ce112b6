import { versionOf } from '../db/versioned';
import { diffArrays } from 'diff';
import type { Kysely } from 'kysely';
import { LekhaError, refusal } from '../../shared/errors';
import { personName } from '../../shared/names';
import { formatMeetingNumber } from '../../shared/numbering';
import type { MinutesState } from '../../shared/schemas/minutes';
import type { DB } from '../db/types';
import { changeOf } from './audit-entries';
import { type HandlerSlice, newId } from './context';
import { itemRefs } from './item-refs';
import { assertMeetingEditable } from './lock';
import { currentText, snapshot } from './minutes-snapshot';
import { type Writer, write } from './write';

/** The last circulated version's text, against which an amendment is seen. */
async function lastCirculated(db: Kysely<DB>, meetingId: string): Promise<{ version: number; text: string[] } | null> {
  const row = await db.selectFrom('minutes_versions').select(['version', 'content']).where('meeting_id', '=', meetingId)
    .where('status', '=', 'circulated').orderBy('version', 'desc').executeTakeFirst();
  return row ? { version: row.version, text: (JSON.parse(row.content) as { text: string[] }).text } : null;
}

const paragraphChanges = (from: string[], to: string[]) =>
  diffArrays(from, to).flatMap((part) =>
    part.value.map((text) => ({ kind: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('same' as const), text })),
  );

/** Minutes go out and are certified only once the officer has marked who came: the record names them. */
async function assertAttendanceConfirmed(db: Kysely<DB>, meetingId: string): Promise<void> {
  const rows = await db.selectFrom('attendance').innerJoin('people', 'people.id', 'attendance.person_id')
    .select(['people.title', 'people.first_name', 'people.last_name']).where('attendance.meeting_id', '=', meetingId)
    .where('attendance.presence', '=', 'unconfirmed').orderBy('attendance.sort_order').execute();
  if (rows.length) {
    throw refusal('CONFLICT', 'ยังไม่ได้ยืนยันการเข้าประชุมของผู้มีรายชื่อต่อไปนี้ กรุณาบันทึกว่ามาประชุม (ในห้องหรือผ่านสื่ออิเล็กทรอนิกส์) หรือไม่มาประชุมก่อน',
      rows.map((r) => ({ field: 'attendance', message: personName({ title: r.title, firstName: r.first_name, lastName: r.last_name }) })));
  }
}

export async function readMinutes(db: Kysely<DB>, meetingId: string): Promise<MinutesState> {
  const row = await db.selectFrom('minutes').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!row) throw new LekhaError('NOT_FOUND', 'ไม่พบรายงานการประชุมของการประชุมนี้', 'meetingId');
  const versions = await db.selectFrom('minutes_versions').select(['version', 'status', 'content_hash', 'created_at', 'created_by'])
    .where('meeting_id', '=', meetingId).orderBy('version').execute();
  const at = row.certified_at_item_id ? (await itemRefs(db, [row.certified_at_item_id])).get(row.certified_at_item_id) ?? null : null;
  return {
    meetingId, version: versionOf(row), status: row.status as MinutesState['status'], certifiedHow: row.certified_how as MinutesState['certifiedHow'],
    certifiedAtItemId: row.certified_at_item_id, certifiedAt: at, certifiedOn: row.certified_on, amended: row.amended === 1,
    amendmentText: row.amendment_text, contentHash: row.content_hash,
    versions: versions.map((v) => ({ version: v.version, status: v.status as MinutesState['status'], contentHash: v.content_hash, createdAt: v.created_at, createdBy: v.created_by })),
  };
}

async function storeVersion(w: Writer, meetingId: string, status: 'circulated' | 'certified'): Promise<string> {
  const { content, hash } = await snapshot(w.trx, meetingId);
  const last = await w.trx.selectFrom('minutes_versions').select((eb) => eb.fn.max('version').as('max')).where('meeting_id', '=', meetingId).executeTakeFirst();
  await w.insert('minutes_versions', {
    id: newId(), meeting_id: meetingId, version: (last?.max ?? 0) + 1, status, content, content_hash: hash, created_at: w.at, created_by: w.actor,
  }, meetingId);
  return hash;
}

async function setMinutes(w: Writer, meetingId: string, patch: Partial<DB['minutes']>) {
  const before = await w.trx.selectFrom('minutes').selectAll().where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
  await w.trx.updateTable('minutes').set((eb) => ({ ...patch, updated_at: w.at, version: eb('version', '+', 1) })).where('meeting_id', '=', meetingId).execute();
  const after = await w.trx.selectFrom('minutes').selectAll().where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
  const change = changeOf(before, after, Object.keys(patch));
  await w.log('minutes', meetingId, 'update', change.before, change.after, meetingId);
  w.noted('minutes', meetingId, after);
}

/** Checks the item of the later meeting where the minutes are certified, and writes its resolution if empty. */
async function recordAtLaterMeeting(w: Writer, meetingId: string, itemId: string, amended: boolean, amendmentText: string) {
  const item = await w.trx.selectFrom('agenda_items').innerJoin('series_sections', 'series_sections.id', 'agenda_items.section_id')
    .innerJoin('meetings', 'meetings.id', 'agenda_items.meeting_id')
    .select(['agenda_items.id', 'agenda_items.meeting_id', 'agenda_items.resolution', 'series_sections.kind', 'meetings.series_id', 'meetings.year_be', 'meetings.number'])
    .where('agenda_items.id', '=', itemId).executeTakeFirst();
  const own = await w.trx.selectFrom('meetings').selectAll().where('id', '=', meetingId).executeTakeFirstOrThrow();
  const isLater = (i: { year_be: number; number: number }) => i.year_be > own.year_be || (i.year_be === own.year_be && i.number > own.number);
  if (item?.kind !== 'certification' || item.series_id !== own.series_id || !isLater(item)) {
    throw new LekhaError('INVALID', 'ต้องเลือกระเบียบวาระที่ 2 (รับรองรายงานการประชุม) ของการประชุมครั้งหลังในชุดเดียวกัน', 'atItemId');
  }
  await assertMeetingEditable(w.trx, item.meeting_id);
  if (!item.resolution.trim()) {
    const n = formatMeetingNumber(own.number, own.year_be);
    const resolution = amended ? `ที่ประชุมรับรองรายงานการประชุมครั้งที่ ${n} โดยมีการแก้ไข ดังนี้ ${amendmentText.trim()}` : `ที่ประชุมรับรองรายงานการประชุมครั้งที่ ${n} โดยไม่มีการแก้ไข`;
    await w.update('agenda_items', item.id, { resolution, resolution_kind: 'approved' }, item.meeting_id);
  }
}

/**
 * "With amendments" means the text changed since it was circulated, and the certified version shows
 * exactly that change; "without" means it did not. Either claim against the facts is refused, because
 * the record it would lock says the opposite.
 */
function checkAmendmentClaim(circulated: { version: number; text: string[] } | null, amended: boolean, text: string[]): void {
  if (!circulated) return;
  const changed = JSON.stringify(circulated.text) !== JSON.stringify(text);
  if (amended && !changed) {
    throw new LekhaError('CONFLICT', `รับรองโดยมีการแก้ไขไม่ได้ เพราะข้อความยังเหมือนฉบับที่แจ้งเวียน (ฉบับที่ ${circulated.version}) ทุกประการ ` +
      'กรุณาแก้ไขรายงานการประชุมตามที่ที่ประชุมแก้ไขก่อน แล้วจึงรับรอง หรือเลือกรับรองโดยไม่มีการแก้ไข', 'amended');
  }
  if (!amended && changed) {
    throw new LekhaError('CONFLICT', `ข้อความต่างจากฉบับที่แจ้งเวียน (ฉบับที่ ${circulated.version}) จึงรับรองโดยไม่มีการแก้ไขไม่ได้ ` +
      'กรุณาเลือกรับรองโดยมีการแก้ไขและระบุการแก้ไข หรือแจ้งเวียนฉบับใหม่ก่อน', 'amended');
  }
}

export const minutesHandlers: HandlerSlice<
  'minutes.get' | 'minutes.circulate' | 'minutes.certify' | 'minutes.version' | 'minutes.compare' | 'minutes.draftChanges'
> = {
  'minutes.get': async ({ meetingId }, { db }) => readMinutes(db, meetingId),

  'minutes.circulate': async ({ meetingId }, ctx) => {
    await write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, meetingId);
      await assertAttendanceConfirmed(w.trx, meetingId);
      await storeVersion(w, meetingId, 'circulated');
      await setMinutes(w, meetingId, { status: 'circulated' });
    });
    return readMinutes(ctx.db, meetingId);
  },

  'minutes.certify': async (a, ctx) => {
    await write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, a.meetingId);
      const current = await readMinutes(w.trx, a.meetingId);
      if (current.status === 'draft' && a.how !== 'same_meeting') {
        throw new LekhaError('CONFLICT', 'ต้องแจ้งเวียนร่างรายงานการประชุมก่อนรับรอง (เว้นแต่รับรองในการประชุมครั้งเดียวกัน)', 'how');
      }
      await assertAttendanceConfirmed(w.trx, a.meetingId);
      const circulated = await lastCirculated(w.trx, a.meetingId);
      checkAmendmentClaim(circulated, a.amended, await currentText(w.trx, a.meetingId));
      if (a.how === 'next_meeting') await recordAtLaterMeeting(w, a.meetingId, a.atItemId!, a.amended, a.amendmentText);
      const hash = await storeVersion(w, a.meetingId, 'certified');
      await setMinutes(w, a.meetingId, {
        status: 'certified', certified_how: a.how, certified_at_item_id: a.how === 'next_meeting' ? a.atItemId : null,
        certified_on: a.date, amended: a.amended ? 1 : 0, amendment_text: a.amended ? a.amendmentText.trim() : '', content_hash: hash,
      });
    });
    return readMinutes(ctx.db, a.meetingId);
  },

  'minutes.version': async ({ meetingId, version }, { db }) => {
    const row = await db.selectFrom('minutes_versions').selectAll().where('meeting_id', '=', meetingId).where('version', '=', version).executeTakeFirst();
    if (!row) throw new LekhaError('NOT_FOUND', `ไม่พบฉบับที่ ${version} ของรายงานการประชุมนี้`, 'version');
    return {
      version: row.version, status: row.status as MinutesState['status'], contentHash: row.content_hash, createdAt: row.created_at,
      createdBy: row.created_by, text: (JSON.parse(row.content) as { text: string[] }).text,
    };
  },

  /** A readable comparison: paragraphs kept, removed and added, in reading order. */
  'minutes.compare': async ({ meetingId, from, to }, ctx) => {
    const [a, b] = await Promise.all([from, to].map((version) => minutesHandlers['minutes.version']({ meetingId, version }, ctx)));
    return { from, to, changes: paragraphChanges(a.text, b.text) };
  },

  'minutes.draftChanges': async ({ meetingId }, { db }) => {
    await readMinutes(db, meetingId);
    const circulated = await lastCirculated(db, meetingId);
    if (!circulated) return { from: null, changed: false, changes: [] };
    const changes = paragraphChanges(circulated.text, await currentText(db, meetingId));
    return { from: circulated.version, changed: changes.some((c) => c.kind !== 'same'), changes };
  },
};

