import type { Kysely } from 'kysely';
import type { DB } from '../db/types';

/** How the file's organisations meet the database's: which exist, which are the same under another abbreviation, which clash. */
export interface OrganisationMatch {
  /** Every abbreviation the file may use → the organisation it means in the database, where there is one. */
  ids: Map<string, string>;
  /** Listed in the file under an abbreviation the database does not use, but with the name of one it has. */
  reused: { fileAbbr: string; abbrTh: string; nameTh: string }[];
  /** The file's entries (by index) that name an organisation the database does not have. */
  toCreate: number[];
  /** An abbreviation the database gives to another organisation: index in the file and what to say. */
  clashes: { index: number; message: string }[];
}

/** Names compared as an officer reads them: spaces at the ends and doubled spaces do not count. */
const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');

/**
 * Matches organisations by abbreviation and by name, so that a file from another office neither
 * files a directive under the wrong agency (อสส. is both the Attorney General's office and the zoo
 * organisation) nor makes a second copy of one the database knows by another abbreviation.
 */
export async function matchOrganisations(db: Kysely<DB>, listed: { abbrTh: string | null; nameTh: string | null }[]): Promise<OrganisationMatch> {
  const known = await db.selectFrom('organisations').select(['id', 'abbr_th', 'name_th']).execute();
  const byAbbr = new Map(known.map((o) => [o.abbr_th, o]));
  const match: OrganisationMatch = { ids: new Map(known.map((o) => [o.abbr_th, o.id])), reused: [], toCreate: [], clashes: [] };
  listed.forEach(({ abbrTh, nameTh }, index) => {
    if (!abbrTh) return;
    const sameAbbr = byAbbr.get(abbrTh);
    const sameNamed = nameTh ? known.find((o) => sameName(o.name_th, nameTh)) : undefined;
    if (sameAbbr) {
      if (!nameTh || sameName(sameAbbr.name_th, nameTh)) return;
      const elsewhere = sameNamed ? ` ส่วน "${sameNamed.name_th}" ในฐานข้อมูลใช้อักษรย่อ "${sameNamed.abbr_th}"` : '';
      match.clashes.push({
        index,
        message: `อักษรย่อ "${abbrTh}" ในฐานข้อมูลเป็นของ "${sameAbbr.name_th}" ไม่ใช่ "${nameTh}"${elsewhere}: แก้อักษรย่อในไฟล์ หรือนำเข้าโดยให้หน่วยงานนี้ใช้อักษรย่ออื่น`,
      });
    } else if (sameNamed) {
      match.ids.set(abbrTh, sameNamed.id);
      match.reused.push({ fileAbbr: abbrTh, abbrTh: sameNamed.abbr_th, nameTh: sameNamed.name_th });
    } else match.toCreate.push(index);
  });
  return match;
}

type Loose = Record<string, unknown>;
const isObj = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The file with some of its organisations' abbreviations changed everywhere it uses them (its list,
 * people, presenters, directives' lead and support), so an organisation whose abbreviation the
 * database gives another (อสส.) comes in under one the officer chooses. The raw file is not changed.
 */
export function renameAbbreviations(raw: unknown, renames: Record<string, string>): unknown {
  if (!isObj(raw) || Object.keys(renames).length === 0) return raw;
  const to = (v: unknown) => (typeof v === 'string' && Object.hasOwn(renames, v) ? renames[v] : v);
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const item = (v: unknown): unknown =>
    isObj(v)
      ? {
          ...v, presenterOrganisation: to(v.presenterOrganisation), subItems: Array.isArray(v.subItems) ? v.subItems.map(item) : v.subItems,
          actions: Array.isArray(v.actions) ? v.actions.map((a) => (isObj(a) ? { ...a, lead: to(a.lead), support: Array.isArray(a.support) ? a.support.map(to) : a.support } : a)) : v.actions,
        }
      : v;
  return {
    ...raw,
    organisations: list(raw.organisations).map((o) => (isObj(o) ? { ...o, abbrTh: to(o.abbrTh) } : o)),
    people: list(raw.people).map((p) => (isObj(p) ? { ...p, organisation: to(p.organisation) } : p)),
    agendaItems: list(raw.agendaItems).map(item),
  };
}
