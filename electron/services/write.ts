import type { Insertable, Kysely } from 'kysely';
import type { LekhaEvent } from '../../shared/contract';
import { LekhaError } from '../../shared/errors';
import { inImmediateTransaction } from '../db/transaction';
import type { DB } from '../db/types';
import { changeOf, createdEntry } from './audit-entries';
import type { ServiceContext } from './context';
import { isVersioned } from '../db/versioned';
import { assertCurrent } from './versions/check';

/** One record written by a change, as the change events name it. */
export interface ChangedRecord {
  entity: string;
  id: string;
  meetingId: string | null;
  /** The record's version after the change; null when deleted or when its table has none. */
  version: number | null;
}

/** Tables whose rows have a text `id`: the ones the generic audited helpers can write. */
// Officers' rows hold a password hash: written by services/auth/officers.ts, which logs them without it.
export type IdTable = Exclude<
  keyof DB,
  'settings' | 'series_members' | 'action_owners' | 'agenda_item_policies' | 'minutes' | 'audit_log' | 'search_docs' | 'officers' | 'officer_sessions'
>;
type Row = Record<string, unknown>;

/**
 * The one way services write: inside a transaction, and every change appended to the audit log
 * (who, when, entity, id, action, and what changed: see audit-entries.ts) in that same transaction.
 */
export class Writer {
  readonly changed = new Map<string, string | null>();
  /** Every record written, in order, for the change events (one per record: live updates of open screens). */
  readonly records = new Map<string, ChangedRecord>();
  constructor(
    /** The connection inside the write transaction: every read and write of this change goes through it. */
    readonly trx: Kysely<DB>,
    readonly ctx: ServiceContext,
    readonly at: string,
    /** Who is acting: the signed-in officer; in one-officer mode the name from settings, else the OS user. */
    readonly actor: string,
  ) {}

  // Kysely cannot type a query over a union of table names; rows are checked by the callers' types.
  // biome-ignore lint/suspicious/noExplicitAny: see the comment above
  private get loose(): Kysely<any> {
    return this.trx;
  }

  async log(entity: string, entityId: string, action: 'create' | 'update' | 'delete', before: object | null, after: object | null, meetingId: string | null = null): Promise<void> {
    await this.trx
      .insertInto('audit_log')
      .values({
        at: this.at, actor: this.actor, entity, entity_id: entityId, action, meeting_id: meetingId,
        // Only a signed-in officer has an id; one-officer writes leave the column out (and so still run on a
        // database migrated only part-way, as the migration tests' services do).
        ...(this.ctx.officer ? { actor_id: this.ctx.officer.id } : {}),
        before: before ? JSON.stringify(before) : null, after: after ? JSON.stringify(after) : null,
      })
      .execute();
    this.changed.set(entity, meetingId);
    this.records.set(`${entity}\u0000${entityId}`, { entity, id: entityId, meetingId, version: null });
  }

  /** The version a record was written at, for its change event (the audit log keeps what changed, not this). */
  noted(table: string, id: string, row: Row): void {
    const record = this.records.get(`${table}\u0000${id}`);
    if (record && isVersioned(table)) record.version = Number(row.version);
  }

  private async row(table: IdTable, id: string): Promise<Row | undefined> {
    return (await this.loose.selectFrom(table as string).selectAll().where('id', '=', id).executeTakeFirst()) as Row | undefined;
  }

  async get<T extends IdTable>(table: T, id: string): Promise<DB[T] | undefined> {
    return (await this.row(table, id)) as unknown as DB[T] | undefined;
  }

  async insert<T extends IdTable>(table: T, row: Insertable<DB[T]>, meetingId: string | null = null): Promise<DB[T]> {
    await this.loose.insertInto(table as string).values(row).execute();
    const id = (row as Row).id as string;
    const after = (await this.row(table, id))!;
    await this.log(table, id, 'create', null, createdEntry(table, after), meetingId);
    this.noted(table, id, after);
    return after as unknown as DB[T];
  }

