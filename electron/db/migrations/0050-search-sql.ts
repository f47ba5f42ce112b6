/**
 * The SQL of migration 0050-search, frozen with it: what each kind of search document holds, the
 * normalisation applied to its text, and the statements that refresh or remove a document. A later
 * change to the index is a new migration with its own copy, never an edit here (existing databases
 * keep the triggers this file wrote).
 *
 * Documents: one row of `search_docs` and one of its kind's trigram index (`search_item`…, same rowid) per
 * meeting, agenda item, minutes (the latest version's text), directive, progress note, policy (title,
 * notes of its stage moves, questions, positions, milestones) and attachment. A progress note is a
 * document of its own rather than part of its directive's: adding one then indexes those few words,
 * where rewriting the directive's whole document (text and every note) each time costs more with every
 * note; the 20-year demo set has 287,000 of them.
 *
 * The rowid says what and when a document is: kind × 2^48 + (B.E. year − 2399) × 2^36 + a number
 * counting up as documents are written (policies: year part 0). Each kind has its own FTS5 table, and
 * its rowids grow as the record does: a document written now is the table's last, which FTS5 appends
 * cheaply (a row below the largest rowid costs it eight times more, measured: 250 against 28 µs), and
 * the newest matches are the table's last, read first walking down from its end: the one order FTS5
 * walks quickly. A query stops at its limit there, where ranking every match (bm25) or starting deep in
 * the table reads them all (40–500 ms for a common word over twenty years).
 */

/** The normalisation of shared/search-text.ts as of this migration, pass by pass (the unit test compares the two). */
const REMOVED = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0xe000];
const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
const PASSES: [number[], number[]][] = [
  ...REMOVED.map((c): [number[], number[]] => [[c], []]),
  ...SPACES.map((c): [number[], number[]] => [[c], [0x20]]),
  ...Array.from({ length: 10 }, (_, d): [number[], number[]] => [[0x0e50 + d], [0x30 + d]]),
  [[0x0e4d, 0x0e48, 0x0e32], [0x0e48, 0x0e33]], [[0x0e4d, 0x0e49, 0x0e32], [0x0e49, 0x0e33]], [[0x0e4d, 0x0e4a, 0x0e32], [0x0e4a, 0x0e33]],
  [[0x0e4d, 0x0e4b, 0x0e32], [0x0e4b, 0x0e33]], [[0x0e4d, 0x0e32], [0x0e33]],
];

/** A string literal of these code points: the characters themselves where printable (a smaller schema), char() for controls. */
const chars = (codes: number[]) => {
  if (codes.length === 0) return "''";
  if (codes.some((c) => c < 0x20)) return `char(${codes.join(',')})`;
  return `'${String.fromCodePoint(...codes)}'`;
};

/**
 * Characters no pass changes: printable ASCII and the Thai block except nikhahit (ํ, the first half of
 * a split sara am) and the Thai digits. Text made only of these skips the passes.
 */
const PLAIN = [[0x20, 0x7e], [0x0e01, 0x0e3a], [0x0e3f, 0x0e4c], [0x0e4e, 0x0e4f]];

/**
 * `expr` normalised in plain SQL: nested `replace()`, then runs of spaces made one (each space gets a
 * marker after it, a marker followed by a space goes, then the markers) and the ends trimmed. The
 * passes run only on text with a character outside `PLAIN`, the collapsing only where `instr` finds a
 * double space: a function call costs more than its scan, and 47 calls on every text made a write
 * ten times slower than indexing it.
 * Plain SQL rather than a function registered from JavaScript: the triggers then work on every
 * connection (the sqlite3 shell, a restore, a tool that opens the file without Lekha's setup), where
 * a missing function would make every write to the record fail.
 */
export function normalisedSql(expr: string): string {
  let passes = 'x';
  for (const [find, put] of PASSES) passes = `replace(${passes},${chars(find)},${chars(put)})`;
  const unusual = `'*[^' || ${chars(PLAIN.flatMap(([a, b]) => [a, 0x2d, b]))} || ']*'`;
  const mark = 'char(57344)';
  const collapse = `replace(replace(replace(y,' ',' '||${mark}),${mark}||' ',''),${mark},'')`;
  return `(SELECT trim(CASE WHEN instr(y, '  ') THEN ${collapse} ELSE y END, ' ') FROM `
    + `(SELECT CASE WHEN x GLOB ${unusual} THEN ${passes} ELSE x END AS y FROM (SELECT coalesce(${expr}, '') AS x)))`;
}

