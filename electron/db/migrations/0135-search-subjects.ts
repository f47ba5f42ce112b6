import { type Kysely, sql } from 'kysely';
import { type DocKind, docKinds, ftsTable, kindSql, normalisedSql, refreshSql } from './0050-search-sql';

/**
 * Issue 12, search ranked as the search dialog says it is, its index walked in a third of the time.
 *
 * **Titles.** A record whose title names the query comes first, newest first, then the records that
 * mention it, newest first (services/search/rank.ts). `search_subjects` is a trigram index of agenda
 * items' subjects alone: the newest items whose subject names the query are found in it from any year.
 * The items' own index holds the subject as its first column, but a column filter there walks every
 * item that mentions the query: 7 ms for ที่ประชุมรับทราบ, which no subject holds, on the 20-year set,
 * against 0.7 ms here. (A meeting's and a policy's title are the first column of their own small indexes.)
 *
 * **Walked forwards.** Every index now holds a document under its id negated (`-search_docs.id`), so
 * the newest matches are the first of each term's list, read walking forwards: FTS5 walks a list
 * backwards a page at a time, parsing each whole. On the 20-year set, both ways rebuilt by this
 * migration in the same file and the same bench run in turns, the index lookup of the bench's dozen
 * (every kind's newest 21) went from 165–168 to 224–230 times faster than a LIKE scan, the whole search
 * from 93–99× to 109–121×. The document list keeps its ids (services, PostgreSQL and the filters'
 * ranges are unchanged); only the index's side of the triggers and the lookups negate them.
 * The cost is on writing: FTS5 appends a rowid above the last one cheaply, and a new document is now
 * the lowest; a write of one record is unchanged, a transaction writing many (an import) flushes
 * FTS5's pending terms at each, leaving a segment each (`CRISIS_MERGE`); three real meetings imported
 * took 12% more CPU. The bulk build below inserts in the index's own order.
 *
 * Kept by the document list's triggers, as since 0050 (their index side rewritten here). SQLite only:
 * PostgreSQL's `search_docs` keeps each title in a column already (pg/search.ts); there it gets a
 * trigram index, and the per-kind totals BM25 needed go.
 */
type Indexed = { table: string; from: string; columns: string[] };

/** A text as the index holds it: normalised, ending with a space (0050's rule); NULL for none. */
const indexedSql = (expr: string) => `CASE WHEN (${expr}) IS NULL OR (${expr}) = '' THEN NULL ELSE ${normalisedSql(expr)} || ' ' END`;

/** Each index and what it holds of the record `s` of its document `d` (the kinds' from 0050, frozen there). */
const indexes: Record<DocKind | 'subject', Indexed & { kind: DocKind }> = {
  ...(Object.fromEntries(docKinds.map((kind) => [kind, { kind, table: ftsTable(kind), from: kindSql[kind].from, columns: kindSql[kind].columns }])) as Record<DocKind, Indexed & { kind: DocKind }>),
  subject: { kind: 'item', table: 'search_subjects', from: 'agenda_items s', columns: ['s.subject'] },
};
const names = Object.keys(indexes) as (DocKind | 'subject')[];

