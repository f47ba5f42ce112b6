import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { rowCounts } from '../helpers/db-snapshot';
import { realMeetingFile } from '../helpers/real-meeting';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('the command line on a database file');

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;

function lekha(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describeSqlite('the lekha command line', () => {
  it('loads the demo, exports meeting 2/2568 as JSON, and a re-import exports the same content', () => {
    const dir = tempDir();
    const a = join(dir, 'a.db');
    expect(lekha(['demo', '--db', a]).code).toBe(0);
    const out = join(dir, 'm.json');
    const exported = lekha(['export', 'meeting', '--meeting', '2/2568', '--format', 'json', '--db', a, '--out', out]);
    expect(exported.code).toBe(0);
    // A meeting's record is for the officer only: the file is readable by its owner alone.
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    expect(file.meeting).toMatchObject({ number: 2, yearBe: 2568 });
    expect(file.agendaItems).toHaveLength(8);

    const b = join(dir, 'b.db');
    expect(lekha(['import', 'meeting', out, '--db', b]).code).toBe(0);
    const out2 = join(dir, 'm2.json');
    expect(lekha(['export', 'meeting', '--meeting', '2/2568', '--db', b, '--out', out2]).code).toBe(0);
    const strip = (f: Record<string, unknown>) => ({ ...f, exportedAt: undefined });
    expect(strip(JSON.parse(readFileSync(out2, 'utf8')))).toEqual(strip(file));
  });

  it('loads the demo only once', () => {
    const db = join(tempDir(), 'a.db');
    lekha(['demo', '--db', db]);
    const again = lekha(['demo', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('มีอยู่แล้ว');
  });

  it('refuses a broken file with a Thai message, a non-zero exit and nothing written', async () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    lekha(['demo', '--db', db]);
    const before = await rowCounts(db);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "lekha.meeting", "version": 1, "meeting": {');
    const r = lekha(['import', 'meeting', broken, '--db', db]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('ไม่ใช่ JSON ที่ถูกต้อง');
    expect(r.err).toContain('ไม่มีข้อมูลใดถูกบันทึก');
    expect(await rowCounts(db)).toEqual(before);

    const unknownOrg = JSON.parse(readFileSync(new URL('../../resources/demo/meeting-2-2568.json', import.meta.url), 'utf8'));
    unknownOrg.meeting.id = crypto.randomUUID();
    unknownOrg.agendaItems[0].presenterOrganisation = 'กขค.';
    writeFileSync(broken, JSON.stringify(unknownOrg));
    const r2 = lekha(['import', 'meeting', broken, '--db', db]);
    expect(r2.code).toBe(1);
    expect(r2.err).toContain('agendaItems.0.presenterOrganisation');
    expect(await rowCounts(db)).toEqual(before);
  });

  it('backs up to a folder whose database passes integrity_check and holds the meeting, then restores it', () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    lekha(['demo', '--db', db]);
    const folder = join(dir, 'backup');
    const r = lekha(['backup', '--out', folder, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ไฟล์แนบ 0 ไฟล์');
    const check = new Database(join(folder, 'lekha.db'), { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.prepare('select number, year_be from meetings').all()).toEqual([{ number: 2, year_be: 2568 }]);
    check.close();
    const restored = join(dir, 'restored.db');
    const back = lekha(['restore', '--from', folder, '--db', restored]);
    expect(back.code).toBe(0);
    expect(back.out).toContain('นำสำเนาสำรอง');
    expect(lekha(['export', 'meeting', '--meeting', '2/2568', '--db', restored, '--out', join(dir, 'm.json')]).code).toBe(0);
  });

  it('adds an organisation and lists it: lekha org add, lekha org list', () => {
    const db = join(tempDir(), 'a.db');
    const added = lekha(['org', 'add', '--abbr', 'วช.', '--name', 'สำนักงานการวิจัยแห่งชาติ', '--name-en', 'National Research Council of Thailand', '--abbr-en', 'NRCT', '--db', db]);
    expect(added.code).toBe(0);
    expect(added.out).toContain('เพิ่มหน่วยงาน สำนักงานการวิจัยแห่งชาติ (วช.) แล้ว');
    const listed = lekha(['org', 'list', '--db', db]);
    expect(listed.out).toMatch(/^วช\.\tสำนักงานการวิจัยแห่งชาติ\tNRCT\tdepartment/m);
    expect(listed.out).toMatch(/^สงป\.\tสำนักงบประมาณ\tBB\tcentral_agency\tยังไม่ได้ตรวจสอบอักษรย่อ$/m);
    const again = lekha(['org', 'add', '--abbr', 'วช.', '--name', 'อื่น', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('มีหน่วยงานที่ใช้อักษรย่อ "วช." อยู่แล้ว');
  });

  it('imports a real meeting naming organisations the database lacks in one run, and lists them', () => {
    const dir = tempDir();
    const file = join(dir, 'cabinet.json');
    writeFileSync(file, JSON.stringify(realMeetingFile('cabinet-style')));
    const r = lekha(['import', 'meeting', file, '--db', join(dir, 'a.db')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/เพิ่มหน่วยงานใหม่ \d+ หน่วยงาน/);
    expect(r.out).toContain('สนทช.\tสำนักงานทรัพยากรน้ำแห่งชาติ');
  });

  it('refuses a real file whose abbreviation the database gives another agency, then takes it with --rename-org', () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    const file = join(dir, 'mnre.json');
    writeFileSync(file, JSON.stringify(realMeetingFile('ministry-executives')));
    const refused = lekha(['import', 'meeting', file, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('อักษรย่อ "อสส." ในฐานข้อมูลเป็นของ "สำนักงานอัยการสูงสุด"');
    const r = lekha(['import', 'meeting', file, '--rename-org', 'อสส.=อสส.(สวนสัตว์)', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('อสส.(สวนสัตว์)\tองค์การสวนสัตว์แห่งประเทศไทย ในพระบรมราชูปถัมภ์');
    expect(lekha(['import', 'meeting', file, '--rename-org', 'อสส.', '--db', db]).code).toBe(2);
  });

  it('refuses a file with two errors once, naming both, exit 1, nothing written', async () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    lekha(['org', 'list', '--db', db]);
    const before = await rowCounts(db);
    const broken = JSON.parse(readFileSync(new URL('../../resources/demo/meeting-2-2568.json', import.meta.url), 'utf8'));
    broken.meeting.date = '2564-05-24';
    broken.agendaItems[0].presenterOrganisation = 'ไม่มี.';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const r = lekha(['import', 'meeting', file, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('(2 จุด)');
    expect(r.err).toContain('meeting.date');
    expect(r.err).toContain('agendaItems.0.presenterOrganisation');
    expect(await rowCounts(db)).toEqual(before);
  });

  it('uses LEKHA_DB when no --db is given, the same file the desktop app would use', () => {
    const db = join(tempDir(), 'env.db');
    expect(lekha(['demo'], { LEKHA_DB: db }).code).toBe(0);
    expect(existsSync(db)).toBe(true);
  });

  it('explains its usage on an unknown command, exiting 2', () => {
    const r = lekha(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ไม่รู้จักคำสั่ง');
    expect(r.err).toContain('lekha export meeting');
  });
});
