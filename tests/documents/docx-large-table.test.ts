// A table too large to build as docx objects (the tracker at thousands of rows) has its rows spliced
// into the DOCX from a template row (docx/spliced-rows.ts). The spliced rows must be the rows docx
// would have written, and the file must open in LibreOffice with every row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/documents/docx/render-docx';
import type { DocumentModel, TableBlock } from '../../electron/documents/model';
import { docxPart, libreOfficePdf, pdfText, squash } from '../helpers/documents';

// Real directives (Cabinet and ministry meetings), with & and < typed in, a two-line cell, and a due
// date, which keeps its day, month and year together with no-break spaces (officer review C11).
const DIRECTIVES = readFileSync(new URL('../fixtures/directives-cabinet.txt', import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);

function tracker(count: number): DocumentModel {
  const table: TableBlock = {
    type: 'table',
    columns: [{ title: 'ลำดับ', width: 1, align: 'center' }, { title: 'เรื่อง', width: 6 }, { title: 'สถานะ', width: 2 }, { title: 'กำหนดเสร็จ', width: 2 }],
    rows: Array.from({ length: count }, (_, i) => [
      String(i + 1),
      `${DIRECTIVES[i % DIRECTIVES.length]}${i % 7 === 0 ? ' (งบประมาณ < 5 ล้านบาท & ไม่ต้องเสนอ ครม.)' : ''}`,
      i % 3 ? 'อยู่ระหว่างดำเนินการ\nร้อยละ 50' : 'ยังไม่ดำเนินการ',
      `${1 + (i % 28)} กันยายน 2568`,
    ]),
  };
  return {
    title: 'ตารางติดตาม', titleLines: ['ตารางติดตามข้อสั่งการ'], blocks: [table],
    page: { orientation: 'landscape', marginsCm: { top: 2, right: 2, bottom: 2, left: 2 }, digits: 'arabic', secrecy: '', urgency: '', footerNote: '' },
    body: { align: 'left', firstLineCm: 0 }, font: { profile: 'sarabun', size: 12, regularPath: null, boldPath: null },
  };
}

const rowsOf = (xml: string) => xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];

describe('a large table in a DOCX', () => {
  it('writes each spliced row exactly as docx writes the same row in a small table', async () => {
    const large = tracker(400);
    const small: DocumentModel = { ...large, blocks: [{ ...(large.blocks[0] as TableBlock), rows: (large.blocks[0] as TableBlock).rows.slice(0, 30) }] };
    const spliced = rowsOf(docxPart(await renderDocx(large), 'word/document.xml'));
    const built = rowsOf(docxPart(await renderDocx(small), 'word/document.xml'));
    expect(spliced).toHaveLength(401);
    expect(built).toHaveLength(31);
    expect(spliced.slice(0, 31)).toEqual(built);
    expect(spliced.join('')).not.toMatch(/[\uE000\uE001]/);
    // Rows past the small table's too: the due date held together, as docx's own rows hold it.
    expect(spliced[1]).toContain('1\u00a0กันยายน\u00a02568');
    expect(spliced[399]).toContain('7\u00a0กันยายน\u00a02568');
  });

  it('opens in LibreOffice with every row, the escaped characters and both lines of a cell', async () => {
    const model = tracker(300);
    const text = squash(pdfText(libreOfficePdf(await renderDocx(model))));
    for (const row of (model.blocks[0] as TableBlock).rows) expect(text).toContain(squash(row[1]));
    expect(text).toContain(squash('(งบประมาณ < 5 ล้านบาท & ไม่ต้องเสนอ ครม.)'));
    expect(text).toContain(squash('อยู่ระหว่างดำเนินการร้อยละ 50'));
  }, 120_000);
});
