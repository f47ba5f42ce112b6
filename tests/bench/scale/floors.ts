// The floor of each list: the query an expert would write by hand for the same answer, with the
// indexes the schema has, run straight on better-sqlite3 (prepared once). Where two shapes are each best
// for some data (starting from an agency's own actions, or walking the order and checking the agency),
// the expert is assumed to know which: the floor is the faster of the two, measured.
import type Database from 'better-sqlite3';

export interface ListArgs {
  organisationId?: string;
  statuses?: string[];
  overdue?: boolean;
  dueFrom?: string;
  dueTo?: string;
  meetingId?: string;
  policyId?: string;
  sort?: 'due' | 'meeting' | 'status' | 'created';
  direction?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
  today: string;
}

const DUE = "coalesce(a.due_date, '9999-12-31')";

/** WHERE terms and their parameters; the agency as a join or as a check per row. */
function where(q: ListArgs, agency: 'join' | 'check'): { from: string; terms: string[]; params: unknown[] } {
  const terms: string[] = [];
  const params: unknown[] = [];
  let from = 'action_items a';
  if (q.organisationId && agency === 'join') {
    from += ' join action_owners o on o.action_id = a.id and o.organisation_id = ?';
    params.push(q.organisationId);
  }
  if (q.organisationId && agency === 'check') {
    terms.push('exists (select 1 from action_owners o where o.action_id = a.id and o.organisation_id = ?)');
    params.push(q.organisationId);
  }
  const add = (term: string, ...values: unknown[]) => {
    terms.push(term);
    params.push(...values);
  };
  const statuses = q.overdue ? ['open', 'in_progress'] : q.statuses;
  if (statuses?.length) add(`a.status in (${statuses.map((s) => `'${s}'`).join(', ')})`);
  if (q.overdue) add(`${DUE} < ?`, q.today);
  // Each due bound on the column (counted from (status, due_date)) and on the sort expression (walked in order).
  if (q.dueFrom) add(`a.due_date >= ? and ${DUE} >= ?`, q.dueFrom, q.dueFrom);
  if (q.dueTo) add(`a.due_date <= ? and ${DUE} <= ?`, q.dueTo, q.dueTo);
  if (q.meetingId) add('a.agenda_item_id in (select id from agenda_items where meeting_id = ?)', q.meetingId);
  if (q.policyId) add('a.agenda_item_id in (select agenda_item_id from agenda_item_policies where policy_id = ?)', q.policyId);
  return { from, terms, params };
}

function orderBy(q: ListArgs): { joins: string; order: string } {
  const d = q.direction ?? 'asc';
  switch (q.sort ?? 'due') {
    case 'meeting':
      // The agenda's order: the meeting's date, then the item's place as its number reads (migration 0125).
      return {
        joins: ' join agenda_places p on p.item_id = a.agenda_item_id join meetings m on m.id = p.meeting_id',
        order: `coalesce(m.date, '9999-12-31') ${d}, m.id ${d}, p.place ${d}, a.position ${d}, a.id ${d}`,
      };
    case 'status':
      return { joins: '', order: `a.status ${d}, ${DUE} ${d}, a.id ${d}` };
    case 'created':
      return { joins: '', order: `a.created_at ${d}, a.id ${d}` };
    default:
      return { joins: '', order: `${DUE} ${d}, a.id ${d}` };
  }
}

/**
 * What the page shows, in one statement: the action, its owners, where it was decided (meeting,
 * section, item and parent item positions, subject) and its latest progress report.
 */
const SHOWN = `select a.*, i.subject, i.position item_position, p.position parent_position, s.position section_position,
  m.number meeting_number, m.year_be,
  (select json_group_array(json_array(w.organisation_id, w.is_lead)) from action_owners w where w.action_id = a.id) owners,
  (select json_array(u.id, u.date, u.text, u.percent, u.reported_by) from progress_updates u where u.action_id = a.id order by u.date desc, u.created_at desc limit 1) progress
  from page join action_items a on a.id = page.id join agenda_items i on i.id = a.agenda_item_id left join agenda_items p on p.id = i.parent_id
  join series_sections s on s.id = i.section_id join meetings m on m.id = i.meeting_id`;

