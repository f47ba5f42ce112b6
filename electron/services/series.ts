import type { Kysely } from 'kysely';
import type { ParsedArgs } from '../../shared/contract';
import { LekhaError } from '../../shared/errors';
import { type DocumentSettingsPatch, resolveDocumentSettings } from '../../shared/schemas/document-settings';
import type { Series, SeriesMember } from '../../shared/schemas/series';
import type { DB } from '../db/types';
import { type HandlerSlice, newId } from './context';
import { type Writer, write } from './write';

type SectionKind = Series['sections'][number]['kind'];

/** Reads series with their sections (in the body's order) and default members. */
export async function readSeries(db: Kysely<DB>, id?: string): Promise<Series[]> {
  let q = db.selectFrom('meeting_series').selectAll();
  if (id) q = q.where('id', '=', id);
  const rows = await q.orderBy('name_th').execute();
  const sections = await db.selectFrom('series_sections').selectAll().orderBy('position').execute();
  const members = await db.selectFrom('series_members').selectAll().orderBy('sort_order').execute();
  return rows.map((r) => ({
    id: r.id, nameTh: r.name_th, shortName: r.short_name, nameEn: r.name_en, numbering: r.numbering,
    recordingStyle: r.recording_style as Series['recordingStyle'],
    documentSettings: resolveDocumentSettings(JSON.parse(r.document_settings) as DocumentSettingsPatch),
    sections: sections.filter((s) => s.series_id === r.id).map((s) => ({ id: s.id, position: s.position, kind: s.kind as SectionKind, titleTh: s.title_th })),
    members: members.filter((m) => m.series_id === r.id).map((m) => ({ personId: m.person_id, meetingRole: m.meeting_role as SeriesMember['meetingRole'] })),
  }));
}

export async function getSeries(db: Kysely<DB>, id: string): Promise<Series> {
  const [found] = await readSeries(db, id);
  if (!found) throw new LekhaError('NOT_FOUND', 'ไม่พบชุดการประชุมนี้', 'seriesId');
  return found;
}

/**
 * Sets the section order: the kinds given first, in that order; the standard sections not named keep
 * their standard order after them, so every series always has all six sections.
 */
async function setSections(w: Writer, seriesId: string, order: readonly SectionKind[] | undefined): Promise<void> {
  const templates = await w.trx.selectFrom('section_templates').selectAll().orderBy('default_position').execute();
  const kinds = [...(order ?? []), ...templates.map((t) => t.kind as SectionKind).filter((k) => !order?.includes(k))];
  const existing = await w.trx.selectFrom('series_sections').selectAll().where('series_id', '=', seriesId).execute();
  // Move everything out of the way first: positions are unique within a series.
  for (const s of existing) await w.trx.updateTable('series_sections').set({ position: s.position + 1000 }).where('id', '=', s.id).execute();
  for (const [index, kind] of kinds.entries()) {
    const template = templates.find((t) => t.kind === kind)!;
    const current = existing.find((s) => s.kind === kind);
    if (current) await w.update('series_sections', current.id, { position: index + 1 });
    else await w.insert('series_sections', { id: newId(), series_id: seriesId, position: index + 1, kind, title_th: template.title_th });
  }
}

async function setMembers(w: Writer, seriesId: string, members: readonly SeriesMember[]): Promise<void> {
  if (new Set(members.map((m) => m.personId)).size !== members.length) {
    throw new LekhaError('INVALID', 'รายชื่อองค์ประชุมมีบุคคลซ้ำกัน', 'members');
  }
  const before = await w.trx.selectFrom('series_members').selectAll().where('series_id', '=', seriesId).orderBy('sort_order').execute();
  await w.trx.deleteFrom('series_members').where('series_id', '=', seriesId).execute();
  const rows = members.map((m, i) => ({ series_id: seriesId, person_id: m.personId, meeting_role: m.meetingRole, sort_order: i + 1 }));
  if (rows.length) await w.trx.insertInto('series_members').values(rows).execute();
  await w.log('series_members', seriesId, 'update', { members: before }, { members: rows });
}

/** Creates a series with all its sections; for use inside a caller's transaction. Returns the id. */
export async function insertSeries(w: Writer, a: ParsedArgs<'series.create'>): Promise<string> {
  const duplicate = await w.trx.selectFrom('meeting_series').select('id').where('name_th', '=', a.nameTh).executeTakeFirst();
  if (duplicate) throw new LekhaError('CONFLICT', `มีชุดการประชุมชื่อ "${a.nameTh}" อยู่แล้ว`, 'nameTh');
  const id = newId();
  await w.insert('meeting_series', {
    id, name_th: a.nameTh, short_name: a.shortName, name_en: a.nameEn, numbering: a.numbering,
    recording_style: a.recordingStyle, document_settings: '{}', created_at: w.at, updated_at: w.at,
  });
  await setSections(w, id, a.sectionOrder);
  if (a.members.length) await setMembers(w, id, a.members);
  return id;
}

export const seriesHandlers: HandlerSlice<'series.list' | 'series.create' | 'series.update'> = {
  'series.list': async (_args, { db }) => readSeries(db),

  'series.create': async (a, ctx) => getSeries(ctx.db, await write(ctx, (w) => insertSeries(w, a))),

  'series.update': async (a, ctx) => {
    await write(ctx, async (w) => {
      const current = await w.get('meeting_series', a.id);
      if (!current) throw new LekhaError('NOT_FOUND', 'ไม่พบชุดการประชุมนี้', 'id');
      const settings = a.documentSettings ? JSON.stringify({ ...JSON.parse(current.document_settings), ...a.documentSettings }) : undefined;
      await w.update('meeting_series', a.id, {
        name_th: a.nameTh, short_name: a.shortName, name_en: a.nameEn, numbering: a.numbering, recording_style: a.recordingStyle,
        document_settings: settings,
      });
      if (a.sectionOrder) await setSections(w, a.id, a.sectionOrder);
      if (a.members) await setMembers(w, a.id, a.members);
    });
    return getSeries(ctx.db, a.id);
  },
};
