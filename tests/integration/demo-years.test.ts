import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildYearsDemo, type LekhaCore, openCore } from '../../electron/api';
import { testCore } from '../helpers/core';
import { pdfText } from '../helpers/documents';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('lekha demo --years writes a SQLite file in bulk');

/**
 * `lekha demo --years`: two years of illustrative use written in bulk must be a record the services
 * could have written — valid under every constraint, numbered as the rules say, with directives whose
 * status fits their age — and the contract must read it as it reads real use.
 */
const UNTIL = '2026-06-30';
let dir: string;
let dbPath: string;
let sqlite: Database.Database;
let core: LekhaCore;
const all = <T>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as T[];
const one = (sql: string, ...params: unknown[]) => Number(sqlite.prepare(sql).pluck().get(...params));

async function call<T>(method: string, args: unknown): Promise<T> {
  const answer = await core.invoke(method, args);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value as T;
}

describeSqlite('lekha demo --years 2', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lekha-years-'));
    dbPath = join(dir, 'years.db');
    await buildYearsDemo(dbPath, { years: 2, seed: 'test', until: UNTIL });
    sqlite = new Database(dbPath, { readonly: true });
    core = await openCore({ dbPath, actor: 'ทดสอบ', log: () => {} });
  }, 60_000);

  afterAll(async () => {
    sqlite?.close();
    await core?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds about fifty meetings a year in four series, each with items, directives and progress in proportion', () => {
    const meetings = one('select count(*) from meetings');
    expect(meetings).toBeGreaterThan(85);
    expect(meetings).toBeLessThan(115);
    expect(one('select count(*) from meeting_series')).toBe(4);
    expect(one('select count(distinct series_id) from meetings')).toBe(4);
    const items = one('select count(*) from agenda_items') / meetings;
    const actions = one('select count(*) from action_items') / meetings;
    const progress = one('select count(*) from progress_updates') / one('select count(*) from action_items');
    expect(items).toBeGreaterThan(20);
    expect(items).toBeLessThan(40);
    expect(actions).toBeGreaterThan(70);
    expect(actions).toBeLessThan(140);
    expect(progress).toBeGreaterThan(2.2);
    expect(progress).toBeLessThan(4.5);
    // Sub-items, carried chains, policies at their stages, certified minutes: the shapes real use has.
    expect(one('select count(*) from agenda_items where parent_id is not null')).toBeGreaterThan(100);
    expect(one('select count(*) from agenda_items where continues_item_id is not null')).toBeGreaterThan(100);
    expect(one('select count(*) from policy_stage_history')).toBeGreaterThan(one('select count(*) from policies'));
    expect(one("select count(*) from minutes where status = 'certified'")).toBeGreaterThan(meetings * 0.9);
    expect(one("select count(*) from attendance where role = 'substitute'")).toBeGreaterThan(0);
    expect(one("select count(*) from attendance where presence = 'electronic'")).toBeGreaterThan(0);
  });

  it('marks everything it makes as illustrative', () => {
    expect(one("select count(*) from meetings where illustrative_note not like '%ข้อมูลสมมติ%'")).toBe(0);
    expect(one('select count(*) from action_items where illustrative = 0')).toBe(0);
    expect(one('select count(*) from progress_updates where illustrative = 0')).toBe(0);
    expect(one('select count(*) from people where illustrative = 0')).toBe(0);
  });

  it('passes SQLite integrity and foreign key checks, with positions 1..n and at most one lead per directive', () => {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const gaps = all(`select meeting_id, section_id, parent_id, count(*) n, max(position) top from agenda_items group by 1, 2, 3 having n != top`);
    expect(gaps).toEqual([]);
    expect(all('select agenda_item_id from action_items group by 1 having count(*) != max(position)')).toEqual([]);
    expect(one('select count(*) from action_items a where not exists (select 1 from action_owners o where o.action_id = a.id and o.is_lead = 1)')).toBe(0);
    expect(one('select count(*) from meetings m where not exists (select 1 from minutes where meeting_id = m.id)')).toBe(0);
    expect(one('select count(*) from audit_log')).toBeGreaterThan(one('select count(*) from action_items') + one('select count(*) from progress_updates'));
  });

  it('numbers each series n/พ.ศ. from 1 in every Buddhist year, in date order', () => {
    const rows = all<{ series_id: string; year_be: number; number: number; date: string }>('select series_id, year_be, number, date from meetings order by series_id, date');
    const years = new Set<string>();
    rows.forEach((r, i) => {
      expect(r.year_be).toBe(Number(r.date.slice(0, 4)) + 543);
      const prev = rows[i - 1];
      const first = !prev || prev.series_id !== r.series_id || prev.year_be !== r.year_be;
      expect(r.number).toBe(first ? 1 : prev.number + 1);
      years.add(`${r.series_id}:${r.year_be}`);
    });
    expect(years.size).toBeGreaterThanOrEqual(4 * 3);
  });

  it('gives directives statuses that fit their age: old ones closed, recent ones open, some overdue', () => {
    const share = (from: string, to: string, statuses: string) => {
      const total = one('select count(*) from action_items a join agenda_items i on i.id = a.agenda_item_id join meetings m on m.id = i.meeting_id where m.date between ? and ?', from, to);
      return one(`select count(*) from action_items a join agenda_items i on i.id = a.agenda_item_id join meetings m on m.id = i.meeting_id where m.date between ? and ? and a.status in (${statuses})`, from, to) / total;
    };
    expect(share('2000-01-01', '2025-06-30', "'done','cancelled'")).toBeGreaterThan(0.9);
    expect(share('2026-06-01', UNTIL, "'open','in_progress'")).toBeGreaterThan(0.8);
    const open = one("select count(*) from action_items where status in ('open','in_progress')");
    const overdue = one("select count(*) from action_items where status in ('open','in_progress') and due_date < ?", UNTIL);
    expect(overdue / open).toBeGreaterThan(0.05);
    expect(overdue / open).toBeLessThan(0.8);
    expect(one("select count(*) from action_items where status = 'cancelled'")).toBeGreaterThan(0);
  });

  it('is read by the contract: meetings, the action list with filters, a policy, certified minutes', async () => {
    const meetings = await call<{ id: string; date: string }[]>('meetings.list', {});
    expect(meetings).toHaveLength(one('select count(*) from meetings'));

    const overdue = await call<{ total: number; rows: { overdue: boolean; dueDate: string }[] }>('actions.list', { overdue: true, today: UNTIL, limit: 50 });
    expect(overdue.total).toBe(one("select count(*) from action_items where status in ('open','in_progress') and due_date < ?", UNTIL));
    expect(overdue.rows.every((r) => r.overdue)).toBe(true);
    const org = all<{ organisation_id: string }>('select organisation_id from action_owners group by 1 order by count(*) desc limit 1')[0].organisation_id;
    const byOrg = await call<{ total: number; rows: { dueDate: string | null; status: string }[] }>('actions.list', { organisationId: org, statuses: ['open', 'in_progress'], sort: 'due', today: UNTIL });
    expect(byOrg.total).toBe(one("select count(*) from action_items a where status in ('open','in_progress') and exists (select 1 from action_owners o where o.action_id = a.id and o.organisation_id = ?)", org));
    const dues = byOrg.rows.map((r) => r.dueDate ?? '9999-12-31');
    expect(dues).toEqual([...dues].sort());

    const policyId = all<{ policy_id: string }>('select policy_id from policy_stage_history group by 1 order by count(*) desc limit 1')[0].policy_id;
    const policy = await call<{ history: { decidedAt: unknown }[]; agendaItems: unknown[] }>('policies.get', { id: policyId });
    expect(policy.history).toHaveLength(one('select count(*) from policy_stage_history where policy_id = ?', policyId));
    expect(policy.history.every((h) => h.decidedAt !== null)).toBe(true);
    expect(policy.agendaItems.length).toBeGreaterThanOrEqual(policy.history.length);

    const certified = all<{ meeting_id: string }>("select meeting_id from minutes where status = 'certified' and certified_how = 'next_meeting' limit 1")[0].meeting_id;
    const minutes = await call<{ status: string; contentHash: string; certifiedAt: { itemNumber: string } | null; versions: { status: string; contentHash: string }[] }>('minutes.get', { meetingId: certified });
    expect(minutes.status).toBe('certified');
    expect(minutes.certifiedAt?.itemNumber).toBe('2.1');
    expect(minutes.versions.map((v) => v.status)).toEqual(['circulated', 'certified']);
    expect(minutes.versions.at(-1)!.contentHash).toBe(minutes.contentHash);
    const content = String(sqlite.prepare("select content from minutes_versions where meeting_id = ? and status = 'certified'").pluck().get(certified));
    expect(createHash('sha256').update(content).digest('hex')).toBe(minutes.contentHash);
  });

  it('prints certified minutes from their version, and answers the home page as the tracker counts', async () => {
    const certified = all<{ meeting_id: string; number: number; year_be: number }>(
      "select m.id meeting_id, m.number, m.year_be from minutes mi join meetings m on m.id = mi.meeting_id where mi.status = 'certified' order by m.date limit 1")[0];
    const file = await call<{ base64: string }>('documents.export', { meetingId: certified.meeting_id, kind: 'minutes', format: 'pdf' });
    const text = pdfText(Buffer.from(file.base64, 'base64')).replace(/\s+/g, ' ');
    expect(text).toContain(`ครั้งที่ ${certified.number}/${certified.year_be}`);
    expect(text).toContain('ผู้มาประชุม');

    const home = await call<{ overdue: { total: number; byAgency: { organisationId: string; count: number }[] }; policyMoves: { date: string }[] }>('home.summary', { today: UNTIL });
    expect(home.overdue.total).toBe(one("select count(*) from action_items where status in ('open','in_progress') and due_date < ?", UNTIL));
    for (const a of home.overdue.byAgency.slice(0, 3)) {
      expect((await call<{ total: number }>('actions.list', { organisationId: a.organisationId, overdue: true, today: UNTIL })).total).toBe(a.count);
    }
    expect(home.policyMoves.every((p) => p.date <= UNTIL && p.date >= '2026-05-31')).toBe(true);
    expect(home.policyMoves).toHaveLength(Math.min(20, one("select count(*) from policy_stage_history where date between '2026-05-31' and ?", UNTIL)));
  });

  it('leaves the minutes that went out last unchanged since they were circulated', async () => {
    const circulated = all<{ meeting_id: string }>("select meeting_id from minutes where status = 'circulated'");
    expect(circulated.length).toBeGreaterThan(0);
    for (const { meeting_id } of circulated) {
      expect((await call<{ changed: boolean }>('minutes.draftChanges', { meetingId: meeting_id })).changed).toBe(false);
    }
  });

  it('exports a generated meeting that imports into another database', async () => {
    const id = all<{ id: string }>(`select m.id from meetings m where exists (select 1 from agenda_items i where i.meeting_id = m.id and i.continues_item_id is not null)
      and exists (select 1 from attendance a where a.meeting_id = m.id and a.role = 'substitute') order by m.date desc limit 1`)[0].id;
    const file = await call<{ agendaItems: unknown[] }>('exchange.exportMeeting', { id });
    const other = await testCore();
    const { meetingId } = await other.call('exchange.importMeeting', { file } as never);
    const there = await other.call('meetings.get', { id: meetingId });
    expect(there.agendaItems).toHaveLength(one('select count(*) from agenda_items where meeting_id = ?', id));
    expect(there.actions).toHaveLength(one('select count(*) from action_items a join agenda_items i on i.id = a.agenda_item_id where i.meeting_id = ?', id));
    expect(there.attendance).toHaveLength(one('select count(*) from attendance where meeting_id = ?', id));
  });

  it('prepares the next meeting of the executives from the generated record', async () => {
    const series = all<{ id: string }>("select id from meeting_series where name_th like 'การประชุมผู้บริหาร%'")[0].id;
    const plan = await call<{ certifies: { number: string } | null; carried: unknown[] }>('meetings.preparation', { seriesId: series, date: '2026-07-08' });
    expect(plan.certifies?.number).toMatch(/^\d+\/2569$/);
    expect(plan.carried.length).toBeGreaterThan(0);
  });

  it('is searchable when done: the index built in bulk covers every item and directive, and its triggers run again', async () => {
    expect(one('select paused from search_state')).toBe(0);
    expect(one("select count(*) from search_docs where kind = 'item'")).toBe(one('select count(*) from agenda_items'));
    expect(one("select count(*) from search_docs where kind = 'directive'")).toBe(one('select count(*) from action_items'));
    const found = await call<{ groups: { kind: string; hits: { place: string }[] }[] }>('search.query', { text: 'อาชญากรรมทางเทคโนโลยี', kinds: ['item'] });
    expect(found.groups[0].hits[0].place).toMatch(/^ครั้งที่ \d+\/25(68|69) ระเบียบวาระที่ \d/);
  });
});

