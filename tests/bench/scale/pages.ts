// How long pages take to show in browser mode on the 20-year set: `lekha serve` on the set, Debian's
// Chromium through Playwright, each load in a fresh browser context (nothing cached, as when the
// officer opens the app), timed from the navigation until the page's content is on screen.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test';
import type { Sample } from './dataset';
import { stats } from './measure';

const root = resolve(import.meta.dirname, '../../..');
const RUNS = Number(process.env.SCALE_PAGE_RUNS ?? 5);

export interface PageTime {
  page: string;
  what: string;
  runs: number;
  p50: number;
  max: number;
  /** Medians over the runs: the page's scripts parsed (DOMContentLoaded), and its contract calls. */
  scriptsMs: number;
  apiCalls: number;
  /** The slowest call of a load (method and ms), and when the last answer came. */
  slowest: string;
  lastAnswerMs: number;
  /** Medians: when the first contract call was sent; bytes of the calls' answers; scripts fetched and their KB before the first paint. */
  firstCallMs: number;
  apiKb: number;
  scriptsBeforePaint: string;
  /** Medians: the page's main-thread work until shown (Chromium's task and script durations). */
  mainThread: string;
  /** The same page from the base build (PAGES_BASE_ROOT), measured in the same rounds. */
  before?: PageTime;
}

interface Breakdown {
  dcl: number;
  calls: number;
  slowest: string;
  slowestMs: number;
  lastAnswer: number;
  firstCall: number;
  apiBytes: number;
  fcp: number;
  jsBefore: number;
  jsBytesBefore: number;
  mainTasks: number;
  mainScript: number;
}

/**
 * From the page's own Performance timeline: navigation, and every `/api/invoke/<method>` request. Sent
 * as source text: tsx would wrap a function's inner names in a helper the page does not have.
 */
const breakdown = (page: Page) => page.evaluate(`(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/invoke/'));
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const fcp = paint ? paint.startTime : 0;
  const js = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.responseEnd <= fcp);
  let slowest = null;
  for (const e of api) if (!slowest || e.duration > slowest.duration) slowest = e;
  return {
    dcl: nav.domContentLoadedEventEnd, calls: api.length,
    slowest: slowest ? decodeURIComponent(slowest.name.split('/api/invoke/')[1].split('?')[0]) : '', slowestMs: slowest ? slowest.duration : 0,
    lastAnswer: Math.max(0, ...api.map((e) => e.responseEnd)),
    firstCall: Math.min(...api.map((e) => e.startTime)),
    apiBytes: api.reduce((n, e) => n + e.encodedBodySize, 0),
    fcp: fcp, jsBefore: js.length, jsBytesBefore: js.reduce((n, e) => n + e.encodedBodySize, 0),
  };
})()`) as Promise<Breakdown>;

/** `lekha serve` of the checkout at `from` on `dbPath`, once it has printed its address (with its token). */
export function serve(from: string, dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(from, 'bin/lekha.mjs'), 'serve', '--db', dbPath, '--port', '0'], { cwd: from, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (found) done({ child, url: found[0] });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => fail(new Error(`lekha serve exited (${code}):\n${output}`)));
  });
}

interface Target {
  page: string;
  what: string;
  hash: string;
  /** Its address in the base build, where it differs. */
  baseHash?: string;
  shown: (page: Page) => Promise<unknown>;
  /**
   * The same condition as page-side JavaScript: the page records when it first holds (shownAt below).
   * Timing `shown` from here would measure Playwright's polling, not the page: it looks again after 0,
   * 20, 50, 100, 100 and 500 ms, so a page ready at 300 ms was counted at about 1,030 (all but the home
   * page read 1.0–1.1 s that way at load 1.7, with their last answer in by 150–280 ms).
   */
  ready: string;
}

/**
 * Watches the page from its first script on and notes, on its own clock (ms since the navigation
 * began), the first animation frame at which `ready` holds: the frame that paints the content.
 */
