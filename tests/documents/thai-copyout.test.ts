import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Align, drawLine, installThaiToUnicodeFix, missingGlyphs } from '../../electron/documents/pdf/thai-text';
import { layoutLines, widthCache } from '../../electron/documents/thai/layout';
import { noBreakMatcher, shippedNoBreakWords } from '../../electron/documents/thai/no-break';
import { STRETCH_STEP, withSpacedRun, withTrailingStretch } from '../../electron/documents/pdf/thai-to-unicode';
import { clusters } from '../../electron/documents/thai/chars';
import { newA4, PT_PER_CM, pdfTextRaw, poppler, SARABUN, savePdf } from '../helpers/thai-pdf';

/**
 * Copy-out of Thai from Lekha's PDFs. Plain pdfkit with Sarabun gives สำานักงาน for สำนักงาน (the
 * font splits ำ into two glyphs); officers copy text out of minutes, so it must come out as typed.
 */
const TORTURE = 'ที่ ปั้น ผู้ ญี่ปุ่น ฐุ ฏุ น้ำ ค่ำ ก๋วยเตี๋ยว ตุ๊กตา ๑๒๓';
const LINES = [
  'สำนักงาน กำหนด น้ำ ค่ำ ทำ สำคัญ ตำบล อำเภอ จำนวน ดำเนินการ',
  'สำนักงานปลัดกระทรวงกำหนดให้ดำเนินการตามคำสั่งที่ ๑๒/๒๕๖๙ โดยด่วน',
  'น้ำท่วมในตำบลบ้านน้ำใสเมื่อค่ำวันพฤหัสบดี ทำให้ประชาชนได้รับความเดือดร้อน',
  'ทั้งนี้ ให้สำนักงานจังหวัดจัดทำรายงานจำนวนผู้ประสบภัยและสำรวจความเสียหาย',
  'คำนำ ลำดับ กำลังพล อำนาจหน้าที่ ชำระ ตำแหน่ง ประจำปี ซ้ำซ้อน ถ้ำ ป่ำ ฟ้ำ ปั้ม',
  'ทำซ้ำ ๆ ทุกวัน ฯลฯ กรุงเทพฯ น้ำใจ ร่ำรวย ค้ำประกัน กล่ำ จ้ำ ต่ำกว่า ย่ำ',
  'ผู้อำนวยการสำนักงานสถิติแห่งชาติ (สสช.) จัดทำศูนย์ TDDC ผ่าน “tddc.gdcatalog.go.th”',
  'มาตรา ๓ ให้ยกเลิกความในวรรคหนึ่ง และให้ใช้ความต่อไปนี้แทน ข้อ 1.2 วงเงิน 79,610 บาท',
  'พระราชกำหนดมาตรการป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี พ.ศ. ๒๕๖๘',
  'นิพพานํ ธัมมํ (ํา พิมพ์แยกสองตัว) สระอา: กา ขา งา ทา นา ปา ฟา',
  TORTURE,
];
const ALIGNS: Align[] = ['left', 'thaiDistributed', 'justify', 'center', 'right'];
const SIZE = 16;

type FontkitDoc = { _font: { name: string; font: { layout(text: string): { glyphs: { id: number }[] } } } };
const internals = (doc: PDFKit.PDFDocument) => doc as unknown as FontkitDoc;

let file: string;
let uncompressed: string;
const expected: string[] = [];
const notdef: Record<string, boolean> = {};
const missing: Record<string, string[]> = {};
let plainFile: string;
let fontAfterInstall = '';
let overflow = false;

