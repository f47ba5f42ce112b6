import { formatMeetingNumber } from '../../shared/numbering';
import { formatThaiDate, formatThaiDateShort } from '../../shared/thai';
import type { AgendaItemsTable } from '../db/types';
import { listAgendaItems } from './agenda-read';
import { newId } from './context';
import type { Writer } from './write';

/**
 * A new meeting prepares itself from the series' past (issue 4): section 2 certifies the previous
 * meeting's minutes; section 3 carries every earlier item marked to continue and every item that still
 * has open actions, each citing the meeting and item it came from. Runs inside the create transaction.
 */
export async function prepareFromEarlier(w: Writer, meetingId: string): Promise<void> {
  const meeting = await w.trx.selectFrom('meetings').selectAll().where('id', '=', meetingId).executeTakeFirstOrThrow();
  const earlier = await w.trx.selectFrom('meetings').selectAll()
    .where('series_id', '=', meeting.series_id).where('id', '!=', meetingId)
    .where((eb) => eb.or([eb('year_be', '<', meeting.year_be), eb.and([eb('year_be', '=', meeting.year_be), eb('number', '<', meeting.number)])]))
    .orderBy('year_be', 'desc').orderBy('number', 'desc').execute();
  if (earlier.length === 0) return;
  const sections = await w.trx.selectFrom('series_sections').selectAll().where('series_id', '=', meeting.series_id).execute();
  // Each section numbers its own items from x.1; a series without a certification or continuing section skips that part.
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

  const previous = earlier[0];
  const when = previous.date ? ` เมื่อวันที่ ${formatThaiDate(previous.date)}` : '';
  await add('certification', { subject: `รับรองรายงานการประชุมครั้งที่ ${formatMeetingNumber(previous.number, previous.year_be)}${when}` });
  if (!sections.some((s) => s.kind === 'continuing')) return;

  const ids = earlier.map((m) => m.id);
  const items = await w.trx.selectFrom('agenda_items').selectAll().where('meeting_id', 'in', ids).execute();
  const byId = new Map(items.map((i) => [i.id, i]));
  const continued = new Set(items.map((i) => i.continues_item_id).filter((x): x is string => x !== null));
  const rootOf = (item: AgendaItemsTable): AgendaItemsTable => {
    const parent = item.continues_item_id ? byId.get(item.continues_item_id) : undefined;
    return parent ? rootOf(parent) : item;
  };
  const actions = await w.trx.selectFrom('action_items').selectAll()
    .where('agenda_item_id', 'in', items.map((i) => i.id).length ? items.map((i) => i.id) : [''])
    .where('status', 'in', ['open', 'in_progress']).orderBy('created_at').execute();

  // One continuing item per chain of items, pointing at the newest item of the chain.
  const chains = new Map<string, { latest: AgendaItemsTable; actions: typeof actions }>();
  const latestOf = (root: AgendaItemsTable) => items.filter((i) => rootOf(i).id === root.id && !continued.has(i.id))[0] ?? root;
  for (const item of items.filter((i) => i.carry_forward === 1 && !continued.has(i.id))) {
    chains.set(rootOf(item).id, { latest: item, actions: [] });
  }
  for (const action of actions) {
    const root = rootOf(byId.get(action.agenda_item_id)!);
    const chain = chains.get(root.id) ?? { latest: latestOf(root), actions: [] };
    chain.actions.push(action);
    chains.set(root.id, chain);
  }
  const meetingOf = new Map(earlier.map((m) => [m.id, m]));
  const order = [...chains.values()].sort((a, b) => {
    const ma = meetingOf.get(a.latest.meeting_id)!;
    const mb = meetingOf.get(b.latest.meeting_id)!;
    return ma.year_be - mb.year_be || ma.number - mb.number || a.latest.position - b.latest.position;
  });
  const numbers = new Map<string, Map<string, string>>();
  for (const chain of order) {
    const source = meetingOf.get(chain.latest.meeting_id)!;
    if (!numbers.has(source.id)) numbers.set(source.id, new Map((await listAgendaItems(w.trx, source.id)).map((i) => [i.id, i.number])));
    const cite = `สืบเนื่องจากการประชุมครั้งที่ ${formatMeetingNumber(source.number, source.year_be)} ระเบียบวาระที่ ${numbers.get(source.id)!.get(chain.latest.id)}`;
    const open = chain.actions.map((a, i) => `${i + 1}) ${a.text}${a.due_date ? ` (กำหนดเสร็จ ${formatThaiDateShort(a.due_date)})` : ''}`);
    const summary = [cite, ...(open.length ? ['รายการที่ยังดำเนินการอยู่:', ...open] : [])].join('\n');
    const carried = await add('continuing', {
      subject: rootOf(chain.latest).subject, summary, continues_item_id: chain.latest.id, presenter_org_id: chain.latest.presenter_org_id,
    });
    await keepPolicyLinks(w, chain.latest.id, carried!, meetingId);
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
