import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { SearchResult } from '../../shared/schemas/search';
import { tempDir } from '../helpers/core';
import { sqliteOnly } from '../helpers/pg';

const describeSqlite = sqliteOnly('the command line on a database file');

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;

function lekha(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describeSqlite('lekha search', () => {
  it('prints each hit with its meeting and item and the words found in «», or the result as JSON', () => {
    const db = join(tempDir(), 'a.db');
    expect(lekha(['demo', '--db', db]).code).toBe(0);
    const text = lekha(['search', 'อาชญากรรม', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('ระเบียบวาระ (1)');
    expect(text.out).toContain('ครั้งที่ 2/2568 ระเบียบวาระที่ 4.2 — การประกาศใช้พระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี');
    expect(text.out).toContain('ปราบปราม«อาชญากรรม»ทางเทคโนโลยี');
    expect(text.out).toContain('ข้อสั่งการ (1)');

    const json = lekha(['search', '๒๕๖๘', '--kind', 'meeting', '--json', '--db', db]);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out) as SearchResult;
    expect(result.terms).toEqual(['2568']);
    expect(result.groups.map((g) => g.kind)).toEqual(['meeting']);
    expect(result.groups[0].hits[0]).toMatchObject({ place: 'ครั้งที่ 2/2568', snippet: expect.arrayContaining([{ text: '2568', hit: true }]) });

    expect(lekha(['search', 'ไม่มีคำนี้ในบันทึกใดเลย', '--db', db]).out).toContain('ไม่พบ');
    expect(lekha(['search', 'อาชญากรรม', '--year', '2560-2567', '--db', db]).out).toContain('ไม่พบ');
  });

  it('refuses a missing query, an unknown kind and a Gregorian year with a Thai message and exit 2', () => {
    const db = join(tempDir(), 'a.db');
    const none = lekha(['search', '--db', db]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('ต้องระบุคำที่ต้องการค้นหา');
    const kind = lekha(['search', 'งบประมาณ', '--kind', 'agenda', '--db', db]);
    expect(kind.code).toBe(2);
    expect(kind.err).toContain('--kind ไม่รู้จัก "agenda"');
    const year = lekha(['search', 'งบประมาณ', '--year', '2025', '--db', db]);
    expect(year.code).toBe(1);
    expect(year.err).toContain('ปี พ.ศ.');
  });
});
