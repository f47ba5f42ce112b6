import type { Kysely } from 'kysely';
import agencies from '../../resources/reference/agencies.json';
import sections from '../../resources/reference/agenda-sections.json';
import stageTemplates from '../../resources/reference/stage-templates.json';
import type { DB } from '../db/types';
import type { HandlerSlice } from './context';

/**
 * The shipped organisations (ministries, central agencies, the ministry's own agencies and partners),
 * each flagged where its abbreviation was not checked against a published source. Added to a new
 * database and, on upgrade, to an existing one; one already there (by id or abbreviation) is left as
 * the officer may have edited it.
 */
export async function addReferenceOrganisations(db: Kysely<DB>, at: string): Promise<void> {
  await db
    .insertInto('organisations')
    .values(agencies.agencies.map((a) => ({
      id: a.id, name_th: a.nameTh, abbr_th: a.abbrTh, name_en: a.nameEn, abbr_en: a.abbrEn, kind: a.kind,
      parent_id: null, active: 1 as const, abbr_verified: a.abbrVerified ? (1 as const) : (0 as const), created_at: at, updated_at: at,
    })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Loads the shipped reference data into a new database: the organisations, the standard agenda
 * sections and the legislation stage templates. Runs inside the migration's transaction, so a new
 * database has either all of it or nothing. IDs come from the files, so they are the same everywhere.
 */
export async function loadReferenceData(db: Kysely<DB>, at: string): Promise<void> {
  await addReferenceOrganisations(db, at);
  await db
    .insertInto('section_templates')
    .values(sections.sections.map((s) => ({ kind: s.kind, default_position: s.defaultPosition, title_th: s.titleTh, title_en: s.titleEn })))
    .execute();
  for (const t of stageTemplates.templates) {
    await db.insertInto('stage_templates').values({ id: t.id, kind: t.kind, name_th: t.nameTh, name_en: t.nameEn }).execute();
    await db
      .insertInto('template_stages')
      .values(t.stages.map((s) => ({ id: s.id, template_id: t.id, position: s.position, name_th: s.nameTh, name_en: s.nameEn, terminal: s.terminal })))
      .execute();
  }
}

export const referenceHandlers: HandlerSlice<'reference.sectionTemplates'> = {
  'reference.sectionTemplates': async (_args, { db }) => {
    const rows = await db.selectFrom('section_templates').selectAll().orderBy('default_position').execute();
    return rows.map((r) => ({
      kind: r.kind as 'announcements', defaultPosition: r.default_position, titleTh: r.title_th, titleEn: r.title_en,
    }));
  },
};
