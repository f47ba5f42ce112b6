import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LekhaEvent } from '../../shared/contract';
import { type BrowserServer, startServer } from '../../electron/server';
import type { StreamTiming } from '../../electron/server-events';
import { tempDir, testCore } from '../helpers/core';
import { realMeetingFile } from '../helpers/real-meeting';
import { raw } from '../helpers/server';

/**
 * Issue 15: an officer's live-update stream (`GET /api/events`) belongs to the officer's session. It ends
 * when the session does, and carries only what the officer's role may read: a reporter hears of its own
 * agency's directives and nothing of meetings or agenda items; a reader nothing of a meeting above its
 * clearance. Runs on both engines (on PostgreSQL the events come through LISTEN/NOTIFY).
 */
const servers: BrowserServer[] = [];
const streams: Stream[] = [];
afterEach(async () => {
  while (streams.length) streams.pop()!.abort();
  while (servers.length) await servers.pop()!.close();
});

const PASSWORDS = { arunee: 'ฝ่ายเลขา-2569!', somsri: 'รายงาน-กค-2569', pakorn: 'อ่านอย่างเดียว-1' };

/** The real Cabinet meeting on a team server on loopback, with an officer of each role. */
async function team(timing: StreamTiming = { recheckMs: 2_000, idleCheckMs: 30_000 }) {
  const t = await testCore();
  const { meetingId } = await t.call('exchange.importMeeting', { file: realMeetingFile('cabinet-style'), renameOrganisations: {} });
  await t.core.auth.addOfficer({ name: 'อรุณี สารบรรณ', username: 'arunee', role: 'secretariat', password: PASSWORDS.arunee });
  await t.core.auth.addOfficer({ name: 'สมศรี ใจดี', username: 'somsri', role: 'reporter', agency: 'กค.', password: PASSWORDS.somsri });
  await t.core.auth.addOfficer({ name: 'ปกรณ์ อ่านอย่างเดียว', username: 'pakorn', role: 'reader', password: PASSWORDS.pakorn });
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>เลขา</title>');
  const server = await startServer({ core: t.core, rendererDir, team: true, streamTiming: timing });
  servers.push(server);
  const host = `127.0.0.1:${server.port}`;
  const signIn = async (username: keyof typeof PASSWORDS) => {
    const answer = await raw(server.port, {
      method: 'POST', path: '/api/session', body: JSON.stringify({ username, password: PASSWORDS[username] }),
      headers: { host, 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(200);
    return String(answer.headers['set-cookie']).split(';')[0];
  };
  const signOut = (cookie: string) =>
    raw(server.port, { method: 'POST', path: '/api/session/sign-out', body: '{}', headers: { host, cookie, 'content-type': 'application/json' } });
  /** A write as the secretariat through the server, as its screen makes it. */
  const invoke = async (cookie: string, method: string, args: unknown) => {
    const answer = await raw(server.port, { method: 'POST', path: `/api/invoke/${method}`, body: JSON.stringify(args), headers: { host, cookie, 'content-type': 'application/json' } });
    const body = JSON.parse(answer.body);
    if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
    return body.value;
  };
  return { t, meetingId, server, host, signIn, signOut, invoke };
}

interface Stream {
  events: LekhaEvent[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  isEnded(): boolean;
  /** Resolves with the first event (counting those already heard) that `match` accepts. */
  waitFor(match: (e: LekhaEvent) => boolean): Promise<LekhaEvent>;
  abort(): void;
}

/** `GET /api/events` with a session cookie, as the page's EventSource reads it. */
function openStream(port: number, host: string, cookie: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const events: LekhaEvent[] = [];
    const waiting: { match: (e: LekhaEvent) => boolean; done: (e: LekhaEvent) => void }[] = [];
    let ended = false;
    let markEnded: () => void = () => {};
    const endedPromise = new Promise<void>((r) => { markEnded = r; });
    const req = request({ host: '127.0.0.1', port, path: '/api/events', headers: { host, cookie } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut = buffer.indexOf('\n\n');
        while (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (block.startsWith('data: ')) {
            const event = JSON.parse(block.slice(6)) as LekhaEvent;
            events.push(event);
            for (const w of [...waiting]) if (w.match(event)) { waiting.splice(waiting.indexOf(w), 1); w.done(event); }
          }
          cut = buffer.indexOf('\n\n');
        }
      });
      res.on('end', () => { ended = true; markEnded(); });
      const stream: Stream = {
        events,
        ended: endedPromise,
        isEnded: () => ended,
        waitFor: (match) => {
          const heard = events.find(match);
          return heard ? Promise.resolve(heard) : new Promise((done) => waiting.push({ match, done }));
        },
        abort: () => req.destroy(),
      };
      streams.push(stream);
      resolve(stream);
    });
    req.on('error', (e) => { if (!ended) reject(e); });
    req.end();
  });
}

const changedOf = (entity: string, id: string) => (e: LekhaEvent) => e.type === 'changed' && e.entity === entity && e.id === id;

