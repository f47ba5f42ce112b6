// Quick timing of the PDF renders alone (no baselines): node --import tsx tests/bench/quick-pdf.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/api';
import { openDatabase } from '../../electron/db/open';
import { buildMinutes } from '../../electron/documents/builders/minutes';
import { renderPdf } from '../../electron/documents/pdf/render-pdf';
import { meetingRecord } from '../../electron/services/documents';
import { createLargeMeeting } from './generated-meeting';
import { time } from './timing';

const work = mkdtempSync(join(tmpdir(), 'lekha-quick-'));
const core = await openCore({ dbPath: join(work, 'q.db'), actor: 'bench', log: (e) => console.error(e) });
const { db, close } = openDatabase(join(work, 'q.db'));
try {
  const { id } = await createLargeMeeting(core);
  const record = await meetingRecord(db, id);
  const cpu: number[] = [];
  const t = await time(async () => {
    const c0 = process.cpuUsage();
    const r = await renderPdf(buildMinutes(record));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    return r;
  }, { warmup: 3, runs: Number(process.env.RUNS ?? 15) });
  const timed = cpu.slice(3).sort((a, b) => a - b);
  console.log(`40 items PDF: median ${t.median.toFixed(1)} ms, min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)}; CPU median ${timed[timed.length >> 1].toFixed(1)} ms min ${timed[0].toFixed(1)}; ${t.result.length} bytes`);
} finally {
  await close();
  await core.close();
  rmSync(work, { recursive: true, force: true });
}
