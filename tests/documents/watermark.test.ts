import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { exportDocument, loadDemo } from '../helpers/demo';
import { docxPart, libreOfficePdf, lightGreyShare, pageCount, pageGreys, pdfText } from '../helpers/documents';

/** The demo minutes as a draft, then the same minutes once certified at the meeting itself. */
async function draftAndCertified(format: 'pdf' | 'docx') {
  const t = await testCore();
  const id = await loadDemo(t);
  const draft = await exportDocument(t, id, 'minutes', format);
  await t.call('minutes.certify', { meetingId: id, how: 'same_meeting', date: '2025-02-24' });
  const certified = await exportDocument(t, id, 'minutes', format);
  return { draft, certified };
}

describe('the ร่าง watermark on minutes not yet certified', () => {
  it('lies behind every page of the draft PDF, copies out on a line of its own, and is gone once certified', async () => {
    const { draft, certified } = await draftAndCertified('pdf');
    const pages = pageCount(draft);
    expect(pageCount(certified)).toBe(pages);
    for (let p = 1; p <= pages; p++) {
      const lines = pdfText(draft, { first: p, last: p }).split('\n');
      // Drawn first on the page: the first line of its text, alone (the body below is compared whole).
      expect(lines[0], `page ${p}`).toBe('ร่าง');
      expect(pdfText(certified, { first: p, last: p })).not.toMatch(/^ร่าง$/m);
    }
    // The body copies out the same with and without it (the certified pages add only their footer:
    // the version, its verification code and its SHA-256), so the watermark never lands inside a line of the body.
    const footer = (l: string) =>
      /^รับรองแล้ว ฉบับที่ \d+ รหัสตรวจสอบ [0-9A-F]{4}-[0-9A-F]{4}$/.test(l) || /^SHA-256 [0-9a-f]{64}$/.test(l) || /^ร่าง ยังไม่ได้รับรอง รหัสร่าง [A-Z]{4}-[A-Z]{4}$/.test(l);
    const body = (text: string) => text.replace(/\f/g, '\n').split('\n').filter((l) => l !== 'ร่าง' && !footer(l)).join('\n');
    expect(body(pdfText(draft))).toBe(body(pdfText(certified)));
    // And it shows: light grey over a good part of each draft page (text edges alone give about 6 %).
    for (const p of [1, pages]) {
      const [withMark, without] = [lightGreyShare(pageGreys(draft, p)), lightGreyShare(pageGreys(certified, p))];
      expect(withMark - without, `page ${p}: ${withMark} against ${without}`).toBeGreaterThan(0.04);
    }
  });

  it('is Word\'s own watermark in the DOCX headers, shown by LibreOffice, and gone once certified', async () => {
    const { draft, certified } = await draftAndCertified('docx');
    for (const header of ['word/header1.xml', 'word/header2.xml']) {
      expect(docxPart(draft, header)).toMatch(/<v:textpath [^>]*string="ร่าง"/);
      expect(docxPart(certified, header)).not.toContain('v:textpath');
    }
    expect(docxPart(draft, 'word/document.xml')).not.toContain('v:textpath');
    const [drawn, plain] = [libreOfficePdf(draft), libreOfficePdf(certified)];
    for (const p of [1, 2]) {
      const [withMark, without] = [lightGreyShare(pageGreys(drawn, p)), lightGreyShare(pageGreys(plain, p))];
      expect(withMark - without, `page ${p}: ${withMark} against ${without}`).toBeGreaterThan(0.04);
    }
  });
});
