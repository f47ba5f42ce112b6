import { REPLACEMENTS } from '../../../../shared/search-text';

/**
 * Search on PostgreSQL by its own means (issue 15): one row per document in `search_docs` (the same
 * documents and ids as SQLite's index, migration 0050: kind × 2^48 + (B.E. year − 2399) × 2^36 + a
 * number counting up as documents are written), holding the document's text normalised as
 * shared/search-text.ts does it and case-folded, its fields joined by U+E000 (removed from every text by
 * the normalisation, so a phrase never runs from one field into the next). A trigram GIN index
 * (`pg_trgm`, `gin_trgm_ops`) answers `body LIKE '%term%'`.
 *
 * Why LIKE over the trigram index rather than pg_trgm's word similarity: pg_trgm splits words at
 * characters that are not letters in the server's locale, and on a C.UTF-8 cluster the Thai tone
 * marks (่ ้ ๊ ๋) and some vowels above and below are not (checked: show_trgm('ก่') holds no trigram
 * with ่). A LIKE pattern's trigrams are taken the same way from the pattern and rechecked against the
 * text, so LIKE is exact whatever the locale; only the index's selectivity depends on it.
 *
 * Kept current by triggers on the record in the transaction of every write, as on SQLite: a changed
 * document leaves and comes back with the next number (so it is the newest of its year, as there).
 */

const chr = (s: string) => (s === '' ? "''" : [...s].map((c) => `chr(${c.codePointAt(0)})`).join('||'));

/** shared/search-text.ts normaliseSearchText, then foldCase, as SQL (the unit of the PostgreSQL test compares them). */
const passes = REPLACEMENTS.reduce((x, [find, put]) => `replace(${x}, ${chr(find)}, ${chr(put)})`, 't');
const normalise = `CREATE FUNCTION lekha_search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(btrim(regexp_replace(${passes}, ' {2,}', ' ', 'g'), ' '))
$$`;

interface Kind {
  code: number;
  from: string;
  year: string | null;
  series: string | null;
  /** The title ranking weighs (shown first in a snippet's place by the service), when the kind has one. */
  title: string | null;
  fields: string[];
}

const agg = (expr: string, from: string, order: string) => `(SELECT string_agg(${expr}, chr(10) ORDER BY ${order}) FROM ${from})`;
const meetingTitle = "ms.name_th || ' ครั้งที่ ' || s.number || '/' || s.year_be";

const kinds: Record<string, Kind> = {
  meeting: { code: 1, from: 'meetings s JOIN meeting_series ms ON ms.id = s.series_id', year: 's.year_be', series: 's.series_id', title: meetingTitle, fields: [meetingTitle, 's.venue'] },
  item: {
    code: 2, from: 'agenda_items s JOIN meetings m ON m.id = s.meeting_id', year: 'm.year_be', series: 'm.series_id', title: 's.subject',
    fields: ['s.subject', 's.summary', 's.proposal', 's.discussion', 's.resolution'],
  },
  minutes: { code: 3, from: 'meetings s JOIN minutes_text t ON t.meeting_id = s.id', year: 's.year_be', series: 's.series_id', title: null, fields: ['t.text'] },
  directive: {
    code: 4, from: 'action_items s JOIN agenda_items i ON i.id = s.agenda_item_id JOIN meetings m ON m.id = i.meeting_id',
    year: 'm.year_be', series: 'm.series_id', title: null, fields: ['s.text'],
  },
  progress: {
    code: 5, from: 'progress_updates s JOIN action_items a ON a.id = s.action_id JOIN agenda_items i ON i.id = a.agenda_item_id JOIN meetings m ON m.id = i.meeting_id',
    year: 'm.year_be', series: 'm.series_id', title: null, fields: ['s.text'],
  },
  policy: {
    code: 6, from: 'policies s', year: null, series: null, title: "s.title_th || ' ' || s.short_title",
    fields: [
      "s.title_th || ' ' || s.short_title", 's.description',
      agg('h.note', 'policy_stage_history h WHERE h.policy_id = s.id', 'h.date, h.created_at'),
      agg("q.question || ' ' || q.resolution", 'policy_questions q WHERE q.policy_id = s.id', 'q.created_at'),
      agg("p.stakeholder || ' ' || p.position", 'policy_positions p JOIN policy_questions q ON q.id = p.question_id WHERE q.policy_id = s.id', 'q.created_at, p.id'),
      agg('t.title', 'policy_milestones t WHERE t.policy_id = s.id', 't.start_date, t.created_at'),
    ],
  },
  attachment: {
    code: 7, from: 'attachments s JOIN agenda_items i ON i.id = s.agenda_item_id JOIN meetings m ON m.id = i.meeting_id',
    year: 'm.year_be', series: 'm.series_id', title: null, fields: ['s.file_name'],
  },
};