describe('an officer’s live-update stream', () => {
  it('closes at sign-out, and for a disabled officer at the next change', async () => {
    const { t, meetingId, server, host, signIn, signOut, invoke } = await team({ recheckMs: 0, idleCheckMs: 30_000 });
    const secretariat = await signIn('arunee');
    const reader = await signIn('pakorn');
    const stream = await openStream(server.port, host, reader);
    const meeting = (await t.call('meetings.get', { id: meetingId }));
    await invoke(secretariat, 'meetings.update', { id: meetingId, version: meeting.version, venue: 'ห้องประชุม 501 ทำเนียบรัฐบาล' });
    await stream.waitFor(changedOf('meetings', meetingId));
    expect(stream.isEnded()).toBe(false);

    await signOut(reader);
    await stream.ended;
    // Signed out, the page cannot open another.
    await expect(openStream(server.port, host, reader)).rejects.toThrow('401');

    const again = await signIn('pakorn');
    const second = await openStream(server.port, host, again);
    await t.core.auth.setActive('pakorn', false);
    const heardBefore = second.events.length;
    await invoke(secretariat, 'meetings.update', { id: meetingId, version: meeting.version + 1, venue: 'ห้องประชุม 502' });
    // The secretariat's own stream shows the change went out; the disabled reader's ends without it.
    const own = await openStream(server.port, host, secretariat);
    await invoke(secretariat, 'meetings.update', { id: meetingId, version: meeting.version + 2, venue: 'ห้องประชุม 503' });
    await own.waitFor((e) => e.type === 'changed' && e.entity === 'meetings' && e.version === meeting.version + 3);
    await second.ended;
    expect(second.events.length).toBe(heardBefore);
  });

  it('ends on its own when nothing changes, once the session has ended (the 12 hours, an account disabled elsewhere)', async () => {
    const { t, server, host, signIn } = await team({ recheckMs: 2_000, idleCheckMs: 300 });
    const stream = await openStream(server.port, host, await signIn('pakorn'));
    await new Promise((r) => setTimeout(r, 700));
    expect(stream.isEnded()).toBe(false);
    await t.core.auth.setActive('pakorn', false);
    await stream.ended;
    expect(stream.events).toEqual([]);
  });

  it('carries nothing of meetings or agenda items to a reporter, only its own agency’s directives, without who', async () => {
    const { t, meetingId, server, host, signIn, invoke } = await team();
    const secretariat = await signIn('arunee');
    const reporter = await openStream(server.port, host, await signIn('somsri'));
    const everything = await openStream(server.port, host, secretariat);
    const m = await t.call('meetings.get', { id: meetingId });
    const kk = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'กค.')!.id;
    const owned = (a: (typeof m.actions)[number]) => a.leadOrgId === kk || a.supportOrgIds.includes(kk);
    const ours = m.actions.filter(owned);
    const others = m.actions.filter((a) => !owned(a));
    expect([ours.length > 0, others.length > 0]).toEqual([true, true]);
    const item = m.agendaItems.find((i) => i.number.startsWith('4.'))!;

    await invoke(secretariat, 'agenda.update', { id: item.id, version: item.version, resolution: 'ที่ประชุมรับทราบ' });
    await invoke(secretariat, 'meetings.update', { id: meetingId, version: m.version, venue: 'ห้องประชุม 501' });
    await invoke(secretariat, 'actions.update', { id: others[0].id, version: others[0].version, status: 'in_progress' });
    // The secretariat makes the meeting's agenda: its progress is the secretariat's screens' business.
    await invoke(secretariat, 'documents.export', { meetingId, kind: 'agenda', format: 'pdf' });
    // Last, the reporter's own directive: once it is heard, everything before it has been through the filter.
    await invoke(secretariat, 'actions.update', { id: ours[0].id, version: ours[0].version, status: 'in_progress' });

    const heard = await reporter.waitFor(changedOf('action_items', ours[0].id));
    expect(heard).toMatchObject({ meetingId: null, by: null });
    expect(reporter.events.map((e) => (e.type === 'changed' ? e.entity : e.type))).toEqual(['action_items']);
    // The secretariat's stream heard all four, with who and which meeting: the filter is the role's.
    await everything.waitFor(changedOf('action_items', ours[0].id));
    expect(everything.events.some((e) => e.type === 'progress' && e.task.startsWith(`documents.export:${meetingId}`))).toBe(true);
    const all = everything.events.filter((e) => e.type === 'changed');
    expect(new Set(all.map((e) => (e.type === 'changed' ? e.entity : '')))).toEqual(new Set(['agenda_items', 'meetings', 'action_items']));
    expect(all.find(changedOf('agenda_items', item.id))).toMatchObject({ meetingId, by: 'อรุณี สารบรรณ' });
  });

  it('carries nothing of a meeting with an item above a reader’s clearance', async () => {
    const { t, meetingId, server, host, signIn, invoke } = await team();
    const secretariat = await signIn('arunee');
    const reader = await openStream(server.port, host, await signIn('pakorn'));
    const m = await t.call('meetings.get', { id: meetingId });
    const item = m.agendaItems.find((i) => i.number.startsWith('4.'))!;
    await invoke(secretariat, 'agenda.update', { id: item.id, version: item.version, secrecy: 'secret' });
    await invoke(secretariat, 'agenda.update', { id: item.id, version: item.version + 1, resolution: 'ที่ประชุมเห็นชอบตามที่เสนอ' });
    await invoke(secretariat, 'meetings.update', { id: meetingId, version: m.version, venue: 'ห้องประชุม 501' });
    // A change the reader may hear of, last: an agency's English name in the directory.
    const org = (await t.call('organisations.list', {})).find((o) => o.abbrTh === 'กค.')!;
    await invoke(secretariat, 'organisations.update', { id: org.id, version: org.version, nameEn: 'Ministry of Finance (Thailand)' });
    await reader.waitFor(changedOf('organisations', org.id));
    const entities = reader.events.map((e) => (e.type === 'changed' ? e.entity : e.type));
    expect(entities).toEqual(['organisations']);
    expect(reader.events[0]).toMatchObject({ by: null });
  });
});
