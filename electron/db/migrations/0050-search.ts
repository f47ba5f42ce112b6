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
CREATE TABLE search_docs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('meeting','item','minutes','directive','progress','policy','attachment')),
  ref_id TEXT NOT NULL,
  series_id TEXT,
  UNIQUE (kind, ref_id)
) STRICT;
`;

const changed = (columns: string[]) => columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');

interface Watch {
  table: string;
  /** Columns whose change changes a document. */
  columns: string[];
  /** What to refresh after an insert or update (`row` is `new`) and after a delete (`row` is `old`). */
  refresh: (row: 'new' | 'old') => string;
  /** Instead of refreshing after a delete, the document to remove. */
  remove?: (row: 'old') => string;
}

const children: DocKind[] = ['item', 'minutes', 'directive', 'progress', 'attachment'];
const policyOf = (row: string, column = 'policy_id') => refreshSql('policy', `s.id = ${row}.${column}`);

const watches: Watch[] = [
  {
    table: 'meetings', columns: ['number', 'year_be', 'venue', 'series_id'], refresh: (r) => refreshSql('meeting', `s.id = ${r}.id`),
    remove: (r) => removeSql('meeting', `${r}.id`) + removeSql('minutes', `${r}.id`),
  },
  { table: 'meeting_series', columns: ['name_th'], refresh: (r) => refreshSql('meeting', `s.series_id = ${r}.id`), remove: () => '' },
  {
    table: 'agenda_items', columns: ['subject', 'summary', 'proposal', 'discussion', 'resolution', 'meeting_id'],
    refresh: (r) => refreshSql('item', `s.id = ${r}.id`), remove: (r) => removeSql('item', `${r}.id`),
  },
  { table: 'minutes_versions', columns: ['content', 'version', 'meeting_id'], refresh: (r) => refreshSql('minutes', `s.id = ${r}.meeting_id`) },
  {
    table: 'action_items', columns: ['text', 'agenda_item_id'], refresh: (r) => refreshSql('directive', `s.id = ${r}.id`),
    remove: (r) => removeSql('directive', `${r}.id`),
  },
  {
    table: 'progress_updates', columns: ['text', 'action_id'], refresh: (r) => refreshSql('progress', `s.id = ${r}.id`),
    remove: (r) => removeSql('progress', `${r}.id`),
  },
  {
    table: 'policies', columns: ['title_th', 'short_title', 'description'], refresh: (r) => refreshSql('policy', `s.id = ${r}.id`),
    remove: (r) => removeSql('policy', `${r}.id`),
  },
  { table: 'policy_stage_history', columns: ['note', 'date', 'policy_id'], refresh: (r) => policyOf(r) },
  { table: 'policy_questions', columns: ['question', 'resolution', 'policy_id'], refresh: (r) => policyOf(r) },
  {
    table: 'policy_positions', columns: ['stakeholder', 'position', 'question_id'],
    refresh: (r) => refreshSql('policy', `s.id = (SELECT q.policy_id FROM policy_questions q WHERE q.id = ${r}.question_id)`),
  },
  { table: 'policy_milestones', columns: ['title', 'start_date', 'policy_id'], refresh: (r) => policyOf(r) },
  {
    table: 'attachments', columns: ['file_name', 'agenda_item_id'], refresh: (r) => refreshSql('attachment', `s.id = ${r}.id`),
    remove: (r) => removeSql('attachment', `${r}.id`),
  },
];

function triggers(): string[] {
  const out: string[] = [];
  for (const w of watches) {
    const t = w.table;
    out.push(`CREATE TRIGGER search_${t}_ai AFTER INSERT ON ${t} BEGIN ${w.refresh('new')} END`);
    // A row moved from one parent to another refreshes the document of both (a question moved to another policy).
    const moved = w.columns.find((c) => c.endsWith('_id'));
    const again = moved && !w.remove ? `${w.refresh('old')}\n` : '';
    out.push(`CREATE TRIGGER search_${t}_au AFTER UPDATE OF ${w.columns.join(', ')} ON ${t} WHEN ${changed(w.columns)} BEGIN ${again}${w.refresh('new')} END`);
    const onDelete = w.remove ? w.remove('old') : w.refresh('old');
    if (onDelete) out.push(`CREATE TRIGGER search_${t}_ad AFTER DELETE ON ${t} BEGIN ${onDelete} END`);
  }
  // A meeting moved to another year or series takes its items, minutes, directives and attachments with it.
  const where: Record<string, string> = { item: 's.meeting_id', minutes: 's.id', directive: 'i.meeting_id', progress: 'i.meeting_id', attachment: 'i.meeting_id' };
  out.push(`CREATE TRIGGER search_meetings_au_place AFTER UPDATE OF year_be, series_id ON meetings WHEN ${changed(['year_be', 'series_id'])} BEGIN
    ${children.map((k) => refreshSql(k, `${where[k]} = new.id`)).join('\n')} END`);
  // An item moved to another meeting takes its directives, their progress and its attachments with it;
  // a directive moved to another item, its progress.
  out.push(`CREATE TRIGGER search_agenda_items_au_place AFTER UPDATE OF meeting_id ON agenda_items WHEN old.meeting_id IS NOT new.meeting_id BEGIN
    ${refreshSql('directive', 's.agenda_item_id = new.id')}
    ${refreshSql('progress', 'a.agenda_item_id = new.id')}
    ${refreshSql('attachment', 's.agenda_item_id = new.id')} END`);
  out.push(`CREATE TRIGGER search_action_items_au_place AFTER UPDATE OF agenda_item_id ON action_items WHEN old.agenda_item_id IS NOT new.agenda_item_id BEGIN
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
