import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { demoFile } from '../helpers/demo';
import { tempDir } from '../helpers/core';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('the command line on a database file');

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;
const lekha = (args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const sample = (name: string) => new URL(`../fixtures/participants/${name}`, import.meta.url).pathname;

/** The demo meeting's attendees as the command prints them. */
const attendees = () => {
  const file = demoFile();
  return file.attendance.map((a) => a.person);
};

describeSqlite('lekha import participants', () => {
  it('imports each system\'s sample: prints its SHA-256, every demo attendee matched or listed, and the rows that match nobody', () => {
    const db = join(tempDir(), 'lekha.db');
    expect(lekha(['demo', '--db', db]).code).toBe(0);
    for (const [name, system, unmatched] of [
      ['zoom-participants-2-2568.csv', 'Zoom', ['MDES Meeting Room 801 (ห้องประชุม 801)', 'Malee Saisuwan, DGA', 'iPhone', 'Call-in User_1']],
      ['teams-attendance-2-2568.csv', 'Microsoft Teams', ['ห้องประชุม 801 สป.ดศ.', 'MALEE SAISUWAN (DGA)', 'Guest 0917 (Unverified)']],
      ['webex-attendee-report-2-2568.csv', 'Webex', ['MDES Host', 'Wichai Rungrueang', '+66 2141 XXXX']],
    ] as const) {
      const r = lekha(['import', 'participants', '--meeting', '2/2568', sample(name), '--db', db]);
      expect(r.err).toBe('');
      expect(r.code, name).toBe(0);
      expect(r.out).toContain(`นำเข้ารายงานผู้เข้าร่วมของ ${system} จาก ${name} แล้ว`);
      expect(r.out).toContain(`SHA-256 ${createHash('sha256').update(readFileSync(sample(name))).digest('hex')}`);
      const lines = r.out.split('\n');
      for (const person of attendees()) {
        expect(lines.filter((l) => l.startsWith(`  ${person}\t`)), `${name}: ${person}`).toHaveLength(1);
      }
      for (const row of unmatched) expect(r.out).toMatch(new RegExp(`บรรทัด \\d+\\t${row.replace(/[()+.]/g, '\\$&')}`));
    }
    // The same file again: refused, nothing added.
    const last = lekha(['import', 'participants', '--meeting', '2/2568', sample('zoom-participants-2-2568.csv'), '--db', db]);
    expect(last.code).toBe(1);
    expect(last.out + last.err).toContain('นำเข้ารายงานนี้แล้ว');
  }, 120_000);

  it('says who was found in THIS file: after Zoom, the Webex import does not claim attendees only the Zoom report holds', () => {
    const db = join(tempDir(), 'lekha.db');
    expect(lekha(['demo', '--db', db]).code).toBe(0);
    const found = (out: string) => out.split('\n').filter((l) => /^ {2}[^\t]+\tพบในไฟล์นี้ /.test(l)).map((l) => l.trim().split('\t')[0]);
    const zoom = lekha(['import', 'participants', '--meeting', '2/2568', sample('zoom-participants-2-2568.csv'), '--db', db]);
    expect(zoom.code).toBe(0);
    expect(found(zoom.out)).toEqual(['นายวิชัย รุ่งเรือง', 'นางสุดา แก้วมณี']);
    const webex = lekha(['import', 'participants', '--meeting', '2/2568', sample('webex-attendee-report-2-2568.csv'), '--db', db]);
    expect(webex.code).toBe(0);
    // Webex's two rows for Wichai match nobody (they are listed for the officer): he is not found in this file.
    expect(webex.out).toMatch(/บรรทัด \d+\tWichai Rungrueang/);
    expect(found(webex.out)).toEqual(['นางมาลี สายสุวรรณ', 'นายธนา พูนผล']);
    expect(webex.out).toContain('  นายวิชัย รุ่งเรือง\tไม่พบในไฟล์นี้ (ประชุมผ่านสื่ออิเล็กทรอนิกส์)');
    // The merged totals are there too, labelled as such: Wichai and Suda from Zoom, Malee and Thana from Webex.
    expect(webex.out).toContain('รวมทุกรายงานที่นำเข้าสำหรับการประชุมนี้ (2 ไฟล์):');
    const merged = webex.out.split('\n').filter((l) => /^ {2}รวม\t[^\t]+\tพบ /.test(l)).map((l) => l.split('\t')[1]);
    expect(merged.sort()).toEqual([...found(zoom.out), ...found(webex.out)].sort());
  }, 120_000);

  it('says what is missing: the meeting (exit 2) or the file (exit 1)', () => {
    const db = join(tempDir(), 'lekha.db');
    expect(lekha(['demo', '--db', db]).code).toBe(0);
    const noMeeting = lekha(['import', 'participants', sample('zoom-participants-2-2568.csv'), '--db', db]);
    expect(noMeeting.code).toBe(2);
    expect(noMeeting.err).toContain('ต้องระบุ --meeting');
    const noFile = lekha(['import', 'participants', '--meeting', '2/2568', '/nonexistent/report.csv', '--db', db]);
    expect(noFile.code).toBe(1);
    expect(noFile.err).toContain('ไม่พบไฟล์ "/nonexistent/report.csv"');
  }, 60_000);
});
