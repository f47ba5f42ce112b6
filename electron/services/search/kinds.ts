import type { SearchField, SearchKind } from '../../../shared/schemas/search';

/**
 * Each kind of search document as the service reads it: its code in the index's rowids (migration
 * 0050-search) and its text as SQL on the record (`s`), for terms too short for the index.
 */
export interface KindDef {
  code: number;
  /** Meetings' kinds have a year and a series; policies have neither. */
  dated: boolean;
  /** The record joined to its meeting where it has one (`s`, `i`, `m` as in the migration). */
  from: string;
  /** Text columns of `s` and single-valued text, as SQL with the field each is. */
  texts: readonly (readonly [SearchField, string])[];
  /** Texts of several rows (a policy's questions, the minutes' paragraphs…): a subquery `SELECT … AS v … WHERE …s.id` each. */
  lists: readonly (readonly [SearchField, string])[];
  /** The record's title as SQL on `s` (from `from`), for the kinds ranked by it (rank.ts: a title above the body). */
  title?: string;
}

const meetingTitle = "(SELECT ms.name_th FROM meeting_series ms WHERE ms.id = s.series_id) || ' ครั้งที่ ' || s.number || '/' || s.year_be";

export const kindDefs: Record<SearchKind, KindDef> = {
  meeting: {
    code: 1, dated: true, from: 'meetings s', texts: [['title', meetingTitle], ['venue', 's.venue']], lists: [], title: meetingTitle,
  },
  item: {
    code: 2, dated: true, from: 'agenda_items s',
    texts: [['subject', 's.subject'], ['summary', 's.summary'], ['proposal', 's.proposal'], ['discussion', 's.discussion'], ['resolution', 's.resolution']],
    lists: [], title: 's.subject',
  },
  // The latest minutes' lines as plain text (migration 0075): parsing the version's JSON for them cost
  // 800 ms for ปี ๒๕๖๗ on the 20-year set.
  minutes: { code: 3, dated: true, from: 'meetings s JOIN minutes_text t ON t.meeting_id = s.id', texts: [['text', 't.text']], lists: [] },
  directive: { code: 4, dated: true, from: 'action_items s', texts: [['text', 's.text']], lists: [] },
  progress: { code: 5, dated: true, from: 'progress_updates s', texts: [['text', 's.text']], lists: [] },
  policy: {
    code: 6, dated: false, from: 'policies s',
    texts: [['title', 's.title_th'], ['title', 's.short_title'], ['description', 's.description']],
    lists: [
      ['stageNote', 'SELECT h.note AS v FROM policy_stage_history h WHERE h.policy_id = s.id'],
      ['question', 'SELECT q.question AS v FROM policy_questions q WHERE q.policy_id = s.id'],
      ['question', 'SELECT q.resolution AS v FROM policy_questions q WHERE q.policy_id = s.id'],
      ['position', 'SELECT p.stakeholder AS v FROM policy_positions p JOIN policy_questions q ON q.id = p.question_id WHERE q.policy_id = s.id'],
      ['position', 'SELECT p.position AS v FROM policy_positions p JOIN policy_questions q ON q.id = p.question_id WHERE q.policy_id = s.id'],
      ['milestone', 'SELECT t.title AS v FROM policy_milestones t WHERE t.policy_id = s.id'],
    ],
    title: "s.title_th || ' ' || s.short_title",
  },
  attachment: { code: 7, dated: true, from: 'attachments s', texts: [['fileName', 's.file_name']], lists: [] },
};

export const KIND_SPAN = 2 ** 48;
export const YEAR_SPAN = 2 ** 36;
const FIRST_YEAR = 2399;

/**
 * The rowids of one kind (migration 0050-search: kind × 2^48 + (B.E. year − 2399) × 2^36 + number),
 * within the years asked when given, both ends included.
 */
export function rowidRange(kind: SearchKind, yearFrom?: number, yearTo?: number): [number, number] {
  const base = kindDefs[kind].code * KIND_SPAN;
  const lo = yearFrom === undefined ? base : base + (yearFrom - FIRST_YEAR) * YEAR_SPAN;
  const hi = yearTo === undefined ? base + KIND_SPAN - 1 : base + (yearTo + 1 - FIRST_YEAR) * YEAR_SPAN - 1;
  return [lo, hi];
}
