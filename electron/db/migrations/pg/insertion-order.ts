/**
 * Tables whose ties services order by SQLite's implicit `rowid` (rows written in one transaction share a
 * timestamp, so insertion order is the order the officer entered them). On PostgreSQL each carries an
 * explicit `rowid` identity column with the same meaning; `lekha migrate-db` copies SQLite's rowids into it.
 */
export const INSERTION_ORDERED: readonly string[] = [
  'policy_stage_history',
  'policy_questions',
  'policy_positions',
  'policy_milestones',
  'indicators',
  'indicator_values',
];
