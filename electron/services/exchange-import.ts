import { LekhaError } from '../../shared/errors';
import type { ExchangeAgendaItem, ExchangeFile } from '../../shared/exchange';
import { formatMeetingNumber } from '../../shared/numbering';
import { personName } from '../../shared/schemas/directory';
import type { Series } from '../../shared/schemas/series';
import { describeField } from '../../shared/validation';
import { newId, type ServiceContext } from './context';
import { memberRoleTitles } from '../../shared/roles';
import { getSeries, insertSeries, readSeries } from './series';
import { fromBool, type Writer, write } from './write';

const refused = (code: 'INVALID' | 'CONFLICT', path: (string | number)[], message: string) =>
  new LekhaError(code, `นำเข้าไม่ได้: "${describeField(path)}" (${path.join('.')}) ${message} ไม่มีข้อมูลใดถูกบันทึก`, path.join('.'));

/**
 * Imports one meeting file in a single transaction: every reference is resolved first, so a bad file
 * is refused with the field named and nothing written.
 */
export async function importMeeting(ctx: ServiceContext, file: ExchangeFile): Promise<{ meetingId: string }> {
  const existing = (await readSeries(ctx.db)).find((s) => s.nameTh === file.series.nameTh) ?? null;
  await checkReferences(ctx, file, existing);
  return write(ctx, async (w) => {
    const target: Series = existing ?? (await getSeries(w.trx, await insertSeries(w, { ...file.series, members: [] })));
    const people = await resolvePeople(w, file);
    if (file.series.members.length && target.members.length === 0) {
      const rows = file.series.members.map((m, i) => ({ series_id: target.id, person_id: people.get(m.person)!, meeting_role: m.meetingRole, sort_order: i + 1 }));
      await w.trx.insertInto('series_members').values(rows).execute();
      await w.log('series_members', target.id, 'update', { members: [] }, { members: rows });
    }
    const m = file.meeting;
    const ref = (name: string | null) => (name ? people.get(name)! : null);
    await w.insert('meetings', {
      id: m.id, series_id: target.id, number: m.number, year_be: m.yearBe, date: m.date, start_time: m.startTime, end_time: m.endTime,
      venue: m.venue, mode: m.mode, conferencing: m.conferencing, chair_id: ref(m.chair), secretary_id: ref(m.secretary),
      minute_taker_id: ref(m.minuteTaker), reviewer_id: ref(m.reviewer), status: m.status, secrecy: m.secrecy,
      illustrative_note: m.illustrativeNote, created_at: w.at, updated_at: w.at,
    }, m.id);
    await w.trx.insertInto('minutes').values({ meeting_id: m.id, status: 'draft', amended: 0, amendment_text: '', updated_at: w.at }).execute();
    for (const [i, a] of file.attendance.entries()) {
      await w.insert('attendance', {
        id: newId(), meeting_id: m.id, person_id: ref(a.person)!, role: a.role, meeting_role: a.meetingRole || (a.role === 'member' ? memberRoleTitles.member : ''),
        substitute_for_id: a.role === 'substitute' ? ref(a.substituteFor) : null, position: a.position, presence: a.presence,
        absence_reason: a.presence === 'absent' ? (a.absenceReason ?? 'other') : null, absence_note: a.absenceNote, sort_order: i + 1,
      }, m.id);
    }
    const orgs = new Map((await w.trx.selectFrom('organisations').select(['id', 'abbr_th']).execute()).map((o) => [o.abbr_th, o.id]));
    const org = (abbr: string | null) => (abbr ? orgs.get(abbr)! : null);
    const existingIds = new Set((await w.trx.selectFrom('agenda_items').select('id').execute()).map((r) => r.id));
    const insertItem = async (item: ExchangeAgendaItem, parentId: string | null, position: number) => {
      const section = target.sections.find((s) => s.kind === item.section)!;
      await w.insert('agenda_items', {
        id: item.id, meeting_id: m.id, section_id: section.id, parent_id: parentId, position, subject: item.subject,
        presenter_org_id: org(item.presenterOrganisation), presenter_person_id: ref(item.presenter), summary: item.summary,
        proposal: item.proposal, discussion: item.discussion, resolution: item.resolution, resolution_kind: item.resolutionKind,
        secrecy: item.secrecy, continues_item_id: item.continuesItemId && existingIds.has(item.continuesItemId) ? item.continuesItemId : null,
        carry_forward: fromBool(item.carryForward), created_at: w.at, updated_at: w.at,
      }, m.id);
      for (const a of item.actions) {
        await w.insert('action_items', {
          id: a.id, agenda_item_id: item.id, kind: a.kind, text: a.text, due_date: a.dueDate, status: a.status,
          illustrative: fromBool(a.illustrative), created_at: w.at, updated_at: w.at,
        }, m.id);
        const owners = [
          ...(a.lead ? [{ action_id: a.id, organisation_id: org(a.lead)!, is_lead: 1 as const }] : []),
          ...a.support.filter((s) => s !== a.lead).map((s) => ({ action_id: a.id, organisation_id: org(s)!, is_lead: 0 as const })),
        ];
        if (owners.length) await w.trx.insertInto('action_owners').values(owners).execute();
      }
      for (const [i, sub] of item.subItems.entries()) await insertItem(sub, item.id, i + 1);
    };
    const positions = new Map<string, number>();
    for (const item of file.agendaItems) {
      const next = (positions.get(item.section) ?? 0) + 1;
      positions.set(item.section, next);
      await insertItem(item, null, next);
    }
    return { meetingId: m.id };
  });
}

