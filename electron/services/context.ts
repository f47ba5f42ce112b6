import type { Kysely } from 'kysely';
import type { LekhaEvent, Method, ParsedArgs, Result } from '../../shared/contract';
import type { DB } from '../db/types';
import type { SignedInOfficer } from './auth/officer';
import type { Expected } from './versions/check';

/** What every handler gets besides its arguments. Transports build it; services never know which one. */
export interface ServiceContext {
  db: Kysely<DB>;
  /** Who is acting, for the audit log (the signed-in officer's name, or the OS user). */
  actor: string;
  /**
   * Team mode: the signed-in officer (its id goes into the audit log beside the name, and an agency reporter's
   * agency bounds the progress services). Absent in one-officer mode, where the actor is the OS user.
   */
  officer?: SignedInOfficer;
  /** ISO instant; injectable so tests can fix the clock. */
  now: () => string;
  emit: (event: LekhaEvent) => void;
  /** Where the app keeps attachment files (beside the database, content-addressed). */
  filesDir: string;
  /**
   * The records this call's save expects at the versions the screen loaded (services/versions/): set per
   * call by the core from the arguments, checked by the first write transaction of the call.
   */
  expected?: { list: readonly Expected[]; checked: boolean };
  /**
   * Where the engine carries change events itself (PostgreSQL: NOTIFY in the write's transaction, heard
   * by every server's listener and relayed to its `emit`, db/change-feed.ts). Absent on SQLite: the
   * events are emitted in this process once the write commits.
   */
  publish?: (trx: Kysely<DB>, events: readonly LekhaEvent[]) => Promise<void>;
}

export type Handler<M extends Method> = (args: ParsedArgs<M>, ctx: ServiceContext) => Promise<Result<M>>;
export type HandlerSlice<M extends Method> = { [K in M]: Handler<K> };
export type Handlers = HandlerSlice<Method>;

export const newId = (): string => crypto.randomUUID();

/**
 * A file's bytes as the base64 the contract carries, read in place: `Buffer.from(bytes)` would first
 * copy them (43 MB more at the peak of a 50,000-row PDF tracker).
 */
export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
