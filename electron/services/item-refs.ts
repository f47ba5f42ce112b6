import { CompiledQuery, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { formatAgendaNumber, formatMeetingNumber } from '../../shared/numbering';
import type { ItemRef } from '../../shared/schemas/policies';
import { dialect } from '../db/dialect';
import { engineOf } from '../db/engine';
import type { DB } from '../db/types';

type ItemRow = { id: string; parent_id: string | null; section_id: string; position: number };
type RefRow = ItemRow & { subject: string; meetingId: string; number: number; year_be: number; date: string | null; sectionPosition: number };

const refsQuery = (db: Kysely<DB>) => db.selectFrom('agenda_items as i').innerJoin('meetings as m', 'm.id', 'i.meeting_id')
  .innerJoin('series_sections as s', 's.id', 'i.section_id')
  .select(['i.id', 'i.parent_id', 'i.section_id', 'i.position', 'i.subject', 'm.id as meetingId', 'm.number', 'm.year_be', 'm.date', 's.position as sectionPosition'])
  .where(dialect(db).inJsonList(sql.raw('i.id'), []) as RawBuilder<SqlBool>);
const parentsQuery = (db: Kysely<DB>) => db.selectFrom('agenda_items as i').select(['i.id', 'i.parent_id', 'i.section_id', 'i.position'])
  .where(dialect(db).inJsonList(sql.raw('i.id'), []) as RawBuilder<SqlBool>);

/**
 * Each statement's text per engine, built once, the ids bound as one JSON list: so however many ids a
 * call asks, SQLite keeps one prepared statement, and no call pays for building the query again (a
 * policy's detail spent more on that than on running it, issue 11).
 */
const texts = new Map<string, string>();
async function byIds<R>(db: Kysely<DB>, name: 'refs' | 'parents', ids: readonly string[]): Promise<R[]> {
  const key = `${engineOf(db)}:${name}`;
  const text = texts.get(key) ?? (name === 'refs' ? refsQuery(db) : parentsQuery(db)).compile().sql;
  texts.set(key, text);
  return (await db.executeQuery<R>(CompiledQuery.raw(text, [JSON.stringify(ids)]))).rows;
}

/**
 * `ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1` for each agenda item id: where something was decided. Read for
 * the items asked only (their ancestors and sections), a few queries whatever their number, never a
 * meeting's whole agenda: the action list asks this for every page.
 */
export async function itemRefs(db: Kysely<DB>, itemIds: readonly string[]): Promise<Map<string, ItemRef>> {
  const out = new Map<string, ItemRef>();
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) return out;
  const rows = await byIds<RefRow>(db, 'refs', ids);
  // Sub-items need their ancestors' positions (4.1.2): read level by level, usually one more query at most.
  const known = new Map<string, ItemRow>(rows.map((r) => [r.id, r]));
  let missing = [...new Set(rows.map((r) => r.parent_id).filter((p): p is string => p !== null && !known.has(p)))];
  for (let depth = 0; missing.length && depth < 10; depth++) {
    const parents = await byIds<ItemRow>(db, 'parents', missing);
    for (const p of parents) known.set(p.id, p);
    missing = [...new Set(parents.map((p) => p.parent_id).filter((p): p is string => p !== null && !known.has(p)))];
  }
  const path = (id: string): number[] => {
    const item = known.get(id)!;
    return item.parent_id && known.has(item.parent_id) ? [...path(item.parent_id), item.position] : [item.position];
  };
  for (const r of rows) {
    out.set(r.id, {
      meetingId: r.meetingId, meetingNumber: formatMeetingNumber(r.number, r.year_be), meetingDate: r.date,
      agendaItemId: r.id, itemNumber: formatAgendaNumber(r.sectionPosition, path(r.id)), subject: r.subject,
    });
  }
  return out;
}
