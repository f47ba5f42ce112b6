// `npm run bench`: how fast Lekha makes minutes, against baselines measured in the same run
// (ARCHITECTURE.md, "Speed is measured, not assumed"), and how fast the command line starts and
// exports. Prints figures and ratios; asserts nothing.
// The baselines module goes first: it keeps pdfkit's own `encode` before our renderer patches it.
import { libreOfficeConverter, libreOfficeVersion, modelParagraphs, noLayoutPdf } from './baselines';
import { spawnSync } from 'node:child_process';
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
import { call, createLargeMeeting, demoFile } from './generated-meeting';
import { type Split, splitRender } from './phases';
import { lekha, type Proc, timeProcesses } from './processes';
import { type Cell, kb, ms, ratio, table } from './report';
import { median, pdfPages, type Task, type Timing, timeInterleaved } from './timing';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LO_RUNS = Number(process.env.BENCH_LO_RUNS ?? 3);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 10);
const started = performance.now();
const loadNow = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const load0 = loadNow();
const work = mkdtempSync(join(tmpdir(), 'lekha-bench-'));
const dbPath = join(work, 'bench.db');

// The command line is timed as built (scripts/build-cli.mjs), from the sources of this run.
const built = spawnSync(process.execPath, [new URL('../../scripts/build-cli.mjs', import.meta.url).pathname], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(`building the command line failed: ${built.stderr}`);

const core = await openCore({ dbPath, actor: 'bench', log: (e) => console.error('[bench]', e) });
const { db, close } = openDatabase(dbPath);

interface Meeting {
  label: string;
  id: string;
  /** `--meeting … --series …` for the command line. */
  cli: string[];
}

interface Measured {
  meeting: Meeting;
  items: number;
  chars: number;
  paragraphs: { all: number; distinct: number };
  pdf: Timing;
  split: { layout: Timing; drawing: Timing; finish: Timing };
  pdfExport: Timing;
  docx: Timing;
  docxExport: Timing;
  noLayout: Timing;
  lo: Timing;
  loCold: Timing;
  pages: { pdf: number; noLayout: number; lo: number };
  bytes: { pdf: number; docx: number; noLayout: number; lo: number };
}

const toLibreOffice = libreOfficeConverter(work);
const timingOf = (xs: number[]): Timing => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });

async function measure(meeting: Meeting): Promise<Measured> {
  process.stderr.write(`measuring ${meeting.label} …\n`);
  const record = await meetingRecord(db, meeting.id);
  const { noBreakWords } = await call(core, 'settings.get', {});
  const exported = async (format: 'pdf' | 'docx') => {
    const file = await call(core, 'documents.export', { meetingId: meeting.id, kind: 'minutes', format });
    return Buffer.from(file.base64, 'base64');
  };
  const model = buildMinutes(record);
  const paragraphs = modelParagraphs(model);
  const docxBytes = await renderDocx(model);
  // LibreOffice's first start on a new profile, once per meeting: what a person meets the first time.
  const c0 = performance.now();
  toLibreOfficeCold(meeting.label)(docxBytes);
  const loCold = timingOf([performance.now() - c0]);

  const splits: Split[] = [];
  const task = (name: string, fn: () => Promise<Uint8Array> | Uint8Array, runs = RUNS, warmup = 3): Task<Uint8Array> => ({ name, fn, runs, warmup });
  const timed = await timeInterleaved([
    task('pdf', async () => {
      const { split, result } = await splitRender(() => renderPdf(buildMinutes(record), { noBreakWords }));
      splits.push(split);
      return result;
    }),
    task('pdfExport', () => exported('pdf')),
    task('docx', () => renderDocx(buildMinutes(record))),
    task('docxExport', () => exported('docx')),
    task('noLayout', () => noLayoutPdf(model, paragraphs)),
    task('lo', () => toLibreOffice(docxBytes), LO_RUNS, 1),
  ], RUNS);
  const get = (name: string) => timed.get(name)!;
  const [pdf, pdfExport, docx, docxExport, noLayout, lo] = ['pdf', 'pdfExport', 'docx', 'docxExport', 'noLayout', 'lo'].map(get);
  const measuredSplits = splits.slice(3); // the warm-ups' splits are left out, as their times are
  return {
    meeting,
    items: record.meeting.agendaItems.length,
    chars: paragraphs.reduce((n, p) => n + p.text.length, 0),
    paragraphs: { all: paragraphs.length, distinct: new Set(paragraphs.map((p) => p.text)).size },
    pdf, pdfExport, docx, docxExport, noLayout, lo, loCold,
    split: {
      layout: timingOf(measuredSplits.map((s) => s.layout)),
      drawing: timingOf(measuredSplits.map((s) => s.total - s.layout)),
      finish: timingOf(measuredSplits.map((s) => s.finish)),
    },
    pages: { pdf: pdfPages(pdf.result), noLayout: pdfPages(noLayout.result), lo: pdfPages(lo.result) },
    bytes: { pdf: pdf.result.length, docx: docx.result.length, noLayout: noLayout.result.length, lo: lo.result.length },
  };
}

const toLibreOfficeCold = (label: string) => libreOfficeConverter(work, `lo-cold-${label.replace(/\W+/g, '-')}`);

