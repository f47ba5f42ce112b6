import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildYearsDemo, openCore } from '../../electron/api';
import { formatPlan, fullScans, queryPlan, type Statement, tracingCore } from '../helpers/query-plans';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('SQLite query plans');

/**
 * Issue 11: every list the UI offers is answered from an index. Each call below runs through the
 * contract on two years of generated record (`lekha demo --years 2`, about 9,000 actions, with the
 * planner statistics the app keeps), and every statement its service ran is put to `EXPLAIN QUERY
 * PLAN`: none may read a whole large table (action_items, action_owners, agenda_items, meetings,
 * progress_updates, audit_log). Plans accepted, and why:
 * - `SCAN x USING [COVERING] INDEX i` in a statement with a LIMIT: the page walks an index in the
 *   order asked and stops once it has the page (an agency's page, by due date, created or meeting);
 * - `select count(*)` of every action with no condition: counting all of them reads some index end
 *   to end whatever is written (SQLite picks the smallest); it is the list's total with no filter, and
 *   how many actions there are when choosing between walking the order and sorting an agency's own;
 * - `meetings.list` of every series reads every meeting in order (`meetings_order`): the contract
 *   answers all of them at once, which only paging the list would change (about 1,000 in 20 years).
 * The action list's answers are also checked against the same filter and sort done in JavaScript
 * over every action, so a faster plan cannot answer something else.
 */
const UNTIL = '2026-06-30';
const TODAY = '2026-06-30';
let dir: string;
let dbPath: string;
let tracing: ReturnType<typeof tracingCore>;
let raw: Database.Database;

interface Action {
  id: string; status: string; due: string | null; created: string; position: number; item: string;
  meeting: string; meetingDate: string | null; owners: string[]; policies: string[];
}
let actions: Action[];
/** Each item's number as printed (section, then positions down from its top item) and its meeting's `n/ปี`. */
let decided: Map<string, { itemNumber: string; meetingNumber: string; subject: string }>;
/** Each item's place in its agenda as the officer reads the numbers: 4.1 before 4.1.1 before 4.2 before 10.1. */
let agendaPlace: Map<string, number[]>;
const pick = { largeOrg: '', smallOrg: '', meeting: '', policy: '' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lekha-plans-'));
  dbPath = join(dir, 'years.db');
  await buildYearsDemo(dbPath, { years: 2, seed: 'plans', until: UNTIL });
  // Opening the core once, as the app does, leaves SQLite's statistics (PRAGMA optimize).
  await (await openCore({ dbPath, log: () => {} })).close();
  tracing = tracingCore(dbPath);
  raw = new Database(dbPath, { readonly: true });
  const all = <T>(sql: string) => raw.prepare(sql).all() as T[];
  const owners = new Map<string, string[]>();
  for (const o of all<{ action_id: string; organisation_id: string }>('select action_id, organisation_id from action_owners')) {
    owners.set(o.action_id, [...(owners.get(o.action_id) ?? []), o.organisation_id]);
  }
  const policies = new Map<string, string[]>();
  for (const l of all<{ agenda_item_id: string; policy_id: string }>('select agenda_item_id, policy_id from agenda_item_policies')) {
    policies.set(l.agenda_item_id, [...(policies.get(l.agenda_item_id) ?? []), l.policy_id]);
  }
  actions = all<Omit<Action, 'owners' | 'policies'>>(`select a.id, a.status, a.due_date due, a.created_at created, a.position, a.agenda_item_id item,
    m.id meeting, m.date meetingDate from action_items a join agenda_items i on i.id = a.agenda_item_id
    join meetings m on m.id = i.meeting_id`).map((a) => ({ ...a, owners: owners.get(a.id) ?? [], policies: policies.get(a.item) ?? [] }));
  type Item = { id: string; parent: string | null; position: number; section: number; subject: string; number: number; year: number };
  const items = new Map(all<Item>(`select i.id, i.parent_id parent, i.position, s.position section, i.subject, m.number, m.year_be year
    from agenda_items i join series_sections s on s.id = i.section_id join meetings m on m.id = i.meeting_id`).map((i) => [i.id, i]));
  const path = (i: Item): number[] => (i.parent ? [...path(items.get(i.parent)!), i.position] : [i.position]);
  decided = new Map([...items.values()].map((i) => [i.id, { itemNumber: [i.section, ...path(i)].join('.'), meetingNumber: `${i.number}/${i.year}`, subject: i.subject }]));
  agendaPlace = new Map([...items.values()].map((i) => [i.id, [i.section, ...path(i)]]));
  const byOrg = all<{ id: string; n: number }>('select organisation_id id, count(*) n from action_owners group by 1 order by 2 desc');
  pick.largeOrg = byOrg[0].id;
  pick.smallOrg = byOrg[byOrg.length - 1].id;
  pick.meeting = all<{ id: string }>('select meeting id from (select i.meeting_id meeting, count(*) n from action_items a join agenda_items i on i.id = a.agenda_item_id group by 1 order by 2 desc) limit 1')[0].id;
  pick.policy = all<{ id: string }>(`select l.policy_id id from agenda_item_policies l join action_items a on a.agenda_item_id = l.agenda_item_id
    group by 1 order by count(*) desc limit 1`)[0].id;
}, 120_000);

