import { versionOf } from '../db/versioned';
import type { Organisation, Person } from '../../shared/schemas/directory';
import { LekhaError } from '../../shared/errors';
import type { OrganisationsTable, PeopleTable } from '../db/types';
import { type HandlerSlice, newId } from './context';
import { mergePeople } from './directory-merge';
import { fromBool, toBool, write } from './write';

export const toOrganisation = (r: OrganisationsTable): Organisation => ({
  id: r.id, version: versionOf(r), nameTh: r.name_th, abbrTh: r.abbr_th, nameEn: r.name_en, abbrEn: r.abbr_en,
  kind: r.kind as Organisation['kind'], parentId: r.parent_id, active: toBool(r.active), abbrVerified: toBool(r.abbr_verified),
});

export const toPerson = (r: PeopleTable): Person => ({
  id: r.id, version: versionOf(r), title: r.title, firstName: r.first_name, lastName: r.last_name, position: r.position,
  organisationId: r.organisation_id, illustrative: toBool(r.illustrative), active: toBool(r.active),
  mergedIntoId: r.merged_into_id,
});

const abbrTaken = (abbr: string) => new LekhaError('CONFLICT', `มีหน่วยงานที่ใช้อักษรย่อ "${abbr}" อยู่แล้ว`, 'abbrTh');

const optionalBool = (v: boolean | undefined) => (v === undefined ? undefined : fromBool(v));

/** Organisations and people: the directory every meeting draws on. Inactive records stay for history. */
export const directoryHandlers: HandlerSlice<
  'organisations.list' | 'organisations.create' | 'organisations.update' | 'people.list' | 'people.create' | 'people.update' | 'people.merge'
> = {
  'organisations.list': async (_args, { db }) =>
    (await db.selectFrom('organisations').selectAll().orderBy('abbr_th').execute()).map(toOrganisation),

  'organisations.create': (a, ctx) =>
    write(ctx, async (w) => {
      if (await w.trx.selectFrom('organisations').select('id').where('abbr_th', '=', a.abbrTh).executeTakeFirst()) throw abbrTaken(a.abbrTh);
      const row = await w.insert('organisations', {
        id: newId(), name_th: a.nameTh, abbr_th: a.abbrTh, name_en: a.nameEn, abbr_en: a.abbrEn, kind: a.kind,
        parent_id: a.parentId, active: 1, abbr_verified: fromBool(a.abbrVerified), created_at: w.at, updated_at: w.at,
      });
      return toOrganisation(row);
    }),

  'organisations.update': (a, ctx) =>
    write(ctx, async (w) => {
      if (a.abbrTh) {
        const other = await w.trx.selectFrom('organisations').select('id').where('abbr_th', '=', a.abbrTh).where('id', '!=', a.id).executeTakeFirst();
        if (other) throw abbrTaken(a.abbrTh);
      }
      const row = await w.update('organisations', a.id, {
        name_th: a.nameTh, abbr_th: a.abbrTh, name_en: a.nameEn, abbr_en: a.abbrEn, kind: a.kind, parent_id: a.parentId,
        active: optionalBool(a.active), abbr_verified: optionalBool(a.abbrVerified),
      });
      return toOrganisation(row);
    }),

  'people.merge': (a, ctx) => write(ctx, (w) => mergePeople(w, a.keepId, a.mergeId)),

  'people.list': async ({ organisationId }, { db }) => {
    let q = db.selectFrom('people').selectAll();
    if (organisationId) q = q.where('organisation_id', '=', organisationId);
    return (await q.orderBy('first_name').orderBy('last_name').execute()).map(toPerson);
  },

  'people.create': (a, ctx) =>
    write(ctx, async (w) => {
      const row = await w.insert('people', {
        id: newId(), title: a.title, first_name: a.firstName, last_name: a.lastName, position: a.position,
        organisation_id: a.organisationId, illustrative: fromBool(a.illustrative), active: 1, merged_into_id: null, created_at: w.at, updated_at: w.at,
      });
      return toPerson(row);
    }),

  'people.update': (a, ctx) =>
    write(ctx, async (w) => {
      const row = await w.update('people', a.id, {
        title: a.title, first_name: a.firstName, last_name: a.lastName, position: a.position,
        organisation_id: a.organisationId, illustrative: optionalBool(a.illustrative), active: optionalBool(a.active),
      });
      return toPerson(row);
    }),
};
