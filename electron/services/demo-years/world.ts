import type Database from 'better-sqlite3';
import { personName } from '../../../shared/names';
import { buddhistYear } from '../../../shared/thai';
import { instant } from './calendar';
import { Directory, type Person, supportPost } from './directory';
import { Names } from './names';
import type { PolicyDesk } from './policies';
import { ministerPost, type Post, posts } from './posts';
import { Random } from './random';
import { type Act, Sink } from './sink';
import type { MeetingState, SeriesState } from './state';
import type { Corpus } from './text';
import { Timeline } from './timeline';

export interface Org {
  id: string;
  abbr: string;
  name: string;
  kind: string;
}

/** The year (B.E.) an agency of the ministry was set up: it leads nothing before. */
const founded: Record<string, number> = { สดช: 2560, ดีป้า: 2560, สพธอ: 2554, สพร: 2561, สกมช: 2563, สคส: 2563, สขญ: 2562, NT: 2564, 'สำนักงาน กสทช': 2554 };
const ministryFamily = ['สป.ดศ.', 'อต.', 'สสช.', 'สดช.', 'ดีป้า', 'สพธอ.', 'สพร.', 'สกมช.', 'สคส.', 'สขญ.', 'NT', 'ปณท.'];

/** Everything the generator shares: the random source, the writer, the directory, the clock. */
export class World {
  readonly rng: Random;
  readonly sink: Sink;
  readonly dir: Directory;
  readonly timeline: Timeline;
  readonly orgs = new Map<string, Org>();
  readonly series: SeriesState[] = [];
  /** Meetings whose minutes went out and were not yet certified at the end: versioned by the services after the build. */
  readonly lateCirculations: { meeting: MeetingState; at: string; actor: string }[] = [];
  readonly untilAt: string;
  /** Set once the world exists (the desk reads the stage templates through it). */
  policies!: PolicyDesk;

  constructor(db: Database.Database, seed: string, readonly corpus: Corpus, readonly start: string, readonly until: string, readonly note: string) {
    this.rng = new Random(seed);
    this.sink = new Sink(db);
    for (const o of db.prepare('select id, abbr_th, name_th, kind from organisations where active = 1').all() as Record<string, string>[]) {
      this.orgs.set(o.abbr_th, { id: o.id, abbr: o.abbr_th, name: o.name_th, kind: o.kind });
    }
    this.untilAt = instant(until, 23 * 60 + 59);
    this.timeline = new Timeline(this.untilAt);
    this.dir = new Directory(this.rng, new Names(this.rng), start, until, (key) => this.post(key));
  }

  post(key: string): Post {
    if (key in posts) return posts[key as keyof typeof posts];
    if (key.startsWith('minister:')) return ministerPost(key.slice(9), this.org(key.slice(9))?.name ?? key.slice(9));
    const support = supportPost(key, (abbr) => this.org(abbr)?.name ?? abbr);
    if (!support) throw new Error(`unknown office ${key}`);
    return support;
  }

  org(abbr: string | null): Org | undefined {
    return abbr ? this.orgs.get(abbr) : undefined;
  }

  orgById(id: unknown): Org | null {
    for (const o of this.orgs.values()) if (o.id === id) return o;
    return null;
  }

  /** The ministry's agencies that existed in the year of `date`. */
  agencies(date: string): Org[] {
    const year = buddhistYear(date);
    return ministryFamily.filter((a) => (founded[a.replace(/\.$/, '')] ?? 0) <= year).map((a) => this.orgs.get(a)).filter((o): o is Org => o !== undefined);
  }

  /** Central agencies and ministries (the Cabinet-style series' presenters and supporters). */
  byKind(kind: string): Org[] {
    return [...this.orgs.values()].filter((o) => o.kind === kind);
  }

  /** The person's row, written (with its audit entry) the first time the record needs them. */
  person(p: Person, act: Act): string {
    if (!p.written) {
      p.written = true;
      this.sink.create('people', {
        id: p.id, title: p.title, first_name: p.firstName, last_name: p.lastName, position: p.position, organisation_id: this.org(p.org)?.id ?? null,
        illustrative: 1, created_at: act.at, updated_at: act.at, active: 1, merged_into_id: null,
      }, act);
    }
    return p.id;
  }

  /** A secretariat officer of `date` who types the record in: the audit log's actor (one of three desks). */
  actor(date: string): string {
    return personName(this.dir.staff(this.rng.pick([0, 2, 2, 3]), date));
  }
}
