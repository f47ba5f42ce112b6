import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/api';
import { tempDir } from '../helpers/core';
import { libreOfficePdf, pdfText, squash } from '../helpers/documents';

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;
const lekha = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

/** Item 4.2 of the demo meeting given a class, as the officer does on its edit form. */
async function markItem(db: string, secrecy: 'confidential' | 'top_secret') {
  const core = await openCore({ dbPath: db, log: () => {} });
  const found = await core.invoke('meetings.find', { number: '2/2568' });
  if (!found.ok) throw new Error(found.error.message);
  const meeting = await core.invoke('meetings.get', { id: (found.value as { id: string }).id });
  if (!meeting.ok) throw new Error(meeting.error.message);
  const item = (meeting.value as { agendaItems: { id: string; number: string }[] }).agendaItems.find((i) => i.number === '4.2')!;
  const updated = await core.invoke('agenda.update', { id: item.id, secrecy });
  await core.close();
  if (!updated.ok) throw new Error(updated.error.message);
}

/** `lekha demo` in a folder of its own, item 4.2 given a class. */
async function markedDemo(secrecy: 'confidential' | 'top_secret') {
  const dir = tempDir();
  const db = join(dir, 'a.db');
  expect(lekha(['demo', '--db', db]).status).toBe(0);
  await markItem(db, secrecy);
  return { dir, db };
}

describe('lekha export … --copies N --to "…" and lekha export register (issue 14)', () => {
  it('writes one numbered copy per file, refuses ลับที่สุด without --confirm-top-secret, and prints the register with the recipients', { timeout: 180_000 }, async () => {
    const { dir, db } = await markedDemo('confidential');
    const out = join(dir, 'รายงาน.pdf');
    const tooMany = lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'pdf', '--copies', '1', '--to', 'ก,ข', '--out', out, '--db', db]);
    expect(tooMany.status).toBe(2);
    // A secret document is not written unnumbered: the command asks for the copies and writes nothing.
    const unnumbered = lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'pdf', '--out', out, '--db', db]);
    expect(unnumbered.status).toBe(2);
    expect(unnumbered.stderr).toContain('เอกสารนี้มีชั้นความลับ "ลับ" จึงส่งออกเป็นสำเนามีเลขฉบับเท่านั้น');
    expect(unnumbered.stderr).toContain('--copies');
    expect(existsSync(out)).toBe(false);

    const r = lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'pdf', '--copies', '2', '--to', 'ปลัดกระทรวง,ผู้อำนวยการสำนักงานสถิติแห่งชาติ', '--out', out, '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('ฉบับที่ 2 (ถึง ผู้อำนวยการสำนักงานสถิติแห่งชาติ)');
    for (const n of [1, 2]) {
      const pages = pdfText(readFileSync(join(dir, `รายงาน ฉบับที่ ${n}.pdf`))).split('\f').filter((p) => p.trim());
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) {
        expect(page.split('\n').filter((l) => l.trim() === 'ลับ')).toHaveLength(2);
        expect(page).toContain(`ฉบับที่ ${n} ของ 2 ฉบับ`);
      }
    }

    await markItem(db, 'top_secret');
    const refused = lekha(['export', 'agenda', '--meeting', '2/2568', '--format', 'docx', '--copies', '1', '--out', join(dir, 'a.docx'), '--db', db]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('ลับที่สุด');
    const confirmed = lekha(['export', 'agenda', '--meeting', '2/2568', '--format', 'docx', '--copies', '1', '--confirm-top-secret', '--out', join(dir, 'a.docx'), '--db', db]);
    expect(confirmed.status, confirmed.stderr).toBe(0);

    const reg = lekha(['export', 'register', '--format', 'docx', '--out', join(dir, 'ทะเบียน.docx'), '--db', db]);
    expect(reg.status, reg.stderr).toBe(0);
    const text = squash(pdfText(libreOfficePdf(readFileSync(join(dir, 'ทะเบียน.docx')))));
    for (const word of ['ทะเบียนหนังสือลับ', 'ปลัดกระทรวง', 'ผู้อำนวยการสำนักงานสถิติแห่งชาติ', 'ลับที่สุด', 'ระเบียบวาระการประชุมครั้งที่2-2568']) expect(text).toContain(word);
  });

  it('export policies: the report citing the demo\'s ลับที่สุด item 4.2 is refused without --confirm-top-secret and marked with it', { timeout: 120_000 }, async () => {
    const { dir, db } = await markedDemo('top_secret');
    const out = join(dir, 'นโยบาย.pdf');
    const refused = lekha(['export', 'policies', '--format', 'pdf', '--out', out, '--db', db]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('ลับที่สุด');
    const confirmed = lekha(['export', 'policies', '--format', 'pdf', '--confirm-top-secret', '--out', out, '--db', db]);
    expect(confirmed.status, confirmed.stderr).toBe(0);
    const pages = pdfText(readFileSync(out)).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.split('\n').filter((l) => l.trim() === 'ลับที่สุด')).toHaveLength(2);
  });
});
