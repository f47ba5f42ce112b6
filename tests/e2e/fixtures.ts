import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const lekha = join(root, 'bin/lekha.mjs');
const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;

export interface LekhaServer {
  /** The address `lekha serve` printed, with its token. */
  url: string;
  dbPath: string;
}

function run(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [lekha, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(output) : fail(new Error(`lekha ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

/** Start `lekha serve` and wait for the line with its address (never a sleep). */
function serve(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [lekha, 'serve', '--db', dbPath, '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = ADDRESS.exec(output);
      if (found) {
        child.stdout?.off('data', onData);
        done({ child, url: found[0] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => { output += chunk.toString(); });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`lekha serve exited (${code}) before printing its address:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

interface Options {
  /** Load the demo meeting 2/2568 before the server starts. */
  demo: boolean;
  /** Generate this many years of illustrative record (`lekha demo --years N`) before the server starts; 0 for none. */
  years: number;
}

/** Each test: its own temporary database, its own server, killed after the test. */
export const test = base.extend<Options & { lekha: LekhaServer }>({
  demo: [false, { option: true }],
  years: [0, { option: true }],
  lekha: async ({ demo, years }, use) => {
    if (!existsSync(join(root, 'out/renderer/index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` (electron-vite build) before the end-to-end tests');
    }
    const dir = await mkdtemp(join(tmpdir(), 'lekha-e2e-'));
    const dbPath = join(dir, 'lekha.db');
    if (demo) await run(['demo', '--db', dbPath]);
    if (years) await run(['demo', '--years', String(years), '--db', dbPath]);
    const { child, url } = await serve(dbPath);
    try {
      await use({ url, dbPath });
    } finally {
      await stop(child);
      await rm(dir, { recursive: true, force: true });
    }
  },
});

export { expect };

/*
 * Steps many tests take before what they check, shared so each is written (and fixed) once.
 * Each ends on a named state, never a sleep.
 */

/** The meetings list; the app itself opens on หน้าแรก. */
export async function openMeetingsList(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/meetings`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('รายการประชุม');
}

/** The demo meeting (`demo: true`), opened from the meetings list as an officer opens it. */
export const DEMO_MEETING = 'ครั้งที่ 2/2568';

export async function openDemoMeeting(page: Page, url: string): Promise<void> {
  await openMeetingsList(page, url);
  await page.getByRole('link', { name: DEMO_MEETING }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DEMO_MEETING);
}

/** The action tracker, from the top bar. */
export async function openTracker(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('link', { name: 'ติดตามข้อสั่งการ' }).click();
  await expect(page.getByTestId('tracker-total')).toBeVisible();
}

/** One of the meeting page's tabs (ข้อมูลการประชุม, บันทึกรายงานการประชุม, การรับรองและฉบับต่าง ๆ, ประวัติการแก้ไข). */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** On the new-meeting page of an empty database: create the series, which the form then selects. */
export async function createSeries(page: Page, name: string, abbr?: string): Promise<void> {
  await page.getByRole('textbox', { name: 'ชื่อชุดการประชุม (ภาษาไทย)', exact: true }).fill(name);
  if (abbr) await page.getByLabel('ชื่อย่อ', { exact: true }).fill(abbr);
  await page.getByRole('button', { name: 'บันทึกชุดการประชุม' }).click();
  await expect(page.getByRole('combobox', { name: 'ชุดการประชุม', exact: true })).toHaveValue(/[0-9a-f-]{36}/);
}

export interface NewAttendee {
  title: string;
  firstName: string;
  lastName: string;
  position: string;
  role?: 'member' | 'substitute' | 'guest' | 'secretariat';
  substituteFor?: string;
  presence: 'มาประชุม ณ สถานที่' | 'ประชุมผ่านสื่ออิเล็กทรอนิกส์' | 'ไม่มาประชุม';
  reason?: string;
  meetingRole?: string;
}

/** Add a person who is not in the directory yet, the way an officer does: type them in, then add. */
export async function addNewAttendee(page: Page, a: NewAttendee): Promise<void> {
  const form = page.getByRole('form', { name: 'เพิ่มผู้เข้าประชุม' });
  await form.getByRole('button', { name: /เพิ่มบุคคลใหม่/ }).click();
  await form.getByLabel('คำนำหน้า', { exact: true }).fill(a.title);
  await form.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill(a.firstName);
  await form.getByLabel('นามสกุล', { exact: true }).fill(a.lastName);
  await form.getByLabel('ตำแหน่ง', { exact: true }).fill(a.position);
  if (a.role) await form.getByLabel('ฐานะในที่ประชุม', { exact: true }).selectOption(a.role);
  if (a.substituteFor) await form.getByRole('combobox', { name: 'ประชุมแทน', exact: true }).selectOption({ label: a.substituteFor });
  await form.getByLabel(a.presence, { exact: true }).check();
  if (a.reason) await form.getByRole('combobox', { name: 'เหตุที่ไม่มาประชุม', exact: true }).selectOption({ label: a.reason });
  if (a.meetingRole) await form.getByLabel('ตำแหน่งในที่ประชุม', { exact: true }).fill(a.meetingRole);
  await form.getByRole('button', { name: 'เพิ่มในรายชื่อ' }).click();
  await expect(page.getByTestId('attendance-row').filter({ hasText: `${a.title}${a.firstName} ${a.lastName}` })).toHaveCount(1);
}

/** Add an item to agenda section `section` (with the agency that proposes it, when given). */
export async function addAgendaItem(page: Page, section: number, subject: string, org?: string): Promise<void> {
  const items = page.getByTestId(`agenda-section-${section}`).getByTestId('agenda-item');
  const before = await items.count();
  await page.getByRole('button', { name: `เพิ่มเรื่องในระเบียบวาระที่ ${section}` }).click();
  const form = page.getByRole('form', { name: `เพิ่มเรื่องในระเบียบวาระที่ ${section}` });
  await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(subject);
  if (org) await form.getByLabel('หน่วยงานที่เสนอ', { exact: true }).selectOption({ label: org });
  await form.getByRole('button', { name: 'บันทึก' }).click();
  await expect(form).toHaveCount(0);
  await expect(items).toHaveCount(before + 1);
  const added = items.filter({ hasText: subject }).first();
  await expect(added).toBeVisible();
  // The app puts the focus on the saved item at its next frame: wait for it, so a focus the test sets next is not taken back.
  await expect(added.locator(':scope > .agenda-item__row .agenda-item__toggle')).toBeFocused();
}

/** Agenda item `number` (`4.1`, `4.1.1`) on the meeting page: its `<li>`, sub-items inside. */
export const agendaItem = (page: Page, number: string) => page.locator(`[data-testid="agenda-item"][data-number="${number}"]`);

/** The one-line row's button that opens and closes item `number`. */
export const agendaRow = (page: Page, number: string) => agendaItem(page, number).locator(':scope > .agenda-item__row .agenda-item__toggle');

/** Open item `number` for editing (or reading, once certified), as an officer clicks its row. */
export async function openAgendaItem(page: Page, number: string): Promise<void> {
  const row = agendaRow(page, number);
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await expect(row).toHaveAttribute('aria-expanded', 'true');
}

/** Choose `entry` (เลื่อนขึ้น, ลบเรื่อง…, …) in item `number`'s one menu. */
export async function chooseAgendaAction(page: Page, number: string, entry: string): Promise<void> {
  await page.getByRole('button', { name: `จัดการ เรื่อง ${number}`, exact: true }).click();
  const menu = page.getByRole('menu', { name: `จัดการ เรื่อง ${number}` });
  await menu.getByRole('menuitem', { name: entry, exact: true }).click();
  await expect(menu).toHaveCount(0);
}