afterAll(async () => {
  raw?.close();
  await tracing?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The full-scan lines of every statement, with the plan beside each for the failure message. */
function scansIn(statements: Statement[], accept: (s: Statement, detail: string) => boolean = () => false): string[] {
  return statements.flatMap((s) => {
    const plan = queryPlan(raw, s);
    return fullScans(s, plan, (detail) => accept(s, detail)).map((line) => `${line}\n  in: ${s.sql}\n${formatPlan(plan)}`);
  });
}

const countsEveryAction = (s: Statement) => /^select count\(\*\) as "n" from "action_items"( as "a")?$/.test(s.sql.trim());

type Query = {
  organisationId?: string; statuses?: string[]; overdue?: boolean; dueFrom?: string; dueTo?: string; meetingId?: string; policyId?: string;
  sort: 'due' | 'status' | 'created' | 'meeting'; direction: 'asc' | 'desc'; limit: number; offset: number;
};

/** The same filter and order over every action, in JavaScript: what the list must answer. */
function expected(q: Query): { total: number; ids: string[] } {
  const active = ['open', 'in_progress'];
  const hits = actions.filter((a) => (!q.organisationId || a.owners.includes(q.organisationId))
    && (!q.statuses?.length || q.statuses.includes(a.status))
    && (!q.overdue || (active.includes(a.status) && a.due !== null && a.due < TODAY))
    && (!q.dueFrom || (a.due !== null && a.due >= q.dueFrom)) && (!q.dueTo || (a.due !== null && a.due <= q.dueTo))
    && (!q.meetingId || a.meeting === q.meetingId) && (!q.policyId || a.policies.includes(q.policyId)));
  const due = (a: Action) => a.due ?? '9999-12-31';
  const keys: Record<Query['sort'], (a: Action) => (string | number | number[])[]> = {
    due: (a) => [due(a), a.id],
    status: (a) => [a.status, due(a), a.id],
    created: (a) => [a.created, a.id],
    // The agenda's order: the meeting's date (undated last; two meetings on one day by id), the item's place, the action's.
    meeting: (a) => [a.meetingDate ?? '9999-12-31', a.meeting, agendaPlace.get(a.item)!, a.position, a.id],
  };
  // Compared number by number, a shorter list first when one begins the other (4.1 before 4.1.1).
  const cmp = (x: (string | number | number[])[], y: (string | number | number[])[]): number => {
    for (let i = 0; i < x.length; i++) {
      const [a, b] = [x[i], y[i]];
      if (Array.isArray(a) && Array.isArray(b)) {
        const c = cmp(a, b) || a.length - b.length;
        if (c) return c;
      } else if (a !== b) return a < b ? -1 : 1;
    }
    return 0;
  };
  const sign = q.direction === 'asc' ? 1 : -1;
  const sorted = hits.map((a) => ({ a, k: keys[q.sort](a) })).sort((x, y) => sign * cmp(x.k, y.k));
  return { total: hits.length, ids: sorted.slice(q.offset, q.offset + q.limit).map((x) => x.a.id) };
}

const year = UNTIL.slice(0, 4);
const filters: [string, () => Partial<Query>][] = [
  ['no filter', () => ({})],
  ['the agency with most actions', () => ({ organisationId: pick.largeOrg })],
  ['the agency with fewest', () => ({ organisationId: pick.smallOrg })],
  ['open', () => ({ statuses: ['open'] })],
  ['open and in progress', () => ({ statuses: ['open', 'in_progress'] })],
  ['done and cancelled', () => ({ statuses: ['done', 'cancelled'] })],
  ['overdue', () => ({ overdue: true })],
  ['due from', () => ({ dueFrom: `${year}-01-01` })],
  ['due up to', () => ({ dueTo: `${year}-03-31` })],
  ['due between', () => ({ dueFrom: `${year}-01-01`, dueTo: `${year}-03-31` })],
  ['one meeting', () => ({ meetingId: pick.meeting })],
  ['one policy', () => ({ policyId: pick.policy })],
  ['an agency, overdue', () => ({ organisationId: pick.largeOrg, overdue: true })],
  ['an agency, done', () => ({ organisationId: pick.largeOrg, statuses: ['done'] })],
  ['an agency, due between', () => ({ organisationId: pick.smallOrg, dueFrom: `${year}-01-01`, dueTo: `${year}-06-30` })],
  ['a meeting, in progress', () => ({ meetingId: pick.meeting, statuses: ['in_progress'] })],
  // An agency's own key rows (migration 0070) answer these alone; with a meeting or a policy the agency is joined.
  ['an agency, open and in progress', () => ({ organisationId: pick.largeOrg, statuses: ['open', 'in_progress'] })],
  ['an agency, done and cancelled', () => ({ organisationId: pick.largeOrg, statuses: ['done', 'cancelled'] })],
  ['an agency, due from', () => ({ organisationId: pick.largeOrg, dueFrom: `${year}-01-01` })],
  ['an agency, due up to', () => ({ organisationId: pick.largeOrg, dueTo: `${year}-03-31` })],
  ['an agency, one meeting', () => ({ organisationId: pick.largeOrg, meetingId: pick.meeting })],
  ['an agency, one policy', () => ({ organisationId: pick.largeOrg, policyId: pick.policy })],
];
const sorts = ['due', 'status', 'created', 'meeting'] as const;

describeSqlite('the action list: every filter and sort from an index (issue 11)', () => {
  for (const [name, filter] of filters) {
    it(`${name}, by each sort, both ways, first page and a later one`, async () => {
      for (const sort of sorts) {
        for (const direction of ['asc', 'desc'] as const) {
          // 200 rows is the tracker's page; a page far in (rows 1,001 to 1,050) skips index entries only.
          for (const [limit, offset] of [[200, 0], [20, 0], [20, 100], [50, 1000]]) {
            const q: Query = { ...filter(), sort, direction, limit, offset };
            const { value, statements } = await tracing.call('actions.list', { ...q, today: TODAY });
            expect(scansIn(statements, countsEveryAction), `${name}, ${sort} ${direction}, ${limit} from ${offset}`).toEqual([]);
            const want = expected(q);
            expect(value.total, `${name}, ${sort} ${direction}`).toBe(want.total);
            expect(value.rows.map((r) => r.id), `${name}, ${sort} ${direction}, ${limit} from ${offset}`).toEqual(want.ids);
            // Where each was decided comes in the page's own statement: the same numbers as the record's.
            expect(value.rows.map((r) => ({ itemNumber: r.itemNumber, meetingNumber: r.meetingNumber, subject: r.itemSubject })))
              .toEqual(value.rows.map((r) => decided.get(r.agendaItemId)));
          }
        }
      }
    });
  }

  // A filter that keeps most actions (done and cancelled) walks the meetings in order instead: the page
  // is found long before the end, and nothing is sorted but within a meeting.
  it('sorts a narrowing status or due-date filter by meeting from index entries, never reading the actions it sorts (0105)', async () => {
    for (const [name, filter] of filters.filter(([n]) => ['open and in progress', 'overdue', 'due between'].includes(n))) {
      for (const direction of ['asc', 'desc'] as const) {
        const { statements } = await tracing.call('actions.list', { ...filter(), sort: 'meeting', direction, limit: 200, today: TODAY });
        const sorting = statements.filter((st) => /order by coalesce\(m\.date/.test(st.sql));
        expect(sorting.length, name).toBe(1);
        const plan = queryPlan(raw, sorting[0]);
        const readsA = plan.filter((l) => /^(SEARCH|SCAN) a /.test(l.detail)).map((l) => l.detail);
        expect(readsA.length, `${name}\n${formatPlan(plan)}`).toBeGreaterThan(0);
        for (const line of readsA) expect(line, `${name}\n${formatPlan(plan)}`).toMatch(/USING COVERING INDEX/);
      }
    }
  });

  // With no filter, or one that keeps most actions, the page walks the meetings in date order
  // (`meetings_date_order`) and each meeting's items in the agenda's order (`agenda_places_meeting`,
  // 0125): only one meeting's actions are ever sorted (by their item's place and position), never all.
  it('sorts a wide filter by meeting within one meeting at a time, walking the meetings by date (0125)', async () => {
    for (const [name, filter] of filters.filter(([n]) => ['no filter', 'done and cancelled'].includes(n))) {
      for (const direction of ['asc', 'desc'] as const) {
        const { statements } = await tracing.call('actions.list', { ...filter(), sort: 'meeting', direction, limit: 200, today: TODAY });
        const sorting = statements.filter((st) => /order by coalesce\(m\.date/.test(st.sql));
        expect(sorting.length, name).toBe(1);
        const plan = queryPlan(raw, sorting[0]).map((l) => l.detail);
        expect(plan[0], `${name}\n${plan.join('\n')}`).toMatch(/^SCAN m USING (COVERING )?INDEX meetings_date_order$/);
        expect(plan, `${name}\n${plan.join('\n')}`).toContainEqual(expect.stringMatching(/^SEARCH p USING (COVERING )?INDEX agenda_places_meeting/));
        expect(plan.filter((l) => l.startsWith('USE TEMP B-TREE')), `${name}\n${plan.join('\n')}`).toEqual(['USE TEMP B-TREE FOR LAST 3 TERMS OF ORDER BY']);
      }
    }
  });

  it('finds something for every filter, so no check above passed on an empty list', () => {
    for (const [name, filter] of filters) expect(expected({ ...filter(), sort: 'due', direction: 'asc', limit: 1, offset: 0 }).total, name).toBeGreaterThan(0);
  });
});

describeSqlite('the other lists and details from an index (issue 11)', () => {
  it('policy detail reads its policy\'s rows only, never scanning a table', async () => {
    const { value, statements } = await tracing.call('policies.get', { id: pick.policy });
    expect(value.agendaItems.length).toBeGreaterThan(0);
    expect(value.history.length).toBeGreaterThan(0);
    // The policy with every kind of related row in one statement; item references in one more (two with sub-items).
    expect(statements.length, statements.map((s) => s.sql).join('\n')).toBeLessThanOrEqual(3);
    // `json_each` is the list of item ids the call binds (item-refs.ts), not a table.
    const scans = statements.flatMap((s) => queryPlan(raw, s).filter((l) => l.detail.startsWith('SCAN') && !l.detail.startsWith('SCAN json_each'))
      .map((l) => `${l.detail} in ${s.sql}`));
    expect(scans).toEqual([]);
  });

  it('preparing the next meeting of each series reads the window it looks back on, in a fixed number of statements', async () => {
    const series = raw.prepare('select series_id id, max(date) last from meetings group by series_id').all() as { id: string; last: string }[];
    expect(series.length).toBe(4);
    for (const s of series) {
      const date = new Date(Date.parse(`${s.last}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
      const { value, statements } = await tracing.call('meetings.preparation', { seriesId: s.id, date });
      expect(value.certifies).not.toBeNull();
      expect(scansIn(statements)).toEqual([]);
      expect(statements.length).toBeLessThan(30);
    }
  });

  it('the meetings list: one series from its index; every series in order, the one whole read the contract asks', async () => {
    const one = raw.prepare('select series_id from meetings group by series_id order by count(*) desc limit 1').pluck().get() as string;
    const series = await tracing.call('meetings.list', { seriesId: one });
    expect(series.value.length).toBeGreaterThan(10);
    expect(scansIn(series.statements)).toEqual([]);
    const all = await tracing.call('meetings.list', {});
    expect(all.value.length).toBe(Number(raw.prepare('select count(*) from meetings').pluck().get()));
    expect(scansIn(all.statements, (_s, detail) => /^SCAN meetings USING INDEX meetings_order$/.test(detail))).toEqual([]);
  });

  it('the meetings list a page at a time: each filter from an index, stopping at the page; the years one index step each', async () => {
    const one = raw.prepare('select series_id from meetings group by series_id order by count(*) desc limit 1').pluck().get() as string;
    const year = raw.prepare('select year_be from meetings where series_id = ? group by year_be order by count(*) desc limit 1').pluck().get(one) as number;
    const everything = raw.prepare('select id from meetings order by year_be desc, number desc, id desc').pluck().all() as string[];
    const years = raw.prepare('select distinct year_be from meetings order by 1 desc').pluck().all() as number[];
    const filters: { seriesId?: string; yearBe?: number }[] = [{}, { seriesId: one }, { yearBe: year }, { seriesId: one, yearBe: year }];
    for (const filter of filters) {
      const first = await tracing.call('meetings.page', { ...filter, limit: 10 });
      const second = await tracing.call('meetings.page', { ...filter, limit: 10, offset: 10 });
      // The count of every meeting with no filter reads the smallest index end to end, as the action list's total does.
      const allowed = (st: Statement, detail: string) =>
        /count\(\*\)/i.test(st.sql) && !filter.seriesId && !filter.yearBe && /^SCAN meetings USING COVERING INDEX/.test(detail);
      expect(scansIn([...first.statements, ...second.statements], allowed), JSON.stringify(filter)).toEqual([]);
      const matching = raw.prepare(`select id from meetings where (? is null or series_id = ?) and (? is null or year_be = ?)
        order by year_be desc, number desc, id desc`).pluck().all(filter.seriesId ?? null, filter.seriesId ?? null, filter.yearBe ?? null, filter.yearBe ?? null);
      expect(first.value.total).toBe(matching.length);
      // Pages follow one another without a gap or an overlap, in the list's order.
      expect([...first.value.meetings, ...second.value.meetings].map((m) => m.id)).toEqual(matching.slice(0, 20));
    }
    expect(everything.length).toBeGreaterThan(20);
    const all = await tracing.call('meetings.page', {});
    expect(all.value.years).toEqual(years);
    const ofOne = await tracing.call('meetings.page', { seriesId: one });
    expect(ofOne.value.years).toEqual(raw.prepare('select distinct year_be from meetings where series_id = ? order by 1 desc').pluck().all(one));
  });

  it('the meeting picker (meetings.pick) walks the meetings\' order and stops at its limit, whatever is typed', async () => {
    const oldest = raw.prepare(`select m.number, m.year_be from meetings m order by year_be, number limit 1`).get() as { number: number; year_be: number };
    const series = raw.prepare('select name_th from meeting_series limit 1').pluck().get() as string;
    for (const query of ['', `${oldest.number}/${oldest.year_be}`, String(oldest.number), String(oldest.year_be), series.split(' ')[0], `${series.split(' ')[0]} ${oldest.year_be}`]) {
      const { value, statements } = await tracing.call('meetings.pick', { query, limit: 20 });
      expect(value.length, query).toBeGreaterThan(0);
      expect(scansIn(statements), query).toEqual([]);
      // Newest first: never an older meeting before a newer one.
      const keys = value.map((m) => m.yearBe * 1000 + m.number);
      expect(keys, query).toEqual([...keys].sort((a, b) => b - a));
    }
  });

  it('a meeting\'s history from the audit log\'s meeting index', async () => {
    const { value, statements } = await tracing.call('audit.list', { meetingId: pick.meeting, limit: 200 });
    expect(value.length).toBeGreaterThan(0);
    expect(scansIn(statements)).toEqual([]);
  });
});
