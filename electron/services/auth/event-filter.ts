import type { Kysely } from 'kysely';
import { isMethod, type LekhaEvent } from '../../../shared/contract';
import { mayCall } from '../../../shared/permissions';
import { highestSecrecy, type Secrecy } from '../../../shared/secrecy';
import type { DB } from '../../db/types';
import { isAbove, meetingSecrecy } from './gate';
import type { SignedInOfficer } from './officer';

type Changed = Extract<LekhaEvent, { type: 'changed' }>;

/**
 * What a signed-in officer's live-update stream may carry (issue 15): the same rule as the calls' door
 * (gate.ts, shared/permissions.ts), applied to change events, which name records and who changed them.
 *
 * - secretariat: everything.
 * - reader: every record it may read; not those of a meeting above its clearance (its meeting or any item is
 *   refused whole), not an attachment above it, not the secretariat's own records (accounts, the register of
 *   secret documents, evidence, bulk changes, destruction).
 * - reporter: its own agency's directives and their progress, and the lists its tracker's filters read;
 *   never a meeting, an agenda item or anything else of a meeting.
 *
 * - progress of a document being made: only of what the role may make (see `progressMay`).
 *
 * Neither hears who made a change (`by`: the history is the secretariat's); a reporter does not hear which
 * meeting either (`meetingId`: it opens none).
 */
const SECRETARIAT_ONLY = new Set([
  'officers', 'officer_sessions', 'export_register', 'bulk_changes', 'identity_checks', 'participant_reports',
  'participant_rows', 'meeting_recordings', 'sent_documents', 'destruction_decisions',
]);
/** Records keyed by a directive's id (action_owners: one entry per directive) or its progress row's. */
const REPORTER_DIRECTIVES = new Set(['action_items', 'action_owners', 'progress_updates']);
const REPORTER_LISTS = new Set(['organisations', 'meeting_series', 'settings']);

function remember<V>(map: Map<string, Promise<V>>, key: string, look: () => Promise<V>): Promise<V> {
  const known = map.get(key);
  if (known) return known;
  const answer = look();
  map.set(key, answer);
  return answer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface EventFilter {
  /** The event as this officer may hear it, or null when it may not hear of it at all. */
  visible(event: LekhaEvent): Promise<LekhaEvent | null>;
}

/**
 * A filter for one officer; it remembers what it looked up (a meeting's class, a directive's agencies), so
 * the stream makes a new one whenever it checks the session again (server-events.ts), and a class changed
 * since is seen within that window.
 */
export function eventFilter(db: Kysely<DB>, officer: SignedInOfficer): EventFilter {
  const classes = new Map<string, Promise<Secrecy>>();
  const owned = new Map<string, Promise<boolean>>();
  const classOf = (meetingId: string) => remember(classes, meetingId, () => meetingSecrecy(db, meetingId));

  async function readerMay(e: Changed): Promise<boolean> {
    if (SECRETARIAT_ONLY.has(e.entity)) return false;
    if (e.meetingId && isAbove(officer, await classOf(e.meetingId))) return false;
    if (e.entity === 'attachments' && e.id) {
      const file = await db.selectFrom('attachments').select('secrecy').where('id', '=', e.id).executeTakeFirst();
      if (file && isAbove(officer, highestSecrecy(file.secrecy as Secrecy))) return false;
    }
    return true;
  }

  const ownsDirective = (entity: string, id: string) =>
    remember(owned, `${entity}:${id}`, () => {
      const organisationId = officer.organisationId ?? '';
      const query = entity === 'progress_updates'
        ? db.selectFrom('progress_updates').innerJoin('action_owners', 'action_owners.action_id', 'progress_updates.action_id')
          .select('action_owners.action_id').where('progress_updates.id', '=', id).where('action_owners.organisation_id', '=', organisationId)
        : db.selectFrom('action_owners').select('action_id').where('action_id', '=', id).where('organisation_id', '=', organisationId);
      return query.executeTakeFirst().then((row) => row !== undefined);
    });

  async function reporterMay(e: Changed): Promise<boolean> {
    if (REPORTER_LISTS.has(e.entity)) return true;
    if (!REPORTER_DIRECTIVES.has(e.entity)) return false;
    // Many directives at once (a bulk change): the tracker reads its own rows again, learning nothing else.
    return !e.id || ownsDirective(e.entity, e.id);
  }

  /**
   * A document's progress (`documents.export:<meeting>:…`): only of what the role may make itself, and for a
   * reader not of a meeting above its clearance. Progress is heard by every open screen, not only the one asking.
   */
  async function progressMay(task: string): Promise<boolean> {
    const [method, meetingId] = task.split(':');
    if (!isMethod(method) || !mayCall(officer.role, method)) return false;
    return !(meetingId && UUID.test(meetingId) && isAbove(officer, await classOf(meetingId)));
  }

  return {
    async visible(event) {
      if (officer.role === 'secretariat') return event;
      if (event.type === 'progress') return (await progressMay(event.task)) ? event : null;
      if (officer.role === 'reader') return (await readerMay(event)) ? { ...event, by: null } : null;
      return (await reporterMay(event)) ? { ...event, meetingId: null, by: null } : null;
    },
  };
}
