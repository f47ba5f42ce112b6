// Word and LibreOffice break lines themselves. In the DOCX, a date, พ.ศ. with its year, a time and a
// person's name are held together with no-break spaces, as the PDF's own layout holds them (officer
// review C11); the spans are the PDF's (electron/documents/thai/glue.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontMeasurer } from '../../electron/documents/columns/measure';
import type { DocumentModel } from '../../electron/documents/model';
import { renderDocx, renderPdf } from '../../electron/documents/renderers';
import { glueSpans, nameVariants } from '../../electron/documents/thai/glue';
import { noBreakMatcher, shippedNoBreakWords } from '../../electron/documents/thai/no-break';
import { docxParagraphs, libreOfficePdf, pdfText, squash } from '../helpers/documents';
import { personName } from '../../shared/names';
import { realPeople } from '../helpers/real-people';

const PT_PER_CM = 72 / 2.54;
const prose = (name: string) =>
  readFileSync(new URL(`../fixtures/real/prose/${name}.txt`, import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
// Real paragraphs full of dates, times, years and names: the Cabinet's selected items of 19 August 2568
// and the Ministry of Justice executives' meeting 7/2568.
const PARAGRAPHS = [...prose('thaigov-cabinet-2568-08-19-selected-items'), ...prose('thaigov-moj-executives-7-2568')]
  .filter((p) => /\d{1,2} \S+ \d{4}|พ\.ศ\. \d{4}|\d\.\d\d น\.|ทวี สอดส่อง/.test(p));

/** A narrow column (6 cm) of those paragraphs, body text left-aligned as LibreOffice lays out Thai distributed. */
const model = (): DocumentModel => ({
  title: 'ทดสอบ', titleLines: [],
  blocks: PARAGRAPHS.map((text) => ({ type: 'paragraph', text })),
  page: { marginsCm: { top: 2, right: 7.5, bottom: 2, left: 7.5 }, digits: 'arabic', secrecy: '', urgency: '', footerNote: '' },
  body: { align: 'left', firstLineCm: 0 },
  font: { profile: 'sarabun', size: 14, regularPath: null, boldPath: null },
});

describe('dates, years, times and names in the DOCX stay on one line (officer review C11)', () => {
  it('joins their inner spaces with no-break spaces, and LibreOffice never breaks inside one in a narrow column', async () => {
    expect(PARAGRAPHS.length).toBeGreaterThan(8);
    const names = noBreakMatcher(nameVariants(realPeople.map(personName)));
    const width = (21 - 15) * PT_PER_CM;
    const measure = fontMeasurer(model().font, noBreakMatcher(shippedNoBreakWords)).regular;
    // The firmly glued dates, years, times and names with a space inside that fit a line: what must never be
    // broken. (Ordinals are glued too, but LibreOffice may still break after a slash: ที่ 8/2567/|625.)
    const kinds = [/^\d{1,2} \S+ \d{4}$/, /^\d{1,2} ?[-–] ?\d{1,2} \S+ \d{4}$/, /^พ\.ศ\. \d{4}$/, /น\.$/, /^พันตำรวจเอก ทวี สอดส่อง$/];
    const spans = PARAGRAPHS.flatMap((p) => glueSpans(p, names).filter((s) => s.strength === 'hard').map((s) => p.slice(s.start, s.end)))
      .filter((s) => s.includes(' ') && measure(s) <= width && (kinds.some((k) => k.test(s)) || names.spans(s).some(([a, b]) => a === 0 && b === s.length)));
    expect(spans.length).toBeGreaterThan(15);
    for (const kind of kinds) expect(spans.some((s) => kind.test(s)), String(kind)).toBe(true);

    const docx = await renderDocx(model(), { people: realPeople });
    // In the file: each such span's spaces are no-break spaces, and nothing else changed.
    const written = docxParagraphs(docx).filter(Boolean);
    expect(written.map((p) => p.replaceAll('\u00a0', ' '))).toEqual(PARAGRAPHS);
    const joined = written.join('\n');
    for (const s of spans) expect(joined, s).toContain(s.replaceAll(' ', '\u00a0'));

    // Lekha's PDF of the same page and LibreOffice's of the DOCX: no line ends at one of those spaces.
    // (LibreOffice still cuts a few Thai words inside with its own dictionary, กุมภาพัน|ธ์ and กันย|ายน,
    // with no-break spaces or without: docs/thai-documents-notes.md.)
    for (const pdf of [await renderPdf(model(), { people: realPeople }), libreOfficePdf(docx)]) {
      const text = pdfText(pdf).replaceAll('\u00a0', ' ').replace(/ *\n */g, '\n');
      expect(squash(text)).toContain(squash(PARAGRAPHS[0]));
      for (const s of new Set(spans)) {
        for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) expect(text, s).not.toContain(`${s.slice(0, i)}\n${s.slice(i + 1)}`);
      }
    }
  }, 120_000);
});
