import type { Plan } from './actions';
import type { SectionPlan, SeriesPlan } from './series-plan';
import type { Row } from './sink';
import type { Topic } from './text';

/** What the generator remembers while it writes: enough to carry items forward and follow directives. */
export interface SectionState {
  plan: SectionPlan;
  id: string;
  position: number;
}

export interface SeriesState {
  plan: SeriesPlan;
  id: string;
  sections: SectionState[];
  seats: { post: string; role: 'chair' | 'vice_chair' | 'member' | 'member_secretary' | 'assistant_secretary' }[];
  /** The series_members rows as they stand. */
  members: { series_id: string; person_id: string; meeting_role: string; sort_order: number }[];
  meetings: MeetingState[];
  /** When each matter of real text (or subject of a formula) was last on this series' agenda: it comes back after a while. */
  lastUsed: Map<Topic | string, string>;
}

/** A directive with its whole life planned (actions.ts). */
export type ActionState = Plan;

export interface ItemState {
  id: string;
  row: Row;
  meeting: MeetingState;
  section: SectionState;
  number: string;
  /** The subject of the first item of its chain of continuations: what the matter is called. */
  root: string;
  carry: boolean;
  continuedBy: ItemState | null;
  /** How many items it continues (0 for a new matter). */
  depth: number;
  actions: ActionState[];
  policyIds: string[];
  topic: Topic | null;
  /** What the officer writes at the meeting (the row holds it already; the audit log shows it arriving then). */
  decided: Row;
}

export interface MeetingState {
  id: string;
  series: SeriesState;
  number: number;
  yearBe: number;
  date: string;
  prev: MeetingState | null;
  next: MeetingState | null;
  row: Row;
  items: ItemState[];
  /** Links of carried items to the policies of the items they continue. */
  links: Row[];
  /** Attendance lines added at the meeting (substitutes, secretariat, guests). */
  added: Row[];
  absent: number;
  present: number;
  /** Attendance lines of the members, confirmed at the meeting. */
  members: Row[];
  minutes: {
    status: 'draft' | 'circulated' | 'certified'; versions: number; text: string[] | null; row: Row | null;
    /** What the next meeting amends when it certifies them ('' without amendment). */
    amendment?: string;
  };
  actor: string;
}
