import type { Kysely } from 'kysely';
import { LekhaError, type StaleRecord } from '../../../shared/errors';
import { staleMessage } from '../../../shared/versions';
import type { DB } from '../../db/types';
import { keyColumn, type VersionedTable } from '../../db/versioned';

/** One record a save expects to find at the version the screen loaded. */
export interface Expected {
  table: VersionedTable;
  /** The record's key, or the value of `via` when the screen knows the record by another unique column. */
  id: string;
  version: number;
  /**
   * A unique column that names the one record when the screen holds no key of its own for it: a meeting's
   * recording by `meeting_id`, an attendee's identity check by `attendance_id`. Version 0 then says "none yet".
   */
  via?: string;
}

// Kysely cannot type a query over a union of table names; the key column and `version` exist on each (0110).
// biome-ignore lint/suspicious/noExplicitAny: see the comment above
type Loose = Kysely<any>;

/**
 * Who wrote the record last and when, from the audit log (the writer appends to it in every write). A record
 * named `via` another column and gone since has no key left to look for: the log's entries name it in
 * `before` (the row as it was), which is searched for that column's value.
 */
async function lastChange(trx: Kysely<DB>, table: string, id: string, via?: string): Promise<{ by: string | null; at: string | null }> {
  let query = trx.selectFrom('audit_log').select(['actor', 'at']).where('entity', '=', table);
  query = via ? query.where('before', 'like', `%"${via}":"${id}"%`) : query.where('entity_id', '=', id);
  const row = await query.orderBy('id', 'desc').limit(1).executeTakeFirst();
  return { by: row?.actor ?? null, at: row?.at ?? null };
}

/**
 * Refuses, inside the write's own transaction, when any expected record is no longer at the version the
 * screen had (CONFLICT) or is gone (NOT_FOUND): the error names who changed it and when, and carries the
 * record's version now so the screen can fetch the newer copy. Checks every record before refusing none.
 */
export async function assertCurrent(trx: Kysely<DB>, expected: readonly Expected[]): Promise<void> {
  for (const e of expected) {
    const key = keyColumn(e.table);
    const row = (await (trx as Loose)
      .selectFrom(e.table).select(['version', `${key} as key`]).where(e.via ?? key, '=', e.id)
      .executeTakeFirst()) as { version: number; key: string } | undefined;
    const now = row ? Number(row.version) : null;
    if (now === e.version) continue;
    // Version 0: the screen saw no row yet (an item's disclosure before anyone set it), and there still is none.
    if (now === null && e.version === 0) continue;
    const who = row ? await lastChange(trx, e.table, row.key) : await lastChange(trx, e.table, e.id, e.via);
    const stale: StaleRecord = { entity: e.table, id: row?.key ?? e.id, version: now, ...who };
    const error = new LekhaError(now === null ? 'NOT_FOUND' : 'CONFLICT', staleMessage(stale));
    error.stale = stale;
    throw error;
  }
}
