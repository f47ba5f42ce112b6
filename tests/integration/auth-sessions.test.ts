import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { tempDir } from '../helpers/core';

/** A core whose clock the test moves, so a session can run out without waiting. */
async function clockedCore() {
  let clock = Date.parse('2026-11-30T08:00:00.000Z');
  const dbPath = join(tempDir(), 'lekha.db');
  const core = await openCore({ dbPath, actor: 'os-user', now: () => new Date(clock).toISOString(), log: () => {} });
  const advanceHours = (h: number) => {
    clock += h * 3_600_000;
  };
  return { core, dbPath, advanceHours };
}

describe('signing in', () => {
  it('refuses a wrong password and an unknown name with one Thai message, and keeps no password in the file', async () => {
    const { core, dbPath } = await clockedCore();
    await core.auth.addOfficer({ name: 'อรุณี สารบรรณ', username: 'Arunee', role: 'secretariat', password: 'ฝ่ายเลขา-2569!' });
    await expect(core.auth.signIn('arunee', 'ฝ่ายเลขา-2568!')).rejects.toThrow('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    await expect(core.auth.signIn('nobody', 'ฝ่ายเลขา-2569!')).rejects.toThrow('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    // The user name is one however it is typed.
    const session = await core.auth.signIn(' ARUNEE ', 'ฝ่ายเลขา-2569!');
    expect(session.officer).toMatchObject({ name: 'อรุณี สารบรรณ', username: 'arunee', role: 'secretariat', clearance: 'top_secret' });
    await core.close();
    const raw = new Database(dbPath, { readonly: true });
    const [row] = raw.prepare('select password_hash from officers').all() as { password_hash: string }[];
    const tokens = raw.prepare('select id from officer_sessions').pluck().all() as string[];
    const history = JSON.stringify(raw.prepare("select before, after from audit_log where entity = 'officers'").all());
    raw.close();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).not.toBe(session.token);
    expect(history).not.toContain('argon2');
    expect(history).toContain('arunee');
  });

  it('refuses an expired token, a signed-out one, and every token of a disabled officer, saying why', async () => {
    const { core, advanceHours } = await clockedCore();
    await core.auth.addOfficer({ name: 'ปกรณ์ อ่านอย่างเดียว', username: 'pakorn', role: 'reader', password: 'อ่านอย่างเดียว-1' });
    const first = await core.auth.signIn('pakorn', 'อ่านอย่างเดียว-1');
    expect((await core.auth.officerOf(first.token)).name).toBe('ปกรณ์ อ่านอย่างเดียว');
    advanceHours(11.9);
    await expect(core.auth.officerOf(first.token)).resolves.toMatchObject({ username: 'pakorn' });
    advanceHours(0.2);
    await expect(core.auth.officerOf(first.token)).rejects.toThrow('หมดเวลาการเข้าใช้ (ครบ 12 ชั่วโมง)');
    await expect(core.auth.officerOf('not-a-token')).rejects.toThrow('รหัสการเข้าใช้ไม่ถูกต้อง');
    await expect(core.auth.officerOf(undefined)).rejects.toThrow('ยังไม่ได้เข้าสู่ระบบ');

    const second = await core.auth.signIn('pakorn', 'อ่านอย่างเดียว-1');
    await core.auth.signOut(second.token);
    await expect(core.auth.officerOf(second.token)).rejects.toThrow('ออกจากระบบแล้ว');

    const third = await core.auth.signIn('pakorn', 'อ่านอย่างเดียว-1');
    await core.auth.setActive('pakorn', false);
    await expect(core.auth.officerOf(third.token)).rejects.toThrow('กรุณาเข้าสู่ระบบ');
    await expect(core.auth.signIn('pakorn', 'อ่านอย่างเดียว-1')).rejects.toThrow('บัญชีนี้ถูกระงับการใช้งาน');
    await core.auth.setActive('pakorn', true);
    await core.auth.setPassword('pakorn', 'รหัสใหม่ที่ยาวพอ-2');
    await expect(core.auth.signIn('pakorn', 'อ่านอย่างเดียว-1')).rejects.toThrow('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    await expect(core.auth.signIn('pakorn', 'รหัสใหม่ที่ยาวพอ-2')).resolves.toMatchObject({ officer: { username: 'pakorn' } });
    await core.close();
  });

  it('refuses an agency reporter without an agency, a short password and a taken name, listing every problem', async () => {
    const { core } = await clockedCore();
    await expect(core.auth.addOfficer({ name: '', username: 'x', role: 'reporter', password: 'สั้น' })).rejects.toThrow(
      /ต้องระบุชื่อเจ้าหน้าที่[\s\S]*ชื่อผู้ใช้ต้องยาว[\s\S]*ต้องยาวอย่างน้อย 10[\s\S]*ต้องระบุหน่วยงาน/,
    );
    await core.auth.addOfficer({ name: 'ก', username: 'same', role: 'reporter', agency: 'สสช.', password: '1234567890' });
    await expect(core.auth.addOfficer({ name: 'ข', username: 'SAME', role: 'reader', password: '1234567890' })).rejects.toThrow('มีชื่อผู้ใช้ "same" อยู่แล้ว');
    expect((await core.auth.listOfficers()).map((o) => [o.username, o.role, o.agencyAbbr, o.active])).toEqual([['same', 'reporter', 'สสช.', true]]);
    await core.close();
  });
});
