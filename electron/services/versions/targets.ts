import type { Method, ParsedArgs } from '../../../shared/contract';
import type { VersionedTable } from '../../db/versioned';
import type { Expected } from './check';

type Targets<M extends Method> = (args: ParsedArgs<M>) => Expected[];

/** The one record a save names by `key`, when the screen sent the version it loaded. */
const one = (table: VersionedTable, id: string, version: number | undefined): Expected[] => (version === undefined ? [] : [{ table, id, version }]);
/** Several records, each with the version the screen showed (bulk changes, reorders, merges). */
const each = (table: VersionedTable, versions: Record<string, number> | undefined, via?: string): Expected[] =>
  Object.entries(versions ?? {}).map(([id, version]) => ({ table, id, version, ...(via ? { via } : {}) }));
/** A meeting's one recording, which the screen knows by its meeting (0: it showed none). */
const recordingOf = (meetingId: string, version: number | undefined): Expected[] =>
  version === undefined ? [] : [{ table: 'meeting_recordings', id: meetingId, version, via: 'meeting_id' }];

/**
 * Which record (or records) each saving method changes, and the version the screen sent for it: the core
 * checks them in the save's own transaction (write.ts) before anything is written. A method missing here
 * saves without the check; tests/integration/record-versions.test.ts fails for any update, delete, set or
 * move of the contract that is not listed.
 */
export const versionTargets: { [M in Method]?: Targets<M> } = {
  'organisations.update': (a) => one('organisations', a.id, a.version),
  'people.update': (a) => one('people', a.id, a.version),
  'people.merge': (a) => each('people', a.versions),
  'series.update': (a) => one('meeting_series', a.id, a.version),
  'meetings.update': (a) => one('meetings', a.id, a.version),
  'meetings.delete': (a) => one('meetings', a.id, a.version),
  'attendance.update': (a) => one('attendance', a.id, a.version),
  'attendance.remove': (a) => one('attendance', a.id, a.version),
  'agenda.update': (a) => one('agenda_items', a.id, a.version),
  'agenda.move': (a) => one('agenda_items', a.id, a.version),
  'agenda.delete': (a) => one('agenda_items', a.id, a.version),
  'attachments.remove': (a) => one('attachments', a.id, a.version),
  'attachments.setSecrecy': (a) => one('attachments', a.id, a.version),
  // Evidence of an electronic meeting: identity checks by attendee (0: none yet), report rows, reports, the recording.
  'evidence.setIdentity': (a) => each('identity_checks', a.versions, 'attendance_id'),
  'evidence.matchRow': (a) => one('participant_rows', a.rowId, a.version),
  'evidence.removeReport': (a) => one('participant_reports', a.id, a.version),
  'evidence.setRecording': (a) => recordingOf(a.meetingId, a.version),
  'evidence.clearRecording': (a) => recordingOf(a.meetingId, a.version),
  'actions.update': (a) => one('action_items', a.id, a.version),
  'actions.delete': (a) => one('action_items', a.id, a.version),
  'actions.reorder': (a) => each('action_items', a.versions),
  'actions.bulkStatus': (a) => each('action_items', a.versions),
  'minutes.circulate': (a) => one('minutes', a.meetingId, a.version),
  'minutes.certify': (a) => one('minutes', a.meetingId, a.version),
  'stageTemplates.update': (a) => one('stage_templates', a.id, a.version),
  'policies.update': (a) => one('policies', a.id, a.version),
  'policies.moveStage': (a) => one('policies', a.policyId, a.version),
  'policies.linkItem': (a) => one('policies', a.policyId, a.version),
  'policies.updateQuestion': (a) => one('policy_questions', a.id, a.version),
  'policies.updateMilestone': (a) => one('policy_milestones', a.id, a.version),
  'policies.removeMilestone': (a) => one('policy_milestones', a.id, a.version),
  'policies.updatePosition': (a) => one('policy_positions', a.id, a.version),
  'policies.removePosition': (a) => one('policy_positions', a.id, a.version),
  'policies.removeIndicatorValue': (a) => one('indicator_values', a.id, a.version),
  'settings.update': (a) => one('settings', 'app', a.version),
  'disclosure.set': (a) => one('item_disclosure', a.agendaItemId, a.version),
  'retention.update': (a) => one('retention_classes', a.kind, a.version),
};

/** The expectations of one call, or none when the screen sent no version. */
export function expectedOf(method: Method, args: unknown): Expected[] {
  const targets = versionTargets[method] as Targets<Method> | undefined;
  return targets ? targets(args as ParsedArgs<Method>) : [];
}
