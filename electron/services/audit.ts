import type { Kysely } from 'kysely';
import type { DB } from '../db/types';
import { identity } from './audit-entries';
import type { HandlerSlice } from './context';

type Row = Record<string, unknown>;
const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Row));
const LABEL_LENGTH = 200;
const snakeKeys = (row: Row): Row => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));

/**
 * What names each record in the history (see audit-entries.ts): read from the record as it is now, or,
 * for one since deleted, from the row its delete entry keeps. One query per kind of record shown.
 */
async function labels(db: Kysely<DB>, entries: readonly { entity: string; entity_id: string }[]): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  const byEntity = new Map<string, Set<string>>();
  for (const e of entries) if (identity[e.entity]) byEntity.set(e.entity, (byEntity.get(e.entity) ?? new Set()).add(e.entity_id));
  // The table names come from `identity`, never from the caller.
  // biome-ignore lint/suspicious/noExplicitAny: Kysely cannot type a query over a table chosen at run time
  const loose = db as Kysely<any>;
  for (const [entity, ids] of byEntity) {
    const fields = identity[entity]!;
    const name = (row: Row) => Object.fromEntries(fields.map((f) => [f, typeof row[f] === 'string' ? (row[f] as string).slice(0, LABEL_LENGTH) : (row[f] ?? null)]));
    const rows = (await loose.selectFrom(entity).select(['id', ...fields]).where('id', 'in', [...ids]).execute()) as Row[];
    for (const r of rows) found.set(`${entity}:${r.id}`, name(r));
    const gone = [...ids].filter((id) => !found.has(`${entity}:${id}`));
    if (!gone.length) continue;
    const deleted = await db.selectFrom('audit_log').select(['entity_id', 'before']).where('entity', '=', entity)
      .where('entity_id', 'in', gone).where('action', '=', 'delete').execute();
    // A meeting's deletion keeps its records as the contract describes them (camelCase).
    for (const d of deleted) found.set(`${entity}:${d.entity_id}`, name(snakeKeys(parse(d.before) ?? {})));
  }
  return found;
}

/** The history officers read: newest first, for a meeting or for one record. */
export const auditHandlers: HandlerSlice<'audit.list'> = {
  'audit.list': async ({ meetingId, entity, entityId, limit }, { db }) => {
    let q = db.selectFrom('audit_log').selectAll();
    if (meetingId) q = q.where('meeting_id', '=', meetingId);
    if (entity) q = q.where('entity', '=', entity);
    if (entityId) q = q.where('entity_id', '=', entityId);
    const rows = await q.orderBy('id', 'desc').limit(limit).execute();
    const named = await labels(db, rows);
    return rows.map((r) => ({
      id: r.id, at: r.at, actor: r.actor, entity: r.entity, entityId: r.entity_id, action: r.action,
      meetingId: r.meeting_id, before: parse(r.before), after: parse(r.after), label: named.get(`${r.entity}:${r.entity_id}`) ?? null,
    }));
  },
};
