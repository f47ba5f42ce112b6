// The baseline: the text the index holds, read with LIKE '%…%' — every term somewhere in the record,
// as the index requires — counting the records that match. What searching costs without an index.
import type Database from 'better-sqlite3';

// The minutes' lines as plain text (migration 0075), not pulled out of each version's 200 KB of JSON:
// the baseline reads the same text the cheapest way there is, so the parse does not flatter the ratio.
const minutesText = '(SELECT t.text FROM minutes_text t WHERE t.meeting_id = s.id)';
const meetingTitle = "(SELECT ms.name_th FROM meeting_series ms WHERE ms.id = s.series_id) || ' ครั้งที่ ' || s.number || '/' || s.year_be";

/** Each kind of record and the texts the index holds of it. */
const sources: [string, string[]][] = [
  ['agenda_items s', ['s.subject', 's.summary', 's.proposal', 's.discussion', 's.resolution']],
  ['action_items s', ['s.text']],
  ['progress_updates s', ['s.text']],
  ['meetings s', [meetingTitle, 's.venue']],
  ['meetings s', [minutesText]],
  ['policies s', [
    's.title_th', 's.short_title', 's.description',
    '(SELECT group_concat(h.note) FROM policy_stage_history h WHERE h.policy_id = s.id)',
    "(SELECT group_concat(q.question || ' ' || q.resolution) FROM policy_questions q WHERE q.policy_id = s.id)",
    "(SELECT group_concat(p.stakeholder || ' ' || p.position) FROM policy_positions p JOIN policy_questions q ON q.id = p.question_id WHERE q.policy_id = s.id)",
    '(SELECT group_concat(t.title) FROM policy_milestones t WHERE t.policy_id = s.id)',
  ]],
  ['attachments s', ['s.file_name']],
];

const statements = new Map<string, Database.Statement>();

export function likeScan(sqlite: Database.Database, text: string): number {
  const terms = text.split(/\s+/).filter(Boolean);
  let found = 0;
  for (const [from, columns] of sources) {
    const key = `${from}|${columns.length}|${terms.length}`;
    let statement = statements.get(key);
    if (!statement) {
      const one = `(${columns.map((c) => `${c} LIKE ?`).join(' OR ')})`;
      statement = sqlite.prepare(`SELECT count(*) FROM ${from} WHERE ${terms.map(() => one).join(' AND ')}`).pluck();
      statements.set(key, statement);
    }
    found += Number(statement.get(...terms.flatMap((t) => columns.map(() => `%${t}%`))));
  }
  return found;
}
