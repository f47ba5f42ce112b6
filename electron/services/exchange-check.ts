import type { Kysely } from 'kysely';
import { exchangeFile, type ExchangeFile } from '../../shared/exchange';
import type { Problem } from '../../shared/errors';
import { formatMeetingNumber } from '../../shared/numbering';
import { standardSectionKinds } from '../../shared/schemas/common';
import type { Series } from '../../shared/schemas/series';
import { describeField, zodProblems } from '../../shared/validation';
import type { DB } from '../db/types';
import { checkEvidence } from './evidence/exchange-in';
import { matchOrganisations } from './exchange-orgs';
import { findSection } from './series-sections';

type Loose = Record<string, unknown>;
type Path = (string | number)[];
const obj = (v: unknown): Loose => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

const problem = (path: Path, message: string): Problem => ({ field: path.join('.'), message: `"${describeField(path)}" (${path.join('.')}): ${message}` });

/**
 * Checks a meeting file whole, so one refusal names every problem: the schema's (types, dates, years)
 * and the references (organisations neither in the database nor in the file's list, people not in
 * `people`, sections the series does not have, records already in the database). References are read
 * from the raw file, so they are checked even where the schema refused something else.
 */
export async function checkExchangeFile(
  db: Kysely<DB>, raw: unknown, series: Series | null,
): Promise<{ file: ExchangeFile | null; problems: Problem[]; onlyConflicts: boolean }> {
  const parsed = exchangeFile.safeParse(raw);
  const problems: Problem[] = parsed.success ? [] : zodProblems(parsed.error);
  const f = obj(raw);

  const dbOrgs = new Set((await db.selectFrom('organisations').select('abbr_th').execute()).map((o) => o.abbr_th));
  const listedOrgs = arr(f.organisations).map((o) => ({ abbrTh: str(obj(o).abbrTh), nameTh: str(obj(o).nameTh) }));
  const fileOrgs = new Set(listedOrgs.map((o) => o.abbrTh).filter((a): a is string => a !== null));
  listedOrgs.forEach((o, i) => {
    if (o.abbrTh && listedOrgs.findIndex((x) => x.abbrTh === o.abbrTh) !== i) problems.push(problem(['organisations', i, 'abbrTh'], `อักษรย่อ "${o.abbrTh}" ซ้ำกับหน่วยงานก่อนหน้าในไฟล์`));
  });
  for (const clash of (await matchOrganisations(db, listedOrgs)).clashes) problems.push(problem(['organisations', clash.index, 'abbrTh'], clash.message));
  const names = arr(f.people).map((p) => str(obj(p).name));
  const known = new Set(names.filter((n): n is string => n !== null));
  names.forEach((n, i) => {
    if (n !== null && names.indexOf(n) !== i) problems.push(problem(['people', i, 'name'], `ชื่อ "${n}" ซ้ำกับรายการก่อนหน้า`));
  });
  const needOrg = (v: unknown, path: Path) => {
    const abbr = str(v);
    if (abbr && !dbOrgs.has(abbr) && !fileOrgs.has(abbr)) {
      problems.push(problem(path, `ไม่รู้จักหน่วยงานอักษรย่อ "${abbr}": ไม่มีในฐานข้อมูลและไม่มีในรายการหน่วยงาน (organisations) ของไฟล์`));
    }
  };
  const needPerson = (v: unknown, path: Path) => {
    const name = str(v);
    if (name && !known.has(name)) problems.push(problem(path, `อ้างถึง "${name}" ซึ่งไม่อยู่ในรายชื่อบุคคล (people) ของไฟล์`));
  };

  for (const [i, p] of arr(f.people).entries()) needOrg(obj(p).organisation, ['people', i, 'organisation']);
  const s = obj(f.series);
  for (const [i, m] of arr(s.members).entries()) needPerson(obj(m).person, ['series', 'members', i, 'person']);
  const meeting = obj(f.meeting);
  for (const key of ['chair', 'secretary', 'minuteTaker', 'reviewer']) needPerson(meeting[key], ['meeting', key]);
  const attendees = arr(f.attendance).map((a) => str(obj(a).person));
  arr(f.attendance).forEach((raw, i) => {
    const a = obj(raw);
    needPerson(a.person, ['attendance', i, 'person']);
    needPerson(a.substituteFor, ['attendance', i, 'substituteFor']);
    if (a.role === 'substitute' && !str(a.substituteFor)) problems.push(problem(['attendance', i, 'substituteFor'], 'ผู้ประชุมแทนต้องระบุว่าประชุมแทนผู้ใด'));
    if (attendees[i] && attendees.indexOf(attendees[i]) !== i) problems.push(problem(['attendance', i, 'person'], `"${attendees[i]}" อยู่ในรายชื่อผู้เข้าประชุมซ้ำ`));
  });

  // Sections: the file's own list (version 2), else the series already in the database, else the standard six.
  const sections = arr(s.sections).length
    ? arr(s.sections).map((x) => ({ kind: String(obj(x).kind), titleTh: String(obj(x).titleTh ?? '') }))
    : (series?.sections ?? standardSectionKinds.map((kind) => ({ kind, titleTh: kind })));
  const itemIds = new Map<string, string>();
  const actionIds = new Map<string, string>();
  const walk = (items: unknown[], path: Path) =>
    items.forEach((raw, i) => {
      const item = obj(raw);
      const here = [...path, i];
      const id = str(item.id);
      if (id && itemIds.has(id)) problems.push(problem([...here, 'id'], 'รหัสวาระซ้ำกับวาระอื่นในไฟล์'));
      if (id) itemIds.set(id, here.join('.'));
      const key = str(item.section);
      if (path.length === 1 && key && !findSection(sections, key)) {
        problems.push(problem([...here, 'section'], `ไม่มีหมวดวาระ "${key}" ในชุดการประชุมนี้`));
      }
      needOrg(item.presenterOrganisation, [...here, 'presenterOrganisation']);
      needPerson(item.presenter, [...here, 'presenter']);
      arr(item.actions).forEach((rawAction, j) => {
        const action = obj(rawAction);
        const actionId = str(action.id);
        if (actionId && actionIds.has(actionId)) problems.push(problem([...here, 'actions', j, 'id'], 'รหัสรายการดำเนินการซ้ำกันในไฟล์'));
        if (actionId) actionIds.set(actionId, [...here, 'actions', j].join('.'));
        needOrg(action.lead, [...here, 'actions', j, 'lead']);
        for (const [k, o] of arr(action.support).entries()) needOrg(o, [...here, 'actions', j, 'support', k]);
      });
      walk(arr(item.subItems), [...here, 'subItems']);
    });
  walk(arr(f.agendaItems), ['agendaItems']);
  if (f.evidence !== undefined) {
    problems.push(...checkEvidence(f.evidence, new Set(attendees.filter((a): a is string => a !== null)), new Set(itemIds.keys()), problem));
  }

  const conflicts = await alreadyThere(db, meeting, series, itemIds, actionIds);
  const onlyConflicts = problems.length === 0 && conflicts.length > 0;
  problems.push(...conflicts);
  return { file: parsed.success && problems.length === 0 ? parsed.data : null, problems, onlyConflicts };
}

