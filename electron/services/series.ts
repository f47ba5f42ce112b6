import { versionOf } from '../db/versioned';
import type { Kysely } from 'kysely';
import type { ParsedArgs } from '../../shared/contract';
import { LekhaError } from '../../shared/errors';
import { personName } from '../../shared/names';
import type { Series, SeriesMember } from '../../shared/schemas/series';
import { storedLetterhead, withLetterhead } from './series-letterhead';
import type { DB } from '../db/types';
import { loadFontFile } from '../documents/font-files';
import { type HandlerSlice, newId } from './context';
import { setSections, standardSections } from './series-sections';
import { type Writer, write } from './write';

/** Reads series with their sections (in the body's order), default members and officers. */
export async function readSeries(db: Kysely<DB>, id?: string): Promise<Series[]> {
  let q = db.selectFrom('meeting_series').selectAll();
  if (id) q = q.where('id', '=', id);
  const rows = await q.orderBy('name_th').execute();
  const sections = await db.selectFrom('series_sections').selectAll().orderBy('position').execute();
  const members = await db.selectFrom('series_members').selectAll().orderBy('sort_order').execute();
  // Items per section from `agenda_items_section` (migration 0045): for one series, its sections' only.
  const counts = await db
    .selectFrom('agenda_items')
    .select(['section_id', (eb) => eb.fn.countAll<number>().as('n')])
    .$if(id !== undefined, (q) => q.where('section_id', 'in', (eb) => eb.selectFrom('series_sections').select('id').where('series_id', '=', id!)))
    .groupBy('section_id')
    .execute();
  const itemCount = new Map(counts.map((c) => [c.section_id, Number(c.n)]));
  return rows.map((r) => ({
    id: r.id, version: versionOf(r), nameTh: r.name_th, shortName: r.short_name, nameEn: r.name_en, numbering: r.numbering,
    recordingStyle: r.recording_style as Series['recordingStyle'],
    ...storedLetterhead(r.document_settings),
    sections: sections.filter((s) => s.series_id === r.id).map((s) => ({
      id: s.id, position: s.position, kind: s.kind as Series['sections'][number]['kind'], titleTh: s.title_th, whenEmpty: s.when_empty,
      itemCount: itemCount.get(s.id) ?? 0,
    })),
    members: members.filter((m) => m.series_id === r.id).map((m) => ({ personId: m.person_id, meetingRole: m.meeting_role as SeriesMember['meetingRole'] })),
    secretaryId: r.secretary_id, minuteTakerId: r.minute_taker_id, reviewerId: r.reviewer_id,
    nextNumber: r.next_number !== null && r.next_number_year_be !== null ? { number: r.next_number, yearBe: r.next_number_year_be } : null,
    carryWindowMonths: r.carry_window_months,
  }));
}

export async function getSeries(db: Kysely<DB>, id: string): Promise<Series> {
  const [found] = await readSeries(db, id);
  if (!found) throw new LekhaError('NOT_FOUND', 'ไม่พบชุดการประชุมนี้', 'seriesId');
  return found;
}

async function setMembers(w: Writer, seriesId: string, members: readonly SeriesMember[]): Promise<void> {
  const twice = [...new Set(members.map((m) => m.personId).filter((id, i, all) => all.indexOf(id) !== i))];
  if (twice.length) {
    const people = await w.trx.selectFrom('people').select(['title', 'first_name', 'last_name']).where('id', 'in', twice).execute();
    const names = people.map((p) => personName({ title: p.title, firstName: p.first_name, lastName: p.last_name })).join(', ');
    throw new LekhaError('INVALID', `รายชื่อผู้เข้าประชุมประจำมีบุคคลซ้ำกัน: ${names || 'บุคคลที่ไม่พบในทะเบียน'}`, 'members');
  }
  const before = await w.trx.selectFrom('series_members').selectAll().where('series_id', '=', seriesId).orderBy('sort_order').execute();
  await w.trx.deleteFrom('series_members').where('series_id', '=', seriesId).execute();
  const rows = members.map((m, i) => ({ series_id: seriesId, person_id: m.personId, meeting_role: m.meetingRole, sort_order: i + 1 }));
  if (rows.length) await w.trx.insertInto('series_members').values(rows).execute();
  await w.log('series_members', seriesId, 'update', { members: before }, { members: rows });
}

