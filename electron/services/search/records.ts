import type { Kysely } from 'kysely';
import { formatMeetingNumber } from '../../../shared/numbering';
import type { SearchField, SearchHit, SearchKind } from '../../../shared/schemas/search';
import type { DB } from '../../db/types';
import { itemRefs } from '../item-refs';
import { minutesAround } from './minutes';
import { docsIn, jsonEach, q, run, type Statement } from './statement';

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
    WHERE m.id IN (SELECT value FROM ${jsonEach([...new Set(ids)])})`);
  return new Map(rows.map((r) => [r.id, { id: r.id, number: formatMeetingNumber(r.number, r.year_be), date: r.date, seriesId: r.series_id, seriesName: r.name_th }]));
}

const none = { directiveId: null, date: null };

/**
 * The records of one kind's documents (`search_docs` ids), read in one query through the document list,
 * keyed by document. The hot reads here are written in SQL and run as written (statement.ts), where
 * Kysely's builder cost 50–140 µs a statement to compile.
 */
async function readKind(db: Kysely<DB>, kind: SearchKind, docs: number[], locate: string): Promise<Map<number, Pending>> {
  const out = new Map<number, Pending>();
  const wanted = docsIn(docs);
  if (kind === 'item') {
    const rows = await run<{ doc: number; id: string; subject: string; summary: string; proposal: string; discussion: string; resolution: string }>(db, q`
      SELECT d.id AS doc, s.id, s.subject, s.summary, s.proposal, s.discussion, s.resolution FROM search_docs d JOIN agenda_items s ON s.id = d.ref_id WHERE ${wanted}`);
    for (const r of rows) {
      out.set(Number(r.doc), {
        ...none, id: r.id, title: r.subject, itemId: r.id,
        // The subject is the hit's title already: a snippet from the resolution or the summary says more.
        texts: [['resolution', r.resolution], ['summary', r.summary], ['discussion', r.discussion], ['proposal', r.proposal], ['subject', r.subject]],
      });
    }
  } else if (kind === 'directive' || kind === 'attachment') {
    const rows = await run<{ doc: number; id: string; agenda_item_id: string; text: string }>(db, kind === 'directive'
      ? q`SELECT d.id AS doc, s.id, s.agenda_item_id, s.text FROM search_docs d JOIN action_items s ON s.id = d.ref_id WHERE ${wanted}`
      : q`SELECT d.id AS doc, s.id, s.agenda_item_id, s.file_name AS text FROM search_docs d JOIN attachments s ON s.id = d.ref_id WHERE ${wanted}`);
    for (const r of rows) {
      out.set(Number(r.doc), {
        id: r.id, title: r.text, date: null, itemId: r.agenda_item_id, directiveId: kind === 'directive' ? r.id : null,
        texts: [[kind === 'directive' ? 'text' : 'fileName', r.text]],
      });
    }
  } else if (kind === 'progress') {
    const rows = await run<{ doc: number; id: string; date: string; text: string; actionId: string; actionText: string; agenda_item_id: string }>(db, q`
      SELECT d.id AS doc, p.id, p.date, p.text, a.id AS "actionId", a.text AS "actionText", a.agenda_item_id
      FROM search_docs d JOIN progress_updates p ON p.id = d.ref_id JOIN action_items a ON a.id = p.action_id WHERE ${wanted}`);
    for (const r of rows) out.set(Number(r.doc), { id: r.id, title: r.actionText, date: r.date, itemId: r.agenda_item_id, directiveId: r.actionId, texts: [['text', r.text]] });
  } else if (kind === 'meeting') {
    const rows = await run<{ doc: number; id: string; venue: string }>(db, q`SELECT d.id AS doc, s.id, s.venue FROM search_docs d JOIN meetings s ON s.id = d.ref_id WHERE ${wanted}`);
    for (const r of rows) {
      const titleOf = (m: MeetingInfo | null) => (m ? `${m.seriesName} ครั้งที่ ${m.number}` : '');
      out.set(Number(r.doc), { ...none, id: r.id, meetingId: r.id, title: '', titleOf, texts: [['venue', r.venue]] });
    }
  } else if (kind === 'minutes') {
    // A meeting's minutes are read with their meeting's id: no other column of the meeting is shown.
    for (const [doc, { meetingId, lines }] of await minutesAround(db, wanted, locate)) {
      const titleOf = (m: MeetingInfo | null) => (m ? `รายงานการประชุม${m.seriesName} ครั้งที่ ${m.number}` : '');
      out.set(doc, { ...none, id: meetingId, meetingId, title: '', titleOf, texts: lines.map((t): [SearchField, string] => ['text', t]) });
    }
  } else {
    await readPolicies(db, wanted, out);
  }
  return out;
}

/**
 * Each hit's record, by kind and document, with the meeting and item it belongs to: the records of a
 * kind in one query, then the places of every hit of every kind together (one `itemRefs`, one meetings
 * query), where each kind used to look up its own. `terms` place the minutes' snippet (`minutesAround`).
 */
export async function describeHits(db: Kysely<DB>, wanted: [SearchKind, number[]][], terms: readonly string[]): Promise<Map<SearchKind, Map<number, Described>>> {
  const read = new Map<SearchKind, Map<number, Pending>>();
  for (const [kind, docs] of wanted) if (docs.length) read.set(kind, await readKind(db, kind, docs, terms[0] ?? ''));
  const pending = [...read.values()].flatMap((m) => [...m.values()]);
  const refs = await itemRefs(db, pending.flatMap((p) => (p.itemId ? [p.itemId] : [])));
  const meetings = await meetingsById(db, [...pending.flatMap((p) => (p.meetingId ? [p.meetingId] : [])), ...[...refs.values()].map((r) => r.meetingId)]);
  const out = new Map<SearchKind, Map<number, Described>>();
  for (const [kind, records] of read) {
    const described = new Map<number, Described>();
    for (const [doc, { itemId, meetingId, titleOf, ...record }] of records) {
      const ref = itemId ? refs.get(itemId) : undefined;
      const meeting = meetings.get(ref?.meetingId ?? meetingId ?? '') ?? null;
      const place = ref ? `ครั้งที่ ${ref.meetingNumber} ระเบียบวาระที่ ${ref.itemNumber}` : meeting && meetingId ? `ครั้งที่ ${meeting.number}` : '';
      const item = ref ? { id: ref.agendaItemId, number: ref.itemNumber, subject: ref.subject } : null;
      const title = titleOf ? titleOf(meeting) : record.title;
      // A meeting's own title is a text of it too: the series' name and number are what the index holds.
      const texts: [SearchField, string][] = kind === 'meeting' ? [['title', title], ...record.texts] : record.texts;
      described.set(doc, { ...record, title, texts, meeting, item, place, date: record.date ?? meeting?.date ?? null });
    }
    out.set(kind, described);
  }
  return out;
}

type PolicyRow = { doc: number; id: string; part: number; a: string | null; b: string | null; c: string | null; k1: string | null; k2: string | null };
/**
 * The order each part of a policy's text was read in when each had its own statement: notes by date,
 * questions by when they were asked, positions as stored, milestones undated first, then by start.
 */
const byKeys = (x: PolicyRow, y: PolicyRow) => x.part - y.part || cmp(x.k1, y.k1) || cmp(x.k2, y.k2);
const cmp = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1);

/**
 * A policy's texts (its title and description, the notes of its stage moves, its questions, positions and
 * milestones), every part of every policy asked in one statement: five statements cost 0.3 ms a search.
 */
async function readPolicies(db: Kysely<DB>, wanted: Statement, out: Map<number, Pending>): Promise<void> {
  const rows = await run<PolicyRow>(db, q`
    SELECT d.id AS doc, s.id, 0 AS part, s.title_th AS a, s.short_title AS b, s.description AS c, NULL AS k1, NULL AS k2
      FROM search_docs d JOIN policies s ON s.id = d.ref_id WHERE ${wanted}
    UNION ALL SELECT d.id, d.ref_id, 1, h.note, NULL, NULL, h.date, NULL FROM search_docs d JOIN policy_stage_history h ON h.policy_id = d.ref_id WHERE ${wanted}
    UNION ALL SELECT d.id, d.ref_id, 2, q.question, q.resolution, NULL, q.created_at, NULL FROM search_docs d JOIN policy_questions q ON q.policy_id = d.ref_id WHERE ${wanted}
    UNION ALL SELECT d.id, d.ref_id, 3, p.stakeholder, p.position, NULL, NULL, NULL FROM search_docs d JOIN policy_questions q ON q.policy_id = d.ref_id
      JOIN policy_positions p ON p.question_id = q.id WHERE ${wanted}
    UNION ALL SELECT d.id, d.ref_id, 4, t.title, NULL, NULL, CASE WHEN t.start_date IS NULL THEN '0' ELSE '1' END, t.start_date FROM search_docs d
      JOIN policy_milestones t ON t.policy_id = d.ref_id WHERE ${wanted}`);
  const parts = new Map<number, PolicyRow[]>();
  for (const r of rows) {
    const of = parts.get(Number(r.doc));
    if (of) of.push(r);
    else parts.set(Number(r.doc), [r]);
  }
  for (const r of rows) {
    if (r.part !== 0) continue;
    const rest = (parts.get(Number(r.doc)) ?? []).filter((x) => x.part !== 0).sort(byKeys);
    const text = (x: PolicyRow) => x.a ?? '';
    out.set(Number(r.doc), {
      ...none, id: r.id, title: r.a ?? '',
      texts: [
        ['title', r.a ?? ''], ['title', r.b ?? ''], ['description', r.c ?? ''],
        ...rest.flatMap((x): [SearchField, string][] => {
          if (x.part === 1) return [['stageNote', text(x)]];
          if (x.part === 2) return [['question', text(x)], ['question', x.b ?? '']];
          if (x.part === 3) return [['position', `${text(x)} ${x.b ?? ''}`]];
          return [['milestone', text(x)]];
        }),
      ],
    });
  }
}
