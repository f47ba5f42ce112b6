import { refusal } from '../../shared/errors';
import type { ExchangeAgendaItem, ExchangeFile, ImportResult } from '../../shared/exchange';
import { personName } from '../../shared/schemas/directory';
import type { Series } from '../../shared/schemas/series';
import { memberRoleTitles } from '../../shared/roles';
import { ownersEntry } from './audit-entries';
import { newId, type ServiceContext } from './context';
import { importEvidence } from './evidence/exchange-in';
import { checkExchangeFile } from './exchange-check';
import { matchOrganisations, renameAbbreviations } from './exchange-orgs';
import { getSeries, insertSeries, readSeries } from './series';
import { findSection, setSections, standardSections } from './series-sections';
import { fromBool, type Writer, write } from './write';

/**
 * Imports one meeting file in a single transaction. The whole file is checked first and a bad file is
 * refused once, naming every problem, with nothing written. Organisations the file lists and the
 * database lacks are created (unverified unless the file says otherwise), and sections the series
 * lacks are added, so a file from another office goes in at the first try.
 */
export async function importMeeting(ctx: ServiceContext, given: unknown, renames: Record<string, string> = {}): Promise<ImportResult> {
  const listed = new Set(((given as { organisations?: { abbrTh?: unknown }[] })?.organisations ?? []).map((o) => o?.abbrTh));
  const unknownRenames = Object.keys(renames).filter((abbr) => !listed.has(abbr));
  if (unknownRenames.length) {
    throw refusal('INVALID', 'นำเข้าไม่ได้', unknownRenames.map((abbr) => ({ field: 'renameOrganisations', message: `ไม่มีหน่วยงานอักษรย่อ "${abbr}" ในรายการหน่วยงาน (organisations) ของไฟล์ จึงเปลี่ยนอักษรย่อไม่ได้` })));
  }
  const raw = renameAbbreviations(given, renames);
  const name = (raw as { series?: { nameTh?: unknown } })?.series?.nameTh;
  const existing = (await readSeries(ctx.db)).find((s) => s.nameTh === (typeof name === 'string' ? name.trim() : '')) ?? null;
  const { file, problems, onlyConflicts } = await checkExchangeFile(ctx.db, raw, existing);
  if (!file) throw refusal(onlyConflicts ? 'CONFLICT' : 'INVALID', 'นำเข้าไม่ได้', problems, 'ไม่มีข้อมูลใดถูกบันทึก แก้ทุกจุดแล้วนำเข้าใหม่');

  return write(ctx, async (w) => {
    const { ids: orgs, created: createdOrganisations, reused: reusedOrganisations } = await resolveOrganisations(w, file);
    const { series: target, added: addedSections } = existing ? await addMissingSections(w, existing, file) : { series: await createSeries(w, file), added: [] };
    const { ids: people, created: createdPeople } = await resolvePeople(w, file, orgs);
    if (file.series.members.length && target.members.length === 0) {
      const rows = file.series.members.map((m, i) => ({ series_id: target.id, person_id: people.get(m.person)!, meeting_role: m.meetingRole, sort_order: i + 1 }));
      await w.trx.insertInto('series_members').values(rows).execute();
      await w.log('series_members', target.id, 'update', { members: [] }, { members: rows });
    }
    const m = file.meeting;
    const ref = (n: string | null) => (n ? people.get(n)! : null);
    await w.insert('meetings', {
      id: m.id, series_id: target.id, number: m.number, year_be: m.yearBe, date: m.date, start_time: m.startTime, end_time: m.endTime,
      venue: m.venue, mode: m.mode, conferencing: m.conferencing, chair_id: ref(m.chair), secretary_id: ref(m.secretary),
      minute_taker_id: ref(m.minuteTaker), reviewer_id: ref(m.reviewer), status: m.status, secrecy: m.secrecy,
      illustrative_note: m.illustrativeNote, created_at: w.at, updated_at: w.at,
    }, m.id);
    await w.trx.insertInto('minutes').values({ meeting_id: m.id, status: 'draft', amended: 0, amendment_text: '', updated_at: w.at }).execute();
    const lines = new Map<string, string>();
    for (const [i, a] of file.attendance.entries()) {
      lines.set(a.person, newId());
      await w.insert('attendance', {
        id: lines.get(a.person)!, meeting_id: m.id, person_id: ref(a.person)!, role: a.role, meeting_role: a.meetingRole || (a.role === 'member' ? memberRoleTitles.member : ''),
        substitute_for_id: a.role === 'substitute' ? ref(a.substituteFor) : null, position: a.position, presence: a.presence,
        absence_reason: a.presence === 'absent' ? (a.absenceReason ?? 'other') : null, absence_note: a.absenceNote, sort_order: i + 1,
      }, m.id);
    }
    await insertItems(w, file, target, ref, orgs);
    if (file.evidence) await importEvidence(w, m.id, file.evidence, lines);
    return { meetingId: m.id, createdOrganisations, reusedOrganisations, createdPeople, addedSections };
  });
}

/**
 * The organisations the file means, by the abbreviation it uses: the database's own, one it has
 * under another abbreviation (same name), or one created now, unverified unless the file vouches.
 */
