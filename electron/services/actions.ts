import { versionOf } from '../db/versioned';
import type { Kysely } from 'kysely';
import { LekhaError } from '../../shared/errors';
import type { ActionItem } from '../../shared/schemas/meeting';
import type { ActionItemsTable, DB } from '../db/types';
import { ownersEntry } from './audit-entries';
import { type HandlerSlice, newId } from './context';
import { assertItemEditable } from './lock';
import { fromBool, toBool, type Writer, write } from './write';

/** Actions of the given agenda items, each item's in the order they were recorded (their stored position). */
export async function listActions(db: Kysely<DB>, agendaItemIds: readonly string[]): Promise<ActionItem[]> {
  if (agendaItemIds.length === 0) return [];
  const rows = await db.selectFrom('action_items').selectAll().where('agenda_item_id', 'in', agendaItemIds).orderBy('position').orderBy('created_at').orderBy('id').execute();
  return withOwners(db, rows);
}

export async function withOwners(db: Kysely<DB>, rows: ActionItemsTable[]): Promise<ActionItem[]> {
  if (rows.length === 0) return [];
  const owners = await db.selectFrom('action_owners').selectAll().where('action_id', 'in', rows.map((r) => r.id)).execute();
  const byAction = new Map<string, typeof owners>();
  for (const o of owners) byAction.set(o.action_id, [...(byAction.get(o.action_id) ?? []), o]);
  return rows.map((r) => {
    const mine = byAction.get(r.id) ?? [];
    return {
      id: r.id, version: versionOf(r), agendaItemId: r.agenda_item_id, kind: r.kind as ActionItem['kind'], text: r.text, dueDate: r.due_date,
      status: r.status as ActionItem['status'], illustrative: toBool(r.illustrative), position: r.position,
      leadOrgId: mine.find((o) => o.is_lead === 1)?.organisation_id ?? null,
      supportOrgIds: mine.filter((o) => o.is_lead === 0).map((o) => o.organisation_id),
    };
  });
}

async function readAction(db: Kysely<DB>, id: string): Promise<ActionItem> {
  const row = await db.selectFrom('action_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new LekhaError('NOT_FOUND', 'ไม่พบรายการดำเนินการนี้ อาจถูกลบไปแล้ว', 'id');
  return (await withOwners(db, [row]))[0];
}

async function setOwners(w: Writer, actionId: string, lead: string | null, support: readonly string[], meetingId: string) {
  const others = support.filter((s) => s !== lead);
  const before = await w.trx.selectFrom('action_owners').selectAll().where('action_id', '=', actionId).execute();
  await w.trx.deleteFrom('action_owners').where('action_id', '=', actionId).execute();
  const rows = [
    ...(lead ? [{ action_id: actionId, organisation_id: lead, is_lead: 1 as const }] : []),
    ...[...new Set(others)].map((o) => ({ action_id: actionId, organisation_id: o, is_lead: 0 as const })),
  ];
  if (rows.length) await w.trx.insertInto('action_owners').values(rows).execute();
  await w.log('action_owners', actionId, 'update', ownersEntry(before), ownersEntry(rows), meetingId);
}

export const actionHandlers: HandlerSlice<'actions.create' | 'actions.update' | 'actions.delete' | 'actions.reorder'> = {
  'actions.create': async (a, ctx) => {
    const id = newId();
    await write(ctx, async (w) => {
      const meetingId = await assertItemEditable(w.trx, a.agendaItemId);
      const last = await w.trx.selectFrom('action_items').select((eb) => eb.fn.max('position').as('max')).where('agenda_item_id', '=', a.agendaItemId).executeTakeFirst();
      await w.insert('action_items', {
        id, agenda_item_id: a.agendaItemId, kind: a.kind, text: a.text, due_date: a.dueDate, status: a.status,
        illustrative: fromBool(a.illustrative), position: (last?.max ?? 0) + 1, created_at: w.at, updated_at: w.at,
      }, meetingId);
      await setOwners(w, id, a.leadOrgId, a.supportOrgIds, meetingId);
    });
    return readAction(ctx.db, id);
  },

  /** Status, due date and owners move on after certification; the recorded text and kind do not. */
  'actions.update': async (a, ctx) => {
    await write(ctx, async (w) => {
      const current = await w.get('action_items', a.id);
      if (!current) throw new LekhaError('NOT_FOUND', 'ไม่พบรายการดำเนินการนี้ อาจถูกลบไปแล้ว', 'id');
      const meeting = await w.trx.selectFrom('agenda_items').select('meeting_id').where('id', '=', current.agenda_item_id).executeTakeFirstOrThrow();
      const changesRecord = (a.text !== undefined && a.text !== current.text) || (a.kind !== undefined && a.kind !== current.kind);
      if (changesRecord) await assertItemEditable(w.trx, current.agenda_item_id);
      await w.update('action_items', a.id, {
        kind: a.kind, text: a.text, due_date: a.dueDate, status: a.status,
        illustrative: a.illustrative === undefined ? undefined : fromBool(a.illustrative),
      }, meeting.meeting_id);
      if (a.leadOrgId !== undefined || a.supportOrgIds !== undefined) {
        const now = await readAction(w.trx, a.id);
        await setOwners(w, a.id, a.leadOrgId === undefined ? now.leadOrgId : a.leadOrgId, a.supportOrgIds ?? now.supportOrgIds, meeting.meeting_id);
      }
    });
    return readAction(ctx.db, a.id);
  },

  /** The order of an item's actions is part of the record (ข้อสั่งการ 1), 2) …): locked with the minutes. */
  'actions.reorder': (a, ctx) =>
    write(ctx, async (w) => {
      const meetingId = await assertItemEditable(w.trx, a.agendaItemId);
      const current = await w.trx.selectFrom('action_items').select(['id', 'position']).where('agenda_item_id', '=', a.agendaItemId).execute();
      const same = current.length === a.ids.length && new Set(a.ids).size === a.ids.length && a.ids.every((id) => current.some((c) => c.id === id));
      if (!same) throw new LekhaError('CONFLICT', 'รายการที่จะจัดลำดับไม่ตรงกับรายการดำเนินการของวาระนี้ (อาจมีผู้อื่นเพิ่มหรือลบไปแล้ว) กรุณาโหลดใหม่', 'ids');
      for (const [index, id] of a.ids.entries()) {
        if (current.find((c) => c.id === id)!.position !== index + 1) await w.update('action_items', id, { position: index + 1 }, meetingId);
      }
      return listActions(w.trx, [a.agendaItemId]);
    }),

  'actions.delete': (a, ctx) =>
    write(ctx, async (w) => {
      const current = await w.get('action_items', a.id);
      if (!current) throw new LekhaError('NOT_FOUND', 'ไม่พบรายการดำเนินการนี้ อาจถูกลบไปแล้ว', 'id');
      const meetingId = await assertItemEditable(w.trx, current.agenda_item_id);
      await w.remove('action_items', a.id, meetingId);
      return { ok: true as const };
    }),
};
