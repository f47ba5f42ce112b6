// Thai line layout alone, inside real renders of the demo and the generated 40-item minutes:
//   node --import tsx tests/bench/layout.ts
// Times every PdfWriter.lines() call (breaking and measuring, with the document's own width cache)
// per render, and counts loose lines in the body paragraphs: a distributed line whose extra space
// between two grapheme clusters is 0.15 em or more. Prints; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { openCore } from '../../electron/api';
import { openDatabase } from '../../electron/db/open';
import { buildMinutes } from '../../electron/documents/builders/minutes';
import type { DocumentModel, Paragraph } from '../../electron/documents/model';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { PdfWriter } from '../../electron/documents/pdf/writer';
import { clusters } from '../../electron/documents/thai/chars';
import type { LaidLine } from '../../electron/documents/thai/layout';
import { meetingRecord } from '../../electron/services/documents';
import { call, createLargeMeeting, demoFile } from './generated-meeting';
import { ms, table } from './report';
import { median } from './timing';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PT_PER_CM = 72 / 2.54;

interface Stats {
  layoutMs: number;
  /** CPU time (user + system) inside lines(): steadier than wall time on a busy machine. */
  cpuMs: number;
  /** Of which in pdfkit's widthOfString (fontkit shaping, the font's first use in a document). */
  measureMs: number;
  calls: number;
  stretched: number;
  loose: number;
  worstEm: number;
}

let current: Stats = { layoutMs: 0, cpuMs: 0, measureMs: 0, calls: 0, stretched: 0, loose: 0, worstEm: 0 };
let inParagraph: Paragraph | null = null;
let inLines = false;

type LinesFn = (this: PdfWriter, ...args: unknown[]) => LaidLine[];
const proto = PdfWriter.prototype as unknown as { lines: LinesFn; paragraph: (this: PdfWriter, p: Paragraph) => void };
const lines = proto.lines;
proto.lines = function (this: PdfWriter, ...args: unknown[]) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  inLines = true;
  const out = lines.apply(this, args);
  inLines = false;
  const c = process.cpuUsage(c0);
  current.cpuMs += (c.user + c.system) / 1000;
  current.layoutMs += performance.now() - t0;
  current.calls++;
  const p = inParagraph;
  if (p && (p.align ?? this.model.body.align) === 'thaiDistributed') {
    const [, , width, first] = args as [string, string, number, number | undefined];
    out.forEach((line, i) => {
      if (line.last || !line.text) return;
      const gaps = clusters(line.text).length - 1;
      const em = ((i === 0 ? (first ?? width) : width) - line.width) / Math.max(1, gaps) / this.model.font.size;
      current.stretched++;
      if (em >= 0.15) current.loose++;
      current.worstEm = Math.max(current.worstEm, em);
    });
  }
  return out;
};
const widthOfString = PDFDocument.prototype.widthOfString;
PDFDocument.prototype.widthOfString = function (this: PDFKit.PDFDocument, ...args: Parameters<typeof widthOfString>) {
  const t0 = performance.now();
  const out = widthOfString.apply(this, args);
  if (inLines) current.measureMs += performance.now() - t0;
  return out;
};
const paragraph = proto.paragraph;
proto.paragraph = function (this: PdfWriter, p: Paragraph) {
  inParagraph = p;
  try {
    paragraph.call(this, p);
  } finally {
    inParagraph = null;
  }
};

async function measure(model: () => DocumentModel): Promise<{ render: number; stats: Stats }> {
  const renders: number[] = [];
  const layouts: number[] = [];
  const measures: number[] = [];
  const cpus: number[] = [];
  let stats = current;
  for (let i = 0; i < RUNS + 2; i++) {
    current = { layoutMs: 0, cpuMs: 0, measureMs: 0, calls: 0, stretched: 0, loose: 0, worstEm: 0 };
    const t0 = performance.now();
    await renderPdf(model());
    if (i >= 2) {
      renders.push(performance.now() - t0);
      layouts.push(current.layoutMs);
      measures.push(current.measureMs);
      cpus.push(current.cpuMs);
    }
    stats = current;
  }
  return { render: median(renders), stats: { ...stats, layoutMs: median(layouts), measureMs: median(measures), cpuMs: median(cpus) } };
}

const work = mkdtempSync(join(tmpdir(), 'lekha-layout-bench-'));
const core = await openCore({ dbPath: join(work, 'b.db'), actor: 'bench', log: (e) => console.error(e) });
const { db, close } = openDatabase(join(work, 'b.db'));
try {
  const demo = (await call(core, 'exchange.importMeeting', { file: demoFile() })).meetingId;
  const large = (await createLargeMeeting(core)).id;
  const rows = [];
  for (const [name, id] of [['demo 2/2568', demo], ['generated 40 items', large]] as const) {
    const record = await meetingRecord(db, id);
    const r = await measure(() => buildMinutes(record));
    const s = r.stats;
    rows.push([name, ms(r.render), ms(s.layoutMs), ms(s.cpuMs), ms(s.measureMs), ms(s.layoutMs - s.measureMs), `${((100 * s.layoutMs) / r.render).toFixed(0)}%`, s.calls, s.stretched, s.loose, s.worstEm.toFixed(3)]);
  }
  const load = (await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`Layout inside renderPdf, medians of ${RUNS} renders after 2 warm-ups; load average after: ${load}; ${PT_PER_CM.toFixed(2)} pt/cm\n`);
  console.log(table(['meeting', 'render ms', 'lines() ms', 'lines() CPU ms', 'of which measuring', 'rest', 'share', 'lines() calls', 'stretched body lines', 'loose (≥ 0.15 em)', 'worst em'], rows));
} finally {
  await close();
  await core.close();
  rmSync(work, { recursive: true, force: true });
}