try {
  const demo: Meeting = {
    label: 'demo 2/2568',
    id: (await call(core, 'exchange.importMeeting', { file: demoFile() })).meetingId,
    cli: ['--meeting', '2/2568'],
  };
  const generated = async (items: number): Promise<Meeting> => {
    const m = await createLargeMeeting(core, items);
    return { label: `generated ${items} items`, id: m.id, cli: ['--meeting', m.number, '--series', m.series] };
  };
  const meetings = [demo, await generated(40), await generated(120)];
  const results: Measured[] = [];
  for (const m of meetings) results.push(await measure(m));

  process.stderr.write('timing the command line …\n');
  const out = join(work, 'cli-out.pdf');
  const procs: Proc[] = [
    { name: "node -e ''", args: ['-e', ''] },
    lekha('lekha --help', '--help'),
    ...meetings.map((m) => lekha(`lekha export minutes (${m.label})`, 'export', 'minutes', ...m.cli, '--format', 'pdf', '--db', dbPath, '--out', out)),
  ];
  const proc = timeProcesses(procs, CLI_RUNS);

  const timingRows: Cell[][] = [];
  const ratioRows: Cell[][] = [];
  const verdict = (x: number, ok: boolean, target: string) => [ratio(x), target, ok ? 'meets target' : 'misses target'];
  for (const r of results) {
    const label = r.meeting.label;
    const row = (what: string, t: Timing, pages: Cell = '-', bytes?: number) =>
      timingRows.push([label, what, ms(t.median), ms(t.min), ms(t.max), t.runs, pages, bytes === undefined ? '-' : kb(bytes)]);
    row('PDF: build + render', r.pdf, r.pages.pdf, r.bytes.pdf);
    row('  of which line layout', r.split.layout);
    row('  of which drawing and finishing', r.split.drawing);
    row('    of which finishing (doc.end)', r.split.finish);
    row('PDF: documents.export', r.pdfExport, r.pages.pdf, r.bytes.pdf);
    row('DOCX: build + render', r.docx, '-', r.bytes.docx);
    row('DOCX: documents.export', r.docxExport, '-', r.bytes.docx);
    row('baseline: pdfkit, no layout', r.noLayout, r.pages.noLayout, r.bytes.noLayout);
    row('baseline: LibreOffice DOCX→PDF, warm', r.lo, r.pages.lo, r.bytes.lo);
    row('baseline: LibreOffice DOCX→PDF, cold', r.loCold);
    const lo = (t: Timing) => r.lo.median / t.median;
    const raw = (t: Timing) => t.median / r.noLayout.median;
    ratioRows.push([label, 'LibreOffice (warm) ÷ our PDF (build + render)', ...verdict(lo(r.pdf), lo(r.pdf) >= 10, '≥ 10×')]);
    ratioRows.push([label, 'LibreOffice (warm) ÷ our PDF (documents.export)', ...verdict(lo(r.pdfExport), lo(r.pdfExport) >= 10, '≥ 10×')]);
    ratioRows.push([label, 'LibreOffice (cold) ÷ our PDF (build + render)', ratio(r.loCold.median / r.pdf.median), '-', '-']);
    ratioRows.push([label, 'our PDF (build + render) ÷ no-layout', ...verdict(raw(r.pdf), raw(r.pdf) <= 3, '≤ 3×')]);
    const whole = proc.get(`lekha export minutes (${label})`)!;
    ratioRows.push([label, 'LibreOffice (warm) ÷ whole `lekha export` process', ratio(r.lo.median / whole.median), '-', '-']);
  }

  const node = proc.get("node -e ''")!;
  const cliRows: Cell[][] = procs.map((p) => {
    const t = proc.get(p.name)!;
    const target = p.name === 'lekha --help' ? 500 : p.name.includes(demo.label) ? 1000 : undefined;
    return [p.name, ms(t.median), ms(t.min), ms(t.max), t.runs, p === procs[0] ? '-' : `+${ms(t.median - node.median)}`,
      target ? `< ${target}` : '-', target ? (t.median < target ? 'meets target' : 'misses target') : '-'];
  });

  const cpu = cpus();
  console.log(`Lekha benchmark (minutes, command line) — Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${libreOfficeVersion()}`);
  console.log(`Medians of ${RUNS} runs after 3 warm-ups (LibreOffice warm: ${LO_RUNS} runs after 1; cold: 1 run on a new profile;`);
  console.log(`processes: ${CLI_RUNS} runs after 1), all measured in this run, the tasks of a meeting taking turns round by round.`);
  console.log(`Load average before / after: ${load0} / ${loadNow()} on ${cpu.length} cores.`);
  // The bench itself keeps one core busy, so only the load before it started tells of other work.
  if (Number(load0.split(' ')[0]) > cpu.length * 0.5) {
    console.log('NOTE: other work was running on this machine when the bench started; expect noisy figures, rerun when idle.');
  }
  for (const r of results) {
    console.log(`- ${r.meeting.label}: ${r.items} agenda items, ${r.chars.toLocaleString('en')} characters of text, ${r.paragraphs.distinct} distinct paragraphs of ${r.paragraphs.all}`);
  }
  console.log('\nTimes (ms) / เวลา (มิลลิวินาที)\n');
  console.log(table(['meeting', 'what', 'median', 'min', 'max', 'runs', 'pages', 'size'], timingRows));
  console.log('\nRatios (medians of this run) / อัตราส่วน\n');
  console.log(table(['meeting', 'ratio', 'value', 'target', 'verdict'], ratioRows));
  console.log('\nThe command line, whole processes (ms), `node bin/lekha.mjs …` built / คำสั่ง lekha ทั้งกระบวนการ\n');
  console.log(table(['process', 'median', 'min', 'max', 'runs', "over node -e ''", 'target', 'verdict'], cliRows));
  console.log(`\nTotal bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await close();
  await core.close();
  rmSync(work, { recursive: true, force: true });
}
