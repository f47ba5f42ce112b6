import { versionOf } from '../db/versioned';
import type { Kysely } from 'kysely';
import { formatAgendaNumber } from '../../shared/numbering';
import type { AgendaItem } from '../../shared/schemas/meeting';
import type { AgendaItemsTable, DB } from '../db/types';
import { toBool } from './write';

const toItem = (r: AgendaItemsTable, number: string, policyIds: string[]): AgendaItem => ({
  id: r.id, version: versionOf(r), meetingId: r.meeting_id, sectionId: r.section_id, parentId: r.parent_id, position: r.position, number,
  subject: r.subject, presenterOrgId: r.presenter_org_id, presenterPersonId: r.presenter_person_id,
  summary: r.summary, proposal: r.proposal, discussion: r.discussion, resolution: r.resolution,
  resolutionKind: r.resolution_kind as AgendaItem['resolutionKind'], secrecy: r.secrecy as AgendaItem['secrecy'],
  continuesItemId: r.continues_item_id, carryForward: toBool(r.carry_forward), policyIds,
});

/**
 * A meeting's agenda items in reading order (section order, then position, each item followed by its
 * sub-items), each with its number derived from the section's place: `4.1`, `4.1.2`.
 */
export async function listAgendaItems(db: Kysely<DB>, meetingId: string): Promise<AgendaItem[]> {
  const rows = await db.selectFrom('agenda_items').selectAll().where('meeting_id', '=', meetingId).orderBy('position').execute();
  if (rows.length === 0) return [];
  const sections = await db
    .selectFrom('series_sections')
    .innerJoin('meetings', 'meetings.series_id', 'series_sections.series_id')
    .select(['series_sections.id', 'series_sections.position'])
    .where('meetings.id', '=', meetingId)
    .orderBy('series_sections.position')
    .execute();
  const links = await db
    .selectFrom('agenda_item_policies')
    .innerJoin('agenda_items', 'agenda_items.id', 'agenda_item_policies.agenda_item_id')
    .select(['agenda_item_policies.agenda_item_id as itemId', 'agenda_item_policies.policy_id as policyId'])
    .where('agenda_items.meeting_id', '=', meetingId)
    .execute();

  const children = new Map<string | null, AgendaItemsTable[]>();
  for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  const out: AgendaItem[] = [];
  const visit = (item: AgendaItemsTable, sectionPosition: number, path: number[]) => {
    const policyIds = links.filter((l) => l.itemId === item.id).map((l) => l.policyId);
    out.push(toItem(item, formatAgendaNumber(sectionPosition, path), policyIds));
    for (const child of children.get(item.id) ?? []) visit(child, sectionPosition, [...path, child.position]);
  };
  for (const section of sections) {
    for (const top of (children.get(null) ?? []).filter((r) => r.section_id === section.id)) visit(top, section.position, [top.position]);
  }
  return out;
}
