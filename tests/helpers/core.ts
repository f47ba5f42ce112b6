import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { type LekhaCore, openCore } from '../../electron/api';
import type { Args, Method, Result } from '../../shared/contract';
import type { LekhaErrorShape } from '../../shared/errors';
import { createTestDatabase, onPostgres } from './pg';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export function tempDir(prefix = 'lekha-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCore {
  core: LekhaCore;
  /** The SQLite file, or on the PostgreSQL run the URL of the test's own database. */
  dbPath: string;
  /** Where the core keeps attachment and evidence files. */
  filesDir: string;
  call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>>;
  refusal(method: Method, args: unknown): Promise<LekhaErrorShape>;
}

/**
 * A core on its own temporary database, closed and removed after the test: a SQLite file, or under
 * the PostgreSQL run of the matrix (helpers/pg.ts) a database of its own on the test server, with its
 * attachments in a temporary folder. `dbPath` is then the server URL of that database.
 */
export async function testCore(options: { actor?: string } = {}): Promise<TestCore> {
  if (onPostgres) {
    const { url, drop } = await createTestDatabase();
    cleanups.push(drop);
    const filesDir = join(tempDir(), 'attachments');
    const core = await openCore({ dbPath: url, filesDir, actor: options.actor ?? 'ทดสอบ', log: () => {} });
    cleanups.push(() => core.close());
    return calling(core, url, filesDir);
  }
  const dbPath = join(tempDir(), 'lekha.db');
  const core = await openCore({ dbPath, actor: options.actor ?? 'ทดสอบ', log: () => {} });
  cleanups.push(() => core.close());
  return calling(core, dbPath, join(dirname(dbPath), 'attachments'));
}

/** A core on a database file a CLI command made; the caller closes it (core.close()) before the next command reads the file. */
export async function coreOnFile(dbPath: string, actor = 'ทดสอบ'): Promise<TestCore> {
  return calling(await openCore({ dbPath, actor, log: () => {} }), dbPath, join(dirname(dbPath), 'attachments'));
}

function calling(core: LekhaCore, dbPath: string, filesDir: string): TestCore {
  return {
    core,
    dbPath,
    filesDir,
    async call(method, args) {
      const answer = await core.invoke(method, args);
      if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
      return answer.value as never;
    },
    async refusal(method, args) {
      const answer = await core.invoke(method, args);
      if (answer.ok) throw new Error(`${method} was expected to be refused but succeeded`);
      return answer.error;
    },
  };
}

/** A series with a chair and a meeting in it: the usual starting point. */
export async function seriesWithMeeting(t: TestCore, date = '2026-11-25') {
  const chair = await t.call('people.create', { title: 'นาย', firstName: 'ประเสริฐ', lastName: 'จันทรรวงทอง', position: 'รัฐมนตรีว่าการกระทรวง' });
  const member = await t.call('people.create', { title: 'นาง', firstName: 'มาลี', lastName: 'สายสุวรรณ', position: 'ผู้อำนวยการ' });
  const series = await t.call('series.create', {
    nameTh: 'การประชุมผู้บริหารกระทรวง',
    members: [{ personId: chair.id, meetingRole: 'chair' }, { personId: member.id, meetingRole: 'member' }],
  });
  const meeting = await t.call('meetings.create', { seriesId: series.id, date });
  const section = (kind: string) => series.sections.find((s) => s.kind === kind)!;
  return { chair, member, series, meeting, section };
}

/** Marks everyone still unconfirmed as present on site: what the officer does once the meeting is held. */
export async function confirmAttendance(t: TestCore, meetingId: string): Promise<void> {
  const meeting = await t.call('meetings.get', { id: meetingId });
  for (const a of meeting.attendance.filter((x) => x.presence === 'unconfirmed')) {
    await t.call('attendance.update', { id: a.id, presence: 'onsite' });
  }
}
