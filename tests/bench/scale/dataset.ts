// The twenty-year data set the scale bench measures (issue 11): `lekha demo --years 20` into a file
// under /tmp, built once and reused (about 30 s and 1.2 GB); LEKHA_SCALE_DB names another file.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { buildYearsDemo, openCore } from '../../../electron/api';

export const SCALE_DB = process.env.LEKHA_SCALE_DB ?? join(tmpdir(), 'lekha-scale-20y.db');

/** Builds the set if the file is missing, then opens it once through the core so it is migrated to this version. */
export async function ensureDataset(): Promise<{ path: string; builtMs: number | null; migrateMs: number }> {
  let builtMs: number | null = null;
  if (!existsSync(SCALE_DB)) {
    process.stderr.write(`building the 20-year set in ${SCALE_DB} (about 30 s) …\n`);
    const t0 = performance.now();
    await buildYearsDemo(SCALE_DB, { years: 20, seed: 'lekha' });
    builtMs = performance.now() - t0;
  }
  const t0 = performance.now();
  const core = await openCore({ dbPath: SCALE_DB, log: () => {} });
  await core.close();
  return { path: SCALE_DB, builtMs, migrateMs: performance.now() - t0 };
}

export interface Org {
  id: string;
  abbr: string;
  actions: number;
}

/** What the cases name: agencies large, middling and small, the busiest meeting, the most linked policy. */
export interface Sample {
  /** Actions in all. */
  actions: number;
  /** Agencies by how many actions they own (lead or supporting), most first. */
  orgs: Org[];
  largest: Org;
  middle: Org;
  small: Org;
  meetingId: string;
  meetingLabel: string;
  policyId: string;
  /** The policy with the longest timeline (stage moves, questions, indicators). */
  detailPolicyId: string;
  /** The meeting with the longest history in the audit log. */
  auditMeetingId: string;
  series: { id: string; name: string; meetings: number; lastDate: string; lastNumber: number; lastYear: number }[];
  today: string;
}

export function sample(path: string): Sample {
  const db = new Database(path, { readonly: true });
  try {
    const all = <T>(sql: string) => db.prepare(sql).all() as T[];
    const one = <T>(sql: string) => db.prepare(sql).get() as T;
    const orgs = all<Org>(`select o.id, coalesce(nullif(o.abbr_th, ''), o.name_th) abbr, count(*) actions
      from action_owners w join organisations o on o.id = w.organisation_id group by o.id order by actions desc`);
    const meeting = one<{ id: string; label: string }>(`select m.id, m.number || '/' || m.year_be label from meetings m
      join agenda_items i on i.meeting_id = m.id join action_items a on a.agenda_item_id = i.id group by m.id order by count(*) desc limit 1`);
    const series = all<Sample['series'][number]>(`select s.id, s.name_th name, count(m.id) meetings, max(m.date) lastDate,
      (select number from meetings x where x.series_id = s.id order by x.date desc limit 1) lastNumber,
      (select year_be from meetings x where x.series_id = s.id order by x.date desc limit 1) lastYear
      from meeting_series s join meetings m on m.series_id = s.id group by s.id order by meetings desc`);
    return {
      actions: one<{ n: number }>('select count(*) n from action_items').n,
      orgs,
      largest: orgs[0],
      // The middle of the agencies by size is where neither walking an order nor sorting the agency's rows is cheap.
      middle: orgs.find((o) => o.actions < 15_000) ?? orgs[Math.floor(orgs.length / 4)],
      small: orgs[orgs.length - 1],
      meetingId: meeting.id,
      meetingLabel: meeting.label,
      policyId: one<{ id: string }>('select policy_id id from agenda_item_policies group by policy_id order by count(*) desc limit 1').id,
      detailPolicyId: one<{ id: string }>(`select p.id from policies p order by (select count(*) from policy_stage_history h where h.policy_id = p.id)
        + (select count(*) from agenda_item_policies l where l.policy_id = p.id) desc limit 1`).id,
      auditMeetingId: one<{ id: string }>('select meeting_id id from audit_log where meeting_id is not null group by meeting_id order by count(*) desc limit 1').id,
      series,
      today: new Date().toISOString().slice(0, 10),
    };
  } finally {
    db.close();
  }
}
