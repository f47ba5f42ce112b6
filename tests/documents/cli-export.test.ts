import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { docxPart, pdfFonts, pdfText, squash } from '../helpers/documents';

const bin = new URL('../../bin/lekha.mjs', import.meta.url).pathname;
const lekha = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('lekha export minutes|agenda', () => {
  it('writes the demo minutes and agenda as PDF and DOCX, with Thai digits on request', () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    expect(lekha(['demo', '--db', db]).status).toBe(0);
    const out = (name: string) => join(dir, name);
    for (const [kind, format] of [['minutes', 'pdf'], ['minutes', 'docx'], ['agenda', 'pdf'], ['agenda', 'docx']]) {
      const r = lekha(['export', kind, '--meeting', '2/2568', '--format', format, '--db', db, '--out', out(`${kind}.${format}`)]);
      expect(r.status, r.stderr).toBe(0);
    }
    const minutes = readFileSync(out('minutes.pdf'));
    const text = squash(pdfText(minutes));
    for (const figure of ['79,610', '237ชุด', '615รายการ', '91บริษัท']) expect(text).toContain(figure);
    expect(pdfFonts(minutes).every((f) => f.embedded && f.name.includes('Sarabun'))).toBe(true);
    expect(docxPart(readFileSync(out('minutes.docx')), 'word/styles.xml')).toContain('w:cs="Sarabun"');
    expect(squash(pdfText(readFileSync(out('agenda.pdf'))))).toContain('ระเบียบวาระการประชุม');

    expect(lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'pdf', '--thai-digits', '--db', db, '--out', out('thai.pdf')]).status).toBe(0);
    const thai = squash(pdfText(readFileSync(out('thai.pdf'))));
    for (const figure of ['๗๙,๖๑๐', '๒๓๗ชุด', '๖๑๕รายการ', '๙๑บริษัท']) expect(thai).toContain(figure);
  });

  it('refuses an unknown format with a Thai message', () => {
    const r = lekha(['export', 'minutes', '--meeting', '2/2568', '--format', 'odt', '--out', '/dev/null']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format pdf');
  });
});

describe('lekha export letters', () => {
  it('writes one directives letter per agency given work at meeting 2/2568, and refuses a missing --kind before opening the database', () => {
    const dir = tempDir();
    const db = join(dir, 'a.db');
    expect(lekha(['demo', '--db', db]).status).toBe(0);
    const out = join(dir, 'letters');
    const r = lekha(['export', 'letters', '--meeting', '2/2568', '--kind', 'directives', '--format', 'pdf', '--out', out, '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(out).sort();
    // The demo's directives and follow-ups name ดีป้า, สป.ดศ., สกมช., สสช. and สดช. as lead or support.
    expect(files.map((f) => f.replace(/^.* - \d\d /, '').replace(/\.pdf$/, '')).sort()).toEqual(['ดีป้า', 'สกมช', 'สดช', 'สป.ดศ', 'สสช'].sort());
    for (const f of files) {
      const text = squash(pdfText(readFileSync(join(out, f))));
      expect(text).toContain(squash('เรื่อง แจ้งมติและข้อสั่งการของที่ประชุม'));
      // The demo series' letterhead, filled in by lekha demo.
      expect(text).toContain(squash('สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'));
      expect(text).toContain(squash('ขอแสดงความนับถือ'));
    }
    expect(r.stdout).toContain('ส่งออกหนังสือ 5 ฉบับ');

    const missing = lekha(['export', 'letters', '--meeting', '2/2568', '--format', 'pdf', '--out', out, '--db', join(dir, 'none.db')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--kind invitation');
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
  });
});
