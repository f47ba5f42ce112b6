import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { LekhaError } from '../../../shared/errors';
import { buddhistYear } from '../../../shared/thai';
import { writeThenIndex } from '../../db/search-index';
import type { DB } from '../../db/types';
import { snapshot } from '../minutes-snapshot';
import { addDays, instant } from './calendar';
import { holdMeeting, prepareMeeting } from './meeting';
import { snapshotVersions } from './minutes';
import { PolicyDesk } from './policies';
import { seriesPlans } from './series-plan';
import { planSeries, writeSeries } from './series-setup';
import { Act } from './sink';
import type { MeetingState } from './state';
import { loadCorpus } from './text';
import { World } from './world';

export interface DemoYearsOptions {
  years: number;
  seed: string;
  /** The last day of the story (ISO date); today when left out. */
  until?: string;
  /** Called once the database is found fit (no meetings yet), before anything is written. */
  onStart?: (window: { from: string; until: string }) => void;
  onProgress?: (progress: DemoYearsProgress) => void;
  /** Called once every year is written, before the search index is built over them. */
  onIndexing?: () => void;
}

export interface DemoYearsProgress {
  yearBe: number;
  meetings: number;
  counts: Record<string, number>;
}

export interface DemoYearsResult {
  from: string;
  until: string;
  seed: string;
  meetings: number;
}

const NOTE = 'ข้อมูลสมมติเพื่อการทดสอบและสาธิต สร้างโดยคำสั่ง lekha demo --years: บุคคล วันที่ มติ ข้อสั่งการ และความคืบหน้าเป็นข้อมูลสมมติ '
  + 'หัวเรื่องและสาระของวาระส่วนหนึ่งนำมาจากข่าวทำเนียบรัฐบาล (thaigov.go.th) ซึ่งเป็นข้อมูลสาธารณะ';