/** Records of the file the database already holds: the same meeting, its number in the series, items or actions. */
async function alreadyThere(db: Kysely<DB>, meeting: Loose, series: Series | null, itemIds: Map<string, string>, actionIds: Map<string, string>) {
  const out: Problem[] = [];
  const id = str(meeting.id);
  if (id && (await db.selectFrom('meetings').select('id').where('id', '=', id).executeTakeFirst())) {
    // Its items and actions are there too, of course: one line says it all.
    return [problem(['meeting', 'id'], 'การประชุมนี้มีอยู่ในฐานข้อมูลแล้ว (นำเข้าไฟล์นี้ไปแล้ว)')];
  }
  const { number, yearBe } = meeting;
  if (series && typeof number === 'number' && typeof yearBe === 'number') {
    const dup = await db.selectFrom('meetings').select('id').where('series_id', '=', series.id).where('year_be', '=', yearBe).where('number', '=', number).executeTakeFirst();
    if (dup && dup.id !== id) out.push(problem(['meeting', 'number'], `ชุดการประชุมนี้มีการประชุมครั้งที่ ${formatMeetingNumber(number, yearBe)} อยู่แล้ว`));
  }
  const taken = async (table: 'agenda_items' | 'action_items', ids: Map<string, string>, what: string) => {
    if (ids.size === 0) return;
    const rows = await db.selectFrom(table).select('id').where('id', 'in', [...ids.keys()]).execute();
    for (const r of rows) {
      const path = ids.get(r.id)!.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      out.push(problem([...path, 'id'], `${what}นี้มีอยู่ในฐานข้อมูลแล้ว`));
    }
  };
  await taken('agenda_items', itemIds, 'ระเบียบวาระ');
  await taken('action_items', actionIds, 'รายการดำเนินการ');
  return out;
}
