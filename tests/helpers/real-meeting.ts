import { readFileSync } from 'node:fs';
import type { ExchangeFile } from '../../shared/exchange';
import { personName } from '../../shared/names';

/**
 * The real meetings in tests/fixtures/real/meetings (public Thai government text, see their
 * `source`), kept in a neutral shape and turned here into the exchange file an office would send.
 */
interface Neutral {
  series: { nameTh: string; sections: { titleTh: string; kind: string }[] };
  meeting: { number: number | null; yearBe: number; date: string | null; venue: string; mode: string; chair: string | null; time?: string };
  organisations: { abbrTh: string; nameTh: string; nameEn?: string | null; abbrEn?: string | null; kind: string; abbrVerified?: boolean }[];
  people: { title: string; firstName: string; lastName: string; position: string; organisation: string | null }[];
  items: {
    section: number; subject: string; presenter: string | null; summary: string; resolution: string;
    directives?: { text: string; lead: string | null; support?: string[]; due: string | null }[];
  }[];
}

export const realMeetingNames = ['cabinet-style', 'ministry-executives'] as const;

export function readRealMeeting(name: (typeof realMeetingNames)[number]): Neutral {
  return JSON.parse(readFileSync(new URL(`../fixtures/real/meetings/${name}.json`, import.meta.url), 'utf8')) as Neutral;
}

/** Fresh ids each call, so one test may import the same meeting twice under different numbers. */
export function realMeetingFile(name: (typeof realMeetingNames)[number], over: { number?: number } = {}): ExchangeFile {
  const n = readRealMeeting(name);
  const people = n.people.map((p) => ({ ...p, name: personName(p), illustrative: false }));
  // The chair is named as the source prints it; find them by their names, whatever the spacing of the title.
  const bare = (s: string) => s.replace(/\s+/g, '');
  const chair = n.meeting.chair ? people.find((p) => bare(n.meeting.chair!).endsWith(bare(`${p.firstName}${p.lastName}`)))?.name ?? null : null;
  const time = n.meeting.time ? n.meeting.time.replace(/\s*น\.?$/, '').replace('.', ':').padStart(5, '0') : null;
  return {
    format: 'lekha.meeting',
    version: 2,
    series: {
      nameTh: n.series.nameTh, shortName: '', nameEn: '', numbering: 'per_year', recordingStyle: 'summary',
      sections: n.series.sections.map((s) => ({ kind: s.kind as 'custom', titleTh: s.titleTh, whenEmpty: 'none' })),
      members: [],
    },
    organisations: n.organisations.map((o) => ({
      abbrTh: o.abbrTh, nameTh: o.nameTh, nameEn: o.nameEn ?? null, abbrEn: o.abbrEn ?? null, kind: o.kind as 'department', abbrVerified: o.abbrVerified,
    })),
    people,
    meeting: {
      id: crypto.randomUUID(), number: over.number ?? n.meeting.number ?? 1, yearBe: n.meeting.yearBe, date: n.meeting.date,
      startTime: time, endTime: null, venue: n.meeting.venue, mode: n.meeting.mode as 'onsite', conferencing: '', status: 'held',
      secrecy: 'none', illustrativeNote: '', chair, secretary: null, minuteTaker: null, reviewer: null,
    },
    attendance: chair ? [{ person: chair, role: 'member', meetingRole: 'ประธาน', substituteFor: null, position: '', presence: 'onsite', absenceReason: null, absenceNote: '' }] : [],
    agendaItems: n.items.map((item) => {
      const section = n.series.sections[item.section];
      return {
        id: crypto.randomUUID(), section: section.kind === 'custom' ? section.titleTh : section.kind, subject: item.subject,
        presenterOrganisation: item.presenter, presenter: null, summary: item.summary, proposal: '', discussion: '',
        resolution: item.resolution, resolutionKind: null, secrecy: 'none', carryForward: false, continuesItemId: null, subItems: [],
        actions: (item.directives ?? []).map((d) => ({
          id: crypto.randomUUID(), kind: 'directive' as const, text: d.text, dueDate: d.due, status: 'open' as const,
          lead: d.lead, support: d.support ?? [], illustrative: false,
        })),
      };
    }),
  };
}
