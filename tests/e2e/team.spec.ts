import AxeBuilder from '@axe-core/playwright';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { readRealMeeting } from '../helpers/real-meeting';
import { importRealMeeting } from './real-meeting-import';

/**
 * Team mode end to end: `lekha serve --host 127.0.0.1 --cert --key` over HTTPS with a self-signed certificate
 * made by openssl here, on a database holding a real Cabinet meeting and two officer accounts made with
 * `lekha users add` (passwords on stdin). The browser trusts nothing but this test's server (ignoreHTTPSErrors
 * stands in for installing the office's certificate).
 */
const root = resolve(import.meta.dirname, '../..');
const lekha = join(root, 'bin/lekha.mjs');
const SECRETARIAT = { username: 'arunee', name: 'อรุณี สารบรรณ', password: 'ฝ่ายเลขา-2569!' };
const REPORTER = { username: 'somsri', name: 'สมศรี ใจดี', password: 'รายงาน-กค-2569', agency: 'กค.' };
const READER = { username: 'pakorn', name: 'ปกรณ์ อ่านอย่างเดียว', password: 'อ่านอย่างเดียว-1' };

function addUser(dbPath: string, u: { username: string; name: string; password: string; agency?: string }, role: string) {
  const args = ['users', 'add', '--username', u.username, '--name', u.name, '--role', role, '--db', dbPath, ...(u.agency ? ['--org', u.agency] : [])];
  execFileSync(process.execPath, [lekha, ...args], { input: `${u.password}\n`, encoding: 'utf8' });
}

function serveTls(dir: string, dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [lekha, 'serve', '--db', dbPath, '--port', '0', '--host', '127.0.0.1', '--cert', cert, '--key', key], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /https:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found) done({ child, url: found[0] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk) => { output += chunk.toString(); });
    child.on('exit', (code) => fail(new Error(`lekha serve exited (${code}) before printing its address:\n${output}`)));
  });
}