  async update<T extends IdTable>(table: T, id: string, patch: Partial<DB[T]>, meetingId: string | null = null): Promise<DB[T]> {
    const before = await this.row(table, id);
    if (!before) throw new LekhaError('NOT_FOUND', 'ไม่พบข้อมูลที่จะแก้ไข อาจถูกลบไปแล้ว');
    const changes: Row = Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && before[k] !== v));
    if (Object.keys(changes).length === 0) return before as unknown as DB[T];
    if ('updated_at' in before) changes.updated_at = this.at;
    if (isVersioned(table)) changes.version = Number(before.version) + 1;
    await this.loose.updateTable(table as string).set(changes).where('id', '=', id).execute();
    const after = (await this.row(table, id))!;
    const change = changeOf(before, after, Object.keys(changes).filter((k) => k !== 'updated_at' && k !== 'version'));
    await this.log(table, id, 'update', change.before, change.after, meetingId);
    this.noted(table, id, after);
    return after as unknown as DB[T];
  }

  async remove<T extends IdTable>(table: T, id: string, meetingId: string | null = null): Promise<void> {
    const before = await this.row(table, id);
    if (!before) throw new LekhaError('NOT_FOUND', 'ไม่พบข้อมูลที่จะลบ อาจถูกลบไปแล้ว');
    await this.loose.deleteFrom(table as string).where('id', '=', id).execute();
    await this.log(table, id, 'delete', before, null, meetingId);
  }
}

/** One-officer mode: the name the officer typed in the settings (the settings' "officer name"). */
async function settingsOfficer(trx: Kysely<DB>): Promise<string> {
  const settings = await trx.selectFrom('settings').select('value').where('key', '=', 'app').executeTakeFirst();
  return settings ? String((JSON.parse(settings.value) as { officerName?: string }).officerName ?? '').trim() : '';
}

/**
 * Runs `fn` in one transaction; on any error nothing is written. Announces what changed afterwards.
 * The transaction takes the write lock at once (`BEGIN IMMEDIATE`): a second writer on the same file
 * (the desktop app while `lekha import` runs, two windows) then waits its turn for up to the busy
 * timeout instead of failing the moment a read turns into a write.
 */
export async function write<T>(ctx: ServiceContext, fn: (w: Writer) => Promise<T>): Promise<T> {
  let writer: Writer | undefined;
  const result = await inImmediateTransaction(ctx.db, async (trx) => {
    // The versions the screen loaded are checked once per call, by its first write, before anything changes.
    if (ctx.expected && !ctx.expected.checked) {
      await assertCurrent(trx, ctx.expected.list);
      ctx.expected.checked = true;
    }
    writer = new Writer(trx, ctx, ctx.now(), ctx.officer?.name ?? ((await settingsOfficer(trx)) || ctx.actor));
    const answer = await fn(writer);
    if (ctx.publish) await ctx.publish(trx, changeEvents(writer));
    return answer;
  });
  if (writer && !ctx.publish) for (const event of changeEvents(writer)) ctx.emit(event);
  return result;
}

/** More records of one kind than this in one change are announced as one event for the kind (a bulk import). */
const PER_RECORD_EVENTS = 50;

/** What every open screen is told of a change: one event per record (kind, id, version, by whom), or per kind for bulk. */
function changeEvents(w: Writer): LekhaEvent[] {
  const byEntity = new Map<string, ChangedRecord[]>();
  for (const r of w.records.values()) byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r]);
  const events: LekhaEvent[] = [];
  for (const [entity, meetingId] of w.changed) {
    const records = byEntity.get(entity) ?? [];
    if (records.length === 0 || records.length > PER_RECORD_EVENTS) events.push({ type: 'changed', entity, meetingId, id: null, version: null, by: w.actor });
    else for (const r of records) events.push({ type: 'changed', entity, meetingId: r.meetingId, id: r.id, version: r.version, by: w.actor });
  }
  return events;
}

export const toBool = (v: 0 | 1 | number): boolean => v === 1;
export const fromBool = (v: boolean): 0 | 1 => (v ? 1 : 0);