const shownAt = (ready: string) => `(() => {
  window.__lekhaShownAt = null;
  const check = () => {
    let ok = false;
    try { ok = !!(${ready}); } catch {}
    if (ok) window.__lekhaShownAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

/** A build to compare with (PAGES_BASE_ROOT: a checkout with `out/` built), loaded in turn with this one. */
const BASE_ROOT = process.env.PAGES_BASE_ROOT;

/**
 * Chromium's own count of the page's main-thread work until it was shown (CDP Performance metrics, in
 * ms): tasks in all, of which running scripts. Time the page's thread ran, not waited: less inflated
 * by other work on the machine than the wall clock.
 */
async function mainThread(cdp: CDPSession): Promise<{ tasks: number; script: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const of = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { tasks: of('TaskDuration'), script: of('ScriptDuration') };
}

async function timeLoad(browser: Browser, url: string, hash: string, target: Target): Promise<{ ms: number; parts: Breakdown }> {
  const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(shownAt(target.ready));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}${hash}`);
    await target.shown(page);
    await page.waitForFunction('window.__lekhaShownAt !== null');
    const ms = (await page.evaluate('window.__lekhaShownAt')) as number;
    const thread = await mainThread(cdp);
    return { ms, parts: { ...(await breakdown(page)), mainTasks: thread.tasks, mainScript: thread.script } };
  } finally {
    await context.close();
  }
}

function summarise(target: Target, loads: { ms: number; parts: Breakdown }[]): PageTime {
  const samples = loads.map((l) => l.ms);
  const parts = loads.map((l) => l.parts);
  const st = stats(samples);
  const mid = <T>(xs: T[], key: (x: T) => number) => stats(xs.map(key)).p50;
  const worst = parts.reduce((a, b) => (b.slowestMs > a.slowestMs ? b : a));
  return {
    page: target.page, what: target.what, runs: samples.length, p50: st.p50, max: Math.max(...samples),
    scriptsMs: mid(parts, (p) => p.dcl), apiCalls: mid(parts, (p) => p.calls), slowest: `${worst.slowest} ${worst.slowestMs.toFixed(0)} ms`,
    lastAnswerMs: mid(parts, (p) => p.lastAnswer),
    firstCallMs: mid(parts, (p) => p.firstCall), apiKb: mid(parts, (p) => p.apiBytes) / 1024,
    scriptsBeforePaint: `${mid(parts, (p) => p.jsBefore)} / ${(mid(parts, (p) => p.jsBytesBefore) / 1024).toFixed(0)} KB`,
    mainThread: `${mid(parts, (p) => p.mainTasks).toFixed(0)} / ${mid(parts, (p) => p.mainScript).toFixed(0)}`,
  };
}

/** Each page's loads; with PAGES_BASE_ROOT, the same page from the base build in the same rounds, taking turns. */
export async function pageTimes(dbPath: string, s: Sample): Promise<PageTime[]> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) {
    console.log('  (skipped: out/renderer is missing; `npm run build` builds it)');
    return [];
  }
  const servers = [await serve(root, dbPath)];
  if (BASE_ROOT) servers.push(await serve(BASE_ROOT, dbPath));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const out: PageTime[] = [];
  try {
    for (const target of pageTargets(s)) {
      const loads: { ms: number; parts: Breakdown }[][] = servers.map(() => []);
      for (let i = 0; i < RUNS + 1; i++) {
        // Each round the other build goes first: the first load of a round warms the disk cache for the second.
        const order = i % 2 ? [...servers.keys()].reverse() : [...servers.keys()];
        for (const k of order) {
          const server = servers[k];
          const hash = k === 0 ? target.hash : (target.baseHash ?? target.hash);
          const load = await timeLoad(browser, server.url, hash, target);
          // The first load warms the server's statement cache and the disk cache; it is not counted.
          if (i > 0) loads[k].push(load);
        }
      }
      const now = summarise(target, loads[0]);
      if (BASE_ROOT) now.before = summarise(target, loads[1]);
      out.push(now);
    }
  } finally {
    await browser.close();
    for (const server of servers) server.child.kill('SIGTERM');
  }
  return out;
}

