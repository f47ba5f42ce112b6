// Where the time of our PDF path goes, for the generated 40-item minutes:
//   node --import tsx tests/bench/profile.ts
// Part 1 times whole renders with library methods wrapped (exclusive time per phase); part 2 times
// Lekha's own steps alone (breaks, layout, grapheme split), without wrappers. Prints; asserts nothing.
import { modelParagraphs, noLayoutPdf } from './baselines';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import LineBreaker from 'linebreak';
import PDFDocument from 'pdfkit';
import { openCore } from '../../electron/api';
import { openDatabase } from '../../electron/db/open';
import { buildMinutes } from '../../electron/documents/builders/minutes';
import { fontFiles } from '../../electron/documents/fonts';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { breakOpportunities } from '../../electron/documents/thai/breaks';
import { clusters as clusterScan, graphemes } from '../../electron/documents/thai/chars';
import { layoutLines, widthCache } from '../../electron/documents/thai/layout';
import { noBreakMatcher, shippedNoBreakWords } from '../../electron/documents/thai/no-break';
import { meetingRecord } from '../../electron/services/documents';
import { PhaseTimer, wrapSegmenter } from './instrument';
import { createLargeMeeting } from './generated-meeting';
import { type Cell, kb, ms, table } from './report';
import { time } from './timing';

const RUNS = 5;
const work = mkdtempSync(join(tmpdir(), 'lekha-profile-'));
const core = await openCore({ dbPath: join(work, 'p.db'), actor: 'bench', log: (e) => console.error(e) });
const { db, close } = openDatabase(join(work, 'p.db'));

/** pdfkit's EmbeddedFont and fontkit's TTFFont prototypes, reached through a font instance. */
function fontPrototypes(): { embedded: object; fontkit: object } {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('probe', fontFiles({ profile: 'sarabun', size: 14, regularPath: null, boldPath: null }).regular);
  doc.font('probe');
  const font = (doc as unknown as { _font: { font: object } })._font;
  return { embedded: Object.getPrototypeOf(font), fontkit: Object.getPrototypeOf(font.font) };
}

function instrument(timer: PhaseTimer): void {
  const { embedded, fontkit } = fontPrototypes();
  const doc = PDFDocument.prototype;
  timer.wrap(doc, 'text', 'pdfkit text() (excl. encode, shaping)');
  timer.wrap(doc, 'widthOfString', 'pdfkit widthOfString()');
  timer.wrap(doc, 'font', 'pdfkit font() / fontSize()');
  timer.wrap(doc, 'fontSize', 'pdfkit font() / fontSize()');
  timer.wrap(doc, 'markContent', 'pdfkit marked content (ActualText spans)');
  timer.wrap(doc, 'endMarkedContent', 'pdfkit marked content (ActualText spans)');
  timer.wrap(doc, 'addPage', 'pdfkit addPage()');
  timer.wrap(doc, 'end', 'pdfkit doc.end() (other)');
  timer.wrap(embedded, 'encode', 'encode() with ToUnicode fix (excl. shaping)');
  timer.wrap(embedded, 'layout', 'pdfkit font layout (space split, cache)');
  timer.wrap(embedded, 'embed', 'font subset + embed (doc.end)');
  timer.wrap(fontkit, 'layout', (stack) =>
    stack.some((l) => l.startsWith('encode')) ? 'fontkit shaping: drawing' : stack.includes('pdfkit widthOfString()') ? 'fontkit shaping: measuring' : 'fontkit shaping: other');
  timer.wrap(zlib, 'deflateSync', 'zlib deflate (doc.end)');
  timer.wrap(LineBreaker.prototype, 'nextBreak', 'UAX #14 (linebreak package)');
  wrapSegmenter(timer);
}

async function phases(render: () => Promise<unknown>): Promise<{ rows: Cell[][]; total: number }> {
  const timer = new PhaseTimer();
  instrument(timer);
  let total = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await render();
      total += performance.now() - t0;
    }
  } finally {
    timer.restore();
  }
  const per = (x: number) => x / RUNS;
  const entries = [...timer.totals.entries()].sort((a, b) => b[1] - a[1]);
  const accounted = entries.reduce((n, [, v]) => n + v, 0);
  const rows: Cell[][] = entries.map(([label, v]) => [label, ms(per(v)), `${((100 * v) / total).toFixed(0)}%`, Math.round(per(timer.calls.get(label) ?? 0))]);
  rows.push(['rest: GC, Lekha JS (layout loop, writer, drawLine), pdfkit misc', ms(per(total - accounted)), `${((100 * (total - accounted)) / total).toFixed(0)}%`, '-']);
  rows.push(['total (instrumented)', ms(per(total)), '100%', '-']);
  return { rows, total: per(total) };
}