export interface Floor {
  label: string;
  run: () => unknown;
}

/** An agency's filter on its key rows (migration 0070), where they answer it: no meeting, no policy. */
function keysWhere(q: ListArgs): { terms: string[]; params: unknown[] } | null {
  if (!q.organisationId || q.meetingId || q.policyId) return null;
  const terms: string[] = [];
  const params: unknown[] = [];
  const add = (term: string, value?: unknown) => {
    terms.push(term);
    if (value !== undefined) params.push(value);
  };
  add('k.organisation_id = ?', q.organisationId);
  const statuses = q.overdue ? ['open', 'in_progress'] : q.statuses;
  if (statuses?.length) add(`k.status in (${statuses.map((s) => `'${s}'`).join(', ')})`);
  if (q.overdue) add('k.due_sort < ?', q.today);
  if (q.dueFrom) add("k.due_sort >= ? and k.due_sort < '9999-12-31'", q.dueFrom);
  if (q.dueTo) add('k.due_sort <= ?', q.dueTo);
  return { terms, params };
}

const KEY_ORDER = { due: ['k.due_sort'], status: ['k.status', 'k.due_sort'], created: ['k.created_at'], meeting: ['k.meeting_date', 'k.meeting_id', 'k.item_place', 'k.action_position'] };

/** The same page read from an agency's key rows: count and page each one range of an index. */
function keysFloor(db: Database.Database, q: ListArgs, limit: number, offset: number): Floor | null {
  const w = keysWhere(q);
  if (!w) return null;
  const d = q.direction ?? 'asc';
  const order = [...KEY_ORDER[q.sort ?? 'due'], 'k.action_id'].map((c) => `${c} ${d}`).join(', ');
  const count = db.prepare(`select count(*) from action_list_keys k where ${w.terms.join(' and ')}`).pluck();
  const page = db.prepare(`with page as (select k.action_id id from action_list_keys k where ${w.terms.join(' and ')} order by ${order} limit ? offset ?) ${SHOWN}`);
  return { label: 'keys', run: () => [count.get(...w.params), page.all(...w.params, limit, offset)] };
}

/**
 * The candidates for a first page of the action list: count, then the page with what it shows. For an
 * agency, the expert also has its key rows (migration 0070): the floor is the fastest of all shapes.
 */
export function actionListFloors(db: Database.Database, q: ListArgs): Floor[] {
  const limit = q.limit ?? 100;
  const offset = q.offset ?? 0;
  const onlyAgency = q.organisationId && !q.statuses?.length && !q.overdue && !q.dueFrom && !q.dueTo && !q.meetingId && !q.policyId;
  const shapes: ('join' | 'check')[] = q.organisationId ? ['join', 'check'] : ['join'];
  const keys = keysFloor(db, q, limit, offset);
  return [...(keys ? [keys] : []), ...shapes.map((shape) => {
    const w = where(q, shape);
    const o = orderBy(q);
    const cond = w.terms.length ? ` where ${w.terms.join(' and ')}` : '';
    // Counting: the agency alone from its index; otherwise the same terms with the agency joined (SQLite starts from the narrower side).
    const countSql = onlyAgency ? 'select count(*) from action_owners where organisation_id = ?' : `select count(*) from ${where(q, 'join').from}${where(q, 'join').terms.length ? ` where ${where(q, 'join').terms.join(' and ')}` : ''}`;
    const countParams = onlyAgency ? [q.organisationId] : where(q, 'join').params;
    const count = db.prepare(countSql).pluck();
    const page = db.prepare(`with page as (select a.id from ${w.from}${o.joins}${cond} order by ${o.order} limit ? offset ?) ${SHOWN}`);
    return { label: shape, run: () => [count.get(...countParams), page.all(...w.params, limit, offset)] };
  })];
}
