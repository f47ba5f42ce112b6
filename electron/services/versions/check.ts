import type { Kysely } from 'kysely';
import { LekhaError, type StaleRecord } from '../../../shared/errors';
import { staleMessage } from '../../../shared/versions';
import type { DB } from '../../db/types';
import { keyColumn, type VersionedTable } from '../../db/versioned';

/** One record a save expects to find at the version the screen loaded. */
export interface Expected {
  table: VersionedTable;
  id: string;
  version: number;
}

// Kysely cannot type a query over a union of table names; the key column and `version` exist on each (0110).
// biome-ignore lint/suspicious/noExplicitAny: see the comment above
type Loose = Kysely<any>;

/** Who wrote the record last and when, from the audit log (the writer appends to it in every write). */
async function lastChange(trx: Kysely<DB>, table: string, id: string): Promise<{ by: string | null; at: string | null }> {
  const row = await trx
    .selectFrom('audit_log').select(['actor', 'at'])
    .where('entity', '=', table).where('entity_id', '=', id)
    .orderBy('id', 'desc').limit(1).executeTakeFirst();
  return { by: row?.actor ?? null, at: row?.at ?? null };
}

/**
 * Refuses, inside the write's own transaction, when any expected record is no longer at the version the
 * screen had (CONFLICT) or is gone (NOT_FOUND): the error names who changed it and when, and carries the
 * record's version now so the screen can fetch the newer copy. Checks every record before refusing none.
 */
export async function assertCurrent(trx: Kysely<DB>, expected: readonly Expected[]): Promise<void> {
  for (const e of expected) {
    const row = (await (trx as Loose)
      .selectFrom(e.table).select('version').where(keyColumn(e.table), '=', e.id)
      .executeTakeFirst()) as { version: number } | undefined;
    const now = row ? Number(row.version) : null;
    if (now === e.version) continue;
    // Version 0: the screen saw no row yet (an item's disclosure before anyone set it), and there still is none.
    if (now === null && e.version === 0) continue;
    const stale: StaleRecord = { entity: e.table, id: e.id, version: now, ...(await lastChange(trx, e.table, e.id)) };
    const error = new LekhaError(now === null ? 'NOT_FOUND' : 'CONFLICT', staleMessage(stale));
    error.stale = stale;
    throw error;
  }
}