const test = base.extend<{ team: { url: string } }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; this one has none
  team: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lekha-team-'));
    const dbPath = join(dir, 'lekha.db');
    importRealMeeting(dbPath, 'cabinet-style');
    addUser(dbPath, SECRETARIAT, 'secretariat');
    addUser(dbPath, REPORTER, 'reporter');
    addUser(dbPath, READER, 'reader');
    const { child, url } = await serveTls(dir, dbPath);
    try {
      await use({ url });
    } finally {
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
test.use({ ignoreHTTPSErrors: true });

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('ชื่อผู้ใช้').fill(username);
  await page.getByLabel('รหัสผ่าน').fill(password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
}

test('the sign-in page asks first, refuses a wrong password in Thai, and is axe-clean', async ({ page, team }) => {
  await page.goto(team.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('เข้าสู่ระบบ');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await signIn(page, SECRETARIAT.username, 'ผิดแน่นอน');
  await expect(page.getByRole('alert')).toHaveText('เข้าสู่ระบบไม่ได้: ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
  await expect(page.getByLabel('รหัสผ่าน')).toBeFocused();
  // The cookie is the server's business: the page's scripts cannot read it.
  await signIn(page, SECRETARIAT.username, SECRETARIAT.password);
  const bar = page.getByRole('region', { name: 'ผู้ใช้ที่เข้าสู่ระบบ' });
  await expect(bar).toContainText(SECRETARIAT.name);
  await expect(bar).toContainText('ฝ่ายเลขานุการ');
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => [c.name, c.httpOnly, c.secure, c.sameSite])).toEqual([['lekha_session', true, true, 'Strict']]);
  await expect(page.getByRole('link', { name: 'รายการประชุม' })).toBeVisible();
  // The secretariat's tracker keeps its bulk change (a reporter's has none: the next test).
  await page.goto(`${team.url}#/actions`);
  await expect(page.getByTestId('tracker-row').first()).toBeVisible();
  await expect(page.getByLabel('เปลี่ยนเป็น')).toBeVisible();
  await expect(page.getByTestId('tracker-row').first().getByRole('checkbox')).toHaveCount(1);
});

test('an agency reporter sees only its agency’s directives, then signs out', async ({ page, team }) => {
  await page.goto(team.url);
  await signIn(page, REPORTER.username, REPORTER.password);
  await expect(page.getByRole('region', { name: 'ผู้ใช้ที่เข้าสู่ระบบ' })).toContainText(REPORTER.name);
  // Its app opens on its tracker; the other screens are not offered.
  await expect(page.getByTestId('tracker-total')).toBeVisible();
  await expect(page.getByRole('link', { name: 'รายการประชุม' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'หน่วยงาน', exact: true }).locator('option:checked')).toContainText('กค.');
  const meeting = readRealMeeting('cabinet-style');
  const directives = meeting.items.flatMap((i) => i.directives ?? []);
  const ours = directives.filter((d) => d.lead === 'กค.' || d.support?.includes('กค.'));
  const theirs = directives.filter((d) => !ours.includes(d));
  const rows = page.getByTestId('tracker-row');
  await expect(rows).toHaveCount(ours.length);
  for (const d of ours) await expect(rows.filter({ hasText: d.text.slice(0, 40) })).toHaveCount(1);
  for (const d of theirs) await expect(page.getByText(d.text.slice(0, 40))).toHaveCount(0);
  // No control its role would be refused at: no bulk status change, no ticks; the progress form stays.
  await expect(page.getByLabel('เปลี่ยนเป็น')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /^เลือก/ })).toHaveCount(0);
  await rows.first().getByRole('button', { name: /^ความคืบหน้า ของ/ }).click();
  await expect(page.getByRole('complementary', { name: 'ความคืบหน้า' }).getByRole('button', { name: 'บันทึกความคืบหน้า' })).toBeVisible();

  // Another screen's address (typed, bookmarked) shows its tracker still, not a page of refusals.
  await page.goto(`${team.url}#/meetings`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('กค.');
  await expect(page.getByTestId('tracker-row')).toHaveCount(ours.length);

  await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('เข้าสู่ระบบ');
  // The old session no longer opens anything.
  const after = await page.evaluate(async () => (await fetch('/api/invoke/actions.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status);
  expect(after).toBe(401);
});

test('signing out in one tab shows the sign-in page in the other at once, its live updates ended', async ({ page, team }) => {
  await page.goto(team.url);
  await signIn(page, SECRETARIAT.username, SECRETARIAT.password);
  const other = await page.context().newPage();
  await other.goto(`${team.url}#/actions`);
  await expect(other.getByRole('region', { name: 'ผู้ใช้ที่เข้าสู่ระบบ' })).toContainText(SECRETARIAT.name);
  await expect(other.getByTestId('tracker-row').first()).toBeVisible();
  await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('เข้าสู่ระบบ');
  // No click in the other tab: its stream was closed with the session, and the page asked who is signed in.
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('เข้าสู่ระบบ', { timeout: 15_000 });
});

/** As the secretariat, through the same requests the screens make: a policy for the reader to open. */
async function secretariatAddsPolicy(page: Page): Promise<string> {
  return page.evaluate(async (officer) => {
    const post = (path: string, body: unknown) =>
      fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
    await post('/api/session', { username: officer.username, password: officer.password });
    const made = await post('/api/invoke/policies.create', { kind: 'bill', titleTh: 'ร่างพระราชบัญญัติการบริหารจัดการข้อมูลภาครัฐ พ.ศ. ....' });
    await post('/api/session/sign-out', {});
    return made.value.id as string;
  }, SECRETARIAT);
}

test('a reader reads meetings and the tracker with no control its role is refused', async ({ page, team }) => {
  await page.goto(team.url);
  const policyId = await secretariatAddsPolicy(page);
  await page.reload();
  await signIn(page, READER.username, READER.password);
  await expect(page.getByRole('region', { name: 'ผู้ใช้ที่เข้าสู่ระบบ' })).toContainText(READER.name);
  await page.getByRole('link', { name: 'รายการประชุม' }).click();
  const meeting = page.getByRole('table').getByRole('link').first();
  await expect(meeting).toBeVisible();
  await expect(page.getByRole('link', { name: /สร้างการประชุม/ })).toHaveCount(0);
  await meeting.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ครั้งที่');
  await expect(page.getByRole('button', { name: 'ส่งออกเอกสาร' })).toHaveCount(0);
  // Its details, attendance and agenda are shown read-only, and it is told why (not "certified").
  await expect(page.getByTestId('locked-agenda')).toContainText('บัญชีของท่านเป็นผู้อ่าน');
  await expect(page.getByTestId('locked-attendance')).toContainText('บัญชีของท่านเป็นผู้อ่าน');
  await expect(page.getByLabel('สถานที่', { exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^เพิ่มเรื่อง/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^ลบการประชุม/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/team-reader-meeting.png', fullPage: true });

  await page.goto(`${team.url}#/actions`);
  const rows = page.getByTestId('tracker-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByLabel('เปลี่ยนเป็น')).toHaveCount(0);
  await rows.first().getByRole('button', { name: /^ความคืบหน้า ของ/ }).click();
  const panel = page.getByRole('complementary', { name: 'ความคืบหน้า' });
  await expect(panel.getByLabel('ร้อยละ')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'บันทึกความคืบหน้า' })).toHaveCount(0);

  // A policy: shown, with the report (a reading method), and nothing to change it with.
  const readerNote = 'บัญชีของท่านเป็นผู้อ่าน ดูได้อย่างเดียว';
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${team.url}#/policies/${policyId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ร่างพระราชบัญญัติการบริหารจัดการข้อมูลภาครัฐ พ.ศ. ....');
  await expect(page.getByRole('note')).toContainText(readerNote);
  await expect(page.getByRole('button', { name: 'Word (DOCX)' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^\+ |^แก้ไข|^ลบ|ย้ายไปขั้นตอน|บันทึก/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/team-reader-policy.png', fullPage: true });

  // The directory: both lists, no add, edit, deactivate or merge.
  await page.goto(`${team.url}#/directory`);
  await expect(page.getByTestId('organisation-row').first()).toBeVisible();
  await expect(page.getByRole('note')).toContainText(readerNote);
  await expect(page.getByRole('button', { name: /^\+ |^แก้ไข|ยืนยันอักษรย่อ|^เลิกใช้|^กลับมาใช้/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/team-reader-directory.png' });
  await page.goto(`${team.url}#/directory?tab=people`);
  await expect(page.getByTestId('person-row').first()).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /เพื่อรวมรายการ$/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^\+ |^แก้ไข|^เลิกใช้|เปรียบเทียบและรวม/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/team-reader-people.png' });

  // Settings: no officer name (the history names the signed-in officer), no no-break words, retention read-only.
  await page.goto(`${team.url}#/settings`);
  await expect(page.getByRole('heading', { name: 'อายุการเก็บเอกสารและการขอทำลาย' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'ผู้ใช้งาน' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'คำที่ห้ามตัดข้ามบรรทัด' })).toHaveCount(0);
  for (const years of await page.getByRole('spinbutton').all()) await expect(years).toBeDisabled();
  for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeDisabled();
  await expect(page.getByRole('button', { name: /บันทึก/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/team-reader-settings.png', fullPage: true });
});