type NextNumber = ParsedArgs<'series.update'>['nextNumber'];
const nextNumberColumns = (n: NextNumber) =>
  n === undefined ? {} : { next_number: n?.number ?? null, next_number_year_be: n?.yearBe ?? null };

/** Creates a series with its sections (the six standard ones unless given); inside a caller's transaction. Returns the id. */
export async function insertSeries(w: Writer, a: ParsedArgs<'series.create'>): Promise<string> {
  const duplicate = await w.trx.selectFrom('meeting_series').select('id').where('name_th', '=', a.nameTh).executeTakeFirst();
  if (duplicate) throw new LekhaError('CONFLICT', `มีชุดการประชุมชื่อ "${a.nameTh}" อยู่แล้ว`, 'nameTh');
  const id = newId();
  await w.insert('meeting_series', {
    id, name_th: a.nameTh, short_name: a.shortName, name_en: a.nameEn, numbering: a.numbering,
    recording_style: a.recordingStyle, document_settings: '{}', created_at: w.at, updated_at: w.at,
    secretary_id: a.secretaryId ?? null, minute_taker_id: a.minuteTakerId ?? null, reviewer_id: a.reviewerId ?? null,
    next_number: null, next_number_year_be: null, ...nextNumberColumns(a.nextNumber), carry_window_months: a.carryWindowMonths ?? 12,
  });
  await setSections(w, id, a.sections ?? (await standardSections(w, a.sectionOrder)));
  if (a.members.length) await setMembers(w, id, a.members);
  return id;
}

export const seriesHandlers: HandlerSlice<'series.list' | 'series.create' | 'series.update'> = {
  'series.list': async (_args, { db }) => readSeries(db),

  'series.create': async (a, ctx) => getSeries(ctx.db, await write(ctx, (w) => insertSeries(w, a))),

  'series.update': async (a, ctx) => {
    // A font file saved for every document of the series must be one that can be used (read outside the write lock).
    if (a.documentSettings?.customFontPath) await loadFontFile(a.documentSettings.customFontPath, 'customFontPath');
    if (a.documentSettings?.customBoldFontPath) await loadFontFile(a.documentSettings.customBoldFontPath, 'customBoldFontPath');
    await write(ctx, async (w) => {
      const current = await w.get('meeting_series', a.id);
      if (!current) throw new LekhaError('NOT_FOUND', 'ไม่พบชุดการประชุมนี้', 'id');
      const settings = a.documentSettings || a.letterhead ? withLetterhead(current.document_settings, a.documentSettings, a.letterhead) : undefined;
      await w.update('meeting_series', a.id, {
        name_th: a.nameTh, short_name: a.shortName, name_en: a.nameEn, numbering: a.numbering, recording_style: a.recordingStyle,
        document_settings: settings, secretary_id: a.secretaryId, minute_taker_id: a.minuteTakerId, reviewer_id: a.reviewerId,
        ...nextNumberColumns(a.nextNumber), carry_window_months: a.carryWindowMonths,
      });
      if (a.sections) await setSections(w, a.id, a.sections);
      else if (a.sectionOrder) await setSections(w, a.id, await orderedExisting(w, a.id, a.sectionOrder));
      if (a.members) await setMembers(w, a.id, a.members);
    });
    return getSeries(ctx.db, a.id);
  },
};

/** `sectionOrder` (the standard kinds) applied to the sections a series has: the named first, the rest after. */
async function orderedExisting(w: Writer, seriesId: string, order: readonly string[]) {
  const current = (await getSeries(w.trx, seriesId)).sections;
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...current].sort((x, y) => rank(x.kind) - rank(y.kind) || x.position - y.position);
}
