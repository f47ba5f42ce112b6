import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawStamp } from '../helpers/book';
import { tempDir } from '../helpers/core';
import { pageCount, pdfText } from '../helpers/documents';

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;
const lekha = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const annex = new URL('../fixtures/book/des-top-executives-8-2568.pdf', import.meta.url).pathname;

describe('lekha attach and lekha export book', () => {
  // Five runs of `lekha`, two of them making a book: on a busy machine this takes a while.
  it('attaches a PDF to item 4.1 once, and the book grows by its two pages', { timeout: 90_000 }, () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    expect(lekha(['demo', '--db', db]).status).toBe(0);
    const book = (name: string, ...extra: string[]) => {
      const r = lekha(['export', 'book', '--meeting', '2/2568', '--db', db, '--out', join(dir, name), ...extra]);
      expect(r.status, r.stderr).toBe(0);
      return new Uint8Array(readFileSync(join(dir, name)));
    };
    const before = pageCount(book('before.pdf'));

    const attached = lekha(['attach', '--meeting', '2/2568', '--item', '4.1', annex, '--db', db]);
    expect(attached.status, attached.stderr).toBe(0);
    expect(attached.stdout).toContain('แนบ "des-top-executives-8-2568.pdf" กับระเบียบวาระที่ 4.1 เรื่อง (ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');
    // Run again (a script retried): the item already has this file, so nothing is added.
    const again = lekha(['attach', '--meeting', '2/2568', '--item', '๔.๑', annex, '--db', db]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('มีไฟล์ "des-top-executives-8-2568.pdf" นี้อยู่แล้ว');

    const after = book('after.pdf', '--thai-digits');
    expect(pageCount(after)).toBe(before + 2);
    // The attachment's pages come after 4.1's summary; their running header names 4.1, numbered in Thai digits.
    const stamps = pdfText(after).split('\f').slice(0, -1).map(rawStamp);
    expect(stamps[0]).toBeNull();
    expect(stamps.slice(1).map((s) => s?.number)).toEqual(stamps.slice(1).map((_, i) => `หน้า ${String(i + 2).replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)])}`));
    const annexPages = stamps.flatMap((s, i) => (s?.caption.startsWith('เอกสารประกอบ ๑: des-top-executives-8-2568.pdf') ? [i] : []));
    expect(annexPages).toHaveLength(2);
    for (const i of annexPages) expect(stamps[i]?.header).toBe('ระเบียบวาระที่ ๔.๑ เรื่อง (ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....');
    expect(stamps[annexPages[0] - 1]?.header).toBe(stamps[annexPages[0]]?.header);
  });

  it('refuses an item the meeting does not have, a missing file and a book in another format', () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    expect(lekha(['demo', '--db', db]).status).toBe(0);
    const noItem = lekha(['attach', '--meeting', '2/2568', '--item', '9.9', annex, '--db', db]);
    expect(noItem.status).toBe(1);
    expect(noItem.stderr).toContain('ไม่มีระเบียบวาระที่ 9.9');
    expect(noItem.stderr).toContain('4.1');
    const missing = lekha(['attach', '--meeting', '2/2568', '--item', '4.1', join(dir, 'nothing.pdf'), '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('ไม่พบไฟล์');
    expect(lekha(['attach', '--meeting', '2/2568', '--item', '4.1', '--db', db]).status).toBe(2);
    const docx = lekha(['export', 'book', '--meeting', '2/2568', '--format', 'docx', '--out', join(dir, 'b.docx'), '--db', db]);
    expect(docx.status).toBe(2);
    expect(docx.stderr).toContain('--format pdf');
  });
});