export type DocKind = 'meeting' | 'item' | 'minutes' | 'directive' | 'progress' | 'policy' | 'attachment';

interface KindSql {
  code: number;
  /** The source row as `s`, with its meeting as `m` where it has one. */
  from: string;
  /** The meeting the document belongs to (a column of `s`, `i` or `m`); null for policies. */
  meeting: string | null;
  year: string | null;
  series: string | null;
  /** Only rows that make a document (minutes exist once a version does). */
  where?: string;
  /** Running numbers follow this order when a database is indexed whole: by meeting date. */
  order: string;
  /** The text of the index columns c0…c5, in SQL on the source row. */
  columns: string[];
}

const byDate = (list: string, orderBy: string) => `(SELECT group_concat(${list}, char(10) ORDER BY ${orderBy})`;

export const kindSql: Record<DocKind, KindSql> = {
  meeting: {
    code: 1, from: 'meetings s JOIN meeting_series ms ON ms.id = s.series_id', meeting: 's.id', year: 's.year_be', series: 's.series_id',
    order: 's.date, s.year_be, s.number', columns: ["ms.name_th || ' ครั้งที่ ' || s.number || '/' || s.year_be", 's.venue'],
  },
  item: {
    code: 2, from: 'agenda_items s JOIN meetings m ON m.id = s.meeting_id', meeting: 's.meeting_id', year: 'm.year_be', series: 'm.series_id',
    order: 'm.date, m.year_be, m.number, s.created_at', columns: ['s.subject', 's.summary', 's.proposal', 's.discussion', 's.resolution'],
  },
  minutes: {
    code: 3, from: 'meetings s', meeting: 's.id', year: 's.year_be', series: 's.series_id',
    where: 'EXISTS (SELECT 1 FROM minutes_versions v WHERE v.meeting_id = s.id)', order: 's.date, s.year_be, s.number',
    columns: ["''", "(SELECT group_concat(j.value, char(10)) FROM json_each((SELECT v.content FROM minutes_versions v WHERE v.meeting_id = s.id ORDER BY v.version DESC LIMIT 1), '$.text') j)"],
  },
  directive: {
    code: 4, from: 'action_items s JOIN agenda_items i ON i.id = s.agenda_item_id JOIN meetings m ON m.id = i.meeting_id',
    meeting: 'i.meeting_id', year: 'm.year_be', series: 'm.series_id', order: 'm.date, m.year_be, m.number, s.created_at', columns: ['s.text'],
  },
  progress: {
    code: 5, from: 'progress_updates s JOIN action_items a ON a.id = s.action_id JOIN agenda_items i ON i.id = a.agenda_item_id JOIN meetings m ON m.id = i.meeting_id',
    meeting: 'i.meeting_id', year: 'm.year_be', series: 'm.series_id', order: 'm.date, m.year_be, m.number, s.date, s.created_at', columns: ['s.text'],
  },
  policy: {
    code: 6, from: 'policies s', meeting: null, year: null, series: null, order: 's.created_at',
    columns: [
      "s.title_th || ' ' || s.short_title",
      's.description',
      `${byDate('h.note', 'h.date, h.created_at')} FROM policy_stage_history h WHERE h.policy_id = s.id)`,
      `${byDate("q.question || ' ' || q.resolution", 'q.created_at')} FROM policy_questions q WHERE q.policy_id = s.id)`,
      `${byDate("p.stakeholder || ' ' || p.position", 'q.created_at, p.id')} FROM policy_positions p JOIN policy_questions q ON q.id = p.question_id WHERE q.policy_id = s.id)`,
      `${byDate('t.title', 't.start_date, t.created_at')} FROM policy_milestones t WHERE t.policy_id = s.id)`,
    ],
  },
  attachment: {
    code: 7, from: 'attachments s JOIN agenda_items i ON i.id = s.agenda_item_id JOIN meetings m ON m.id = i.meeting_id',
    meeting: 'i.meeting_id', year: 'm.year_be', series: 'm.series_id', order: 'm.date, m.year_be, m.number, s.created_at', columns: ['s.file_name'],
  },
};

/** Rowid layout: kind × 2^48 + year part × 2^36 + a number counting up (see the head of this file). */
export const KIND_SPAN = 2 ** 48;
export const YEAR_SPAN = 2 ** 36;
/** Year part of a dated document: `year_be − FIRST_YEAR`, so 2400 is 1 and 2800 is 401; 0 for policies. */
export const FIRST_YEAR = 2399;

export const docKinds = Object.keys(kindSql) as DocKind[];
/** The index table of a kind: one FTS5 table each, so that each kind's newest matches are read from its own start. */
export const ftsTable = (kind: DocKind) => `search_${kind}`;

