// Where a page's main-thread time goes in browser mode: `lekha serve` on a data set, one fresh load of
// each page asked for with Chromium's sampling profiler on, and the functions with the most self time
// (by script and function, minified names as shipped) printed with Chromium's task and script totals.
// Run: `PROFILE_DB=<copy of the 20-year set> PROFILE_PAGES='#/actions,#/meetings/<id>' node --import tsx tests/bench/scale/page-profile.ts`
// (needs `npm run build`; PROFILE_ROOT serves another checkout's build). Prints; asserts nothing.
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from './pages';

const root = resolve(process.env.PROFILE_ROOT ?? resolve(import.meta.dirname, '../../..'));
const dbPath = process.env.PROFILE_DB ?? '/tmp/lekha-scale-20y.db';
const hashes = (process.env.PROFILE_PAGES ?? '#/actions').split(',');
const RUNS = Number(process.env.PROFILE_RUNS ?? 3);

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

/** Self time per function (ms), summed over the samples. */
function selfTimes(p: Profile): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const file = f.url.split('/').pop() || '(native)';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

const { child, url } = await serve(root, dbPath);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });
try {
  for (const hash of hashes) {
    const total = new Map<string, number>();
    const metrics: string[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await page.goto(`${url}${hash}`);
      await page.waitForLoadState('networkidle');
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const of = (name: string) => ((m.find((x) => x.name === name)?.value ?? 0) * 1000).toFixed(0);
      await context.close();
      if (run === 0) continue; // warms the server and the disk cache
      metrics.push(`tasks ${of('TaskDuration')} ms, script ${of('ScriptDuration')}, layout ${of('LayoutDuration')}, style ${of('RecalcStyleDuration')}`);
      for (const [k, v] of selfTimes(profile)) total.set(k, (total.get(k) ?? 0) + v / RUNS);
    }
    console.log(`\n${hash} (${RUNS} loads until the network is idle)\n  ${metrics.join('\n  ')}`);
    const top = [...total].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
}
