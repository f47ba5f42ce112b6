import { isVersioned } from '../../db/versioned';
import type Database from 'better-sqlite3';
import { changeOf, createdEntry } from '../audit-entries';

export type Row = Record<string, unknown>;

/**
 * Who writes, and when: one service call shares one timestamp for its rows and their audit entries
 * (as `write()` does); the next call is a little later, as an officer saves one thing after another.
 */
export class Act {
  private time: number;
  constructor(start: string, readonly actor: string, readonly meetingId: string | null = null) {
    this.time = Date.parse(start);
  }

  get at(): string {
    return new Date(this.time).toISOString();
  }

  /** The next save, `seconds` later. */
  next(seconds = 40): this {
    this.time += seconds * 1000;
    return this;
  }
}

/**
 * Writes rows straight into the tables through prepared statements, and the audit entries the services
 * would write for them (audit-entries.ts: a create holds no copy of a row the history names from its
 * table; an update the changed fields). Counts every row written per table.
 */
export class Sink {
  private readonly tables = new Map<string, { columns: string[]; statement: Database.Statement }>();
  private readonly statements = new Map<string, Database.Statement>();
  readonly counts: Record<string, number> = {};

  constructor(private readonly db: Database.Database) {}

  private table(name: string) {
    let found = this.tables.get(name);
    if (!found) {
      const columns = (this.db.prepare(`select name from pragma_table_info(?)`).all(name) as { name: string }[])
        .map((c) => c.name).filter((c) => !(name === 'audit_log' && c === 'id'));
      const statement = this.db.prepare(`insert into ${name} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
      found = { columns, statement };
      this.tables.set(name, found);
    }
    return found;
  }

  /** The row with the table's columns in their order (what `select *` answers); missing ones null (a version 1). */
  shape(name: string, row: Row): Row {
    const out: Row = {};
    // A record's version (0110) starts at 1, as the column's default would make it; the story's rows are written once.
    for (const c of this.table(name).columns) out[c] = row[c] ?? (c === 'version' && isVersioned(name) ? 1 : null);
    return out;
  }

  insert(name: string, row: Row): Row {
    const { columns, statement } = this.table(name);
    const shaped = this.shape(name, row);
    statement.run(columns.map((c) => shaped[c]));
    this.counts[name] = (this.counts[name] ?? 0) + 1;
    return shaped;
  }

  log(act: Act, entity: string, entityId: string, action: 'create' | 'update' | 'delete', before: object | null, after: object | null): void {
    this.insert('audit_log', {
      at: act.at, actor: act.actor, entity, entity_id: entityId, action, meeting_id: act.meetingId,
      before: before ? JSON.stringify(before) : null, after: after ? JSON.stringify(after) : null,
    });
  }

  /** Inserts the row as it is at the end of the story, and logs its creation as it was then (`initially`). */
  create(name: string, row: Row, act: Act, initially: Row = {}): Row {
    const shaped = this.insert(name, row);
    this.log(act, name, String(shaped.id), 'create', null, createdEntry(name, { ...shaped, ...initially }));
    return shaped;
  }

  /** Logs a creation now; the row itself is inserted later (`insert`), once the rows it refers to exist. */
  logCreate(name: string, row: Row, act: Act, initially: Row = {}): void {
    this.log(act, name, String(row.id), 'create', null, createdEntry(name, { ...this.shape(name, row), ...initially }));
  }

  /** Logs an update of `keys` from `before` to `after` (the row in the table already holds its last state). */
  changed(name: string, before: Row, after: Row, keys: readonly string[], act: Act): void {
    const change = changeOf(before, after, keys);
    this.log(act, name, String(after.id), 'update', change.before, change.after);
  }

  run(sql: string, ...params: unknown[]): void {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    statement.run(...params);
  }
}
