import { type Kysely, sql } from 'kysely';
import { type DocKind, docKinds, ftsTable, indexTablesSql, refreshSql, removeSql } from './0050-search-sql';

/**
 * Issue 12, Thai full-text search: a trigram index (FTS5, `trigram` tokenizer: every three code points,
 * so Thai is found without cutting it into words) over meetings, agenda items, minutes, directives,
 * progress notes, policies and attachment names; SQL of each document in 0050-search-sql.ts.
 *
 * Kept current by triggers: they run inside the transaction of whatever writes (every service, the
 * import, `lekha demo --years`, a restore), so a search right after a write finds it and a rolled-back
 * write leaves no trace in the index.
 *
 * The index (one FTS5 table per kind of document) is contentless (`content=''`): it holds the trigrams
 * of the normalised text, not the text.
 * The text is already in the record; a copy would add as much again (185 MB on the 20-year set), and
 * snippets are cut from the record's own text anyway, as it was written (Thai digits stay Thai).
 * `contentless_delete=1` lets a document leave the index by its rowid alone.
 */
const tables = `
CREATE TABLE search_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0,1))
) STRICT;
INSERT INTO search_state (id, paused) VALUES (1, 0);
CREATE TABLE search_docs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('meeting','item','minutes','directive','progress','policy','attachment')),
  ref_id TEXT NOT NULL,
  series_id TEXT,
  UNIQUE (kind, ref_id)
) STRICT;
`;

const changed = (columns: string[]) => columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
/**
 * Every trigger on the record runs unless a bulk writer paused the index (`search_state`): `lekha demo
 * --years` writes a million rows and indexes them at the end in bulk, in the same transaction, three
 * times cheaper than row by row (see db/search-index.ts).
 */
const live = "(SELECT paused FROM search_state) = 0";
const gate = (when?: string) => `WHEN ${when ? `(${when}) AND ` : ''}${live}`;

interface Watch {
  table: string;
  /** Columns whose change changes a document. */
  columns: string[];
  /** The kind of document each row of the table is (a meeting, an item…); its triggers write it alone. */
  own?: DocKind;
  /** Otherwise the document to refresh after an insert, an update (`row` is `new`) or a delete (`old`). */
  refresh?: (row: 'new' | 'old') => string;
}

const children: DocKind[] = ['item', 'minutes', 'directive', 'progress', 'attachment'];
const one = { single: true };
const policyOf = (row: string, column = 'policy_id') => refreshSql('policy', `s.id = ${row}.${column}`, one);

const watches: Watch[] = [
  { table: 'meetings', columns: ['number', 'year_be', 'venue', 'series_id'], own: 'meeting' },
  { table: 'meeting_series', columns: ['name_th'] },
  { table: 'agenda_items', columns: ['subject', 'summary', 'proposal', 'discussion', 'resolution', 'meeting_id'], own: 'item' },
  { table: 'minutes_versions', columns: ['content', 'version', 'meeting_id'], refresh: (r) => refreshSql('minutes', `s.id = ${r}.meeting_id`, one) },
  { table: 'action_items', columns: ['text', 'agenda_item_id'], own: 'directive' },
  { table: 'progress_updates', columns: ['text', 'action_id'], own: 'progress' },
  { table: 'policies', columns: ['title_th', 'short_title', 'description'], own: 'policy' },
  { table: 'policy_stage_history', columns: ['note', 'date', 'policy_id'], refresh: (r) => policyOf(r) },
  { table: 'policy_questions', columns: ['question', 'resolution', 'policy_id'], refresh: (r) => policyOf(r) },
  {
    table: 'policy_positions', columns: ['stakeholder', 'position', 'question_id'],
    refresh: (r) => refreshSql('policy', `s.id = (SELECT q.policy_id FROM policy_questions q WHERE q.id = ${r}.question_id)`, one),
  },
  { table: 'policy_milestones', columns: ['title', 'start_date', 'policy_id'], refresh: (r) => policyOf(r) },
  { table: 'attachments', columns: ['file_name', 'agenda_item_id'], own: 'attachment' },
];

