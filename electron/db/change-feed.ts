import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { type LekhaEvent, lekhaEvent } from '../../shared/contract';

/**
 * Live updates across servers on one PostgreSQL database (issue 15, point 2): every write NOTIFYs this
 * channel inside its own transaction, so PostgreSQL delivers the event at commit and never for a write
 * that rolled back; each server LISTENs on one connection of its own and relays what it hears to its
 * in-process feed (ServiceContext.emit → Server-Sent Events, IPC), its own writes included.
 */
export const CHANGE_CHANNEL = 'lekha_changes';

/** PostgreSQL's limit on a NOTIFY payload is 8000 bytes; an event is a few hundred. */
const MAX_PAYLOAD = 7900;

/** Queues the events on the channel inside the transaction `trx` (delivered when it commits). */
export async function notifyChanges<D>(trx: Kysely<D>, events: readonly LekhaEvent[]): Promise<void> {
  for (const event of events) {
    let payload = JSON.stringify(event);
    // A name long enough to pass the limit: the event still says what changed, without who.
    if (payload.length > MAX_PAYLOAD && event.type === 'changed') payload = JSON.stringify({ ...event, by: null });
    await sql`select pg_notify(${CHANGE_CHANNEL}, ${payload})`.execute(trx);
  }
}

export interface ChangeListener {
  close(): Promise<void>;
}

/**
 * One connection that LISTENs on the channel and hands each event to `onEvent`. A payload that is not a
 * Lekha event (another program on the channel) is ignored and logged; a lost connection is logged and
 * opened again after a second, so screens keep learning of changes after the database restarts.
 */
export async function listenForChanges(
  connectionString: string,
  onEvent: (event: LekhaEvent) => void,
  log: (error: unknown) => void = (e) => console.error('[lekha] change feed', e),
): Promise<ChangeListener> {
  let closed = false;
  let client: pg.Client | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString });
    c.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      try {
        const parsed = lekhaEvent.safeParse(JSON.parse(message.payload));
        if (parsed.success) onEvent(parsed.data);
        else log(new Error(`not a Lekha event on ${CHANGE_CHANNEL}: ${message.payload.slice(0, 200)}`));
      } catch (error) {
        log(error);
      }
    });
    c.on('error', (error) => {
      log(error);
      if (client === c) reconnect();
    });
    c.on('end', () => {
      if (client === c) reconnect();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANGE_CHANNEL}`);
    client = c;
  };
  const reconnect = () => {
    if (closed || retry) return;
    client = null;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error) => {
        log(error);
        reconnect();
      });
    }, 1000);
    // A listener waiting to reconnect must not keep a finished command-line run alive.
    retry.unref?.();
  };

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end();
    },
  };
}

/**
 * The listener a core on PostgreSQL starts when its first screen subscribes (a command-line run has none,
 * and opens no extra connection), kept until the core closes.
 */
export function listenerOnDemand(connectionString: string, onEvent: (event: LekhaEvent) => void, log: (error: unknown) => void) {
  let started: Promise<ChangeListener | null> | null = null;
  return {
    start(): void {
      started ??= listenForChanges(connectionString, onEvent, log).catch((error) => {
        log(error);
        return null;
      });
    },
    async close(): Promise<void> {
      await (await started)?.close();
    },
  };
}
