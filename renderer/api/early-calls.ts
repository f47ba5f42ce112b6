import type { Args, Method, Result } from '../../shared/contract';
import type { ApiClient } from './client';

/**
 * Past this an early answer is not handed to a page: it was read too long before the page asked.
 * A page asks within a second or two of the app's start (its code arriving), never later.
 */
const KEEP_MS = 10_000;

/** Args as a key whatever the order their properties were written in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${stable(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface EarlyClient extends ApiClient {
  /**
   * Starts a read the page about to be shown will make, before its code has arrived and React has
   * rendered it; the page's first identical call is answered by it (issue 11: in browser mode a page's
   * calls otherwise start only after its chunk is loaded and run, about half a second later).
   */
  early<M extends Method>(method: M, args: Args<M>): Promise<Result<M>>;
}

/**
 * The client with early reads. An early answer is taken once; any change the core announces drops
 * those not taken yet, so a page never shows a read older than a write it could have seen.
 */
export function withEarlyCalls(client: ApiClient, now: () => number = () => Date.now()): EarlyClient {
  const waiting = new Map<string, { answer: Promise<unknown>; at: number }>();
  let listening = false;
  return {
    early(method, args) {
      const key = `${method} ${stable(args)}`;
      const found = waiting.get(key);
      if (found) return found.answer as Promise<Result<typeof method>>;
      if (!listening) {
        listening = true;
        client.on((event) => {
          if (event.type === 'changed') waiting.clear();
        });
      }
      const answer = client.call(method, args);
      // A failure reaches the person through the page's own call, which receives this same promise.
      answer.catch(() => {});
      waiting.set(key, { answer, at: now() });
      return answer;
    },
    call(method, args) {
      const key = `${method} ${stable(args)}`;
      const found = waiting.get(key);
      if (found) {
        waiting.delete(key);
        if (now() - found.at < KEEP_MS) return found.answer as Promise<Result<typeof method>>;
      }
      return client.call(method, args);
    },
    on: (listener) => client.on(listener),
  };
}
