// The list calls the scale bench times: the action list by each filter and each sort the tracker
// offers (renderer/components/actions-filters.tsx; a page is 200 rows there), with agencies large,
// middling and small; the meetings, the policies, one policy's detail, a meeting's history and the
// next meeting's preparation.
import type { Sample } from './dataset';
import { auditFloors } from './audit-floor';
import { actionListFloors, type ListArgs } from './floors';
import type { Case } from './measure';

const PAGE = 200;

function list(label: string, q: Omit<ListArgs, 'today'>, s: Sample): Case {
  const args = { limit: PAGE, ...q, today: s.today };
  return { label: `actions.list ${label}`, method: 'actions.list', args, floors: (db) => actionListFloors(db, args) };
}

export function actionCases(s: Sample): Case[] {
  const year = String(Number(s.today.slice(0, 4)) - 5);
  const sorts = ['due', 'status', 'created', 'meeting'] as const;
  return [
    ...sorts.map((sort) => list(`all, by ${sort}`, { sort }, s)),
    ...sorts.map((sort) => list(`${s.largest.abbr} (${s.largest.actions.toLocaleString('en-US')}), by ${sort}`, { organisationId: s.largest.id, sort }, s)),
    ...sorts.map((sort) => list(`${s.middle.abbr} (${s.middle.actions.toLocaleString('en-US')}), by ${sort}`, { organisationId: s.middle.id, sort }, s)),
    list(`${s.small.abbr} (${s.small.actions.toLocaleString('en-US')}), by due`, { organisationId: s.small.id }, s),
    list(`${s.largest.abbr}, by due, descending`, { organisationId: s.largest.id, direction: 'desc' }, s),
    list(`${s.largest.abbr}, by due, page 25`, { organisationId: s.largest.id, offset: 24 * PAGE }, s),
    list('open', { statuses: ['open'] }, s),
    list('open + in progress', { statuses: ['open', 'in_progress'] }, s),
    list('done', { statuses: ['done'] }, s),
    list('done + cancelled, by created', { statuses: ['done', 'cancelled'], sort: 'created' }, s),
    list('overdue', { overdue: true }, s),
    list('overdue, by meeting', { overdue: true, sort: 'meeting' }, s),
    list(`${s.largest.abbr} + overdue`, { organisationId: s.largest.id, overdue: true }, s),
    list(`${s.middle.abbr} + done`, { organisationId: s.middle.id, statuses: ['done'] }, s),
    list(`due in ${year}`, { dueFrom: `${year}-01-01`, dueTo: `${year}-12-31` }, s),
    list(`due in ${year}, by meeting`, { dueFrom: `${year}-01-01`, dueTo: `${year}-12-31`, sort: 'meeting' }, s),
    list(`due from ${year} on, by status, descending`, { dueFrom: `${year}-01-01`, sort: 'status', direction: 'desc' }, s),
    list(`meeting ${s.meetingLabel}`, { meetingId: s.meetingId, sort: 'meeting' }, s),
    list('one policy', { policyId: s.policyId }, s),
  ];
}

export function otherCases(s: Sample): Case[] {
  const series = s.series[0];
  return [
    {
      label: 'meetings.list (all series)', method: 'meetings.list', args: {},
      floors: (db) => {
        const stmt = db.prepare(`select m.id, m.series_id, m.number, m.year_be, m.date, m.venue, m.status, n.status minutes_status
          from meetings m left join minutes n on n.meeting_id = m.id order by m.year_be desc, m.number desc`);
        return [{ label: 'one query', run: () => stmt.all() }];
      },
    },
    {
      label: 'meetings.list (one series)', method: 'meetings.list', args: { seriesId: series.id },
      floors: (db) => {
        const stmt = db.prepare(`select m.id, m.series_id, m.number, m.year_be, m.date, m.venue, m.status, n.status minutes_status
          from meetings m left join minutes n on n.meeting_id = m.id where m.series_id = ? order by m.year_be desc, m.number desc`);
        return [{ label: 'one query', run: () => stmt.all(series.id) }];
      },
    },
    {
      label: 'policies.list', method: 'policies.list', args: {},
      floors: (db) => {
        const stmt = db.prepare(`select p.*, t.name_th stage, (select max(h.date) from policy_stage_history h where h.policy_id = p.id) last_moved
          from policies p left join template_stages t on t.id = p.current_stage_id order by p.title_th`);
        return [{ label: 'one query', run: () => stmt.all() }];
      },
    },
    { label: 'policies.get (one policy\'s detail)', method: 'policies.get', args: { id: s.detailPolicyId } },
    {
      label: 'audit.list (a meeting\'s history, 200)', method: 'audit.list', args: { meetingId: s.auditMeetingId, limit: 200 },
      // The entries with the names the screen shows beside them: audit-floor.ts says why.
      floors: (db) => auditFloors(db, s.auditMeetingId, 200),
    },
    { label: 'meetings.get (the busiest meeting)', method: 'meetings.get', args: { id: s.meetingId } },
  ];
}

/** The next meeting of each series, dated two weeks after its last one. */
export function preparationCases(s: Sample): Case[] {
  return s.series.map((x) => {
    const next = new Date(Date.parse(`${x.lastDate}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    return { label: `meetings.preparation ${x.name.slice(0, 40)}`, method: 'meetings.preparation', args: { seriesId: x.id, date: next } };
  });
}