const KIND_SPAN = 2 ** 48;
const YEAR_SPAN = 2 ** 36;

/** Inserts the documents of `kind` for the records `where` picks (SQL on `s`), numbered in `order`. */
const insertDocs = (kind: string, where: string, order = 's.id') => {
  const k = kinds[kind];
  const body = `concat_ws(chr(57344), ${k.fields.map((f) => `nullif(lekha_search_text(${f}), '')`).join(', ')})`;
  const base = `${k.code * KIND_SPAN}::bigint${k.year ? ` + (${k.year} - 2399)::bigint * ${YEAR_SPAN}` : ''}`;
  return `INSERT INTO search_docs (id, kind, ref_id, series_id, title, body, length)
      SELECT d.base + nextval('search_doc_number'), '${kind}', d.ref_id, d.series_id, d.title, d.body, greatest(char_length(d.body) - 1, 1)
      FROM (SELECT ${base} AS base, s.id AS ref_id, ${k.series ?? 'NULL'} AS series_id,
              ${k.title ? `lekha_search_text(${k.title})` : 'NULL'} AS title, ${body} AS body
            FROM ${k.from} WHERE ${where} ORDER BY ${order}) d WHERE d.body <> ''`;
};

const refreshBranch = (kind: string) => `IF k = '${kind}' THEN ${insertDocs(kind, 's.id = ref')}; END IF;`;

const refresh = `CREATE FUNCTION search_refresh(k text, ref text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ref IS NULL THEN RETURN; END IF;
  DELETE FROM search_docs WHERE kind = k AND ref_id = ref;
  ${Object.keys(kinds).map(refreshBranch).join('\n  ')}
END $$`;

/** A trigger function refreshing the documents `refs` names (SQL over `r`, old or new row) for each of the row's versions. */
const watch = (name: string, table: string, columns: string, refs: string) => [
  `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE r record;
   BEGIN
     IF TG_OP <> 'INSERT' THEN r := old; ${refs} END IF;
     IF TG_OP <> 'DELETE' THEN r := new; ${refs} END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER ${name} AFTER INSERT OR DELETE OR UPDATE OF ${columns} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`,
];
const each = (kind: string, select: string) => `PERFORM search_refresh('${kind}', x.id) FROM (${select}) x;`;

