import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANGE_CHANNEL, listenForChanges, notifyChanges } from '../../electron/db/change-feed';
import type { LekhaEvent } from '../../shared/contract';

/**
 * Live updates between servers on one PostgreSQL database (issue 15, point 2): a write's NOTIFY, sent in
 * its transaction, reaches every listening server once it commits, and never when it rolls back. Runs
 * against the real PostgreSQL of LEKHA_TEST_PG_URL (the server's URL; .ci/run starts one), each test in a
 * database of its own.
 */
const serverUrl = process.env.LEKHA_TEST_PG_URL;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function ownDatabase(): Promise<string> {
  const name = `versions_feed_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const again = new pg.Client({ connectionString: serverUrl });
    await again.connect();
    await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await again.end();
  });
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Resolves once `heard` holds `count` events; the listener's callback settles it (no sleeping). */
function collector(count: number) {
  const heard: LekhaEvent[] = [];
  let done!: () => void;
  const ready = new Promise<void>((resolve) => {
    done = resolve;
  });
  return { heard, ready, onEvent: (e: LekhaEvent) => { heard.push(e); if (heard.length === count) done(); } };
}

describe.skipIf(!serverUrl)('the PostgreSQL change feed', () => {
  it('brings one committed change to two listening servers, and nothing of a write that rolled back', async () => {
    const url = await ownDatabase();
    const first = collector(1);
    const second = collector(1);
    const a = await listenForChanges(url, first.onEvent);
    const b = await listenForChanges(url, second.onEvent);
    cleanups.push(() => a.close(), () => b.close());
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
    cleanups.push(() => db.destroy());

    const lost: LekhaEvent = { type: 'changed', entity: 'agenda_items', meetingId: null, id: 'rolled-back', version: 2, by: 'สมชาย มั่นคง' };
    await expect(db.transaction().execute(async (trx) => {
      await notifyChanges(trx, [lost]);
      throw new Error('the save failed');
    })).rejects.toThrow('the save failed');

    const change: LekhaEvent = {
      type: 'changed', entity: 'agenda_items', meetingId: '6f1e8f0e-54f5-4d6b-9a39-2b0c1c7f3a10', id: '0b6f2f0a-7f4e-4a4c-9d0e-3f1f4f0b2a11', version: 3, by: 'สมหญิง ใจดี',
    };
    await db.transaction().execute((trx) => notifyChanges(trx, [change]));

    await Promise.all([first.ready, second.ready]);
    expect(first.heard).toEqual([change]);
    expect(second.heard).toEqual([change]);
  });

  it('ignores what another program says on the channel', async () => {
    const url = await ownDatabase();
    const errors: unknown[] = [];
    const events = collector(1);
    const listener = await listenForChanges(url, events.onEvent, (e) => errors.push(e));
    cleanups.push(() => listener.close());
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    cleanups.push(() => other.end());
    await other.query('select pg_notify($1, $2)', [CHANGE_CHANNEL, '{"hello":"world"}']);
    const real: LekhaEvent = { type: 'changed', entity: 'meetings', meetingId: null, id: null, version: null, by: null };
    await other.query('select pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify(real)]);
    await events.ready;
    expect(events.heard).toEqual([real]);
    expect(errors.length).toBe(1);
  });
});
