import Database from 'better-sqlite3';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 11, pages in under a second: the page the app opens on asks for its code and its first reads
// from the app's small first script (renderer/boot.ts, route-start.ts), before the rest of the app
// (the `main` chunk: React, the catalogs) is even requested. Each early read is the very call the page
// then makes, so the page takes its answer instead of asking again: every read goes out once.
test.use({ demo: true });

interface Seen {
  /** Every request in the order the page sent them: `call <method> <body>` or the file's name. */
  order: string[];
}

function record(page: Page): Seen {
  const seen: Seen = { order: [] };
  page.on('request', (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/invoke/')) seen.order.push(`call ${decodeURIComponent(url.pathname.slice('/api/invoke/'.length))} ${r.postData() ?? ''}`);
    else if (url.pathname.endsWith('.js')) seen.order.push(url.pathname.split('/').pop()!);
  });
  return seen;
}

const calls = (seen: Seen) => seen.order.filter((x) => x.startsWith('call '));
const mainAt = (seen: Seen) => seen.order.findIndex((x) => /^main-[\w-]+\.js$/.test(x));

test('each page the app opens on sends its first reads before the rest of the app is asked for, each once', async ({ page, lekha }) => {
  const db = new Database(lekha.dbPath, { readonly: true });
  const meetingId = db.prepare('select id from meetings limit 1').pluck().get() as string;
  const policyId = db.prepare('select id from policies limit 1').pluck().get() as string;
  db.close();
  const pages: [string, () => Promise<unknown>][] = [
    ['#/', () => page.locator('.home__grid .home__card').first().waitFor()],
    ['#/meetings', () => page.locator('.meetings-table tbody tr').first().waitFor()],
    [`#/meetings/${meetingId}`, () => page.locator('[role=tabpanel]:not([hidden])').first().waitFor()],
    ['#/actions', () => page.getByTestId('tracker-row').first().waitFor()],
    ['#/actions?overdue=1', () => page.getByTestId('tracker-total').waitFor()],
    [`#/policies/${policyId}`, () => page.getByTestId('policy-current-stage').waitFor()],
    ['#/policies', () => page.locator('.policies-table tbody tr').first().waitFor()],
    ['#/directory', () => page.getByTestId('organisation-row').first().waitFor()],
    ['#/settings', () => page.locator('#officer-name').waitFor()],
  ];
  for (const [hash, shown] of pages) {
    const seen = record(page);
    await page.goto(`${lekha.url}${hash}`);
    await shown();
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('request');
    const sent = calls(seen);
    expect(sent.length, hash).toBeGreaterThan(0);
    // Each read once: an early read whose arguments differ from the page's would go out twice.
    expect(new Set(sent).size, `${hash}\n${sent.join('\n')}`).toBe(sent.length);
    // All of them before the app's main chunk is requested: started by the first script, not by the page.
    const beforeMain = seen.order.slice(0, mainAt(seen));
    expect(mainAt(seen), hash).toBeGreaterThan(0);
    expect(sent.filter((c) => !beforeMain.includes(c)), `${hash}\n${seen.order.join('\n')}`).toEqual([]);
  }
});

test('an agency\'s tracker reads its list once the agency is known, once, and never fetches the English catalog in Thai', async ({ page, lekha }) => {
  const seen = record(page);
  await page.goto(`${lekha.url}#/actions?org=${encodeURIComponent('สป.ดศ.')}`);
  await page.getByTestId('tracker-row').first().waitFor();
  await page.waitForLoadState('networkidle');
  const lists = calls(seen).filter((c) => c.startsWith('call actions.list '));
  expect(lists).toHaveLength(1);
  expect(lists[0]).toContain('"organisationId"');
  expect(seen.order.filter((x) => /^en-[\w-]+\.js$/.test(x))).toEqual([]);
  // Chosen, English arrives and is shown; chosen again after a reload, it is shown from the start.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(seen.order.filter((x) => /^en-[\w-]+\.js$/.test(x))).toHaveLength(1);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('tracker-row').first()).toBeVisible();
});
