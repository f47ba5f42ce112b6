import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { formatMeetingNumber } from '../../../shared/numbering';
import { formatThaiDateLong, formatThaiTime } from '../../../shared/thai';
import type { DB } from '../../db/types';
import { changeOf } from '../audit-entries';
import { snapshot } from '../minutes-snapshot';
import { Act, type Row } from './sink';
import type { MeetingState } from './state';
import type { World } from './world';

/**
 * The minutes abridged: the heading, who came, each item with its resolution and the number of its
 * directives, in reading order. What a version holds while the story is told (its place, status, time
 * and who stored it are right); `snapshotVersions` then gives every version the services' own snapshot.
 */
export function abridgedText(m: MeetingState): string[] {
  const text = [
    `รายงานการประชุม${m.series.plan.nameTh}`, `ครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)}`, `เมื่อ${formatThaiDateLong(m.date)}`,
    `ณ ${m.row.venue}`, `ผู้มาประชุม ${m.present} คน ผู้ไม่มาประชุม ${m.absent} คน`, `เริ่มประชุมเวลา ${formatThaiTime(String(m.row.start_time))}`,
  ];
  for (const item of m.items) {
    text.push(`${item.number} ${item.row.subject}`);
    if (item.row.resolution) text.push(`มติที่ประชุม ${item.row.resolution}`);
    if (item.actions.length) text.push(`ข้อสั่งการ ${item.actions.length} รายการ`);
  }
  text.push(`เลิกประชุมเวลา ${formatThaiTime(String(m.row.end_time))}`, '(ฉบับย่อ: ข้อมูลสมมติที่สร้างโดย lekha demo --years)');
  return text;
}

function storeVersion(world: World, m: MeetingState, status: 'circulated' | 'certified', text: string[], act: Act): string {
  const content = JSON.stringify({ text, abridged: true });
  const hash = createHash('sha256').update(content).digest('hex');
  m.minutes.versions += 1;
  world.sink.create('minutes_versions', {
    id: world.rng.uuid(), meeting_id: m.id, version: m.minutes.versions, status, content, content_hash: hash, created_at: act.at, created_by: act.actor,
  }, act);
  m.minutes.text = text;
  return hash;
}

/** `setMinutes`: the row changes, and the log keeps the fields it changed (as minutes.ts does). */
function setMinutes(world: World, m: MeetingState, patch: Row, act: Act): void {
  const before = m.minutes.row!;
  const after: Row = { ...before, ...patch, updated_at: act.at };
  const columns = Object.keys(patch).concat('updated_at');
  world.sink.run(`update minutes set ${columns.map((c) => `${c} = ?`).join(', ')} where meeting_id = ?`, ...columns.map((c) => after[c]), m.id);
  const change = changeOf(before, after, Object.keys(patch));
  world.sink.log(act, 'minutes', m.id, 'update', change.before, change.after);
  m.minutes.row = after;
}

/**
 * `minutes.circulate` about a week after the meeting. Minutes still waiting for certification when
 * the story ends get their version from the services after the build (the whole record, so the draft
 * compares equal to what went out); the rest keep the abridged text.
 */
export function circulate(world: World, m: MeetingState, at: string, certifiedBy: string | null): void {
  const act = new Act(at, m.actor, m.id);
  if (!certifiedBy || certifiedBy > world.untilAt) {
    world.lateCirculations.push({ meeting: m, at, actor: m.actor });
    return;
  }
  storeVersion(world, m, 'circulated', abridgedText(m), act);
  setMinutes(world, m, { status: 'circulated' }, act.next(2));
  m.minutes.status = 'circulated';
}

/** `minutes.certify`: at the next meeting's item 2.1 (with or without amendments), or by circulation. */
export function certify(world: World, m: MeetingState, at: string, how: 'next_meeting' | 'circulation', itemId: string | null, on: string): void {
  const act = new Act(at, m.actor, m.id);
  const amendment = m.minutes.amendment ?? '';
  const text = amendment ? [...m.minutes.text!.slice(0, -1), `แก้ไข: ${amendment}`, m.minutes.text!.at(-1)!] : m.minutes.text!;
  const hash = storeVersion(world, m, 'certified', text, act);
  setMinutes(world, m, {
    status: 'certified', certified_how: how, certified_at_item_id: itemId, certified_on: on, amended: amendment ? 1 : 0, amendment_text: amendment, content_hash: hash,
  }, act.next(2));
  m.minutes.status = 'certified';
}

/**
 * Every version holds what `minutes.circulate` and `minutes.certify` store: the services' snapshot of
 * the whole record (about 200 KB a meeting: the record, the text and what the documents print from),
 * so certified minutes print from their version and the file weighs what twenty years of real use
 * would. Taken once the story is told, of each meeting as it ends (directives' later status included);
 * an amended meeting's two versions then hold the same text, its amendment kept in `amendment_text`.
 * The hashes that name a version follow: the version's, the minutes' and the certification's log entry.
 */
export async function snapshotVersions(db: Kysely<DB>, sqlite: Database.Database): Promise<number> {
  const placeholders = sqlite.prepare(`select meeting_id, content_hash from minutes_versions where json_extract(content, '$.abridged') = 1 order by meeting_id`).all() as { meeting_id: string; content_hash: string }[];
  const version = sqlite.prepare('update minutes_versions set content = ?, content_hash = ? where meeting_id = ? and content_hash = ?');
  const minutes = sqlite.prepare('update minutes set content_hash = ? where meeting_id = ? and content_hash = ?');
  const logged = sqlite.prepare(`update audit_log set after = json_set(after, '$.content_hash', ?) where entity = 'minutes' and entity_id = ? and json_extract(after, '$.content_hash') = ?`);
  const byMeeting = new Map<string, Set<string>>();
  for (const p of placeholders) byMeeting.set(p.meeting_id, (byMeeting.get(p.meeting_id) ?? new Set()).add(p.content_hash));
  for (const [meetingId, hashes] of byMeeting) {
    const { content, hash } = await snapshot(db, meetingId);
    for (const old of hashes) {
      version.run(content, hash, meetingId, old);
      minutes.run(hash, meetingId, old);
      logged.run(hash, meetingId, old);
    }
  }
  return placeholders.length;
}
