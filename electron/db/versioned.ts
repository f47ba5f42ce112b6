import { versionedTables } from './migrations/0110-record-versions';
import { evidenceVersionedTables } from './migrations/0130-evidence-versions';
import type { DB } from './types';

/** The tables whose rows carry a record version (migrations 0110 and 0130). */
export type VersionedTable = (typeof versionedTables)[number] | (typeof evidenceVersionedTables)[number];

const versioned = new Set<string>([...versionedTables, ...evidenceVersionedTables]);
/** Not every `version` column is a record version: `minutes_versions.version` numbers the minutes. */
export const isVersioned = (table: keyof DB | string): table is VersionedTable => versioned.has(table);

/** The column that names a row: most tables have `id`; the minutes are the meeting's, settings go by key. */
export const keyColumn = (table: VersionedTable): string => (table === 'minutes' ? 'meeting_id' : table === 'settings' ? 'key' : 'id');

/** A selected row's version (every stored row has one since 0110; the interfaces leave it optional for inserts). */
export const versionOf = (r: { version?: number }): number => r.version ?? 1;
