import type { Kysely } from 'kysely';
import { type DocumentSettingsPatch, resolveDocumentSettings } from '../../shared/schemas/document-settings';
import type { DB } from '../db/types';
import type { MeetingRecord } from '../documents/builders/record';

/**
 * The part of the directory a meeting's documents can name (its people, the agencies of its items,
 * actions and people), so a minutes version keeps everything it prints and nothing more.
 */
export function printedRecord(record: MeetingRecord): MeetingRecord {
  const { meeting: m } = record;
  const people = new Set<string | null>([
    m.chairId, m.secretaryId, m.minuteTakerId, m.reviewerId,
    ...m.attendance.flatMap((a) => [a.personId, a.substituteForId]),
    ...m.agendaItems.map((i) => i.presenterPersonId),
  ]);
  const kept = record.people.filter((p) => people.has(p.id));
  const orgs = new Set<string | null>([
    ...m.agendaItems.map((i) => i.presenterOrgId),
    ...m.actions.flatMap((a) => [a.leadOrgId, ...a.supportOrgIds]),
    ...kept.map((p) => p.organisationId),
  ]);
  return { ...record, people: kept, organisations: record.organisations.filter((o) => orgs.has(o.id)) };
}

/**
 * Certified minutes print from what was certified (names, positions, agencies, the series' title and
 * settings as they were), never from today's directory: renaming the chair later changes nothing.
 * `override` is an export's own choice (Thai digits for this copy), which the officer asked for.
 * Null when the minutes are not certified, or were certified before versions kept their print record.
 */
export async function certifiedRecord(db: Kysely<DB>, meetingId: string, override?: DocumentSettingsPatch): Promise<MeetingRecord | null> {
  const minutes = await db.selectFrom('minutes').select(['status', 'content_hash']).where('meeting_id', '=', meetingId).executeTakeFirst();
  if (minutes?.status !== 'certified') return null;
  const version = await db.selectFrom('minutes_versions').select('content').where('meeting_id', '=', meetingId)
    .where('status', '=', 'certified').orderBy('version', 'desc').executeTakeFirst();
  const frozen = version ? (JSON.parse(version.content) as { print?: MeetingRecord }).print : undefined;
  if (!frozen) return null;
  return { ...frozen, settings: resolveDocumentSettings(frozen.settings, override), certifiedHash: minutes.content_hash };
}
