// Threat (issue 10): a font setting pointing at something that is not a font file — a FIFO that hangs the
// export, /dev/zero that grows without end, a path whose refusal tells whether it exists — or a saved
// font that went missing and so breaks every export of the series.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badFontMessage } from '../../electron/documents/font-files';
import { tempDir, testCore } from '../helpers/core';
import { exportDocument, loadDemo } from '../helpers/demo';
import { pdfFonts } from '../helpers/documents';

const require = createRequire(import.meta.url);
const medium = require.resolve('@expo-google-fonts/sarabun/500Medium/Sarabun_500Medium.ttf');

describe('document fonts', () => {
  it('embeds the TrueType file the officer chose in settings', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    const pdf = await exportDocument(t, id, 'minutes', 'pdf', { customFontPath: medium, customBoldFontPath: medium });
    const fonts = pdfFonts(pdf);
    expect(fonts.every((f) => f.embedded && f.subset)).toBe(true);
    expect(fonts.map((f) => f.name).join(' ')).toContain('Sarabun-Medium');
  });

  it('refuses anything that is not a usable font file with one message that does not tell whether it exists', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    const dir = tempDir();
    const bogus = join(dir, 'font.ttf');
    writeFileSync(bogus, 'not a font at all, just text');
    const fifo = join(dir, 'pipe.ttf');
    execFileSync('mkfifo', [fifo]);
    const big = join(dir, 'huge.ttf');
    writeFileSync(big, Buffer.alloc(17 * 1024 * 1024));
    for (const path of [bogus, '/no/such/font.ttf', fifo, '/dev/zero', dir, big]) {
      const e = await t.refusal('documents.export', { meetingId: id, kind: 'minutes', format: 'pdf', settings: { customFontPath: path } });
      expect({ path, code: e.code, field: e.field, message: e.message }).toEqual({ path, code: 'INVALID', field: 'customFontPath', message: expect.stringContaining(badFontMessage) });
      expect(e.message).not.toContain(path);
    }
  });

  it('refuses to save a bad font in a series, and falls back to Sarabun with a warning when a saved one goes missing', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    const [series] = await t.call('series.list', {});
    const refused = await t.refusal('series.update', { id: series.id, documentSettings: { customFontPath: '/dev/zero' } });
    expect(refused.message).toContain(badFontMessage);
    const copy = join(tempDir(), 'th-font.ttf');
    copyFileSync(medium, copy);
    await t.call('series.update', { id: series.id, documentSettings: { customFontPath: copy, customBoldFontPath: copy } });
    rmSync(copy);
    const file = await t.call('documents.export', { meetingId: id, kind: 'minutes', format: 'pdf' });
    expect(file.warnings).toEqual([expect.stringContaining('ใช้ฟอนต์ Sarabun ที่มากับโปรแกรมแทน')]);
    expect(pdfFonts(Buffer.from(file.base64, 'base64')).map((f) => f.name).join(' ')).toContain('Sarabun-Regular');
  });
});
