import { type Kysely, sql } from 'kysely';

/**
 * Issue 12 (search speed): the text of each meeting's latest minutes, as plain lines, beside the
 * version's JSON. A version's `content` holds the record, the text and the printed layout (about
 * 200 KB on the 20-year set, the text 20–40 KB of it); a search read the text for its snippets, and
 * a short term (ปี, ดี) checked the text of every candidate, through `json_extract`, which parses the
 * whole 200 KB each time: 66 ms for the five minutes a search shows, 800 ms for `ปี ๒๕๖๗`.
 *
 * `minutes_text.text` is the `$.text` lines of the meeting's highest version joined by a line feed
 * (as the search index holds them, migration 0050). Triggers keep it current in the transaction of
 * every write of a version; no foreign key, so a meeting deleted with its versions (a cascade whose
 * triggers refresh this row) is never refused: the last version's delete removes the row.
 */
const refresh = (meetingId: string) => `
  DELETE FROM minutes_text WHERE meeting_id = ${meetingId};
  INSERT INTO minutes_text (meeting_id, version, text)
    SELECT v.meeting_id, v.version, coalesce((SELECT group_concat(j.value, char(10)) FROM json_each(v.content, '$.text') j), '')
    FROM minutes_versions v WHERE v.meeting_id = ${meetingId} ORDER BY v.version DESC LIMIT 1;`;

const statements = [
  `CREATE TABLE minutes_text (
     meeting_id TEXT PRIMARY KEY,
     version INTEGER NOT NULL,
     text TEXT NOT NULL
   ) STRICT`,
  `CREATE TRIGGER minutes_text_ai AFTER INSERT ON minutes_versions BEGIN ${refresh('new.meeting_id')} END`,
  `CREATE TRIGGER minutes_text_au AFTER UPDATE OF content, version, meeting_id ON minutes_versions BEGIN ${refresh('old.meeting_id')} ${refresh('new.meeting_id')} END`,
  `CREATE TRIGGER minutes_text_ad AFTER DELETE ON minutes_versions BEGIN ${refresh('old.meeting_id')} END`,
  // Every meeting's latest version as it is now.
  `INSERT INTO minutes_text (meeting_id, version, text)
     SELECT v.meeting_id, v.version, coalesce((SELECT group_concat(j.value, char(10)) FROM json_each(v.content, '$.text') j), '')
     FROM minutes_versions v WHERE v.version = (SELECT max(w.version) FROM minutes_versions w WHERE w.meeting_id = v.meeting_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
