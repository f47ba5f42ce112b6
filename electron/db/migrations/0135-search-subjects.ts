import { type Kysely, sql } from 'kysely';
import { buildSearchIndex as buildDocuments } from './0050-search';
import { normalisedSql } from './0050-search-sql';

/**
 * Issue 12, search ranked as the search dialog says it is: a record whose title names the query first,
 * newest first, then the records that mention it, newest first (services/search/rank.ts).
 *
 * `search_subjects` is a trigram index of agenda items' subjects alone, under each item's document
 * rowid (so its year, migration 0050): the newest items whose subject names the query are found in it
 * from any year. The items' own index holds the subject as its first column, but a column filter
 * there walks every item that mentions the query anywhere: 7 ms for ที่ประชุมรับทราบ, which no
 * subject holds, on the 20-year set, against 0.7 ms here. (A meeting's and a policy's title are the
 * first column of their own small indexes, filtered there.)
 *
 * Kept by the document list's own triggers: an item's document enters `search_docs` whenever the item
 * is written (migration 0050 rewrites the row), and its subject enters here with it, normalised as the
 * document's text is. SQLite only: PostgreSQL's `search_docs` keeps each title in a column already
 * (pg/search.ts); there it gets a trigram index.
 */
const subject = `CASE WHEN coalesce(s.subject, '') = '' THEN NULL ELSE ${normalisedSql('s.subject')} || ' ' END`;
const insertSubjects = (docs: string) => `INSERT INTO search_subjects (rowid, subject) SELECT d.id, ${subject} FROM ${docs}, agenda_items s WHERE s.id = d.ref_id`;

const sqliteStatements = [
  "CREATE VIRTUAL TABLE search_subjects USING fts5(subject, tokenize = 'trigram', content = '', contentless_delete = 1)",
  `CREATE TRIGGER search_docs_ai_subject AFTER INSERT ON search_docs WHEN new.kind = 'item' BEGIN
     ${insertSubjects('(SELECT new.id AS id, new.ref_id AS ref_id) d')}; END`,
  "CREATE TRIGGER search_docs_ad_subject AFTER DELETE ON search_docs WHEN old.kind = 'item' BEGIN DELETE FROM search_subjects WHERE rowid = old.id; END",
  // The subjects of the items there are, oldest first, as FTS5 appends cheaply.
  `${insertSubjects('search_docs d')} AND d.kind = 'item' ORDER BY d.id`,
  "INSERT INTO search_subjects (search_subjects) VALUES ('optimize')",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of sqliteStatements) await sql.raw(statement).execute(db);
}

/**
 * PostgreSQL: the titles `search_docs` already holds, normalised and case-folded, get the trigram index
 * its bodies have; and the per-kind totals BM25 averaged lengths over go, with the trigger that kept
 * them on every write (ranking reads neither now).
 */
export async function postgres(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX search_docs_title ON search_docs USING gin (title gin_trgm_ops)`.execute(db);
  await sql`DROP TRIGGER search_totals_change ON search_docs`.execute(db);
  await sql`DROP FUNCTION search_totals_change()`.execute(db);
  await sql`DROP TABLE search_totals`.execute(db);
}

/**
 * The whole index in bulk (db/search-index.ts, for `lekha demo --years`): migration 0050's documents,
 * whose items bring their subjects here by the trigger above, then this index merged for reading too.
 */
export async function buildSearchIndex(db: Kysely<unknown>): Promise<void> {
  await buildDocuments(db);
  await sql`INSERT INTO search_subjects (search_subjects) VALUES ('optimize')`.execute(db);
}