/** Removes the documents of `kind` whose record ids `refIds` (SQL: one value or a subquery) gives. */
export function removeSql(kind: DocKind, refIds: string): string {
  return `DELETE FROM search_docs WHERE kind = '${kind}' AND ref_id IN (${refIds});`;
}

/**
 * Writes again the documents of `kind` for the source rows matching `where` (SQL on `s`, `i`, `m`):
 * out of the index, then in with the text as it is now. A document keeps its year; within its kind and
 * year it takes the next number, so a record written now goes to the end of its index table.
 */
export function refreshSql(kind: DocKind, where: string, options: { fresh?: boolean; single?: boolean } = {}): string {
  const k = kindSql[kind];
  const filter = [where, k.where].filter(Boolean).join(' AND ');
  const base = `${k.code * KIND_SPAN}${k.year ? ` + (${k.year} - ${FIRST_YEAR}) * ${YEAR_SPAN}` : ''}`;
  const last = (b: string) => `coalesce((SELECT max(x.id) FROM search_docs x WHERE x.id BETWEEN ${b} AND ${b} + ${YEAR_SPAN - 1}) - ${b}, 0)`;
  // One record (a row's own trigger): the next number, without the window a set of records needs.
  const docs = options.single
    ? `INSERT INTO search_docs (id, kind, ref_id, series_id) SELECT b.base + ${last('b.base')} + 1, '${kind}', b.ref_id, b.series_id
         FROM (SELECT ${base} AS base, s.id AS ref_id, ${k.series ?? 'NULL'} AS series_id FROM ${k.from} WHERE ${filter}) b;`
    : `INSERT INTO search_docs (id, kind, ref_id, series_id) SELECT b.base + ${last('b.base')} + row_number() OVER (PARTITION BY b.base ORDER BY b.ord), '${kind}', b.ref_id, b.series_id
         FROM (SELECT ${base} AS base, s.id AS ref_id, ${k.series ?? 'NULL'} AS series_id, row_number() OVER (ORDER BY ${k.order}, s.id) AS ord
               FROM ${k.from} WHERE ${filter}) b ORDER BY 1;`;
  return [
    // A record just inserted, or a whole build, has no document yet: nothing to remove.
    options.fresh ? '' : removeSql(kind, `SELECT s.id FROM ${k.from} WHERE ${where}`),
    // The text follows the document into its index (`indexTablesSql`).
    docs,
  ].filter(Boolean).join('\n');
}

/** A text as the index holds it: normalised, ending with a space; NULL for none. */
const indexedSql = (expr: string) => `CASE WHEN (${expr}) IS NULL OR (${expr}) = '' THEN NULL ELSE ${normalisedSql(expr)} || ' ' END`;

/**
 * The index tables: one FTS5 table per kind, and a vocabulary of each (`search_<kind>_vocab`). A
 * document's text enters its table when its row enters `search_docs`, normalised on the way: the
 * normalisation is then written once per kind in the schema, not in every trigger (every connection
 * parses the schema when it opens; 265 KB of it cost 8–26 ms per open). Each text ends with a space
 * in the index, so that every character of it begins a trigram: a term of one or two characters is
 * looked up as the trigrams that begin with it, the text's last characters included.
 * A removed document leaves its table by its rowid alone (`contentless_delete=1`).
 */
export function indexTablesSql(): string[] {
  const columns = [0, 1, 2, 3, 4, 5].map((i) => `c${i}`);
  return docKinds.flatMap((kind) => {
    const k = kindSql[kind];
    const table = ftsTable(kind);
    return [
      `CREATE VIRTUAL TABLE ${table} USING fts5(${columns.join(', ')}, tokenize = 'trigram', content = '', contentless_delete = 1)`,
      `CREATE VIRTUAL TABLE ${table}_vocab USING fts5vocab(${table}, 'row')`,
      `CREATE TRIGGER search_docs_ai_${kind} AFTER INSERT ON search_docs WHEN new.kind = '${kind}' BEGIN
         INSERT INTO ${table} (rowid, ${k.columns.map((_, i) => `c${i}`).join(', ')})
           SELECT new.id, ${k.columns.map(indexedSql).join(', ')} FROM ${k.from} WHERE s.id = new.ref_id;
       END`,
      `CREATE TRIGGER search_docs_ad_${kind} AFTER DELETE ON search_docs WHEN old.kind = '${kind}' BEGIN DELETE FROM ${table} WHERE rowid = old.id; END`,
    ];
  });
}
