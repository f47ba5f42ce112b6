import type { Kysely } from 'kysely';
import { wholeNumber } from './portable';

/**
 * Issue 15, point 2: several writers at once. Every record an officer edits carries a `version`, raised by
 * every write to it (services/write.ts), so a save made on a stale copy is refused instead of silently
 * overwriting another officer's change (services/versions/). Existing rows start at 1.
 *
 * The list is written out here, not imported, so this migration stays what it was when it shipped. The
 * schema builder's `ADD COLUMN … INTEGER NOT NULL DEFAULT 1` is the same statement on SQLite (a change of
 * the schema only, instant on the 20-year set) and on PostgreSQL (11+ stores the default, no rewrite).
 * Left out: `minutes_versions` and `minutes_text` already have a `version` (the minutes' own numbering)
 * and are never edited; append-only logs (audit, export register, bulk changes) are never edited either.
 */
export const versionedTables = [
  'organisations', 'people', 'meeting_series', 'series_sections', 'meetings', 'attendance', 'agenda_items',
  'attachments', 'minutes', 'action_items', 'progress_updates', 'stage_templates', 'template_stages', 'policies',
  'policy_questions', 'policy_positions', 'policy_milestones', 'indicators', 'indicator_values', 'item_disclosure',
  'retention_classes', 'destruction_decisions', 'identity_checks', 'participant_rows', 'meeting_recordings', 'settings',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of versionedTables) {
    await db.schema.alterTable(table).addColumn('version', wholeNumber(db), (c) => c.notNull().defaultTo(1)).execute();
  }
}
