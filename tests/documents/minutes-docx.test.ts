import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { demoFile, exportDocument, loadDemo } from '../helpers/demo';
import { docxPart, docxParagraphs, libreOfficePdf, pdfFonts, pdfText, positionsInOrder, squash } from '../helpers/documents';

describe('minutes as DOCX', () => {
  it('sets the Thai complex-script font and size, th-TH, and Thai distributed body paragraphs', async () => {
    const t = await testCore();
    const docx = await exportDocument(t, await loadDemo(t), 'minutes', 'docx');
    const styles = docxPart(docx, 'word/styles.xml');
    expect(styles).toMatch(/<w:rFonts [^>]*w:cs="Sarabun"/);
    expect(styles).toContain('<w:szCs w:val="28"/>');
    expect(styles).toMatch(/<w:lang [^>]*w:bidi="th-TH"/);
    const body = docxPart(docx, 'word/document.xml');
    expect(body).toContain('<w:jc w:val="thaiDistribute"/>');
    // Lines exactly the PDF's 1.55 × 14 pt apart (officer review C13; tests/documents/docx-line-height.test.ts
    // lays them out): single spacing gives Sarabun LibreOffice's 1.3 em.
    const rules = [...body.matchAll(/w:line="(\d+)" w:lineRule="(\w+)"/g)];
    expect(rules.length).toBeGreaterThan(20);
    for (const [, , rule] of rules) expect(rule).toBe('exact');
    expect(rules.filter(([, line]) => line === String(Math.round(14 * 1.55 * 20))).length).toBeGreaterThan(rules.length - 2);
    // The Sarabun profile embeds the font so the file looks the same where Sarabun is not installed.
    expect(docxPart(docx, 'word/fontTable.xml')).toContain('w:embedRegular');
  });

  it('puts the Thai font, size and language on every run, so text pasted elsewhere keeps them', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    for (const [docx, font, size] of [
      [await exportDocument(t, id, 'minutes', 'docx'), 'Sarabun', 28],
      [await exportDocument(t, id, 'agenda', 'docx', { fontProfile: 'th-sarabun-psk' }), 'TH SarabunPSK', 32],
    ] as const) {
      let headerRuns = 0;
      for (const part of ['word/document.xml', 'word/header1.xml', 'word/header2.xml']) {
        const runs = [...docxPart(docx, part).matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1]).filter((r) => r.includes('<w:t') || r.includes('PAGE'));
        if (part === 'word/document.xml') expect(runs.length).toBeGreaterThan(20);
        else headerRuns += runs.length;
        for (const run of runs) {
          const props = /<w:rPr>(.*?)<\/w:rPr>/s.exec(run)?.[1] ?? '';
          expect(props, run.slice(0, 200)).toMatch(new RegExp(`<w:rFonts [^>]*w:cs="${font}"`));
          expect(props).toMatch(/<w:szCs w:val="(\d+)"\/>/);
          // Thai text is th-TH; a date, a year or a name held whole is a run of its own under English, unproofed
          // (LibreOffice's Thai dictionary cuts inside it otherwise: tests/documents/docx-latin-groups.test.ts).
          const text = /<w:t[^>]*>([^<]*)</.exec(run)?.[1] ?? '';
          if (/w:bidi="en-US"/.test(props)) {
            expect(props).toContain('<w:noProof/>');
            expect(text).toMatch(/^\S*\u00a0\S*/);
          } else expect(props).toMatch(/<w:lang [^>]*w:eastAsia="th-TH"[^>]*w:bidi="th-TH"/);
        }
        // Body text at the body size (headings and stamps may be larger).
        if (part === 'word/document.xml') expect(runs.filter((r) => r.includes(`<w:szCs w:val="${size}"/>`)).length).toBeGreaterThan(runs.length / 2);
      }
      // The page number `- ๒ -` in the header is text too.
      expect(headerRuns).toBeGreaterThan(0);
    }
  });

  it('opens in LibreOffice with the same headings, items and resolutions as the PDF', async () => {
    const t = await testCore();
    const docx = await exportDocument(t, await loadDemo(t), 'minutes', 'docx');
    const converted = libreOfficePdf(docx);
    const text = squash(pdfText(converted));
    const headings = ['ครั้งที่2/2568', 'ผู้มาประชุม', 'ผู้ไม่มาประชุม', 'ผู้เข้าร่วมประชุม', 'เริ่มประชุมเวลา09.30น.', 'ระเบียบวาระที่1', 'ระเบียบวาระที่6', 'เลิกประชุมเวลา12.00น.', 'ผู้จดรายงานการประชุม'];
    expect(positionsInOrder(text, headings).every((p) => p >= 0)).toBe(true);
    for (const item of demoFile().agendaItems) {
      expect(text).toContain(squash(item.subject));
      expect(text).toContain(squash(item.resolution));
    }
    expect(pdfFonts(converted).every((f) => f.name.includes('Sarabun'))).toBe(true);
    expect(text).toMatch(/-2-/);
  });

  it('writes Thai digits in dates and agenda numbers, and Thai page numbering, when asked', async () => {
    const t = await testCore();
    const docx = await exportDocument(t, await loadDemo(t), 'minutes', 'docx', { digits: 'thai' });
    const body = docxPart(docx, 'word/document.xml');
    // Dates and ordinals are held together with no-break spaces (officer review C11): read them as spaces.
    const texts = docxParagraphs(docx).join('\n').replaceAll('\u00a0', ' ');
    expect(texts).toContain('ครั้งที่ ๒/๒๕๖๘');
    expect(texts).toContain('เมื่อวันจันทร์ที่ ๒๔ กุมภาพันธ์ ๒๕๖๘');
    expect(texts).toContain('๔.๑ เรื่อง');
    expect(texts.match(/[0-9]/g)).toBeNull();
    expect(body).toContain('w:fmt="thaiNumbers"');
    const text = squash(pdfText(libreOfficePdf(docx)));
    expect(text).toContain('๗๙,๖๑๐');
  });

  it('names TH SarabunPSK at 16 pt without embedding for that profile', async () => {
    const t = await testCore();
    const docx = await exportDocument(t, await loadDemo(t), 'minutes', 'docx', { fontProfile: 'th-sarabun-psk' });
    const styles = docxPart(docx, 'word/styles.xml');
    expect(styles).toMatch(/w:cs="TH SarabunPSK"/);
    expect(styles).toContain('<w:szCs w:val="32"/>');
    expect(docxPart(docx, 'word/fontTable.xml')).not.toContain('w:embedRegular');
  });
});
