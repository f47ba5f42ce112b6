// A large tracker is drawn without pdfkit's cache of shaped words (render-pdf.ts: the cache held more
// than the file at 50,000 rows). Shaping a word again must draw exactly what the cache would have:
// the same lines, at the same places, on the same pages, for real prose and a table of it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../electron/documents/model';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { pageCount } from '../helpers/documents';
import { drawnLines } from '../helpers/pdf-lines';

const proseDir = new URL('../fixtures/real/prose/', import.meta.url);
const paragraphs = readdirSync(proseDir).flatMap((f) => readFileSync(new URL(f, proseDir), 'utf8').split('\n'))
  .map((l) => l.trim()).filter((l) => l.length > 80).slice(0, 60);

function model(): DocumentModel {
  return {
    title: 'ตารางติดตามข้อสั่งการ', titleLines: ['ตารางติดตามข้อสั่งการ'],
    blocks: [
      ...paragraphs.slice(0, 20).map((text) => ({ type: 'paragraph' as const, text, firstLineCm: 2.5 })),
      {
        type: 'table',
        columns: [{ title: 'ลำดับ', align: 'center' }, { title: 'เรื่อง' }, { title: 'ความคืบหน้า' }],
        rows: paragraphs.slice(20).map((text, i) => [String(i + 1), text.slice(0, 160), text.slice(160, 400)]),
      },
    ],
    page: { orientation: 'landscape', marginsCm: { top: 2, right: 2, bottom: 2, left: 2 }, digits: 'arabic', secrecy: '', urgency: '', footerNote: '' },
    body: { align: 'thaiDistributed', firstLineCm: 2.5 },
    font: { profile: 'sarabun', size: 16, regularPath: null, boldPath: null },
  };
}

describe('drawing without pdfkit’s layout cache', () => {
  it('draws the same lines at the same places as with it', async () => {
    expect(paragraphs.length).toBeGreaterThan(40);
    const cached = await renderPdf(model(), { layoutCache: true });
    const uncached = await renderPdf(model(), { layoutCache: false });
    expect(pageCount(uncached)).toBe(pageCount(cached));
    expect(pageCount(cached)).toBeGreaterThan(3);
    const place = (pdf: Uint8Array) => drawnLines(pdf).map((l) => `${l.page} ${l.x.toFixed(2)} ${l.y.toFixed(2)} ${l.width.toFixed(2)} ${l.text}`);
    expect(place(uncached)).toEqual(place(cached));
  });
});
