import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Letterhead, LettersResult } from '../../shared/schemas/letters';
import { testLetterhead } from './letterhead';
import { type TestCore, tempDir } from './core';
import { pdfText } from './documents';

// Pure data, apart so the end-to-end tests (no vitest there) fill the form with the same letterhead.
export { testLetterhead } from './letterhead';

export async function setLetterhead(t: TestCore, meetingId: string, letterhead: Partial<Letterhead> = testLetterhead): Promise<string> {
  const { seriesId } = await t.call('meetings.get', { id: meetingId });
  await t.call('series.update', { id: seriesId, letterhead });
  return seriesId;
}

export async function letters(
  t: TestCore, meetingId: string, kind: 'invitation' | 'directives', format: 'pdf' | 'docx', extra: { date?: string; replyBy?: string } = {},
): Promise<LettersResult & { bytes: Uint8Array[] }> {
  const result = await t.call('documents.letters', { meetingId, kind, format, ...extra });
  return { ...result, bytes: result.files.map((f) => new Uint8Array(Buffer.from(f.base64, 'base64'))) };
}

/** Several DOCX files opened and printed by LibreOffice in one run (one start of soffice rather than one a file). */
export function libreOfficePdfs(docxs: Uint8Array[]): Uint8Array[] {
  const dir = tempDir('lekha-lo-');
  const names = docxs.map((bytes, i) => {
    const name = join(dir, `doc-${i}.docx`);
    writeFileSync(name, bytes);
    return name;
  });
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return names.map((name) => readFileSync(name.replace(/\.docx$/, '.pdf')));
}

/** A letter's text as an officer copies it out, without the page numbers (`- 2 -`) that interrupt a paragraph running over a page. */
export function letterText(pdf: Uint8Array): string {
  return pdfText(pdf).split('\n').filter((line) => !/^-\s*[0-9๐-๙]+\s*-$/.test(line.trim())).join('\n');
}
