import { type Kysely, sql } from 'kysely';
import { formatMeetingNumber } from '../../shared/numbering';
import type { CarryCandidate, Preparation } from '../../shared/schemas/meeting';
import { formatThaiDate, formatThaiDateShort } from '../../shared/thai';
import type { AgendaItemsTable, DB } from '../db/types';
import { newId } from './context';
import { itemRefs } from './item-refs';
import type { Writer } from './write';

const OPEN = ['open', 'in_progress'];

/** The ISO date `months` before `iso` (clamped to the month's last day: 31 March − 1 month = 28/29 February). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return `${target.getUTCFullYear()}-${String(target.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The meeting before `number/yearBe` in its series, if any. */
async function previousMeeting(db: Kysely<DB>, seriesId: string, yearBe: number, number: number, exceptId?: string) {
  let q = db.selectFrom('meetings').selectAll().where('series_id', '=', seriesId)
    .where((eb) => eb.or([eb('year_be', '<', yearBe), eb.and([eb('year_be', '=', yearBe), eb('number', '<', number)])]));
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.orderBy('year_be', 'desc').orderBy('number', 'desc').limit(1).executeTakeFirst();
}

/**
 * The newest item of each chain of continuations (an item carried meeting after meeting), from any item
 * of it: one recursive statement for all the items asked, each step the newest item continuing the last
 * (`agenda_items_continues`). Answers item id → newest item id.
 */
async function latestOfChains(db: Kysely<DB>, itemIds: readonly string[]): Promise<Map<string, string>> {
  if (itemIds.length === 0) return new Map();
  const { rows } = await sql<{ start: string; id: string; hops: number }>`
    with recursive chain(start, id, hops) as (
      select id, id, 0 from agenda_items where id in (${sql.join(itemIds)})
      union all
      select c.start, (select n.id from agenda_items n where n.continues_item_id = c.id order by n.created_at desc limit 1), c.hops + 1
      from chain c where c.hops < 500 and exists (select 1 from agenda_items n where n.continues_item_id = c.id)
    )
    select start, id, hops from chain`.execute(db);
  const latest = new Map<string, { id: string; hops: number }>();
  for (const r of rows) if ((latest.get(r.start)?.hops ?? -1) < r.hops) latest.set(r.start, r);
  return new Map([...latest].map(([start, r]) => [start, r.id]));
}

/** The first item of each chain (its subject is what the matter is called), followed back by `continues_item_id`. */
async function subjectsOfRoots(db: Kysely<DB>, itemIds: readonly string[]): Promise<Map<string, string>> {
  if (itemIds.length === 0) return new Map();
  const { rows } = await sql<{ start: string; subject: string; hops: number }>`
    with recursive up(start, id, subject, previous, hops) as (
      select id, id, subject, continues_item_id, 0 from agenda_items where id in (${sql.join(itemIds)})
      union all
      select u.start, p.id, p.subject, p.continues_item_id, u.hops + 1 from up u join agenda_items p on p.id = u.previous where u.hops < 500
    )
    select start, subject, hops from up`.execute(db);
  const root = new Map<string, { subject: string; hops: number }>();
  for (const r of rows) if ((root.get(r.start)?.hops ?? -1) < r.hops) root.set(r.start, r);
  return new Map([...root].map(([start, r]) => [start, r.subject]));
}

/**
 * What a new meeting dated `date` (number/yearBe) would carry into section 3, as a secretariat carries:
 * the items the last meeting marked to continue, and the items whose directives are still open and
 * were raised at a meeting within the series' window (12 months by default) — one line per chain of
 * continuations, citing its newest item. Read from indexes only (the series' meetings by date, their
 * items, their actions; never the whole history), in a fixed number of statements whatever the count.
 */
