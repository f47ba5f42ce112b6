import type { Args, LekhaEvent, Method, Result } from '../../shared/contract';
import type { LekhaBridge } from '../../shared/bridge';
import type { ErrorCode, LekhaErrorShape, Problem, StaleRecord } from '../../shared/errors';
import { staleMessage } from '../../shared/versions';

/** What the rest of the renderer talks to: one typed call, one event subscription. */
export interface ApiClient {
  call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>>;
  on(listener: (event: LekhaEvent) => void): () => void;
}

/** A refusal from the core (or a failed transport), carrying the Thai message for people. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  /** Every problem of the refusal, each with its field, when the core listed several. */
  readonly problems?: Problem[];
  /** A save refused because the record changed since the screen loaded it: who changed it, when, and its version now. */
  readonly stale?: StaleRecord;
  readonly method: string;
  constructor(method: string, shape: LekhaErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.field = shape.field;
    this.problems = shape.problems;
    this.stale = shape.stale;
    this.method = method;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
/** A save refused on a stale copy (another officer saved the record first): the screen offers the newer copy. */
export const isStaleSave = (e: unknown): e is ApiError & { stale: StaleRecord } => isApiError(e) && e.stale !== undefined;

/** The Thai message of anything thrown; never an empty string. */
export function errorMessage(e: unknown): string {
  // Said again here so the time is the officer's own (the server may keep another time zone).
  if (isStaleSave(e)) return staleMessage(e.stale);
  if (e instanceof Error && e.message) return e.message;
  return 'เกิดข้อผิดพลาดที่ไม่คาดคิด';
}

/** Wrap a bridge (IPC or HTTP) into the typed client. */
export function createClient(bridge: LekhaBridge): ApiClient {
  return {
    async call(method, args) {
      const envelope = await bridge.invoke(method, args);
      if (!envelope.ok) {
        // The detail stays in the console for whoever supports the officer; the message reaches the screen.
        console.warn(`[lekha] ${method} refused`, envelope.error);
        throw new ApiError(method, envelope.error);
      }
      // The core validated the result against the contract's schema; the type is the contract's.
      return envelope.value as Result<typeof method>;
    },
    on: (listener) => bridge.on(listener),
  };
}
