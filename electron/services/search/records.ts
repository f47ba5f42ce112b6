import { type Kysely, sql } from 'kysely';
import { formatMeetingNumber } from '../../../shared/numbering';
import type { SearchField, SearchHit, SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { itemRefs } from '../item-refs';

/** What a hit shows besides its snippet, and the texts the snippet is cut from (field, text), in the order preferred. */
export interface Described extends Omit<SearchHit, 'kind' | 'field' | 'snippet' | 'score'> {
  texts: [SearchField, string][];
}

type MeetingInfo = NonNullable<SearchHit['meeting']>;

async function meetingsById(db: Kysely<DB>, ids: string[]): Promise<Map<string, MeetingInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('meetings as m').innerJoin('meeting_series as s', 's.id', 'm.series_id')
    .select(['m.id', 'm.number', 'm.year_be', 'm.date', 'm.series_id', 's.name_th']).where('m.id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, number: formatMeetingNumber(r.number, r.year_be), date: r.date, seriesId: r.series_id, seriesName: r.name_th }]));
}

/** The meeting and item of records that belong to an agenda item (directives, progress, attachments, items). */
async function placesOfItems(db: Kysely<DB>, itemIds: string[]) {
  const refs = await itemRefs(db, itemIds);
  const meetings = await meetingsById(db, [...refs.values()].map((r) => r.meetingId));
  return (itemId: string) => {
    const ref = refs.get(itemId);
    const meeting = ref ? meetings.get(ref.meetingId) ?? null : null;
    return {
      meeting,
      item: ref ? { id: ref.agendaItemId, number: ref.itemNumber, subject: ref.subject } : null,
      place: ref ? `ครั้งที่ ${ref.meetingNumber} ระเบียบวาระที่ ${ref.itemNumber}` : '',
    };
  };
}

const lines = (json: string | null): string[] => {
  const parsed: unknown = json ? JSON.parse(json) : [];
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
};

/** Each record's display, by id, for the hits of one kind. */
export async function describeRecords(db: Kysely<DB>, kind: SearchKind, ids: string[]): Promise<Map<string, Described>> {
  const out = new Map<string, Described>();
  if (ids.length === 0) return out;
  const none = { directiveId: null, date: null };
  if (kind === 'item') {
    const rows = await db.selectFrom('agenda_items').select(['id', 'subject', 'summary', 'proposal', 'discussion', 'resolution']).where('id', 'in', ids).execute();
    const place = await placesOfItems(db, ids);
    for (const r of rows) {
      const at = place(r.id);
      out.set(r.id, {
        ...none, ...at, id: r.id, title: r.subject, date: at.meeting?.date ?? null,
        // The subject is the hit's title already: a snippet from the resolution or the summary says more.
        texts: [['resolution', r.resolution], ['summary', r.summary], ['discussion', r.discussion], ['proposal', r.proposal], ['subject', r.subject]],
      });
    }
  } else if (kind === 'directive' || kind === 'attachment') {
    const rows = kind === 'directive'
      ? await db.selectFrom('action_items').select(['id', 'agenda_item_id', 'text']).where('id', 'in', ids).execute()
      : await db.selectFrom('attachments').select(['id', 'agenda_item_id', 'file_name as text']).where('id', 'in', ids).execute();
    const place = await placesOfItems(db, rows.map((r) => r.agenda_item_id));
    for (const r of rows) {
      const at = place(r.agenda_item_id);
      out.set(r.id, {
        ...at, id: r.id, title: r.text, date: at.meeting?.date ?? null, directiveId: kind === 'directive' ? r.id : null,
        texts: [[kind === 'directive' ? 'text' : 'fileName', r.text]],
      });
    }
  } else if (kind === 'progress') {
    const rows = await db.selectFrom('progress_updates as p').innerJoin('action_items as a', 'a.id', 'p.action_id')
      .select(['p.id', 'p.date', 'p.text', 'a.id as actionId', 'a.text as actionText', 'a.agenda_item_id']).where('p.id', 'in', ids).execute();
    const place = await placesOfItems(db, rows.map((r) => r.agenda_item_id));
    for (const r of rows) {
      out.set(r.id, { ...place(r.agenda_item_id), id: r.id, title: r.actionText, date: r.date, directiveId: r.actionId, texts: [['text', r.text]] });
    }
  } else if (kind === 'meeting' || kind === 'minutes') {
    const meetings = await meetingsById(db, ids);
    const rows = await db.selectFrom('meetings').select(['id', 'venue']).where('id', 'in', ids).execute();
    const minutes = kind === 'minutes'
      ? new Map((await sql<{ meeting_id: string; text: string | null }>`
          SELECT v.meeting_id, json_extract(v.content, '$.text') AS text FROM minutes_versions v
          WHERE v.meeting_id IN (${sql.join(ids)}) AND v.version = (SELECT max(w.version) FROM minutes_versions w WHERE w.meeting_id = v.meeting_id)`
          .execute(db)).rows.map((r) => [r.meeting_id, lines(r.text)]))
      : new Map<string, string[]>();
    for (const r of rows) {
      const meeting = meetings.get(r.id) ?? null;
      const title = meeting ? `${meeting.seriesName} ครั้งที่ ${meeting.number}` : '';
      out.set(r.id, {
        ...none, id: r.id, meeting, item: null, place: meeting ? `ครั้งที่ ${meeting.number}` : '', date: meeting?.date ?? null,
        title: kind === 'minutes' ? `รายงานการประชุม${title}` : title,
        texts: kind === 'minutes' ? (minutes.get(r.id) ?? []).map((t): [SearchField, string] => ['text', t]) : [['title', title], ['venue', r.venue]],
      });
    }
  } else {
    await describePolicies(db, ids, out);
  }
  return out;
}

async function describePolicies(db: Kysely<DB>, ids: string[], out: Map<string, Described>): Promise<void> {
  const [policies, history, questions, positions, milestones] = await Promise.all([
    db.selectFrom('policies').select(['id', 'title_th', 'short_title', 'description']).where('id', 'in', ids).execute(),
    db.selectFrom('policy_stage_history').select(['policy_id', 'note']).where('policy_id', 'in', ids).orderBy('date').execute(),
    db.selectFrom('policy_questions').select(['policy_id', 'question', 'resolution']).where('policy_id', 'in', ids).orderBy('created_at').execute(),
    db.selectFrom('policy_positions as p').innerJoin('policy_questions as q', 'q.id', 'p.question_id')
      .select(['q.policy_id', 'p.stakeholder', 'p.position']).where('q.policy_id', 'in', ids).execute(),
    db.selectFrom('policy_milestones').select(['policy_id', 'title']).where('policy_id', 'in', ids).orderBy('start_date').execute(),
  ]);
  for (const p of policies) {
    const of = <T extends { policy_id: string }>(rows: T[]) => rows.filter((r) => r.policy_id === p.id);
    out.set(p.id, {
      id: p.id, title: p.title_th, date: null, meeting: null, item: null, directiveId: null, place: '',
      texts: [
        ['title', p.title_th], ['title', p.short_title], ['description', p.description],
        ...of(history).map((h): [SearchField, string] => ['stageNote', h.note]),
        ...of(questions).flatMap((q): [SearchField, string][] => [['question', q.question], ['question', q.resolution]]),
        ...of(positions).map((x): [SearchField, string] => ['position', `${x.stakeholder} ${x.position}`]),
        ...of(milestones).map((m): [SearchField, string] => ['milestone', m.title]),
      ],
    });
  }
}
