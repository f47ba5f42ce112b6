import { CompiledQuery, type Kysely, type Selectable, sql } from 'kysely';
import { dialect } from '../db/dialect';
import { engineOf } from '../db/engine';
import type { AuditLogTable, DB } from '../db/types';
import { identity } from './audit-entries';
import type { HandlerSlice } from './context';

type Row = Record<string, unknown>;
const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Row));
const LABEL_LENGTH = 200;
const snakeKeys = (row: Row): Row => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
const named = Object.entries(identity) as [string, readonly string[]][];
/** A label's fields as the history shows them: long text cut to a line's worth. */
const nameOf = (fields: readonly string[], value: (f: string, i: number) => unknown): Row =>
  Object.fromEntries(fields.map((f, i) => {
    const v = value(f, i);
    return [f, typeof v === 'string' ? v.slice(0, LABEL_LENGTH) : (v ?? null)];
  }));

/**
 * What names each entry's record (see audit-entries.ts), read with the entries in their own statement:
 * the record's naming fields as a JSON array, found by its key in its own table (one index step per
 * entry; the table names come from `identity`, never from the caller). Null for a record since deleted.
 */
const liveLabel = (db: Kysely<DB>) => {
  const { jsonArray } = dialect(db);
  const branches = named.map(([table, fields]) =>
    sql`when ${sql.lit(table)} then (select ${jsonArray(...fields.map((f) => sql.ref(`r.${f}`)))} from ${sql.table(table)} as r where r.id = l.entity_id)`);
  return sql<string | null>`case l.entity ${sql.join(branches, sql` `)} end`;
};

type Filter = { meetingId?: string; entity?: string; entityId?: string };
const FILTERS = ['meetingId', 'entity', 'entityId'] as const;
const COLUMNS = { meetingId: 'meeting_id', entity: 'entity', entityId: 'entity_id' } as const;

/**
 * The entries with their labels, newest first: the statement's text per engine and per set of filters,
 * built once (its CASE over every named table costs more to build than to run).
 */
const texts = new Map<string, string>();
function entriesQuery(db: Kysely<DB>, f: Filter, limit: number): CompiledQuery<Selectable<AuditLogTable> & { label: string | null }> {
  const used = FILTERS.filter((k) => f[k] !== undefined && f[k] !== '');
  const key = `${engineOf(db)}:${used.join(',')}`;
  let text = texts.get(key);
  if (!text) {
    let q = db.selectFrom('audit_log as l').selectAll('l').select(liveLabel(db).as('label'));
    for (const k of used) q = q.where(`l.${COLUMNS[k]}`, '=', '');
    text = q.orderBy('l.id', 'desc').limit(0).compile().sql;
    texts.set(key, text);
  }
  return CompiledQuery.raw(text, [...used.map((k) => f[k]), limit]);
}

/** Labels of records since deleted, from the row each one's delete entry keeps: one query per kind, only when there are any. */
async function deletedLabels(db: Kysely<DB>, gone: readonly { entity: string; entity_id: string }[]): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  const byEntity = new Map<string, Set<string>>();
  for (const e of gone) byEntity.set(e.entity, (byEntity.get(e.entity) ?? new Set()).add(e.entity_id));
  for (const [entity, ids] of byEntity) {
    const fields = identity[entity]!;
    const deleted = await db.selectFrom('audit_log').select(['entity_id', 'before']).where('entity', '=', entity)
      .where('entity_id', 'in', [...ids]).where('action', '=', 'delete').execute();
    // A meeting's deletion keeps its records as the contract describes them (camelCase).
    for (const d of deleted) {
      const row = snakeKeys(parse(d.before) ?? {});
      found.set(`${entity}:${d.entity_id}`, nameOf(fields, (k) => row[k]));
    }
  }
  return found;
}

/** The history officers read: newest first, for a meeting or for one record. */
export const auditHandlers: HandlerSlice<'audit.list'> = {
  'audit.list': async ({ meetingId, entity, entityId, limit }, { db }) => {
    const rows = (await db.executeQuery(entriesQuery(db, { meetingId, entity, entityId }, limit))).rows;
    const gone = rows.filter((r) => r.label === null && identity[r.entity]);
    const deleted = gone.length ? await deletedLabels(db, gone) : null;
    return rows.map((r) => {
      const fields = identity[r.entity];
      const live = r.label === null ? null : (JSON.parse(r.label) as unknown[]);
      const label = fields && live ? nameOf(fields, (_f, i) => live[i]) : (deleted?.get(`${r.entity}:${r.entity_id}`) ?? null);
      return {
        id: r.id, at: r.at, actor: r.actor, entity: r.entity, entityId: r.entity_id, action: r.action,
        meetingId: r.meeting_id, before: parse(r.before), after: parse(r.after), label,
      };
    });
  },
};
