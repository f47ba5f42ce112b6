import type { Kysely } from 'kysely';
import { formatMeetingNumber } from '../../../shared/numbering';
import type { SearchField, SearchHit, SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { itemRefs } from '../item-refs';
import { minutesAround } from './minutes';
import { jsonEach, q, run } from './statement';

/** What a hit shows besides its snippet, and the texts the snippet is cut from (field, text), in the order preferred. */
export interface Described extends Omit<SearchHit, 'kind' | 'field' | 'snippet'> {
  texts: [SearchField, string][];
}

type MeetingInfo = NonNullable<SearchHit['meeting']>;
type Place = Pick<Described, 'meeting' | 'item' | 'place'>;
/** A record read for its hit, before its meeting and item are known: those come for every hit at once. */
type Pending = Omit<Described, keyof Place> & { itemId?: string; meetingId?: string; titleOf?: (m: MeetingInfo | null) => string };

async function meetingsById(db: Kysely<DB>, ids: string[]): Promise<Map<string, MeetingInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await run<{ id: string; number: number; year_be: number; date: string | null; series_id: string; name_th: string }>(db, q`
    SELECT m.id, m.number, m.year_be, m.date, m.series_id, s.name_th FROM meetings m JOIN meeting_series s ON s.id = m.series_id
    WHERE m.id IN (SELECT value FROM ${idList([...new Set(ids)])})`);
  return new Map(rows.map((r) => [r.id, { id: r.id, number: formatMeetingNumber(r.number, r.year_be), date: r.date, seriesId: r.series_id, seriesName: r.name_th }]));
}

const none = { directiveId: null, date: null };

/**
 * Ids as one bound value (`json_each`): the hot reads below are written in SQL and run as written
 * (statement.ts), where Kysely's builder cost 50–140 µs a statement to compile (a dozen per search).
 */
const idList = (ids: readonly string[]) => jsonEach(ids);

/** The records of one kind, read in one query (policies: one per table of their text). */
async function readKind(db: Kysely<DB>, kind: SearchKind, ids: string[], locate: string): Promise<Map<string, Pending>> {
  const out = new Map<string, Pending>();
  if (kind === 'item') {
    const rows = await run<{ id: string; subject: string; summary: string; proposal: string; discussion: string; resolution: string }>(db, q`
      SELECT id, subject, summary, proposal, discussion, resolution FROM agenda_items WHERE id IN (SELECT value FROM ${idList(ids)})`);
    for (const r of rows) {
      out.set(r.id, {
        ...none, id: r.id, title: r.subject, itemId: r.id,
        // The subject is the hit's title already: a snippet from the resolution or the summary says more.
        texts: [['resolution', r.resolution], ['summary', r.summary], ['discussion', r.discussion], ['proposal', r.proposal], ['subject', r.subject]],
      });
    }
  } else if (kind === 'directive' || kind === 'attachment') {
    const rows = await run<{ id: string; agenda_item_id: string; text: string }>(db, kind === 'directive'
      ? q`SELECT id, agenda_item_id, text FROM action_items WHERE id IN (SELECT value FROM ${idList(ids)})`
      : q`SELECT id, agenda_item_id, file_name AS text FROM attachments WHERE id IN (SELECT value FROM ${idList(ids)})`);
    for (const r of rows) {
      out.set(r.id, {
        id: r.id, title: r.text, date: null, itemId: r.agenda_item_id, directiveId: kind === 'directive' ? r.id : null,
        texts: [[kind === 'directive' ? 'text' : 'fileName', r.text]],
      });
    }
  } else if (kind === 'progress') {
    const rows = await run<{ id: string; date: string; text: string; actionId: string; actionText: string; agenda_item_id: string }>(db, q`
      SELECT p.id, p.date, p.text, a.id AS "actionId", a.text AS "actionText", a.agenda_item_id FROM progress_updates p JOIN action_items a ON a.id = p.action_id
      WHERE p.id IN (SELECT value FROM ${idList(ids)})`);
    for (const r of rows) out.set(r.id, { id: r.id, title: r.actionText, date: r.date, itemId: r.agenda_item_id, directiveId: r.actionId, texts: [['text', r.text]] });
  } else if (kind === 'meeting' || kind === 'minutes') {
    const rows = await run<{ id: string; venue: string }>(db, q`SELECT id, venue FROM meetings WHERE id IN (SELECT value FROM ${idList(ids)})`);
    const minutes = kind === 'minutes' ? await minutesAround(db, ids, locate) : new Map<string, string[]>();
    for (const r of rows) {
      const titleOf = (m: MeetingInfo | null) => (m ? `${kind === 'minutes' ? 'รายงานการประชุม' : ''}${m.seriesName} ครั้งที่ ${m.number}` : '');
      out.set(r.id, {
        ...none, id: r.id, meetingId: r.id, title: '', titleOf,
        texts: kind === 'minutes' ? (minutes.get(r.id) ?? []).map((t): [SearchField, string] => ['text', t]) : [['venue', r.venue]],
      });
    }
  } else {
    await readPolicies(db, ids, out);
  }
  return out;
}

