import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/types';
import { buildMinutes } from '../documents/builders/minutes';
import type { PrintedVersion } from '../documents/builders/verification';
import { modelText } from '../documents/model-text';
import { exportMeeting } from './exchange-export';
import { meetingRecord } from './meeting-record';
import { printedRecord } from './printed-record';

/** The minutes as printed now, one paragraph per line: what versions keep and people compare. */
export const currentText = async (db: Kysely<DB>, meetingId: string) => modelText(buildMinutes(await meetingRecord(db, meetingId)));

/**
 * What a version keeps: the record in the exchange format, the minutes as printed, and everything the
 * documents print from (`print`), so certified minutes print the same forever.
 */
export async function snapshot(db: Kysely<DB>, meetingId: string) {
  const { exportedAt: _, ...record } = await exportMeeting(db, meetingId, '');
  const print = printedRecord(await meetingRecord(db, meetingId));
  const text = modelText(buildMinutes(print));
  const content = JSON.stringify({ record, text, print });
  return { content, hash: createHash('sha256').update(content).digest('hex') };
}

/**
 * The stored version an export of the minutes prints: the certified one; else the last circulated one
 * when the minutes still read exactly as what went out; else none (a draft).
 */
export async function printedVersion(db: Kysely<DB>, meetingId: string): Promise<PrintedVersion | null> {
  const minutes = await db.selectFrom('minutes').select(['status', 'content_hash']).where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!minutes || minutes.status === 'draft') return null;
  const version = await db.selectFrom('minutes_versions').select(['version', 'content_hash', 'content']).where('meeting_id', '=', meetingId)
    .where('status', '=', minutes.status).orderBy('version', 'desc').executeTakeFirst();
  if (!version) return null;
  if (minutes.status === 'certified') return { number: version.version, hash: minutes.content_hash ?? version.content_hash, status: 'certified' };
  // What prints is what went out: the same paragraphs, word for word (minutes.draftChanges compares the same).
  const sent = (JSON.parse(version.content) as { text?: string[] }).text;
  const now = await currentText(db, meetingId);
  return JSON.stringify(sent) === JSON.stringify(now) ? { number: version.version, hash: version.content_hash, status: 'circulated' } : null;
}
