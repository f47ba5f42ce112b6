import type { Kysely } from 'kysely';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeAgendaItem, type ExchangeFile } from '../../shared/exchange';
import { personName } from '../../shared/schemas/directory';
import type { ActionItem, AgendaItem } from '../../shared/schemas/meeting';
import type { DB } from '../db/types';
import { toOrganisation, toPerson } from './directory';
import { readMeeting } from './meeting-read';
import { getSeries } from './series';

/** One meeting as a self-describing file: people by name, organisations by Thai abbreviation. */
export async function exportMeeting(db: Kysely<DB>, meetingId: string, exportedAt: string): Promise<ExchangeFile> {
  const meeting = await readMeeting(db, meetingId);
  const series = await getSeries(db, meeting.seriesId);
  const people = (await db.selectFrom('people').selectAll().execute()).map(toPerson);
  const orgs = (await db.selectFrom('organisations').selectAll().execute()).map(toOrganisation);

  const usedPeople = new Set<string>();
  const who = (id: string | null) => {
    if (!id) return null;
    usedPeople.add(id);
    return personName(people.find((p) => p.id === id)!);
  };
  const usedOrgs = new Set<string>();
  const org = (id: string | null) => {
    if (!id) return null;
    usedOrgs.add(id);
    return orgs.find((o) => o.id === id)!.abbrTh;
  };
  // A standard section is named by its kind, one of the series' own by its heading (as the file lists it).
  const sectionKey = (id: string) => {
    const section = series.sections.find((s) => s.id === id)!;
    return section.kind === 'custom' ? section.titleTh : section.kind;
  };
  const action = (a: ActionItem) => ({
    id: a.id, kind: a.kind, text: a.text, dueDate: a.dueDate, status: a.status, lead: org(a.leadOrgId),
    support: a.supportOrgIds.map((o) => org(o)!), illustrative: a.illustrative,
  });
  const item = (i: AgendaItem): ExchangeAgendaItem => ({
    id: i.id, number: i.number, section: sectionKey(i.sectionId), subject: i.subject,
    presenterOrganisation: org(i.presenterOrgId), presenter: who(i.presenterPersonId), summary: i.summary,
    proposal: i.proposal, discussion: i.discussion, resolution: i.resolution, resolutionKind: i.resolutionKind,
    secrecy: i.secrecy, carryForward: i.carryForward, continuesItemId: i.continuesItemId,
    actions: meeting.actions.filter((a) => a.agendaItemId === i.id).map(action),
    subItems: meeting.agendaItems.filter((c) => c.parentId === i.id).map(item),
  });

  const file = {
    format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exportedAt,
    series: {
      nameTh: series.nameTh, shortName: series.shortName, nameEn: series.nameEn, numbering: series.numbering,
      recordingStyle: series.recordingStyle,
      sections: series.sections.map((s) => ({ kind: s.kind, titleTh: s.titleTh, whenEmpty: s.whenEmpty })),
      members: series.members.map((m) => ({ person: who(m.personId)!, meetingRole: m.meetingRole })),
    },
    meeting: {
      id: meeting.id, number: meeting.number, yearBe: meeting.yearBe, date: meeting.date, startTime: meeting.startTime,
      endTime: meeting.endTime, venue: meeting.venue, mode: meeting.mode, conferencing: meeting.conferencing,
      status: meeting.status, secrecy: meeting.secrecy, illustrativeNote: meeting.illustrativeNote,
      chair: who(meeting.chairId), secretary: who(meeting.secretaryId), minuteTaker: who(meeting.minuteTakerId),
      reviewer: who(meeting.reviewerId),
    },
    attendance: meeting.attendance.map((a) => ({
      person: who(a.personId)!, role: a.role, meetingRole: a.meetingRole, substituteFor: who(a.substituteForId),
      position: a.position, presence: a.presence, absenceReason: a.absenceReason, absenceNote: a.absenceNote,
    })),
    agendaItems: meeting.agendaItems.filter((i) => i.parentId === null).map(item),
  };
  const listedPeople = people.filter((p) => usedPeople.has(p.id));
  for (const p of listedPeople) if (p.organisationId) usedOrgs.add(p.organisationId);
  return {
    ...file,
    organisations: orgs.filter((o) => usedOrgs.has(o.id)).map((o) => ({
      abbrTh: o.abbrTh, nameTh: o.nameTh, nameEn: o.nameEn, abbrEn: o.abbrEn, kind: o.kind, abbrVerified: o.abbrVerified,
    })),
    people: listedPeople.map((p) => ({
      name: personName(p), title: p.title, firstName: p.firstName, lastName: p.lastName, position: p.position,
      organisation: org(p.organisationId), illustrative: p.illustrative,
    })),
  };
}
