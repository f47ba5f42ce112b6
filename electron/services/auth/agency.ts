import type { Kysely } from 'kysely';
import { LekhaError } from '../../../shared/errors';
import { type Secrecy, highestSecrecy } from '../../../shared/secrecy';
import { secrecyLabels } from '../../../shared/schemas/document-settings';
import type { DB } from '../../db/types';
import type { ServiceContext } from '../context';

/**
 * An agency reporter's bound, checked inside the progress services (the role itself is checked at the door,
 * gate.ts): the tracker and progress of the reporter's own agency, lead or supporting, and nothing else.
 */
const agencyName = async (db: Kysely<DB>, id: string) =>
  (await db.selectFrom('organisations').select('abbr_th').where('id', '=', id).executeTakeFirst())?.abbr_th ?? id;

/** The organisation a list or tracker is narrowed to: the reporter's own (asking for another is refused). */
export async function trackerAgency(ctx: ServiceContext, asked: string | undefined): Promise<string | undefined> {
  const officer = ctx.officer;
  if (officer?.role !== 'reporter' || !officer.organisationId) return asked;
  if (asked && asked !== officer.organisationId) {
    throw new LekhaError('FORBIDDEN', `ไม่มีสิทธิ์: ${officer.name} รายงานได้เฉพาะข้อสั่งการของ ${await agencyName(ctx.db, officer.organisationId)} ไม่ใช่ของ ${await agencyName(ctx.db, asked)}`, 'organisationId');
  }
  return officer.organisationId;
}

/** A directive a reporter reads or reports on must name the reporter's agency as lead or supporting. */
export async function assertOwnDirective(ctx: ServiceContext, db: Kysely<DB>, actionId: string): Promise<void> {
  const officer = ctx.officer;
  if (officer?.role !== 'reporter' || !officer.organisationId) return;
  const owner = await db.selectFrom('action_owners').select('action_id').where('action_id', '=', actionId)
    .where('organisation_id', '=', officer.organisationId).executeTakeFirst();
  if (!owner) {
    throw new LekhaError('FORBIDDEN', `ไม่มีสิทธิ์: ข้อสั่งการนี้ไม่ได้มอบให้ ${await agencyName(db, officer.organisationId)} ${officer.name} จึงรายงานหรือดูความคืบหน้าไม่ได้`, 'actionId');
  }
}

const rank: Record<Secrecy, number> = { none: 0, confidential: 1, secret: 2, top_secret: 3 };

/** A tracker file cannot be redacted: one holding a directive above a reader's or reporter's clearance is refused. */
export function assertFileClearance(ctx: ServiceContext, secrecy: Secrecy): void {
  const officer = ctx.officer;
  if (!officer || officer.role === 'secretariat' || rank[secrecy] <= rank[officer.clearance]) return;
  throw new LekhaError('FORBIDDEN', `ไม่มีสิทธิ์: ตารางนี้มีข้อสั่งการชั้นความลับ "${secrecyLabels[secrecy]}" สูงกว่าสิทธิ์ของ ${officer.name} ("${secrecyLabels[highestSecrecy(officer.clearance)] || 'ไม่มีชั้นความลับ'}")`);
}