const TRACKER_READY = "[...document.querySelectorAll('[data-testid=tracker-total]')].some((e) => e.textContent.includes('พบ')) && document.querySelector('[data-testid=tracker-row]')";

/** Every top-level page, each timed until its heading and its first data are on screen. */
function pageTargets(s: Sample): Target[] {
  const h1 = (p: Page, name?: RegExp) => p.getByRole('heading', { level: 1, name }).waitFor();
  return [
    {
      page: 'home', what: 'heading and its four cards', hash: '#/',
      ready: "document.querySelector('h1') && document.querySelectorAll('.home__grid .home__card').length >= 4",
      shown: async (p) => {
        await h1(p);
        await p.locator('.home__grid .home__card').nth(3).waitFor();
      },
    },
    {
      page: 'meetings', what: 'heading and the first meeting row', hash: '#/meetings',
      ready: "document.querySelector('h1') && document.querySelector('.meetings-table tbody tr')",
      shown: async (p) => {
        await h1(p);
        await p.locator('.meetings-table tbody tr').first().waitFor();
      },
    },
    {
      page: `meeting ${s.meetingLabel}`, what: 'heading and its open tab', hash: `#/meetings/${encodeURIComponent(s.meetingId)}`,
      ready: "document.querySelector('.meeting-head h1') && document.querySelector('[role=tabpanel]:not([hidden])')",
      shown: async (p) => {
        await p.locator('.meeting-head h1').waitFor();
        await p.locator('[role=tabpanel]:not([hidden])').first().waitFor();
      },
    },
    {
      page: 'action tracker', what: 'total and first rows', hash: '#/actions',
      ready: TRACKER_READY,
      shown: async (p) => {
        await p.getByTestId('tracker-total').filter({ hasText: 'พบ' }).waitFor();
        await p.getByTestId('tracker-row').first().waitFor();
      },
    },
    {
      page: `action tracker, ${s.largest.abbr}`, what: 'total and first rows', hash: `#/actions?org=${encodeURIComponent(s.largest.abbr)}`,
      ready: `(document.querySelector('h1')?.textContent ?? '').includes(${JSON.stringify(s.largest.abbr)}) && ${TRACKER_READY}`,
      shown: async (p) => {
        await h1(p, new RegExp(s.largest.abbr.replace('.', '\\.')));
        await p.getByTestId('tracker-total').filter({ hasText: 'พบ' }).waitFor();
        await p.getByTestId('tracker-row').first().waitFor();
      },
    },
    {
      page: 'policies', what: 'heading and the first policy row', hash: '#/policies',
      ready: "document.querySelector('h1') && document.querySelector('.policies-table tbody tr')",
      shown: async (p) => {
        await h1(p);
        await p.locator('.policies-table tbody tr').first().waitFor();
      },
    },
    {
      page: 'a policy', what: 'its title and current stage', hash: `#/policies/${encodeURIComponent(s.detailPolicyId)}`,
      ready: "document.querySelector('h1') && document.querySelector('[data-testid=policy-current-stage]')",
      shown: async (p) => {
        await h1(p);
        await p.getByTestId('policy-current-stage').waitFor();
      },
    },
    {
      page: 'directory', what: 'heading and the first organisation', hash: '#/directory',
      ready: "document.querySelector('h1') && document.querySelector('[data-testid=organisation-row]')",
      shown: async (p) => {
        await h1(p);
        await p.getByTestId('organisation-row').first().waitFor();
      },
    },
    {
      page: 'settings', what: 'heading and the officer name field', hash: '#/settings',
      ready: "document.querySelector('h1') && document.querySelector('#officer-name')",
      shown: async (p) => {
        await h1(p);
        await p.locator('#officer-name').waitFor();
      },
    },
  ];
}