const columnList = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`).join(', ');
/** The index rows of the documents `docs` (SQL naming `d`), under their ids negated. */
const fill = ({ table, from, columns }: Indexed, docs: string) =>
  `INSERT INTO ${table} (rowid, ${columnList(columns.length)}) SELECT -d.id, ${columns.map(indexedSql).join(', ')} FROM ${docs}, ${from} WHERE s.id = d.ref_id`;

/**
 * A transaction writing many documents leaves a small segment for each (see the head of this file):
 * FTS5 merges the segments of a level at once when it holds this many (its default is 16). After ten
 * real meetings imported into the 20-year set a search took 4.7 ms of CPU with the default, 3.5 with 4
 * (2.7 before the imports); the imports 20% more CPU. (2 gave 2.8 ms, but imports 4.5 times the CPU.)
 * db/search-index.ts merges further when a core closes.
 */
const CRISIS_MERGE = 4;

const createTable = (name: DocKind | 'subject') => {
  const { table } = indexes[name];
  const columns = name === 'subject' ? 'c0' : columnList(6);
  return [
    `CREATE VIRTUAL TABLE ${table} USING fts5(${columns}, tokenize = 'trigram', content = '', contentless_delete = 1)`,
    `INSERT INTO ${table} (${table}, rank) VALUES ('crisismerge', ${CRISIS_MERGE})`,
    // The subjects are never listed by term (a short term is looked up in its kind's own vocabulary).
    ...(name === 'subject' ? [] : [`CREATE VIRTUAL TABLE ${table}_vocab USING fts5vocab(${table}, 'row')`]),
  ];
};

const triggers = (name: DocKind | 'subject') => {
  const ix = indexes[name];
  const suffix = name === 'subject' ? 'subject' : name;
  return [
    `CREATE TRIGGER search_docs_ai_${suffix} AFTER INSERT ON search_docs WHEN new.kind = '${ix.kind}' BEGIN
       ${fill(ix, '(SELECT new.id AS id, new.ref_id AS ref_id) d')}; END`,
    `CREATE TRIGGER search_docs_ad_${suffix} AFTER DELETE ON search_docs WHEN old.kind = '${ix.kind}' BEGIN
       DELETE FROM ${ix.table} WHERE rowid = -old.id; END`,
  ];
};
const dropTriggers = (name: DocKind | 'subject') => {
  const suffix = name === 'subject' ? 'subject' : name;
  return [`DROP TRIGGER IF EXISTS search_docs_ai_${suffix}`, `DROP TRIGGER IF EXISTS search_docs_ad_${suffix}`];
};

const run = async (db: Kysely<unknown>, statements: string[]) => {
  for (const statement of statements) await sql.raw(statement).execute(db);
};

/** Every index filled from the document list, each in its own order, then merged into one b-tree for reading. */
async function fillIndexes(db: Kysely<unknown>): Promise<void> {
  for (const name of names) {
    const ix = indexes[name];
    await run(db, [
      `${fill(ix, `(SELECT id, ref_id FROM search_docs WHERE kind = '${ix.kind}') d`)} ORDER BY d.id DESC`,
      `INSERT INTO ${ix.table} (${ix.table}) VALUES ('optimize')`,
    ]);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const name of names) {
    await run(db, dropTriggers(name));
    if (name !== 'subject') await run(db, [`DROP TABLE ${indexes[name].table}_vocab`, `DROP TABLE ${indexes[name].table}`]);
    await run(db, createTable(name));
  }
  await fillIndexes(db);
  for (const name of names) await run(db, triggers(name));
}

/** PostgreSQL: the titles `search_docs` already holds, normalised and case-folded, get the trigram index its bodies have. */
export async function postgres(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX search_docs_title ON search_docs USING gin (title gin_trgm_ops)`.execute(db);
  // The per-kind totals BM25 averaged lengths over, and the trigger that kept them on every write: ranking reads neither now.
  await sql`DROP TRIGGER search_totals_change ON search_docs`.execute(db);
  await sql`DROP FUNCTION search_totals_change()`.execute(db);
  await sql`DROP TABLE search_totals`.execute(db);
}

/**
 * The whole index in bulk (db/search-index.ts, for `lekha demo --years`), on an empty one: every
 * document of every kind written first (0050's statements) with the index triggers set aside, then each
 * index filled in its own order (a document at a time, newest first, FTS5 would flush at every row).
 */
export async function buildSearchIndex(db: Kysely<unknown>): Promise<void> {
  for (const name of names) await run(db, dropTriggers(name));
  for (const kind of docKinds) await run(db, refreshSql(kind, '1', { fresh: true }).split(/;\s*\n/).map((s) => s.trim()).filter(Boolean));
  await fillIndexes(db);
  for (const name of names) await run(db, triggers(name));
}