/** Every row of every table, in a stable order, hashed: two builds are the same when this is. */
function fingerprint(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true });
  try {
    // The search index's virtual tables are read through the tables that hold them (some WITHOUT ROWID: sorted here).
    const tables = db.prepare("select name, wr from pragma_table_list where schema = 'main' and type in ('table', 'shadow') and name not like 'sqlite_%' order by name").all() as { name: string; wr: number }[];
    const rows = (t: { name: string; wr: number }) => t.wr
      ? db.prepare(`select * from "${t.name}"`).raw().all().map((r) => JSON.stringify(r)).sort()
      : db.prepare(`select * from "${t.name}" order by rowid`).raw().all();
    return Object.fromEntries(tables.map((t) => [t.name, createHash('sha256').update(JSON.stringify(rows(t))).digest('hex')]));
  } finally {
    db.close();
  }
}

describeSqlite('lekha demo --years: the same seed builds the same data set', () => {
  it('twice from one seed gives identical tables, and another seed a different set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lekha-years-seed-'));
    try {
      const paths = ['a.db', 'b.db', 'c.db'].map((n) => join(dir, n));
      await buildYearsDemo(paths[0], { years: 1, seed: 'same', until: UNTIL });
      await buildYearsDemo(paths[1], { years: 1, seed: 'same', until: UNTIL });
      await buildYearsDemo(paths[2], { years: 1, seed: 'other', until: UNTIL });
      const [a, b, c] = paths.map(fingerprint);
      expect(a).toEqual(b);
      expect(a.action_items).not.toBe(c.action_items);
      expect(Object.keys(a)).toContain('audit_log');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describeSqlite('the lekha demo --years command', () => {
  const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;
  const lekha = (args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('prints each year and a summary, then refuses to build over a database that holds meetings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lekha-years-cli-'));
    try {
      const db = join(dir, 'a.db');
      const built = lekha(['demo', '--years', '1', '--seed', 'cli', '--db', db]);
      expect(built.code).toBe(0);
      expect(built.out).toMatch(/พ\.ศ\. 25\d\d: การประชุม \d+ ครั้ง/);
      expect(built.out).toMatch(/ขนาดไฟล์ [\d.]+ MB/);
      expect(built.out).toMatch(/ข้อสั่งการและการติดตาม \(action_items\): [\d,]+/);
      const meetings = new Database(db, { readonly: true });
      const count = Number(meetings.prepare('select count(*) from meetings').pluck().get());
      meetings.close();
      expect(count).toBeGreaterThan(40);

      const again = lekha(['demo', '--years', '1', '--db', db]);
      expect(again.code).toBe(1);
      expect(again.err).toContain(`มีการประชุมอยู่แล้ว ${count} ครั้ง`);
      expect(again.out).toBe('');
      expect(lekha(['demo', '--years', 'ยี่สิบ', '--db', db]).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