export async function carryCandidates(db: Kysely<DB>, seriesId: string, date: string, yearBe: number, number: number, exceptId?: string): Promise<Preparation> {
  const series = await db.selectFrom('meeting_series').select('carry_window_months').where('id', '=', seriesId).executeTakeFirstOrThrow();
  const previous = await previousMeeting(db, seriesId, yearBe, number, exceptId);
  if (!previous) return { certifies: null, carried: [], windowMonths: series.carry_window_months };
  const from = monthsBefore(date, series.carry_window_months);
  const marked = await db.selectFrom('agenda_items').select('id').where('meeting_id', '=', previous.id).where('carry_forward', '=', 1).execute();
  const open = await db.selectFrom('action_items as a').innerJoin('agenda_items as i', 'i.id', 'a.agenda_item_id').innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['a.agenda_item_id as itemId', 'a.id as actionId']).where('m.series_id', '=', seriesId).where('m.date', '>=', from).where('m.date', '<=', date)
    .where('a.status', 'in', OPEN).$if(exceptId !== undefined, (q) => q.where('m.id', '!=', exceptId!)).execute();

  const starts = [...marked.map((r) => [r.id, true] as const), ...open.map((r) => [r.itemId, false] as const)];
  const latestOf = await latestOfChains(db, [...new Set(starts.map(([id]) => id))]);
  const latestRows = new Map((await db.selectFrom('agenda_items as i').innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['i.id', 'i.meeting_id', 'i.position', 'i.presenter_org_id', 'm.year_be', 'm.number'])
    .where('i.id', 'in', [...new Set(latestOf.values()), ''])
    .execute()).map((r) => [r.id, r]));
  const chains = new Map<string, { latest: string; marked: boolean; items: Set<string> }>();
  for (const [itemId, isMarked] of starts) {
    const latest = latestRows.get(latestOf.get(itemId) ?? '');
    if (!latest || latest.meeting_id === exceptId) continue;
    const chain = chains.get(latest.id) ?? { latest: latest.id, marked: false, items: new Set<string>() };
    chain.marked ||= isMarked;
    chain.items.add(itemId);
    chains.set(latest.id, chain);
  }
  const latestIds = [...chains.keys()];
  const [refs, subjects, actions] = await Promise.all([
    itemRefs(db, latestIds),
    subjectsOfRoots(db, latestIds),
    db.selectFrom('action_items').select(['agenda_item_id', 'text', 'due_date'])
      .where('agenda_item_id', 'in', [...new Set([...chains.values()].flatMap((c) => [...c.items])), ''])
      .where('status', 'in', OPEN).orderBy('position').orderBy('created_at').orderBy('id').execute(),
  ]);
  const entries: { candidate: CarryCandidate; order: [number, number, number] }[] = [];
  for (const chain of chains.values()) {
    const latest = latestRows.get(chain.latest)!;
    const ref = refs.get(chain.latest);
    entries.push({
      order: [latest.year_be, latest.number, latest.position],
      candidate: {
        itemId: chain.latest, subject: subjects.get(chain.latest) ?? ref?.subject ?? '', presenterOrgId: latest.presenter_org_id,
        from: `ครั้งที่ ${formatMeetingNumber(latest.number, latest.year_be)} ระเบียบวาระที่ ${ref?.itemNumber ?? ''}`,
        meetingDate: ref?.meetingDate ?? null, reason: chain.marked ? 'marked' : 'openActions',
        openActions: actions.filter((a) => chain.items.has(a.agenda_item_id))
          .map((a) => `${a.text}${a.due_date ? ` (กำหนดเสร็จ ${formatThaiDateShort(a.due_date)})` : ''}`),
      },
    });
  }
  // Oldest meeting first, then in the order of that meeting's agenda.
  entries.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return {
    certifies: { meetingId: previous.id, number: formatMeetingNumber(previous.number, previous.year_be), date: previous.date },
    carried: entries.map((e) => e.candidate), windowMonths: series.carry_window_months,
  };
}

/**
 * Writes the preparation into a new meeting, inside its create transaction: section 2 certifies the
 * previous meeting's minutes; section 3 carries the candidates the officer kept (all of them when
 * `keep` is not given), each citing where it came from and keeping its policy links. A series without
 * a certification or continuing section skips that part.
 */
export async function prepareFromEarlier(w: Writer, meetingId: string, keep?: readonly string[]): Promise<void> {
  const meeting = await w.trx.selectFrom('meetings').selectAll().where('id', '=', meetingId).executeTakeFirstOrThrow();
  const plan = await carryCandidates(w.trx, meeting.series_id, meeting.date ?? '9999-12-31', meeting.year_be, meeting.number, meetingId);
  if (!plan.certifies) return;
  const sections = await w.trx.selectFrom('series_sections').selectAll().where('series_id', '=', meeting.series_id).execute();
  // Each section numbers its own items from x.1.
  const positions = new Map<string, number>();
  const add = async (kind: 'certification' | 'continuing', fields: Partial<AgendaItemsTable> & { subject: string }) => {
    const section = sections.find((s) => s.kind === kind);
    if (!section) return null;
    const position = (positions.get(section.id) ?? 0) + 1;
    positions.set(section.id, position);
    const id = newId();
    await w.insert('agenda_items', {
      id, meeting_id: meetingId, section_id: section.id, parent_id: null, position, presenter_org_id: null,
      presenter_person_id: null, summary: '', proposal: '', discussion: '', resolution: '', resolution_kind: null, secrecy: 'none',
      continues_item_id: null, carry_forward: 0, created_at: w.at, updated_at: w.at, ...fields,
    }, meetingId);
    return id;
  };
  const { certifies } = plan;
  await add('certification', { subject: `รับรองรายงานการประชุมครั้งที่ ${certifies.number}${certifies.date ? ` เมื่อวันที่ ${formatThaiDate(certifies.date)}` : ''}` });
  for (const c of plan.carried.filter((x) => !keep || keep.includes(x.itemId))) {
    const summary = [`สืบเนื่องจากการประชุม${c.from}`, ...(c.openActions.length ? ['รายการที่ยังดำเนินการอยู่:', ...c.openActions.map((a, i) => `${i + 1}) ${a}`)] : [])].join('\n');
    const carried = await add('continuing', { subject: c.subject, summary, continues_item_id: c.itemId, presenter_org_id: c.presenterOrgId });
    if (carried) await keepPolicyLinks(w, c.itemId, carried, meetingId);
  }
}

/** A carried item concerns the same policies as the item it continues. */
async function keepPolicyLinks(w: Writer, fromItemId: string, toItemId: string, meetingId: string): Promise<void> {
  const links = await w.trx.selectFrom('agenda_item_policies').select('policy_id').where('agenda_item_id', '=', fromItemId).execute();
  if (links.length === 0) return;
  const rows = links.map((l) => ({ agenda_item_id: toItemId, policy_id: l.policy_id }));
  await w.trx.insertInto('agenda_item_policies').values(rows).execute();
  await w.log('agenda_item_policies', toItemId, 'create', null, { policies: rows.map((r) => r.policy_id) }, meetingId);
}