async function drawPage(compress: boolean): Promise<Buffer> {
  const { doc, bytes } = newA4({ compress });
  doc.registerFont('regular', SARABUN.regular);
  doc.registerFont('bold', SARABUN.bold);
  // Installed before any TrueType font is selected (the current font is still Helvetica), twice.
  installThaiToUnicodeFix(doc);
  installThaiToUnicodeFix(doc);
  fontAfterInstall = internals(doc)._font.name;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const noBreak = noBreakMatcher(shippedNoBreakWords);
  let y = doc.page.margins.top;
  expected.length = 0;
  for (const font of ['regular', 'bold'] as const) {
    if (font === 'bold') {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc.font(font).fontSize(SIZE);
    const measure = widthCache((s) => doc.widthOfString(s));
    const all = LINES.join(' ');
    notdef[font] = internals(doc)._font.font.layout(all).glyphs.some((g) => g.id === 0);
    missing[font] = missingGlyphs(doc, all);
    for (const [i, text] of LINES.entries()) {
      // Narrower than the page so that some sources wrap and every alignment stretches something.
      const lines = layoutLines(text, { width: width - 2 * PT_PER_CM, measure, noBreak });
      for (const line of lines) {
        overflow ||= y + SIZE * 1.55 > doc.page.height - doc.page.margins.bottom;
        drawLine(doc, line, doc.page.margins.left, y, width - 2 * PT_PER_CM, ALIGNS[i % ALIGNS.length]);
        expected.push(line.text);
        y += SIZE * 1.55;
      }
    }
  }
  doc.end();
  return bytes;
}

/** The source lines drawn with plain `doc.text`, no ActualText span: only the ToUnicode map speaks. */
async function drawPlain(): Promise<Buffer> {
  const { doc, bytes } = newA4();
  doc.registerFont('regular', SARABUN.regular);
  doc.registerFont('bold', SARABUN.bold);
  doc.font('bold');
  installThaiToUnicodeFix(doc);
  let y = doc.page.margins.top;
  for (const font of ['regular', 'bold'] as const) {
    doc.font(font).fontSize(12);
    for (const text of LINES) {
      doc.text(text, doc.page.margins.left, y, { lineBreak: false });
      y += 12 * 1.55;
    }
  }
  doc.end();
  return bytes;
}

const squashSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  file = savePdf(await drawPage(true), 'copyout.pdf');
  uncompressed = (await drawPage(false)).toString('latin1');
  plainFile = savePdf(await drawPlain(), 'plain.pdf');
});

describe('Thai copy-out from the PDF', () => {
  it('has a page in regular and a page in bold, each within the page', () => {
    expect(poppler('pdftotext', ['-raw', file, '-']).split('\f').filter((p) => p.trim())).toHaveLength(2);
    expect(overflow).toBe(false);
  });

  it('gives back exactly the source text (pdftotext -raw, whitespace normalised)', () => {
    const out = pdfTextRaw(file);
    expect(squashSpaces(out)).toBe(squashSpaces(expected.join('\n')));
    expect(out).not.toContain('ำา');
    expect(out.split('\n').map(squashSpaces).filter(Boolean)).toEqual(expected.map(squashSpaces));
  });

  it('gives back the torture line exactly, in regular and in bold', () => {
    const lines = pdfTextRaw(file).split('\n');
    expect(lines.filter((l) => l === TORTURE)).toHaveLength(2);
  });

  it('gives back the text without ActualText too: the ToUnicode map alone is right', () => {
    expect(pdfTextRaw(plainFile).split('\n').filter(Boolean)).toEqual([...LINES, ...LINES]);
  });

  it('draws every line as one text object, whatever its alignment', () => {
    expect(uncompressed.match(/^BT$/gm)).toHaveLength(expected.length);
  });

  it('writes no empty ToUnicode entry (pdf.js shows those as junk)', () => {
    const cmaps = uncompressed.match(/beginbfrange[\s\S]*?endbfrange/g) ?? [];
    expect(cmaps.length).toBe(2);
    for (const cmap of cmaps) expect(cmap).not.toContain('<>');
  });

  it('embeds only Sarabun, as subsets', () => {
    const rows = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    const fonts = rows.map((row) => {
      const cols = row.trim().split(/\s+/);
      const [emb, sub] = cols.slice(-5, -3);
      return { name: cols[0], emb, sub };
    });
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Sarabun-Bold', 'Sarabun-Regular']);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+Sarabun-/);
      expect([f.emb, f.sub]).toEqual(['yes', 'yes']);
    }
  });

  it('draws no missing glyph', () => {
    expect(notdef).toEqual({ regular: false, bold: false });
    expect(missing).toEqual({ regular: [], bold: [] });
  });

  it('leaves the current font alone when installing the fix', () => {
    expect(fontAfterInstall).toBe('Helvetica');
  });
});

