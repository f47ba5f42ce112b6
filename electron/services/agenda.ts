import { LekhaError } from '../../shared/errors';
import type { AgendaItem } from '../../shared/schemas/meeting';
import type { AgendaItemsTable } from '../db/types';
import { listAgendaItems } from './agenda-read';
import { type HandlerSlice, newId } from './context';
import { assertItemEditable, assertMeetingEditable } from './lock';
import { fromBool, type Writer, write } from './write';

async function siblings(w: Writer, meetingId: string, sectionId: string, parentId: string | null, exceptId?: string) {
  let q = w.trx.selectFrom('agenda_items').selectAll().where('meeting_id', '=', meetingId).where('section_id', '=', sectionId);
  q = parentId ? q.where('parent_id', '=', parentId) : q.where('parent_id', 'is', null);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.orderBy('position').execute();
}

/** Writes positions 1..n in the given order, logging only the items whose place changed. */
async function renumber(w: Writer, items: readonly AgendaItemsTable[], meetingId: string) {
  for (const [index, item] of items.entries()) {
    if (item.position !== index + 1) await w.update('agenda_items', item.id, { position: index + 1 }, meetingId);
  }
}

/** The section must belong to the meeting's series; a parent must be in the same meeting (and gives its section). */
async function placeFor(w: Writer, meetingId: string, sectionId: string, parentId: string | null): Promise<string> {
  if (parentId) {
    const parent = await w.get('agenda_items', parentId);
    if (!parent || parent.meeting_id !== meetingId) throw new LekhaError('INVALID', 'วาระหลักต้องอยู่ในการประชุมเดียวกัน', 'parentId');
    return parent.section_id;
  }
  const ok = await w.trx
    .selectFrom('series_sections').innerJoin('meetings', 'meetings.series_id', 'series_sections.series_id')
    .select('series_sections.id').where('meetings.id', '=', meetingId).where('series_sections.id', '=', sectionId)
    .executeTakeFirst();
  if (!ok) throw new LekhaError('INVALID', 'หมวดวาระนี้ไม่ใช่ของชุดการประชุมนี้', 'sectionId');
  return sectionId;
}

async function descendants(w: Writer, id: string): Promise<AgendaItemsTable[]> {
  const kids = await w.trx.selectFrom('agenda_items').selectAll().where('parent_id', '=', id).execute();
  const deeper = await Promise.all(kids.map((k) => descendants(w, k.id)));
  return [...kids, ...deeper.flat()];
}

async function readItem(w: Writer, meetingId: string, id: string): Promise<AgendaItem> {
  return (await listAgendaItems(w.trx, meetingId)).find((i) => i.id === id)!;
}

export const agendaHandlers: HandlerSlice<'agenda.create' | 'agenda.update' | 'agenda.move' | 'agenda.delete'> = {
  'agenda.create': (a, ctx) =>
    write(ctx, async (w) => {
      await assertMeetingEditable(w.trx, a.meetingId);
      const sectionId = await placeFor(w, a.meetingId, a.sectionId, a.parentId);
      const id = newId();
      const position = (await siblings(w, a.meetingId, sectionId, a.parentId)).length + 1;
      await w.insert('agenda_items', {
        id, meeting_id: a.meetingId, section_id: sectionId, parent_id: a.parentId, position, subject: a.subject,
        presenter_org_id: a.presenterOrgId ?? null, presenter_person_id: a.presenterPersonId ?? null,
        summary: a.summary ?? '', proposal: a.proposal ?? '', discussion: a.discussion ?? '', resolution: a.resolution ?? '',
        resolution_kind: a.resolutionKind ?? null, secrecy: a.secrecy ?? 'none', continues_item_id: a.continuesItemId ?? null,
        carry_forward: fromBool(a.carryForward ?? false), created_at: w.at, updated_at: w.at,
      }, a.meetingId);
      return readItem(w, a.meetingId, id);
    }),

  'agenda.update': (a, ctx) =>
    write(ctx, async (w) => {
      const meetingId = await assertItemEditable(w.trx, a.id);
      await w.update('agenda_items', a.id, {
        subject: a.subject, presenter_org_id: a.presenterOrgId, presenter_person_id: a.presenterPersonId, summary: a.summary,
        proposal: a.proposal, discussion: a.discussion, resolution: a.resolution, resolution_kind: a.resolutionKind,
        secrecy: a.secrecy, continues_item_id: a.continuesItemId,
        carry_forward: a.carryForward === undefined ? undefined : fromBool(a.carryForward),
      }, meetingId);
      return readItem(w, meetingId, a.id);
    }),

  /** Moves within a section, between sections, or under another item; both old and new places renumber. */
  'agenda.move': (a, ctx) =>
    write(ctx, async (w) => {
      const meetingId = await assertItemEditable(w.trx, a.id);
      const item = (await w.get('agenda_items', a.id))!;
      if (a.parentId && (a.parentId === a.id || (await descendants(w, a.id)).some((d) => d.id === a.parentId))) {
        throw new LekhaError('INVALID', 'ย้ายวาระไปอยู่ใต้ตัวเองหรือวาระย่อยของตัวเองไม่ได้', 'parentId');
      }
      const sectionId = await placeFor(w, meetingId, a.sectionId, a.parentId);
      const target = await siblings(w, meetingId, sectionId, a.parentId, a.id);
      const index = Math.min(a.position, target.length + 1) - 1;
      if (sectionId !== item.section_id || a.parentId !== item.parent_id) {
        await w.update('agenda_items', a.id, { section_id: sectionId, parent_id: a.parentId }, meetingId);
        for (const d of await descendants(w, a.id)) await w.update('agenda_items', d.id, { section_id: sectionId }, meetingId);
        await renumber(w, await siblings(w, meetingId, item.section_id, item.parent_id, a.id), meetingId);
      }
      const moved = { ...item, position: item.section_id === sectionId && item.parent_id === a.parentId ? item.position : 0 };
      await renumber(w, [...target.slice(0, index), moved, ...target.slice(index)], meetingId);
      return listAgendaItems(w.trx, meetingId);
    }),

  'agenda.delete': (a, ctx) =>
    write(ctx, async (w) => {
      const meetingId = await assertItemEditable(w.trx, a.id);
      const item = (await w.get('agenda_items', a.id))!;
      for (const d of await descendants(w, a.id)) await w.log('agenda_items', d.id, 'delete', d, null, meetingId);
      await w.remove('agenda_items', a.id, meetingId);
      await renumber(w, await siblings(w, meetingId, item.section_id, item.parent_id), meetingId);
      return { ok: true as const };
    }),
};
