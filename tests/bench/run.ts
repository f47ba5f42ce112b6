// `npm run bench`: how fast Lekha makes minutes, against baselines measured in the same run
// (ARCHITECTURE.md, "Speed is measured, not assumed"). Prints figures and ratios; asserts nothing.
// The baselines module goes first: it keeps pdfkit's own `encode` before our renderer patches it.
import { libreOfficeConverter, libreOfficeVersion, modelParagraphs, noLayoutPdf } from './baselines';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../../electron/api';
import { openDatabase } from '../../electron/db/open';
import { buildMinutes } from '../../electron/documents/builders/minutes';
import { renderDocx } from '../../electron/documents/docx/render-docx';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { meetingRecord } from '../../electron/services/documents';
import { call, createLargeMeeting, demoFile } from './meeting40';
import { type Cell, kb, ms, ratio, table } from './report';
import { pdfPages, type Task, type Timing, timeInterleaved } from './timing';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LO_RUNS = Number(process.env.BENCH_LO_RUNS ?? 3);
const started = performance.now();
const loadNow = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const load0 = loadNow();
const work = mkdtempSync(join(tmpdir(), 'lekha-bench-'));
const dbPath = join(work, 'bench.db');
const core = await openCore({ dbPath, actor: 'bench', log: (e) => console.error('[bench]', e) });
const { db, close } = openDatabase(dbPath);

interface Measured {
  meeting: string;
  items: number;
  chars: number;
  pdf: Timing;
  pdfExport: Timing;
  docx: Timing;
  docxExport: Timing;
  noLayout: Timing;
  lo: Timing;
  pages: { pdf: number; noLayout: number; lo: number };
  bytes: { pdf: number; docx: number; noLayout: number; lo: number };
}

const toLibreOffice = libreOfficeConverter(work);

async function measure(label: string, meetingId: string): Promise<Measured> {
  process.stderr.write(`measuring ${label} …\n`);
  const record = await meetingRecord(db, meetingId);
  const { noBreakWords } = await call(core, 'settings.get', {});
  const exported = async (format: 'pdf' | 'docx') => {
    const file = await call(core, 'documents.export', { meetingId, kind: 'minutes', format });
    return Buffer.from(file.base64, 'base64');
  };
  const model = buildMinutes(record);
  const paragraphs = modelParagraphs(model);
  const docxBytes = await renderDocx(model);
  const task = (name: string, fn: () => Promise<Uint8Array> | Uint8Array, runs = RUNS, warmup = 3): Task<Uint8Array> => ({ name, fn, runs, warmup });
  const timed = await timeInterleaved([
    task('pdf', () => renderPdf(buildMinutes(record), { noBreakWords })),
    task('pdfExport', () => exported('pdf')),
    task('docx', () => renderDocx(buildMinutes(record))),
    task('docxExport', () => exported('docx')),
    task('noLayout', () => noLayoutPdf(model, paragraphs)),
    task('lo', () => toLibreOffice(docxBytes), LO_RUNS, 1),
  ], RUNS);
  const get = (name: string) => timed.get(name)!;
  const [pdf, pdfExport, docx, docxExport, noLayout, lo] = ['pdf', 'pdfExport', 'docx', 'docxExport', 'noLayout', 'lo'].map(get);
  return {
    meeting: label,
    items: record.meeting.agendaItems.length,
    chars: paragraphs.reduce((n, p) => n + p.text.length, 0),
    pdf, pdfExport, docx, docxExport, noLayout, lo,
    pages: { pdf: pdfPages(pdf.result), noLayout: pdfPages(noLayout.result), lo: pdfPages(lo.result) },
    bytes: { pdf: pdf.result.length, docx: docx.result.length, noLayout: noLayout.result.length, lo: lo.result.length },
  };
}

try {
  const demoId = (await call(core, 'exchange.importMeeting', { file: demoFile() })).meetingId;
  const largeId = await createLargeMeeting(core);
  const results = [await measure('demo 2/2568', demoId), await measure('generated 40 items', largeId)];

  const timingRows: Cell[][] = [];
  const ratioRows: Cell[][] = [];
  for (const r of results) {
    const row = (what: string, t: Timing, pages: Cell, bytes: number) =>
      timingRows.push([r.meeting, what, ms(t.median), ms(t.min), ms(t.max), t.runs, pages, kb(bytes)]);
    row('PDF: build + render', r.pdf, r.pages.pdf, r.bytes.pdf);
    row('PDF: documents.export', r.pdfExport, r.pages.pdf, r.bytes.pdf);
    row('DOCX: build + render', r.docx, '-', r.bytes.docx);
    row('DOCX: documents.export', r.docxExport, '-', r.bytes.docx);
    row('baseline: pdfkit, no layout', r.noLayout, r.pages.noLayout, r.bytes.noLayout);
    row('baseline: LibreOffice DOCX→PDF', r.lo, r.pages.lo, r.bytes.lo);
    const verdict = (x: number, ok: boolean, target: string) => [ratio(x), target, ok ? 'meets target' : 'misses target'];
    const lo = (t: Timing) => r.lo.median / t.median;
    const raw = (t: Timing) => t.median / r.noLayout.median;
    ratioRows.push([r.meeting, 'LibreOffice ÷ our PDF (build + render)', ...verdict(lo(r.pdf), lo(r.pdf) >= 10, '≥ 10×')]);
    ratioRows.push([r.meeting, 'LibreOffice ÷ our PDF (documents.export)', ...verdict(lo(r.pdfExport), lo(r.pdfExport) >= 10, '≥ 10×')]);
    ratioRows.push([r.meeting, 'our PDF (build + render) ÷ no-layout', ...verdict(raw(r.pdf), raw(r.pdf) <= 3, '≤ 3×')]);
    ratioRows.push([r.meeting, 'our PDF (documents.export) ÷ no-layout', ...verdict(raw(r.pdfExport), raw(r.pdfExport) <= 3, '≤ 3×')]);
  }

  const cpu = cpus();
  console.log(`Lekha benchmark (minutes) — Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${libreOfficeVersion()}`);
  console.log(`Medians of ${RUNS} runs after 3 warm-ups (LibreOffice: ${LO_RUNS} runs after 1), all measured in this run,`);
  console.log(`the tasks of a meeting taking turns round by round. Load average before / after: ${load0} / ${loadNow()} on ${cpu.length} cores.`);
  // The bench itself keeps one core busy, so only the load before it started tells of other work.
  if (Number(load0.split(' ')[0]) > cpu.length * 0.5) {
    console.log('NOTE: other work was running on this machine when the bench started; expect noisy figures, rerun when idle.');
  }
  for (const r of results) console.log(`- ${r.meeting}: ${r.items} agenda items, ${r.chars.toLocaleString('en')} characters of text`);
  console.log('\nTimes (ms) / เวลา (มิลลิวินาที)\n');
  console.log(table(['meeting', 'what', 'median', 'min', 'max', 'runs', 'pages', 'size'], timingRows));
  console.log('\nRatios (medians of this run) / อัตราส่วน\n');
  console.log(table(['meeting', 'ratio', 'value', 'target', 'verdict'], ratioRows));
  console.log(`\nTotal bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await close();
  await core.close();
  rmSync(work, { recursive: true, force: true });
}
