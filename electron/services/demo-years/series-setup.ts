import type { SeriesPlan } from './series-plan';
import { Act } from './sink';
import type { SeriesState } from './state';
import type { World } from './world';

/** The Cabinet-style series seats every minister of the reference data, and the Cabinet's secretary. */
function seatsOf(world: World, plan: SeriesPlan): SeriesState['seats'] {
  if (plan.key !== 'cabinet') return plan.seats;
  const ministers = world.byKind('ministry').filter((o) => o.abbr !== 'นร.')
    .map((o) => ({ post: o.abbr === 'ดศ.' ? 'minister' : `minister:${o.abbr}`, role: 'member' as const }));
  return [...plan.seats, ...ministers, { post: 'cabinetSecretary', role: 'member_secretary' }];
}

/** A series with its ids, before anything is written. */
export function planSeries(world: World, plan: SeriesPlan): SeriesState {
  const sections = plan.sections.map((section, i) => ({ plan: section, id: world.rng.uuid(), position: i + 1 }));
  return { plan, id: world.rng.uuid(), sections, seats: seatsOf(world, plan), members: [], meetings: [], lastUsed: new Map() };
}

/** `series.create` a month before the series' first meeting: the series, its sections, its members. */
export function writeSeries(world: World, series: SeriesState, at: string): void {
  const { plan } = series;
  const act = new Act(at, world.actor(at.slice(0, 10)));
  world.sink.create('meeting_series', {
    id: series.id, name_th: plan.nameTh, short_name: plan.shortName, name_en: plan.nameEn, numbering: 'per_year', recording_style: plan.recordingStyle,
    document_settings: '{}', created_at: act.at, updated_at: act.at, carry_window_months: 12,
  }, act);
  for (const section of series.sections) {
    world.sink.create('series_sections', {
      id: section.id, series_id: series.id, position: section.position, kind: section.plan.kind, title_th: section.plan.titleTh, when_empty: section.plan.whenEmpty ?? 'none',
    }, act);
  }
  syncMembers(world, series, at.slice(0, 10), act);
}

/** `series.update` with the members of `date` when an office changed hands since the last meeting. */
export function syncMembers(world: World, series: SeriesState, date: string, act: Act): void {
  const seated = series.seats.map((s) => ({ seat: s, person: world.dir.holder(s.post, date) })).filter((s) => s.person !== null);
  const rows: SeriesState['members'] = seated.map((s, i) => ({ series_id: series.id, person_id: s.person!.id, meeting_role: s.seat.role, sort_order: i + 1 }));
  const key = (list: typeof rows) => list.map((r) => `${r.person_id}:${r.meeting_role}`).join();
  if (key(rows) === key(series.members)) return;
  for (const s of seated) world.person(s.person!, act);
  world.sink.run('delete from series_members where series_id = ?', series.id);
  for (const r of rows) world.sink.insert('series_members', r);
  world.sink.log(act, 'series_members', series.id, 'update', { members: series.members }, { members: rows });
  series.members = rows;
}
