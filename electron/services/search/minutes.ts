import type { Kysely } from 'kysely';
import { engineOf } from '../../db/engine';
import type { DB } from '../../db/types';
import { q, run, type Statement } from './statement';

/** Characters of the minutes kept before the first hit and in all: the snippet needs 160 of them. */
const MINUTES_BEFORE = 300;
const MINUTES_SPAN = 800;

/** The first byte of a character in UTF-8 (not a continuation byte, 10xxxxxx). */
const starts = (byte: number) => (byte & 0xc0) !== 0x80;

/**
 * `MINUTES_SPAN` characters of UTF-8 `text` from `MINUTES_BEFORE` characters before the first
 * `needle`, decoded; the whole text when it is not there. The same characters as SQLite's
 * `substr(text, max(1, instr(text, needle) - 300), 800)`: a valid UTF-8 needle is found only where a
 * character begins, and characters are counted by their first bytes, as SQLite counts them.
 */
export function aroundFirst(text: Buffer, needle: string): string {
  const at = text.indexOf(needle, 0, 'utf8');
  if (at === -1) return text.toString('utf8');
  let start = at;
  for (let n = 0; n < MINUTES_BEFORE && start > 0; ) if (starts(text[--start])) n++;
  let end = start;
  for (let n = 0; n < MINUTES_SPAN && end < text.length; n++) do end++; while (end < text.length && !starts(text[end]));
  return text.toString('utf8', start, end);
}

/**
 * The latest minutes' lines of the minutes documents `wanted` (statement.ts `docsIn`), by document, with
 * their meeting: only around where `locate` first occurs when it does as typed (plain text, migration
 * 0075): a meeting's minutes run to 40,000 characters, and bringing five of them whole into JavaScript
 * as strings for one snippet each cost 2 ms. Where it does not occur as typed (Thai digits in the
 * record, ำ written in two), the whole text.
 *
 * SQLite hands the text over as its UTF-8 bytes (a BLOB: copied, not decoded) and the first hit is
 * found with `Buffer.indexOf`: SQLite's own `instr` steps through 100 KB of Thai a character at a
 * time, and `substr` counts characters from the start again. Measured on the 20-year set, the five
 * minutes of each of the bench's queries (CPU per query, the mean of a dozen): 0.73 ms with `instr`,
 * 0.27 this way — for the same 800 characters, compared text for text. PostgreSQL finds it with `strpos`.
 */
export async function minutesAround(db: Kysely<DB>, wanted: Statement, locate: string): Promise<Map<number, { meetingId: string; lines: string[] }>> {
  if (engineOf(db) === 'postgres') {
    const rows = await run<{ doc: number; meeting_id: string; text: string }>(db, q`
      SELECT doc, meeting_id, CASE WHEN at > 0 THEN substr(text, greatest(1, at - ${MINUTES_BEFORE}), ${MINUTES_SPAN}) ELSE text END AS text
      FROM (SELECT d.id AS doc, t.meeting_id, t.text, strpos(t.text, ${locate}) AS at FROM search_docs d JOIN minutes_text t ON t.meeting_id = d.ref_id
            WHERE ${wanted}) AS found`);
    return new Map(rows.map((r) => [Number(r.doc), { meetingId: r.meeting_id, lines: r.text.split('\n') }]));
  }
  const rows = await run<{ doc: number; meeting_id: string; bytes: Buffer }>(db, q`
    SELECT d.id AS doc, t.meeting_id, CAST(t.text AS BLOB) AS bytes FROM search_docs d JOIN minutes_text t ON t.meeting_id = d.ref_id WHERE ${wanted}`);
  return new Map(rows.map((r) => [Number(r.doc), { meetingId: r.meeting_id, lines: aroundFirst(r.bytes, locate).split('\n') }]));
}
