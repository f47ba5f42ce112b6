import type { Args, LekhaEvent, Method, Result } from '../../../shared/contract';
import type { ErrorCode } from '../../../shared/errors';
import { type ApiClient, ApiError } from '../../../renderer/api/client';

export type Handlers = Partial<{ [M in Method]: (args: Args<M>) => Result<M> | Promise<Result<M>> }>;

export interface FakeClient extends ApiClient {
  calls: { method: Method; args: unknown }[];
  callsTo<M extends Method>(method: M): Args<M>[];
  emit(event: LekhaEvent): void;
  /** How many listeners are subscribed to events now (to check that a screen stops listening). */
  listenerCount(): number;
}

/** An api client answering from `handlers`; a method without a handler fails loudly. */
export function fakeClient(handlers: Handlers): FakeClient {
  const calls: FakeClient['calls'] = [];
  const listeners = new Set<(event: LekhaEvent) => void>();
  return {
    calls,
    callsTo: <M extends Method>(method: M) => calls.filter((c) => c.method === method).map((c) => c.args as Args<M>),
    async call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>> {
      calls.push({ method, args });
      const handler = handlers[method] as ((a: Args<M>) => Result<M> | Promise<Result<M>>) | undefined;
      if (!handler) throw new ApiError(method, { code: 'INTERNAL', message: `fake: no handler for ${method}` });
      return structuredClone(await handler(args));
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const l of [...listeners]) l(event);
    },
    listenerCount: () => listeners.size,
  };
}

/** A promise the test settles when it chooses: for states shown while the core is still working. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** What the core throws when it refuses: the transport turns it into this. */
export function refusal(method: Method, code: ErrorCode, message: string, field?: string): ApiError {
  return new ApiError(method, field ? { code, message, field } : { code, message });
}