/** Finds or creates every person the file lists; matched on title, first and last name. */
async function resolvePeople(w: Writer, file: ExchangeFile): Promise<Map<string, string>> {
  const existing = await w.trx.selectFrom('people').selectAll().execute();
  const orgs = new Map((await w.trx.selectFrom('organisations').select(['id', 'abbr_th']).execute()).map((o) => [o.abbr_th, o.id]));
  const ids = new Map<string, string>();
  for (const p of file.people) {
    const key = (x: { title: string; first_name: string; last_name: string }) => personName({ title: x.title, firstName: x.first_name, lastName: x.last_name });
    const found = existing.find((e) => key(e) === personName(p));
    if (found) ids.set(p.name, found.id);
    else {
      const row = await w.insert('people', {
        id: newId(), title: p.title, first_name: p.firstName, last_name: p.lastName, position: p.position,
        organisation_id: p.organisation ? orgs.get(p.organisation)! : null, illustrative: fromBool(p.illustrative), created_at: w.at, updated_at: w.at,
      });
      ids.set(p.name, row.id);
    }
  }
  return ids;
}

async function checkReferences(ctx: ServiceContext, file: ExchangeFile, series: Series | null): Promise<void> {
  const { db } = ctx;
  const orgs = new Set((await db.selectFrom('organisations').select('abbr_th').execute()).map((o) => o.abbr_th));
  const names = new Set(file.people.map((p) => p.name));
  const needOrg = (abbr: string | null, path: (string | number)[]) => {
    if (abbr && !orgs.has(abbr)) throw refused('INVALID', path, `ไม่รู้จักหน่วยงานอักษรย่อ "${abbr}" ในฐานข้อมูลนี้ กรุณาเพิ่มหน่วยงานก่อนนำเข้า`);
  };
  const needPerson = (name: string | null, path: (string | number)[]) => {
    if (name && !names.has(name)) throw refused('INVALID', path, `อ้างถึง "${name}" ซึ่งไม่อยู่ในรายชื่อบุคคล (people) ของไฟล์`);
  };
  if (names.size !== file.people.length) throw refused('INVALID', ['people'], 'มีชื่อบุคคลซ้ำกัน');
  for (const [i, p] of file.people.entries()) needOrg(p.organisation, ['people', i, 'organisation']);
  for (const [i, m] of file.series.members.entries()) needPerson(m.person, ['series', 'members', i, 'person']);
  for (const key of ['chair', 'secretary', 'minuteTaker', 'reviewer'] as const) needPerson(file.meeting[key], ['meeting', key]);
  file.attendance.forEach((a, i) => {
    needPerson(a.person, ['attendance', i, 'person']);
    needPerson(a.substituteFor, ['attendance', i, 'substituteFor']);
    if (a.role === 'substitute' && !a.substituteFor) throw refused('INVALID', ['attendance', i, 'substituteFor'], 'ผู้ประชุมแทนต้องระบุว่าประชุมแทนผู้ใด');
  });
  if (new Set(file.attendance.map((a) => a.person)).size !== file.attendance.length) throw refused('INVALID', ['attendance'], 'มีบุคคลซ้ำในรายชื่อผู้เข้าประชุม');

  const itemIds = new Set<string>();
  const actionIds = new Set<string>();
  const walk = (items: ExchangeAgendaItem[], path: (string | number)[]) =>
    items.forEach((item, i) => {
      const here = [...path, i];
      if (itemIds.has(item.id)) throw refused('INVALID', [...here, 'id'], 'รหัสวาระซ้ำกันในไฟล์');
      itemIds.add(item.id);
      needOrg(item.presenterOrganisation, [...here, 'presenterOrganisation']);
      needPerson(item.presenter, [...here, 'presenter']);
      item.actions.forEach((a, j) => {
        if (actionIds.has(a.id)) throw refused('INVALID', [...here, 'actions', j, 'id'], 'รหัสรายการดำเนินการซ้ำกันในไฟล์');
        actionIds.add(a.id);
        needOrg(a.lead, [...here, 'actions', j, 'lead']);
        for (const [k, s] of a.support.entries()) needOrg(s, [...here, 'actions', j, 'support', k]);
      });
      walk(item.subItems, [...here, 'subItems']);
    });
  walk(file.agendaItems, ['agendaItems']);

  const m = file.meeting;
  if (await db.selectFrom('meetings').select('id').where('id', '=', m.id).executeTakeFirst()) {
    throw refused('CONFLICT', ['meeting', 'id'], 'การประชุมนี้มีอยู่ในฐานข้อมูลแล้ว');
  }
  if (series) {
    const dup = await db.selectFrom('meetings').select('id').where('series_id', '=', series.id).where('year_be', '=', m.yearBe).where('number', '=', m.number).executeTakeFirst();
    if (dup) throw refused('CONFLICT', ['meeting', 'number'], `ชุดการประชุมนี้มีการประชุมครั้งที่ ${formatMeetingNumber(m.number, m.yearBe)} อยู่แล้ว`);
  }
  const taken = [...itemIds].length ? await db.selectFrom('agenda_items').select('id').where('id', 'in', [...itemIds]).executeTakeFirst() : undefined;
  if (taken) throw refused('CONFLICT', ['agendaItems'], 'มีระเบียบวาระในไฟล์ที่มีอยู่ในฐานข้อมูลแล้ว');
  const takenAction = [...actionIds].length ? await db.selectFrom('action_items').select('id').where('id', 'in', [...actionIds]).executeTakeFirst() : undefined;
  if (takenAction) throw refused('CONFLICT', ['agendaItems'], 'มีรายการดำเนินการในไฟล์ที่มีอยู่ในฐานข้อมูลแล้ว');
}