function triggers(): string[] {
  const out: string[] = [];
  for (const w of watches) {
    const t = w.table;
    const when = changed(w.columns);
    if (w.own) {
      // A row just inserted has no document yet: written, not rewritten.
      out.push(`CREATE TRIGGER search_${t}_ai AFTER INSERT ON ${t} ${gate()} BEGIN ${refreshSql(w.own, 's.id = new.id', { fresh: true, single: true })} END`);
      out.push(`CREATE TRIGGER search_${t}_au AFTER UPDATE OF ${w.columns.join(', ')} ON ${t} ${gate(when)} BEGIN ${refreshSql(w.own, 's.id = new.id', one)} END`);
      const minutes = w.own === 'meeting' ? removeSql('minutes', 'old.id') : '';
      out.push(`CREATE TRIGGER search_${t}_ad AFTER DELETE ON ${t} ${gate()} BEGIN ${removeSql(w.own, 'old.id')}${minutes} END`);
    } else if (w.refresh) {
      const refresh = w.refresh;
      out.push(`CREATE TRIGGER search_${t}_ai AFTER INSERT ON ${t} ${gate()} BEGIN ${refresh('new')} END`);
      // A row moved from one parent to another refreshes the document of both (a question moved to another policy).
      out.push(`CREATE TRIGGER search_${t}_au AFTER UPDATE OF ${w.columns.join(', ')} ON ${t} ${gate(when)} BEGIN ${refresh('old')}\n${refresh('new')} END`);
      out.push(`CREATE TRIGGER search_${t}_ad AFTER DELETE ON ${t} ${gate()} BEGIN ${refresh('old')} END`);
    }
  }
  // A series renamed renames its meetings.
  out.push(`CREATE TRIGGER search_meeting_series_au AFTER UPDATE OF name_th ON meeting_series ${gate('old.name_th IS NOT new.name_th')} BEGIN
    ${refreshSql('meeting', 's.series_id = new.id')} END`);
  // A meeting moved to another year or series takes its items, minutes, directives and attachments with it.
  const where: Record<string, string> = { item: 's.meeting_id', minutes: 's.id', directive: 'i.meeting_id', progress: 'i.meeting_id', attachment: 'i.meeting_id' };
  out.push(`CREATE TRIGGER search_meetings_au_place AFTER UPDATE OF year_be, series_id ON meetings ${gate(changed(['year_be', 'series_id']))} BEGIN
    ${children.map((k) => refreshSql(k, `${where[k]} = new.id`)).join('\n')} END`);
  // An item moved to another meeting takes its directives, their progress and its attachments with it;
  // a directive moved to another item, its progress.
  out.push(`CREATE TRIGGER search_agenda_items_au_place AFTER UPDATE OF meeting_id ON agenda_items ${gate('old.meeting_id IS NOT new.meeting_id')} BEGIN
    ${refreshSql('directive', 's.agenda_item_id = new.id')}
    ${refreshSql('progress', 'a.agenda_item_id = new.id')}
    ${refreshSql('attachment', 's.agenda_item_id = new.id')} END`);
  out.push(`CREATE TRIGGER search_action_items_au_place AFTER UPDATE OF agenda_item_id ON action_items ${gate('old.agenda_item_id IS NOT new.agenda_item_id')} BEGIN
    ${refreshSql('progress', 's.action_id = new.id')} END`);
  return out;
}

/** Every document of every kind, oldest meeting first; then each index merged into one b-tree for reading. */
export async function buildSearchIndex(db: Kysely<unknown>): Promise<void> {
  for (const kind of docKinds) {
    for (const statement of refreshSql(kind, '1', { fresh: true }).split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
      await sql.raw(statement).execute(db);
    }
    await sql.raw(`INSERT INTO ${ftsTable(kind)} (${ftsTable(kind)}) VALUES ('optimize')`).execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of tables.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) await sql.raw(statement).execute(db);
  for (const statement of [...indexTablesSql(), ...triggers()]) await sql.raw(statement).execute(db);
  await buildSearchIndex(db);
}