async function resolveOrganisations(w: Writer, file: ExchangeFile): Promise<{ ids: Map<string, string>; created: ImportResult['createdOrganisations']; reused: ImportResult['reusedOrganisations'] }> {
  const match = await matchOrganisations(w.trx, file.organisations);
  const created: ImportResult['createdOrganisations'] = [];
  for (const o of match.toCreate.map((i) => file.organisations[i])) {
    const row = await w.insert('organisations', {
      id: newId(), name_th: o.nameTh, abbr_th: o.abbrTh, name_en: o.nameEn, abbr_en: o.abbrEn, kind: o.kind, parent_id: null,
      active: 1, abbr_verified: fromBool(o.abbrVerified ?? false), created_at: w.at, updated_at: w.at,
    });
    match.ids.set(o.abbrTh, row.id);
    created.push({ abbrTh: o.abbrTh, nameTh: o.nameTh });
  }
  return { ids: match.ids, created, reused: match.reused };
}

async function createSeries(w: Writer, file: ExchangeFile): Promise<Series> {
  const { sections, sectionOrder, members: _, ...series } = file.series;
  const id = await insertSeries(w, { ...series, sectionOrder, sections: sections?.length ? sections : undefined, members: [] });
  return getSeries(w.trx, id);
}

/** Sections the file's items use that the existing series lacks go at its end (standard or the file's own). */
async function addMissingSections(w: Writer, series: Series, file: ExchangeFile): Promise<{ series: Series; added: string[] }> {
  const listed = file.series.sections ?? (await standardSections(w, file.series.sectionOrder));
  const missing = listed.filter((s) => !findSection(series.sections, s.kind === 'custom' ? s.titleTh : s.kind))
    .filter((s) => file.agendaItems.some((i) => findSection([s], i.section)));
  if (missing.length === 0) return { series, added: [] };
  await setSections(w, series.id, [...series.sections, ...missing]);
  return { series: await getSeries(w.trx, series.id), added: missing.map((s) => s.titleTh) };
}

async function insertItems(
  w: Writer, file: ExchangeFile, series: Series, ref: (name: string | null) => string | null, orgs: Map<string, string>,
): Promise<void> {
  const org = (abbr: string | null) => (abbr ? orgs.get(abbr)! : null);
  const existingIds = new Set((await w.trx.selectFrom('agenda_items').select('id').execute()).map((r) => r.id));
  const m = file.meeting;
  const insertItem = async (item: ExchangeAgendaItem, sectionId: string, parentId: string | null, position: number) => {
    await w.insert('agenda_items', {
      id: item.id, meeting_id: m.id, section_id: sectionId, parent_id: parentId, position, subject: item.subject,
      presenter_org_id: org(item.presenterOrganisation), presenter_person_id: ref(item.presenter), summary: item.summary,
      proposal: item.proposal, discussion: item.discussion, resolution: item.resolution, resolution_kind: item.resolutionKind,
      secrecy: item.secrecy, continues_item_id: item.continuesItemId && existingIds.has(item.continuesItemId) ? item.continuesItemId : null,
      carry_forward: fromBool(item.carryForward), created_at: w.at, updated_at: w.at,
    }, m.id);
    for (const [index, a] of item.actions.entries()) {
      await w.insert('action_items', {
        id: a.id, agenda_item_id: item.id, kind: a.kind, text: a.text, due_date: a.dueDate, status: a.status,
        illustrative: fromBool(a.illustrative), position: index + 1, created_at: w.at, updated_at: w.at,
      }, m.id);
      const owners = [
        ...(a.lead ? [{ action_id: a.id, organisation_id: org(a.lead)!, is_lead: 1 as const }] : []),
        // Two abbreviations in the file may name one organisation here: it is listed once.
        ...[...new Set(a.support.map((s) => org(s)!))].filter((id) => id !== org(a.lead)).map((id) => ({ action_id: a.id, organisation_id: id, is_lead: 0 as const })),
      ];
      if (owners.length) {
        await w.trx.insertInto('action_owners').values(owners).execute();
        await w.log('action_owners', a.id, 'update', { owners: [] }, ownersEntry(owners), m.id);
      }
    }
    for (const [i, sub] of item.subItems.entries()) await insertItem(sub, sectionId, item.id, i + 1);
  };
  const positions = new Map<string, number>();
  for (const item of file.agendaItems) {
    const sectionId = findSection(series.sections, item.section)!.id;
    const next = (positions.get(sectionId) ?? 0) + 1;
    positions.set(sectionId, next);
    await insertItem(item, sectionId, null, next);
  }
}

/** Finds or creates every person the file lists; matched on title, first and last name. */
async function resolvePeople(w: Writer, file: ExchangeFile, orgs: Map<string, string>): Promise<{ ids: Map<string, string>; created: string[] }> {
  const existing = await w.trx.selectFrom('people').selectAll().execute();
  const ids = new Map<string, string>();
  const created: string[] = [];
  for (const p of file.people) {
    const found = existing.find((e) => personName({ title: e.title, firstName: e.first_name, lastName: e.last_name }) === personName(p));
    if (found) ids.set(p.name, found.id);
    else {
      const row = await w.insert('people', {
        id: newId(), title: p.title, first_name: p.firstName, last_name: p.lastName, position: p.position,
        organisation_id: p.organisation ? orgs.get(p.organisation)! : null, illustrative: fromBool(p.illustrative), active: 1, merged_into_id: null,
        created_at: w.at, updated_at: w.at,
      });
      ids.set(p.name, row.id);
      created.push(personName(p));
    }
  }
  return { ids, created };
}
