import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { demoFile, exportDocument, loadDemo } from '../helpers/demo';
import { libreOfficePdf, pdfText, positionsInOrder, squash } from '../helpers/documents';

describe('the agenda (ระเบียบวาระการประชุม)', () => {
  it('lists every section in order with its items and presenters, in both formats', async () => {
    const t = await testCore();
    const id = await loadDemo(t);
    const pdf = squash(pdfText(await exportDocument(t, id, 'agenda', 'pdf')));
    const docx = squash(pdfText(libreOfficePdf(await exportDocument(t, id, 'agenda', 'docx'))));
    for (const text of [pdf, docx]) {
      expect(text.startsWith(squash('ระเบียบวาระการประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม'))).toBe(true);
      const sections = [1, 2, 3, 4, 5, 6].map((n) => `ระเบียบวาระที่${n}`);
      expect(positionsInOrder(text, sections).every((p) => p >= 0)).toBe(true);
      expect(text).toContain(squash('4.1 เรื่อง (ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. .... (ดีป้า)'));
      expect(text).toContain(squash('5.2 เรื่อง การจัดตั้งศูนย์กลางข้อมูลสถิติด้านดิจิทัลของประเทศไทย (TDDC) (สสช.)'));
      expect(text).not.toContain('มติที่ประชุม');
      for (const item of demoFile().agendaItems) expect(text).toContain(squash(item.subject));
    }
  });
});
