import { CompiledQuery, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { versionOf } from '../db/versioned';
import { type ActionFilter, countActions, fromActions, narrow, narrowPage, pageIds } from './action-query';
import type { ActionQuery, ActionRow, ProgressUpdate } from '../../shared/schemas/actions';
import { dialect } from '../db/dialect';
import { type Engine, engineOf } from '../db/engine';
import type { ActionItemsTable, DB, ProgressUpdatesTable } from '../db/types';
import { formatAgendaNumber, formatMeetingNumber } from '../../shared/numbering';
import { toBool } from './write';

export const toProgress = (r: ProgressUpdatesTable): ProgressUpdate => ({
  id: r.id, actionId: r.action_id, date: r.date, text: r.text, percent: r.percent, reportedBy: r.reported_by, illustrative: toBool(r.illustrative),
});

const ACTIVE = ['open', 'in_progress'];

/** The filtered actions as `action_items as a` (the organisation as a list of ids): what an export reads whole. */
export function filtered(db: Kysely<DB>, q: ActionFilter, today: string) {
  return fromActions(db, q, today, 'list');
}

/**
 * Actions across meetings, filtered and sorted in SQL, one page at a time: the count and the page's
 * ids from indexes (action-query.ts), then what the page shows (`describeActions`); a meeting's or a
 * policy's few hundred actions in one statement that gives both.
 */
export async function queryActions(db: Kysely<DB>, q: ActionQuery, today: string): Promise<{ total: number; rows: ActionRow[] }> {
  if (narrow(q)) {
    const { total, ids } = await narrowPage(db, q, today);
    return { total, rows: await describeActions(db, ids, today) };
  }
  const total = await countActions(db, q, today);
  const ids = total > q.offset ? await pageIds(db, q, today) : [];
  return { total, rows: await describeActions(db, ids, today) };
}

type Described = ActionItemsTable & {
  owners: string; progress: string | null; subject: string; section_position: number; path: string; meeting_number: number; year_be: number; meeting_id: string;
};

/**
 * An item's positions from its top-level item down (`4.1.2` → "1.2" under section 4). An item or a
 * sub-item (nearly all) is read from the item and its parent, joined; deeper ones follow their parents
 * up in a recursive subquery, which SQLite runs only for them (a correlated subquery per row costs
 * about a fifth of the whole statement).
 */
const ITEM_PATH = sql<string>`case when i.parent_id is null then cast(i.position as text)
  when parent.parent_id is null then parent.position || '.' || i.position
  else (with recursive up(above, path) as (select parent.parent_id, parent.position || '.' || i.position
    union all select g.parent_id, g.position || '.' || up.path from up join agenda_items g on g.id = up.above)
    select path from up where above is null) end`;

/** The statement's text per engine (tests run both in one process). */
const describeSql = new Map<Engine, string>();

const describeQuery = (db: Kysely<DB>) => {
  const { jsonArray: list, jsonGroupArray: gather, inJsonList } = dialect(db);
  const col = sql.raw;
  return db.selectFrom('action_items as a')
    .innerJoin('agenda_items as i', 'i.id', 'a.agenda_item_id')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('series_sections as s', 's.id', 'i.section_id')
    .leftJoin('agenda_items as parent', 'parent.id', 'i.parent_id')
    .selectAll('a')
    .select(['i.subject', 's.position as section_position', 'm.id as meeting_id', 'm.number as meeting_number', 'm.year_be'])
    .select(ITEM_PATH.as('path'))
    .select(sql<string>`(select ${gather(list(col('w.organisation_id'), col('w.is_lead')))} from action_owners w where w.action_id = a.id)`.as('owners'))
    .select(sql<string | null>`(select ${list(col('u.id'), col('u.date'), col('u.text'), col('u.percent'), col('u.reported_by'), col('u.illustrative'))} from progress_updates u
      where u.action_id = a.id order by u.date desc, u.created_at desc limit 1)`.as('progress'))
    // Bound as '[]' here; each page binds its own ids in the same place.
    .where(inJsonList(col('a.id'), []) as RawBuilder<SqlBool>);
};

/**
 * What a list or a tracker shows of each action, in the order of `ids`, in one statement: the action,
 * its owners and its latest progress report (each found by its key: `action_owners`' and
 * `progress_updates(action_id, date, created_at)`, migration 0045, so only the latest report is read),
 * and where it was decided (meeting, section, item path and subject), so a page costs one round of
 * lookups rather than one statement per kind of related row.
 */
export async function describeActions(db: Kysely<DB>, ids: readonly string[], today: string): Promise<ActionRow[]> {
  if (ids.length === 0) return [];
  // One text for every page whatever its length (the ids as one JSON array), built once: so SQLite keeps
  // one prepared statement for it (electron/db/open.ts) and no page pays for building the query again.
  const engine = engineOf(db);
  const text = describeSql.get(engine) ?? describeQuery(db).compile().sql;
  describeSql.set(engine, text);
  const found = (await db.executeQuery<Described>(CompiledQuery.raw(text, [JSON.stringify(ids)]))).rows;
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const owners = JSON.parse(r.owners) as [string, number][];
    const p = r.progress ? (JSON.parse(r.progress) as [string, string, string, number | null, string, number]) : null;
    return [{
      id: r.id, version: versionOf(r), agendaItemId: r.agenda_item_id, kind: r.kind as ActionRow['kind'], text: r.text, dueDate: r.due_date,
      status: r.status as ActionRow['status'], illustrative: toBool(r.illustrative), position: r.position,
      leadOrgId: owners.find((o) => o[1] === 1)?.[0] ?? null,
      supportOrgIds: owners.filter((o) => o[1] === 0).map((o) => o[0]),
      meetingId: r.meeting_id,
      meetingNumber: formatMeetingNumber(r.meeting_number, r.year_be),
      itemSubject: r.subject,
      itemNumber: formatAgendaNumber(r.section_position, r.path.split('.').map(Number)),
      overdue: ACTIVE.includes(r.status) && r.due_date !== null && r.due_date < today,
      lastProgress: p ? { id: p[0], actionId: r.id, date: p[1], text: p[2], percent: p[3], reportedBy: p[4], illustrative: p[5] === 1 } : null,
    }];
  });
}