/**
 * Each hit's record, by kind and id, with the meeting and item it belongs to: the records of a kind in
 * one query, then the places of every hit of every kind together (one `itemRefs`, one meetings query),
 * where each kind used to look up its own. `terms` place the minutes' snippet (`minutesAround`).
 */
export async function describeHits(db: Kysely<DB>, wanted: [SearchKind, string[]][], terms: readonly string[]): Promise<Map<SearchKind, Map<string, Described>>> {
  const read = new Map<SearchKind, Map<string, Pending>>();
  for (const [kind, ids] of wanted) if (ids.length) read.set(kind, await readKind(db, kind, ids, terms[0] ?? ''));
  const pending = [...read.values()].flatMap((m) => [...m.values()]);
  const refs = await itemRefs(db, pending.flatMap((p) => (p.itemId ? [p.itemId] : [])));
  const meetings = await meetingsById(db, [...pending.flatMap((p) => (p.meetingId ? [p.meetingId] : [])), ...[...refs.values()].map((r) => r.meetingId)]);
  const out = new Map<SearchKind, Map<string, Described>>();
  for (const [kind, records] of read) {
    const described = new Map<string, Described>();
    for (const [id, { itemId, meetingId, titleOf, ...record }] of records) {
      const ref = itemId ? refs.get(itemId) : undefined;
      const meeting = meetings.get(ref?.meetingId ?? meetingId ?? '') ?? null;
      const place = ref ? `ครั้งที่ ${ref.meetingNumber} ระเบียบวาระที่ ${ref.itemNumber}` : meeting && meetingId ? `ครั้งที่ ${meeting.number}` : '';
      const item = ref ? { id: ref.agendaItemId, number: ref.itemNumber, subject: ref.subject } : null;
      const title = titleOf ? titleOf(meeting) : record.title;
      // A meeting's own title is a text of it too: the series' name and number are what the index holds.
      const texts: [SearchField, string][] = kind === 'meeting' ? [['title', title], ...record.texts] : record.texts;
      described.set(id, { ...record, title, texts, meeting, item, place, date: record.date ?? meeting?.date ?? null });
    }
    out.set(kind, described);
  }
  return out;
}

async function readPolicies(db: Kysely<DB>, ids: string[], out: Map<string, Pending>): Promise<void> {
  const list = idList(ids);
  const policies = await run<{ id: string; title_th: string; short_title: string; description: string }>(db, q`
    SELECT id, title_th, short_title, description FROM policies WHERE id IN (SELECT value FROM ${list})`);
  const history = await run<{ policy_id: string; note: string }>(db, q`
    SELECT policy_id, note FROM policy_stage_history WHERE policy_id IN (SELECT value FROM ${list}) ORDER BY date`);
  const questions = await run<{ policy_id: string; question: string; resolution: string }>(db, q`
    SELECT policy_id, question, resolution FROM policy_questions WHERE policy_id IN (SELECT value FROM ${list}) ORDER BY created_at`);
  const positions = await run<{ policy_id: string; stakeholder: string; position: string }>(db, q`
    SELECT q.policy_id, p.stakeholder, p.position FROM policy_positions p JOIN policy_questions q ON q.id = p.question_id
    WHERE q.policy_id IN (SELECT value FROM ${list})`);
  const milestones = await run<{ policy_id: string; title: string }>(db, q`
    SELECT policy_id, title FROM policy_milestones WHERE policy_id IN (SELECT value FROM ${list}) ORDER BY start_date IS NOT NULL, start_date`);
  for (const p of policies) {
    const of = <T extends { policy_id: string }>(rows: T[]) => rows.filter((r) => r.policy_id === p.id);
    out.set(p.id, {
      ...none, id: p.id, title: p.title_th,
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
