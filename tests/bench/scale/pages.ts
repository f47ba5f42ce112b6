// How long pages take to show in browser mode on the 20-year set: `lekha serve` on the set, Debian's
// Chromium through Playwright, each load in a fresh browser context (nothing cached, as when the
// officer opens the app), timed from the navigation until the page's content is on screen.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
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
}

interface Breakdown {
  dcl: number;
  calls: number;
  slowest: string;
  slowestMs: number;
  lastAnswer: number;
}

/**
 * From the page's own Performance timeline: navigation, and every `/api/invoke/<method>` request. Sent
 * as source text: tsx would wrap a function's inner names in a helper the page does not have.
 */
const breakdown = (page: Page) => page.evaluate(`(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/invoke/'));
  let slowest = null;
  for (const e of api) if (!slowest || e.duration > slowest.duration) slowest = e;
  return {
    dcl: nav.domContentLoadedEventEnd, calls: api.length,
    slowest: slowest ? decodeURIComponent(slowest.name.split('/api/invoke/')[1].split('?')[0]) : '', slowestMs: slowest ? slowest.duration : 0,
    lastAnswer: Math.max(0, ...api.map((e) => e.responseEnd)),
  };
})()`) as Promise<Breakdown>;

function serve(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'bin/lekha.mjs'), 'serve', '--db', dbPath, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
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
  shown: (page: Page) => Promise<unknown>;
}

export async function pageTimes(dbPath: string, s: Sample): Promise<PageTime[]> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) {
    console.log('  (skipped: out/renderer is missing; `npm run build` builds it)');
    return [];
  }
  const { child, url } = await serve(dbPath);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const seriesCount = s.series.length;
  const targets: Target[] = [
    {
      page: 'meetings (home)', what: `all ${seriesCount} series' tables`, hash: '#/',
      shown: async (p) => {
        await p.locator('.meetings-table').nth(seriesCount - 1).locator('tbody tr').first().waitFor();
      },
    },
    {
      page: `meeting ${s.meetingLabel}`, what: 'heading and its open tab', hash: `#/meetings/${encodeURIComponent(s.meetingId)}`,
      shown: async (p) => {
        await p.locator('.meeting-head h1').waitFor();
        await p.locator('[role=tabpanel]:not([hidden])').first().waitFor();
      },
    },
    {
      page: 'action tracker', what: 'total and first rows', hash: '#/actions',
      shown: async (p) => {
        await p.getByTestId('tracker-total').filter({ hasText: 'พบ' }).waitFor();
        await p.getByTestId('tracker-row').first().waitFor();
      },
    },
    {
      page: `action tracker, ${s.largest.abbr}`, what: 'total and first rows', hash: `#/actions?org=${encodeURIComponent(s.largest.abbr)}`,
      shown: async (p) => {
        await p.getByRole('heading', { level: 1, name: new RegExp(s.largest.abbr.replace('.', '\\.')) }).waitFor();
        await p.getByTestId('tracker-total').filter({ hasText: 'พบ' }).waitFor();
        await p.getByTestId('tracker-row').first().waitFor();
      },
    },
  ];
  const out: PageTime[] = [];
  try {
    for (const target of targets) {
      const samples: number[] = [];
      const parts: Breakdown[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(`${url}${target.hash}`);
        await target.shown(page);
        // The first load warms the server's statement cache and the disk cache; it is not counted.
        if (i > 0) {
          samples.push(performance.now() - t0);
          parts.push(await breakdown(page));
        }
        await context.close();
      }
      const st = stats(samples);
      const mid = <T>(xs: T[], key: (x: T) => number) => stats(xs.map(key)).p50;
      const worst = parts.reduce((a, b) => (b.slowestMs > a.slowestMs ? b : a));
      out.push({
        page: target.page, what: target.what, runs: samples.length, p50: st.p50, max: Math.max(...samples),
        scriptsMs: mid(parts, (p) => p.dcl), apiCalls: mid(parts, (p) => p.calls), slowest: `${worst.slowest} ${worst.slowestMs.toFixed(0)} ms`,
        lastAnswerMs: mid(parts, (p) => p.lastAnswer),
      });
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
  return out;
}