/** The story's first and last day, and when the reference data were loaded (two months before it starts). */
export function demoYearsWindow(options: Pick<DemoYearsOptions, 'years' | 'until'>): { from: string; until: string; installedAt: string } {
  const until = options.until ?? new Date().toISOString().slice(0, 10);
  const from = `${Number(until.slice(0, 4)) - options.years}${until.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { from, until, installedAt: instant(addDays(from, -60), 9 * 60) };
}

/** A database that already holds meetings (or a series of the same name) is left alone. */
export function refuseUsed(sqlite: Database.Database, dbPath: string): void {
  const meetings = Number(sqlite.prepare('select count(*) from meetings').pluck().get());
  if (meetings > 0) {
    throw new LekhaError('CONFLICT', `ฐานข้อมูล ${dbPath} มีการประชุมอยู่แล้ว ${meetings.toLocaleString('en-US')} ครั้ง จึงไม่สร้างข้อมูลสาธิตหลายปีทับลงไป กรุณาระบุไฟล์ใหม่ด้วย --db`);
  }
  const names = seriesPlans.map((p) => p.nameTh);
  const taken = sqlite.prepare(`select name_th from meeting_series where name_th in (${names.map(() => '?').join(', ')})`).pluck().all(...names);
  if (taken.length) throw new LekhaError('CONFLICT', `ฐานข้อมูล ${dbPath} มีชุดการประชุม "${taken[0]}" อยู่แล้ว จึงไม่สร้างข้อมูลสาธิตหลายปีทับลงไป กรุณาระบุไฟล์ใหม่ด้วย --db`);
}

/** Each series' meetings of the story, numbered n/พ.ศ. from 1 in each Buddhist year, linked to the one before and after. */
function schedule(world: World): MeetingState[] {
  const all: MeetingState[] = [];
  for (const plan of seriesPlans) {
    const series = planSeries(world, plan);
    world.series.push(series);
    const dates: string[] = [];
    for (let year = Number(world.start.slice(0, 4)); year <= Number(world.until.slice(0, 4)); year++) {
      for (const d of plan.dates(year, world.rng)) if (d > world.start && d <= world.until && !dates.includes(d)) dates.push(d);
    }
    dates.sort();
    const perYear = new Map<number, number>();
    for (const date of dates) {
      const yearBe = buddhistYear(date);
      perYear.set(yearBe, (perYear.get(yearBe) ?? 0) + 1);
      const prev = series.meetings.at(-1) ?? null;
      const m: MeetingState = {
        id: world.rng.uuid(), series, number: perYear.get(yearBe)!, yearBe, date, prev, next: null, row: {}, items: [], links: [], members: [], added: [],
        absent: 0, present: 0, minutes: { status: 'draft', versions: 0, text: null, row: null }, actor: world.actor(date),
      };
      if (prev) prev.next = m;
      series.meetings.push(m);
      all.push(m);
    }
    if (dates.length) world.timeline.at(instant(addDays(dates[0], -30), 10 * 60), (at) => writeSeries(world, series, at));
  }
  return all;
}

/**
 * Builds years of illustrative use straight into the tables, as the services would have written
 * them (audit log included), in one transaction: nothing is left half-built. Minutes still out for
 * certification at the end are versioned by the services themselves.
 */
export async function buildDemoYears(db: Kysely<DB>, sqlite: Database.Database, dbPath: string, options: DemoYearsOptions): Promise<DemoYearsResult> {
  refuseUsed(sqlite, dbPath);
  const { from, until } = demoYearsWindow(options);
  options.onStart?.({ from, until });
  const world = new World(sqlite, options.seed, loadCorpus(), from, until, NOTE);
  world.policies = new PolicyDesk(world, sqlite);
  const meetings = schedule(world);
  for (const m of meetings) {
    // A week ahead, but not before the meeting before it was held (then early on the day itself).
    const prepDate = [addDays(m.date, -7), ...(m.prev ? [addDays(m.prev.date, 1)] : [])].sort().at(-1)!;
    const ahead = prepDate < m.date;
    const at = ahead ? instant(prepDate, 10 * 60 + world.rng.int(0, 360)) : instant(m.date, 7 * 60);
    world.timeline.at(at, (when) => {
      prepareMeeting(world, m, when);
      world.timeline.at(String(m.row.updated_at), (held) => holdMeeting(world, m, held));
      forgetOld(m);
    });
  }
  sqlite.pragma('cache_size = -262144');
  // A rollback journal while the tables fill: on a new file it holds almost nothing, where WAL would
  // write every page twice (once to the log, once back). WAL again when done; if another program has
  // the file open the switch is refused and the build simply runs under WAL.
  const journal = String(sqlite.pragma('journal_mode = delete', { simple: true }));
  sqlite.exec('begin immediate');
  try {
    const report = (yearBe: number) => options.onProgress?.({ yearBe, meetings: world.sink.counts.meetings ?? 0, counts: { ...world.sink.counts } });
    // The search index is built once the years are written, in this same transaction (db/search-index.ts).
    await writeThenIndex(db as unknown as Kysely<unknown>, async () => {
      let year = 0;
      world.timeline.runAll((at) => {
        const be = buddhistYear(at.slice(0, 10));
        if (year && be !== year) report(year);
        year = be;
      });
      report(year);
      for (const late of world.lateCirculations) await circulateWithServices(db, world, late);
      // Every version gets the services' snapshot before the minutes' text is indexed.
      await snapshotVersions(db, sqlite);
    }, options.onIndexing);
    sqlite.exec('commit');
  } catch (error) {
    sqlite.exec('rollback');
    throw error;
  } finally {
    if (journal !== 'wal') sqlite.pragma('journal_mode = wal');
  }
  return { from, until, seed: options.seed, meetings: world.sink.counts.meetings ?? 0 };
}

/** Meetings more than 13 months old are past carrying forward: their items need not stay in memory. */
function forgetOld(m: MeetingState): void {
  for (const old of m.series.meetings) {
    if (old.date >= addDays(m.date, -400)) break;
    if (old.minutes.status === 'certified') old.items = [];
  }
}

/** `minutes.circulate` through the services' own snapshot (the whole record), at the time it happened. */
async function circulateWithServices(db: Kysely<DB>, world: World, late: World['lateCirculations'][number]): Promise<void> {
  const { meeting: m, at, actor } = late;
  const act = new Act(at, actor, m.id);
  const { content, hash } = await snapshot(db, m.id);
  world.sink.create('minutes_versions', { id: world.rng.uuid(), meeting_id: m.id, version: m.minutes.versions + 1, status: 'circulated', content, content_hash: hash, created_at: at, created_by: actor }, act);
  const before = m.minutes.row!;
  const after = { ...before, status: 'circulated', updated_at: act.next(2).at };
  world.sink.run('update minutes set status = ?, updated_at = ? where meeting_id = ?', 'circulated', after.updated_at, m.id);
  world.sink.log(act, 'minutes', m.id, 'update', { status: before.status }, { status: 'circulated' });
}
