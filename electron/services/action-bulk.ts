import type { Kysely } from 'kysely';
import { LekhaError, refusal } from '../../shared/errors';
import type { BulkChange } from '../../shared/schemas/actions';
import type { BulkChangesTable, DB } from '../db/types';
import { type HandlerSlice, newId } from './context';
import { type Writer, write } from './write';

type Change = { actionId: string; from: string };

const toBulkChange = (r: BulkChangesTable): BulkChange => ({
  id: r.id, at: r.at, actor: r.actor, status: r.status as BulkChange['status'], count: (JSON.parse(r.changes) as Change[]).length,
  undone: r.undone_at !== null,
});

async function latest(db: Kysely<DB>): Promise<BulkChangesTable | undefined> {
  return db.selectFrom('bulk_changes').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

async function setStatus(w: Writer, actionId: string, status: string): Promise<void> {
  const action = (await w.get('action_items', actionId))!;
  const item = (await w.get('agenda_items', action.agenda_item_id))!;
  await w.update('action_items', actionId, { status }, item.meeting_id);
}

/**
 * Status changes of many actions at once, each kept with the status it replaced so the last change can
 * be undone (เลิกทำ). Both ways are audited action by action, in one transaction.
 */
export const bulkHandlers: HandlerSlice<'actions.bulkStatus' | 'actions.lastBulkChange' | 'actions.undoBulk'> = {
  'actions.bulkStatus': (a, ctx) =>
    write(ctx, async (w) => {
      const changes: Change[] = [];
      for (const id of new Set(a.ids)) {
        const action = await w.get('action_items', id);
        if (!action) throw new LekhaError('NOT_FOUND', 'มีรายการที่เลือกถูกลบไปแล้ว ไม่มีรายการใดถูกเปลี่ยน', 'ids');
        if (action.status === a.status) continue;
        await setStatus(w, id, a.status);
        changes.push({ actionId: id, from: action.status });
      }
      if (changes.length === 0) return { updated: 0, change: null };
      const row = { id: newId(), at: w.at, actor: w.actor, status: a.status, changes: JSON.stringify(changes), undone_at: null };
      await w.trx.insertInto('bulk_changes').values(row).execute();
      await w.log('bulk_changes', row.id, 'create', null, row);
      return { updated: changes.length, change: toBulkChange(row) };
    }),

  'actions.lastBulkChange': async (_a, { db }) => {
    const row = await latest(db);
    return row && row.undone_at === null ? toBulkChange(row) : null;
  },

  /** Refused, changing nothing, when it is not the last change or an action has moved on since (named, all at once). */
  'actions.undoBulk': (a, ctx) =>
    write(ctx, async (w) => {
      const row = await w.trx.selectFrom('bulk_changes').selectAll().where('id', '=', a.id).executeTakeFirst();
      if (!row) throw new LekhaError('NOT_FOUND', 'ไม่พบการเปลี่ยนสถานะนี้', 'id');
      if (row.undone_at !== null) throw new LekhaError('CONFLICT', 'การเปลี่ยนสถานะนี้ถูกเลิกทำไปแล้ว', 'id');
      if ((await latest(w.trx))?.id !== row.id) throw new LekhaError('CONFLICT', 'เลิกทำได้เฉพาะการเปลี่ยนสถานะครั้งล่าสุด', 'id');
      const changes = JSON.parse(row.changes) as Change[];
      const moved: { field: string; message: string }[] = [];
      for (const c of changes) {
        const action = await w.get('action_items', c.actionId);
        if (!action) moved.push({ field: 'id', message: 'มีรายการหนึ่งถูกลบไปแล้ว' });
        else if (action.status !== row.status) moved.push({ field: 'id', message: `"${action.text.slice(0, 60)}" ถูกเปลี่ยนสถานะอีกครั้งหลังจากนั้น` });
      }
      if (moved.length) throw refusal('CONFLICT', 'เลิกทำไม่ได้ ไม่มีรายการใดถูกเปลี่ยน', moved);
      for (const c of changes) await setStatus(w, c.actionId, c.from);
      await w.trx.updateTable('bulk_changes').set({ undone_at: w.at }).where('id', '=', row.id).execute();
      await w.log('bulk_changes', row.id, 'update', row, { ...row, undone_at: w.at });
      return { restored: changes.length };
    }),
};
