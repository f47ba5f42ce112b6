import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/documents/docx/render-docx';
import type { DocumentModel } from '../../electron/documents/model';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { docxPart, pageCount, pdfText, squash } from '../helpers/documents';

const longThai = 'สำนักงานส่งเสริมเศรษฐกิจดิจิทัลดำเนินการขึ้นทะเบียนบริการดิจิทัลสำหรับภาครัฐโดยตรวจสอบมาตรฐานของบริการดิจิทัล';

function model(rows: number, urgency = ''): DocumentModel {
  return {
    title: 'ตารางติดตามข้อสั่งการ',
    titleLines: ['ตารางติดตามข้อสั่งการ'],
    blocks: [{
      type: 'table',
      columns: [{ title: 'ลำดับ', width: 0.1, align: 'center' }, { title: 'ข้อสั่งการ', width: 0.6 }, { title: 'หน่วยงานรับผิดชอบ', width: 0.3 }],
      rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `${longThai} รายการที่ ${i + 1}`, 'สำนักงานสถิติแห่งชาติ']),
    }],
    page: { marginsCm: { top: 2.5, right: 2, bottom: 2, left: 3 }, digits: 'arabic', secrecy: '', urgency, footerNote: '' },
    body: { align: 'thaiDistributed', firstLineCm: 2.5 },
    font: { profile: 'sarabun', size: 14, regularPath: null, boldPath: null },
  };
}

describe('tables', () => {
  it('wrap Thai cells and repeat the header row on every page of the PDF', async () => {
    const pdf = await renderPdf(model(60));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    for (let p = 1; p <= pages; p++) {
      const text = squash(pdfText(pdf, { first: p, last: p }));
      expect(text, `page ${p}`).toContain('ลำดับข้อสั่งการหน่วยงานรับผิดชอบ');
    }
    // A row may continue on the next page: read the long cells with the other cells, headers and page numbers left out.
    const others = new Set(['ลำดับ', 'ข้อสั่งการ', 'หน่วยงานรับผิดชอบ', 'สำนักงานสถิติแห่งชาติ']);
    const lines = pdfText(pdf).replace(/\f/g, '\n').split('\n').map((l) => l.trim());
    const all = squash(lines.filter((l) => !others.has(l) && !/^\d+$/.test(l) && !/^- \d+ -$/.test(l)).join(''));
    for (const n of [1, 30, 60]) expect(all).toContain(squash(`${longThai} รายการที่ ${n}`));
  });

  it('mark the header row to repeat in the DOCX', async () => {
    const docx = await renderDocx(model(3));
    expect(docxPart(docx, 'word/document.xml')).toContain('<w:tblHeader/>');
  });

  it('print urgency large in red on the first page only', async () => {
    const pdf = await renderPdf(model(60, 'ด่วนที่สุด'));
    expect(pdfText(pdf, { first: 1, last: 1 })).toContain('ด่วนที่สุด');
    expect(pdfText(pdf, { first: 2, last: 2 })).not.toContain('ด่วนที่สุด');
  });
});
