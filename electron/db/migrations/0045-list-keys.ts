import { type Kysely, sql } from 'kysely';

/**
 * Issue 11, every list from an index (the checks of tests/integration/query-plans.test.ts):
 * - covering "keys" indexes, so a filtered page sorts the actions it found by keys read from an index,
 *   never from the rows (an action's row holds its Thai text, about 500 bytes): by due date, status,
 *   creation, or where it was decided (item and meeting);
 * - an action's latest progress report read alone, from its key (the index it extends goes);
 * - a series' sections counted from an index (`readSeries`), without reading every agenda item;
 * - a policy's questions, positions, milestones and indicators found by their policy.
 */
const statements = `
CREATE INDEX action_items_keys ON action_items(id, due_date, status, created_at, agenda_item_id, position);
CREATE INDEX agenda_items_keys ON agenda_items(id, meeting_id, position);
CREATE INDEX meetings_keys ON meetings(id, year_be, number);
CREATE INDEX progress_updates_latest ON progress_updates(action_id, date, created_at);
DROP INDEX progress_updates_action;
CREATE INDEX agenda_items_section ON agenda_items(section_id);
CREATE INDEX policy_questions_policy ON policy_questions(policy_id, created_at);
CREATE INDEX policy_positions_question ON policy_positions(question_id);
CREATE INDEX policy_milestones_policy ON policy_milestones(policy_id, start_date);
CREATE INDEX indicators_policy ON indicators(policy_id, created_at);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