try {
  const meetingId = (await createLargeMeeting(core)).id;
  const record = await meetingRecord(db, meetingId);
  const model = buildMinutes(record);
  const paragraphs = modelParagraphs(model);
  const ours = () => renderPdf(buildMinutes(record));
  const plain = await time(ours, { runs: RUNS });
  const base = await time(() => noLayoutPdf(model, paragraphs), { runs: RUNS });
  console.log(`Generated 40-item minutes: our PDF ${ms(plain.median)} ms, no-layout baseline ${ms(base.median)} ms (medians of ${RUNS}, no instrumentation)\n`);
  const build = await time(() => buildMinutes(record), { runs: RUNS });
  // The same lines drawn with no stretching (one text() per line, as distributed lines are too):
  // what the stretching itself costs.
  const left = await time(() => renderPdf({ ...buildMinutes(record), body: { ...model.body, align: 'left' } }), { runs: RUNS });
  console.log(`buildMinutes alone: ${ms(build.median)} ms; our PDF with align 'left' (same lines, one text() per line): ${ms(left.median)} ms, ${kb(left.result.length)} (distributed: ${kb(plain.result.length)})\n`);

  const oursPhases = await phases(ours);
  console.log('Our PDF, exclusive time per phase (ms per render)\n');
  console.log(table(['phase', 'ms', 'share', 'calls'], oursPhases.rows));
  const basePhases = await phases(() => noLayoutPdf(model, paragraphs));
  console.log('\nNo-layout baseline, the same phases (its encode is pdfkit\'s own and is counted under text())\n');
  console.log(table(['phase', 'ms', 'share', 'calls'], basePhases.rows));

  // Part 2: Lekha's own steps alone, over every paragraph of the model at the full text width.
  const texts = paragraphs.map((p) => p.text);
  const matcher = await time(() => noBreakMatcher(shippedNoBreakWords), { runs: RUNS });
  const m = matcher.result;
  const breaks = await time(() => texts.reduce((n, t) => n + breakOpportunities(t, m).length, 0), { runs: RUNS });
  const width = (21 - model.page.marginsCm.left - model.page.marginsCm.right) * (72 / 2.54);
  const layout = await time(() => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const fonts = fontFiles(model.font);
    doc.registerFont('regular', fonts.regular);
    const measure = widthCache((s) => doc.font('regular').fontSize(model.font.size).widthOfString(s));
    return texts.flatMap((t) => layoutLines(t, { width, measure, noBreak: m }));
  }, { runs: RUNS });
  const lines = layout.result;
  const clusters = await time(() => lines.reduce((n, l) => n + graphemes(l.text).length, 0), { runs: RUNS });
  const scanned = await time(() => lines.reduce((n, l) => n + clusterScan(l.text).length, 0), { runs: RUNS });
  if (scanned.result !== clusters.result) throw new Error(`clusters() found ${scanned.result} clusters, graphemes() ${clusters.result}`);
  console.log(`\nLekha's own steps alone (${texts.length} paragraphs, ${lines.length} lines, ${clusters.result} grapheme clusters), medians of ${RUNS}\n`);
  console.log(table(['step', 'ms'], [
    ['noBreakMatcher(shipped words) (built on every renderPdf)', ms(matcher.median)],
    ['breakOpportunities over all paragraphs', ms(breaks.median)],
    ['layoutLines over all paragraphs, incl. breaks and measuring (fresh width cache)', ms(layout.median)],
    ['graphemes() (Intl.Segmenter) of every laid line', ms(clusters.median)],
    ['clusters() (code-unit scan; drawLine, thaiDistributed) of every laid line', ms(scanned.median)],
  ]));
} finally {
  await close();
  await core.close();
  rmSync(work, { recursive: true, force: true });
}
