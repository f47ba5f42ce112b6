// Threat: a backup that never finishes while the app writes, leaves partial copies, silently omits the
// attachments, is readable by everyone; and a restore that puts back a damaged or tampered copy.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { latestVersion } from '../../electron/db/migrations/index';
import { restoreFromFolder } from '../../electron/services/backup';
import { tempDir } from '../helpers/core';
import { demoFile } from '../helpers/demo';
import { root, writerScript } from './writer';

const pdf = Buffer.from('%PDF-1.4 ภาคผนวก\n'.repeat(1000));

async function databaseWithAttachment() {
  const dir = tempDir();
  const dbPath = join(dir, 'data', 'lekha.db');
  const core = await openCore({ dbPath, log: () => {} });
  const call = async <T>(m: string, a: unknown) => {
    const r = await core.invoke(m, a);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  const { meetingId } = await call<{ meetingId: string }>('exchange.importMeeting', { file: demoFile() });
  const meeting = await call<{ agendaItems: { id: string }[] }>('meetings.get', { id: meetingId });
  await call('attachments.add', { agendaItemId: meeting.agendaItems[2].id, fileName: 'ภาคผนวก.pdf', base64: pdf.toString('base64') });
  return { dir, dbPath, core };
}

describe('backup', () => {
  it('finishes while another process writes, with the attachments, private files and nothing left over', async () => {
    const { dir, dbPath, core } = await databaseWithAttachment();
    const writer = spawn(process.execPath, ['--import', 'tsx', writerScript, dbPath, 'ระหว่างสำรอง', '400'], { cwd: root, stdio: 'ignore' });
    const writing = new Promise((resolve) => writer.on('exit', resolve));
    // Let the writer get going, then back up (several times, as the app would be asked to).
    for (let i = 0; i < 30 && (await countPeople(dbPath)) < 20; i++) await new Promise((r) => setTimeout(r, 100));
    const out = join(dir, 'backups', 'lekha-2569-11-30');
    const manifest = await core.backupTo(out);
    await writing;
    await core.close();
    expect(manifest.attachments).toHaveLength(1);
    expect(manifest.problems).toEqual([]);
    expect(readdirSync(dirname(out))).toEqual(['lekha-2569-11-30']);
    for (const f of ['lekha.db', 'manifest.json', join('attachments', manifest.attachments[0].path)]) {
      expect(statSync(join(out, f)).mode & 0o777).toBe(0o600);
    }
    expect(statSync(out).mode & 0o777).toBe(0o700);
    const copy = new Database(join(out, 'lekha.db'), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(Number(copy.prepare("select count(*) from meetings").pluck().get())).toBe(1);
    copy.close();
  });

  it('is put back by restore, after checking it, keeping the replaced database beside it', async () => {
    const { dir, core } = await databaseWithAttachment();
    const out = join(dir, 'backup');
    await core.backupTo(out);
    await core.invoke('people.create', { firstName: 'หลังสำรอง' });
    await core.close();
    const target = join(dir, 'restored', 'lekha.db');
    const files = join(dirname(target), 'attachments');
    const { keptAs } = restoreFromFolder(out, target, files, latestVersion, '2026-11-30T10:00:00.000Z');
    expect(keptAs).toBeNull();
    const restored = await openCore({ dbPath: target, log: () => {} });
    const people = await restored.invoke('people.list', {});
    expect(people.ok && (people.value as { firstName: string }[]).some((p) => p.firstName === 'หลังสำรอง')).toBe(false);
    const list = await restored.invoke('attachments.list', { meetingId: (await restored.invoke('meetings.find', { number: '2/2568' }) as { value: { id: string } }).value.id });
    const [att] = (list as { value: { id: string }[] }).value;
    const content = await restored.invoke('attachments.get', { id: att.id });
    expect(Buffer.from((content as { value: { base64: string } }).value.base64, 'base64').equals(pdf)).toBe(true);
    await restored.close();
    // Restoring over it keeps the replaced file.
    const again = restoreFromFolder(out, target, files, latestVersion, '2026-11-30T11:00:00.000Z');
    expect(again.keptAs && existsSync(again.keptAs)).toBe(true);
    expect(readFileSync(again.keptAs!).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('refuses a tampered backup, naming every problem, and changes nothing', async () => {
    const { dir, core } = await databaseWithAttachment();
    const out = join(dir, 'backup');
    const manifest = await core.backupTo(out);
    await core.close();
    writeFileSync(join(out, 'attachments', manifest.attachments[0].path), 'แก้ไขแล้ว');
    const db = new Database(join(out, 'lekha.db'));
    db.exec("update meetings set venue = 'ห้องอื่น'");
    db.close();
    const target = join(dir, 'other', 'lekha.db');
    let error: { code?: string; problems?: unknown[]; message?: string } = {};
    try {
      restoreFromFolder(out, target, join(dir, 'other', 'attachments'), latestVersion, '2026-11-30T10:00:00.000Z');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.code).toBe('INVALID');
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('ไม่ตรงกับรหัสตรวจสอบ');
    expect(existsSync(target)).toBe(false);
  });

  it('refuses to replace a database that another program is writing', async () => {
    const { dir, dbPath, core } = await databaseWithAttachment();
    const out = join(dir, 'backup');
    await core.backupTo(out);
    const busy = new Database(dbPath);
    busy.exec('begin immediate');
    try {
      expect(() => restoreFromFolder(out, dbPath, join(dir, 'data', 'attachments'), latestVersion, '2026-11-30T10:00:00.000Z')).toThrow(/กรุณาปิดโปรแกรมเลขา/);
    } finally {
      busy.exec('rollback');
      busy.close();
      await core.close();
    }
  });
});

async function countPeople(dbPath: string): Promise<number> {
  const db = new Database(dbPath, { readonly: true });
  try {
    return Number(db.prepare("select count(*) from people where position = 'ทดสอบผู้เขียนพร้อมกัน'").pluck().get());
  } finally {
    db.close();
  }
}