describe('stretched Thai distributed lines', () => {
  it('carry whole tenths of an em inside the cluster, so pdf.js reads no space into the gap', () => {
    const { doc } = newA4();
    doc.registerFont('regular', SARABUN.regular);
    doc.font('regular').fontSize(SIZE);
    installThaiToUnicodeFix(doc);
    type Pos = { xAdvance: number; xOffset: number; advanceWidth: number };
    const font = (doc as unknown as { _font: { encode(t: string): [string[], Pos[]] } })._font;
    const [, plain] = font.encode('กิ้');
    const [codes, wide] = withTrailingStretch(200, () => font.encode('กิ้'));
    expect(codes).toHaveLength(3);
    expect(wide[0].xAdvance - plain[0].xAdvance).toBe(200);
    expect(wide[0].advanceWidth - plain[0].advanceWidth).toBe(200);
    // The marks after the widened letter move back by as much: nothing moves on the page.
    expect(wide.slice(1).map((p, i) => p.xOffset - plain[i + 1].xOffset)).toEqual([-200, -200]);
  });
});

describe('a distributed line drawn as one run', () => {
  type Pos = { xAdvance: number; xOffset: number; advanceWidth: number };
  type Font = { encode(t: string): [string[], Pos[]] };
  const fontOf = () => {
    const { doc } = newA4();
    doc.registerFont('regular', SARABUN.regular);
    doc.font('regular').fontSize(SIZE);
    installThaiToUnicodeFix(doc);
    return (doc as unknown as { _font: Font })._font;
  };
  /** Where each glyph is drawn (PDF units from the start of the run), as pdfkit places it. */
  const placed = (positions: Pos[]) => {
    let pen = 0;
    return positions.map((p) => {
      const at = pen + p.xOffset;
      pen += p.xAdvance;
      return at;
    });
  };

  it.each([30, 99, 100, 250, 1234])('moves each cluster whole, marks with their letters (%i units per gap)', (gap) => {
    const font = fontOf();
    const pieces = clusters(TORTURE);
    const alone = pieces.map((c) => font.encode(c)[1]);
    const natural = alone.flat().reduce((w, p) => w + p.xAdvance, 0);
    const width = natural + gap * (pieces.length - 1);
    const stretch = pieces.map((_, i) => i < pieces.length - 1);
    const [codes, positions] = withSpacedRun({ text: TORTURE, pieces, stretch, width }, () => font.encode(TORTURE));
    expect(codes).toHaveLength(alone.flat().length);
    // Each glyph where it is when its cluster is drawn alone, the cluster moved by the gaps before it.
    const expectedAt: number[] = [];
    let start = 0;
    alone.forEach((cluster, k) => {
      for (const x of placed(cluster)) expectedAt.push(start + x + k * gap);
      start += cluster.reduce((w, p) => w + p.xAdvance, 0);
    });
    expect(placed(positions).map((x, i) => Math.abs(x - expectedAt[i]))).toEqual(expectedAt.map(() => expect.closeTo(0, 6)));
    // The run ends at the width asked for, and no gap a viewer would read as a space opens inside it.
    expect(positions.reduce((w, p) => w + p.xAdvance, 0)).toBeCloseTo(width, 6);
    for (const p of positions) expect(p.xAdvance - p.advanceWidth).toBeLessThan(STRETCH_STEP);
  });

  it('shares a gap that is no whole unit out in whole units, ending within half a unit of the width', () => {
    const font = fontOf();
    const pieces = clusters(TORTURE);
    const alone = pieces.map((c) => font.encode(c)[1]);
    const natural = alone.flat().reduce((w, p) => w + p.xAdvance, 0);
    const width = natural + 37.3 * (pieces.length - 1);
    const stretch = pieces.map((_, i) => i < pieces.length - 1);
    const [, positions] = withSpacedRun({ text: TORTURE, pieces, stretch, width }, () => font.encode(TORTURE));
    expect(Math.abs(positions.reduce((w, p) => w + p.xAdvance, 0) - width)).toBeLessThanOrEqual(0.5);
    // The pen at the start of each cluster, drawn as one run and drawn alone: the gaps in between.
    const gaps: number[] = [];
    let pen = 0;
    let alonePen = 0;
    let shift = 0;
    let glyph = 0;
    alone.forEach((cluster) => {
      gaps.push(pen - alonePen - shift);
      shift = pen - alonePen;
      for (const p of cluster) {
        alonePen += p.xAdvance;
        pen += positions[glyph++].xAdvance;
      }
    });
    expect(gaps.shift()).toBe(0);
    for (const g of gaps) expect([37, 38]).toContain(Math.round(g * 1e6) / 1e6);
  });

  it.each<Align>(['thaiDistributed', 'justify'])('fills the box edge to edge when drawn with drawLine (%s)', (align) => {
    const { doc } = newA4();
    doc.registerFont('regular', SARABUN.regular);
    doc.font('regular').fontSize(SIZE);
    installThaiToUnicodeFix(doc);
    const font = (doc as unknown as { _font: Font })._font;
    const runs: Pos[][] = [];
    const encode = font.encode.bind(font);
    font.encode = (t: string) => {
      const out = encode(t);
      runs.push(out[1]);
      return out;
    };
    const natural = doc.widthOfString(TORTURE);
    for (const width of [natural + 5, natural + 150]) {
      runs.length = 0;
      drawLine(doc, { text: TORTURE, start: 0, end: TORTURE.length, width: natural, last: false }, 72, 72, width, align);
      expect(runs).toHaveLength(1);
      // Within half a PDF unit (gaps are whole units): 0.008 pt at 16 pt.
      expect(Math.abs((runs[0].reduce((w, p) => w + p.xAdvance, 0) * SIZE) / 1000 - width)).toBeLessThanOrEqual(SIZE / 2000 + 1e-9);
    }
  });

  it('still stretches, piece by piece, in a font the fix does not cover (Helvetica)', async () => {
    const { doc, bytes } = newA4({ compress: false });
    drawLine(doc, { text: 'Minutes of the meeting', start: 0, end: 22, width: 0, last: false }, 72, 72, 400, 'thaiDistributed');
    doc.end();
    const content = (await bytes).toString('latin1');
    // One text object per letter (the spaces are not drawn), the last one at the right edge.
    expect(content.match(/^BT$/gm)).toHaveLength(19);
    const last = [...content.matchAll(/^1 0 0 1 ([\d.]+) [\d.]+ Tm$/gm)].at(-1);
    expect(Number(last?.[1]) + doc.widthOfString('g')).toBeCloseTo(472, 3);
  });

  it('encodes any other text plainly', () => {
    const font = fontOf();
    const plain = font.encode('กิ้');
    const pieces = ['ก', 'ข'];
    expect(withSpacedRun({ text: 'กข', pieces, stretch: [true, false], width: 5000 }, () => font.encode('กิ้'))).toEqual(plain);
  });
});

describe('missingGlyphs', () => {
  it('names the characters the font lacks, once each', () => {
    const { doc } = newA4();
    doc.font(readFileSync(SARABUN.regular)).fontSize(SIZE);
    expect(missingGlyphs(doc, 'สำนักงาน\n')).toEqual([]);
    expect(missingGlyphs(doc, 'ก中ข中😀')).toEqual(['中', '😀']);
  });
});
