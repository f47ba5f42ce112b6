// Lekha writes its text lines into the page itself (pdf/text-run.ts) instead of through pdfkit's
// text(): the content it writes must be exactly what pdfkit writes for the same line, or pages
// would change without any other test noticing a small shift. Both ways are run on real prose, each
// kind of run (plain, Thai distributed, justified, marks moved by the font, ASCII and UTF-16
// ActualText with characters PDF strings escape), in both weights and two sizes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canWriteSpan, writeSpan } from '../../electron/documents/pdf/text-run';
import { encodesWithFix, withSpacedRun } from '../../electron/documents/pdf/thai-to-unicode';
import { installThaiToUnicodeFix } from '../../electron/documents/pdf/thai-text';
import { clusters } from '../../electron/documents/thai/chars';
import { newA4, SARABUN } from '../helpers/thai-pdf';

const PROSE = readFileSync(new URL('../fixtures/real/prose/thaigov-des-top-executives-8-2568.txt', import.meta.url), 'utf8');

/** Lines of real prose cut at about 70 characters, and some lines made to exercise the edge cases. */
const LINES = [
  ...PROSE.split('\n').flatMap((p) => p.trim().match(/.{1,70}/gu) ?? []).slice(0, 60),
  'ISO 27001 (Top Executives) a\\b',
  'น้ำ กำหนด ปั้น ฟ้า ฝั่ง ฬ้ (สำนักงาน) \\ ตัวอย่าง\tแท็บ',
  '   ย่อหน้าด้วยช่องว่าง',
  ' ',
];

type Doc = PDFKit.PDFDocument;
type Draw = (doc: Doc, text: string, x: number, y: number) => void;

const byPdfkit: Draw = (doc, text, x, y) => {
  doc.markContent('Span', { actual: text });
  if (text.trim()) doc.text(text, x, y, { lineBreak: false });
  doc.endMarkedContent();
};
const byLekha: Draw = (doc, text, x, y) => {
  expect(canWriteSpan(doc, encodesWithFix((doc as unknown as { _font: unknown })._font))).toBe(true);
  writeSpan(doc, text, text, x, y);
};

/** Every line drawn plain, distributed and justified, regular 14 pt and bold 16 pt, over two pages; the uncompressed PDF as text. */
async function render(draw: Draw): Promise<string> {
  const { doc, bytes } = newA4({ compress: false, info: { CreationDate: new Date(0) } });
  doc.registerFont('regular', SARABUN.regular);
  doc.registerFont('bold', SARABUN.bold);
  doc.font('regular');
  installThaiToUnicodeFix(doc);
  let y = 70;
  for (const [font, size] of [['regular', 14], ['bold', 16]] as const) {
    doc.font(font).fontSize(size);
    for (const text of LINES) {
      if (y > 760) {
        doc.addPage();
        y = 70;
      }
      draw(doc, text, 85.04 + (y % 7) / 3, y);
      const pieces = clusters(text);
      withSpacedRun({ text, pieces, stretch: pieces.map((_, i) => i < pieces.length - 1), width: 16_000 }, () => draw(doc, text, 85.04, y + 10));
      const words = text.split(/( +)/).filter(Boolean);
      withSpacedRun({ text, pieces: words, stretch: words.map((w, i) => i > 0 && !w.trim()), width: 20_000 }, () => draw(doc, text, 90, y + 20));
      y += 30;
    }
  }
  doc.end();
  return (await bytes).toString('latin1');
}

describe('text lines written by Lekha into the page', () => {
  it('are byte for byte what pdfkit writes for them', async () => {
    const [pdfkit, lekha] = [await render(byPdfkit), await render(byLekha)];
    // The test draws something: real Thai runs, marks moved by absolute Tm moves, and escaped strings.
    expect(pdfkit.match(/\] TJ/g)?.length).toBeGreaterThan(400);
    expect(pdfkit).toMatch(/\/ActualText \(\u00fe\u00ff/);
    expect(pdfkit).toContain('/ActualText (ISO 27001 \\(Top Executives\\) a\\\\b)');
    expect(lekha.length).toBe(pdfkit.length);
    expect(lekha === pdfkit).toBe(true);
  });
});
