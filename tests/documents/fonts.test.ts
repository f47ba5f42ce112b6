import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../helpers/core';
import { exportDocument, loadDemo } from '../helpers/demo';
import { pdfFonts } from '../helpers/documents';
import { createRequire } from 'node:module';

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

  it('refuses a file that is not a TrueType font, in Thai, naming the setting', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    const bogus = join(tempDir(), 'font.ttf');
    writeFileSync(bogus, 'not a font');
    const e = await t.refusal('documents.export', { meetingId: id, kind: 'minutes', format: 'pdf', settings: { customFontPath: bogus } });
    expect(e).toMatchObject({ code: 'INVALID', field: 'customFontPath' });
    expect(e.message).toContain('ไม่ใช่ฟอนต์ TrueType');
    const missing = await t.refusal('documents.export', { meetingId: id, kind: 'minutes', format: 'pdf', settings: { customFontPath: '/no/such/font.ttf' } });
    expect(missing.message).toContain('เปิดไฟล์ฟอนต์');
  });
});
