import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