const triggers = [
  ...watch('search_meetings', 'meetings', 'series_id, number, year_be, venue',
    `PERFORM search_refresh('meeting', r.id); PERFORM search_refresh('minutes', r.id);
     ${each('item', 'SELECT id FROM agenda_items WHERE meeting_id = r.id')}
     ${each('directive', 'SELECT a.id FROM agenda_items i JOIN action_items a ON a.agenda_item_id = i.id WHERE i.meeting_id = r.id')}
     ${each('progress', 'SELECT u.id FROM agenda_items i JOIN action_items a ON a.agenda_item_id = i.id JOIN progress_updates u ON u.action_id = a.id WHERE i.meeting_id = r.id')}
     ${each('attachment', 'SELECT t.id FROM agenda_items i JOIN attachments t ON t.agenda_item_id = i.id WHERE i.meeting_id = r.id')}`),
  ...watch('search_meeting_series', 'meeting_series', 'name_th', each('meeting', 'SELECT id FROM meetings WHERE series_id = r.id')),
  ...watch('search_agenda_items', 'agenda_items', 'meeting_id, subject, summary, proposal, discussion, resolution',
    `PERFORM search_refresh('item', r.id);
     IF TG_OP = 'UPDATE' AND old.meeting_id IS DISTINCT FROM new.meeting_id THEN
       ${each('directive', 'SELECT id FROM action_items WHERE agenda_item_id = r.id')}
       ${each('progress', 'SELECT u.id FROM action_items a JOIN progress_updates u ON u.action_id = a.id WHERE a.agenda_item_id = r.id')}
       ${each('attachment', 'SELECT id FROM attachments WHERE agenda_item_id = r.id')}
     END IF;`),
  ...watch('search_minutes_text', 'minutes_text', 'meeting_id, text', "PERFORM search_refresh('minutes', r.meeting_id);"),
  ...watch('search_action_items', 'action_items', 'agenda_item_id, text',
    `PERFORM search_refresh('directive', r.id);
     IF TG_OP = 'UPDATE' AND old.agenda_item_id IS DISTINCT FROM new.agenda_item_id THEN ${each('progress', 'SELECT id FROM progress_updates WHERE action_id = r.id')} END IF;`),
  ...watch('search_progress_updates', 'progress_updates', 'action_id, text', "PERFORM search_refresh('progress', r.id);"),
  ...watch('search_attachments', 'attachments', 'agenda_item_id, file_name', "PERFORM search_refresh('attachment', r.id);"),
  ...watch('search_policies', 'policies', 'title_th, short_title, description', "PERFORM search_refresh('policy', r.id);"),
  ...watch('search_policy_stage_history', 'policy_stage_history', 'policy_id, note, date', "PERFORM search_refresh('policy', r.policy_id);"),
  ...watch('search_policy_questions', 'policy_questions', 'policy_id, question, resolution', "PERFORM search_refresh('policy', r.policy_id);"),
  ...watch('search_policy_positions', 'policy_positions', 'question_id, stakeholder, position',
    "PERFORM search_refresh('policy', (SELECT q.policy_id FROM policy_questions q WHERE q.id = r.question_id));"),
  ...watch('search_policy_milestones', 'policy_milestones', 'policy_id, title, start_date', "PERFORM search_refresh('policy', r.policy_id);"),
];

/** Every document's length, per kind, for ranking (BM25's average length), kept by the writes that change it. */
const totals = [
  'CREATE TABLE search_totals (kind TEXT PRIMARY KEY, docs BIGINT NOT NULL, length BIGINT NOT NULL)',
  `CREATE FUNCTION search_totals_change() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' THEN
       UPDATE search_totals SET docs = docs - 1, length = length - old.length WHERE kind = old.kind;
     ELSE
       INSERT INTO search_totals VALUES (new.kind, 1, new.length)
         ON CONFLICT (kind) DO UPDATE SET docs = search_totals.docs + 1, length = search_totals.length + excluded.length;
     END IF;
     RETURN NULL;
   END $$`,
  'CREATE TRIGGER search_totals_change AFTER INSERT OR DELETE ON search_docs FOR EACH ROW EXECUTE FUNCTION search_totals_change()',
];

/**
 * Indexes every record, kind by kind in one statement each, numbered in the order SQLite's build numbers
 * them (by meeting date): `lekha migrate-db`, after copying the record with the triggers quiet.
 */
export const REINDEX_SQL: readonly string[] = [
  'DELETE FROM search_docs',
  ...Object.keys(kinds).map((kind) => insertDocs(kind, 'true', kinds[kind].year ? `${kinds[kind].year}, s.created_at, s.id` : 's.created_at, s.id')),
];

export const searchSql: readonly string[] = [
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  'CREATE SEQUENCE search_doc_number',
  `CREATE TABLE search_docs (
    id BIGINT PRIMARY KEY,
    kind TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    series_id TEXT,
    title TEXT,
    body TEXT NOT NULL,
    length BIGINT NOT NULL
  )`,
  'CREATE UNIQUE INDEX search_docs_ref ON search_docs(kind, ref_id)',
  'CREATE INDEX search_docs_body ON search_docs USING gin (body gin_trgm_ops)',
  normalise,
  refresh,
  ...totals,
  ...triggers,
];
