import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Download, Page } from '@playwright/test';
import { expect, openAgendaItem, openDemoMeeting, test } from './fixtures';

test.use({ demo: true });

const execFileAsync = promisify(execFile);
let dir = '';
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lekha-secret-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Sets the class of agenda item `number` on its edit form, as an officer does (issue 14). */
async function setItemClass(page: Page, number: string, label: string) {
  await openAgendaItem(page, number);
  const form = page.getByRole('form', { name: `แก้ไขเรื่อง ${number}` });
  await form.getByLabel('ชั้นความลับของเรื่อง').selectOption({ label });
  await form.getByRole('button', { name: 'บันทึก' }).click();
  await expect(form).toBeHidden();
}

async function pagesOf(download: Download): Promise<string[]> {
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const { stdout } = await execFileAsync('pdftotext', ['-raw', path, '-'], { maxBuffer: 16 * 1024 * 1024 });
  return stdout.split('\f').filter((p) => p.trim());
}

test('an item marked ลับ on its edit form makes the minutes ลับ: two numbered copies, each page marked, both in the register', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  await setItemClass(page, '4.2', 'ลับ');

  await page.getByRole('button', { name: 'ส่งออกเอกสาร' }).click();
  const dialog = page.getByRole('dialog', { name: 'ส่งออกเอกสาร' });
  const copies = dialog.getByTestId('secret-copies');
  await expect(copies).toContainText('เอกสารนี้มีชั้นความลับ "ลับ"');
  await copies.getByLabel('จำนวนฉบับ').fill('2');
  await copies.getByLabel('ถึง (ชื่อผู้รับ ฉบับละบรรทัด ตามลำดับฉบับ)').fill('ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\nผู้อำนวยการสำนักงานสถิติแห่งชาติ');
  await page.screenshot({ path: 'test-results/screenshots/export-secret-copies.png' });

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  await expect(dialog.locator('#export-status')).toContainText('ฉบับที่ 2.pdf');
  await expect.poll(() => downloads.length).toBe(2);
  for (const [i, d] of downloads.entries()) {
    expect(d.suggestedFilename()).toBe(`รายงานการประชุม ครั้งที่ 2-2568 ฉบับที่ ${i + 1}.pdf`);
    for (const text of await pagesOf(d)) {
      expect(text.split('\n').filter((l) => l.trim() === 'ลับ')).toHaveLength(2);
      expect(text).toContain(`ฉบับที่ ${i + 1} ของ 2 ฉบับ`);
    }
  }

  await dialog.getByText('ดูทะเบียนหนังสือลับของการประชุมนี้').click();
  const rows = dialog.getByTestId('register-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
  await expect(rows.nth(1)).toContainText('ผู้อำนวยการสำนักงานสถิติแห่งชาติ');
  await expect(rows.nth(1)).toContainText('2/2');
});

test('a ลับที่สุด document is exported only after a second confirmation, asked in the app’s own dialog', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  await setItemClass(page, '4.2', 'ลับที่สุด');
  await page.getByRole('button', { name: 'ส่งออกเอกสาร' }).click();
  const dialog = page.getByRole('dialog', { name: 'ส่งออกเอกสาร' });
  await dialog.getByLabel('ระเบียบวาระการประชุม', { exact: true }).check();

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  // The browser's own confirm box is not used any more.
  let native = 0;
  page.on('dialog', (d) => {
    native += 1;
    void d.dismiss();
  });
  const question = page.getByRole('dialog', { name: 'ยืนยันการส่งออกเอกสารชั้นลับที่สุด' });
  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  await expect(question).toBeVisible();
  await expect(question).toContainText('"ระเบียบวาระการประชุม ครั้งที่ 2/2568" มีชั้นความลับ "ลับที่สุด"');
  await page.screenshot({ path: 'test-results/screenshots/top-secret-confirm.png' });
  // It starts on cancel, and Tab and Shift+Tab keep the focus on its two buttons.
  const cancel = question.getByRole('button', { name: 'ยกเลิก' });
  await expect(cancel).toBeFocused();
  const focusInside = () => question.evaluate((el) => el.contains(document.activeElement));
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await focusInside(), key).toBe(true);
  }
  // Escape cancels: nothing exported, the export dialog still open with nothing reported.
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('#export-status')).toHaveText('');

  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  await question.getByRole('button', { name: 'ส่งออกเอกสารลับที่สุด' }).click();
  await expect.poll(() => downloads.length).toBe(1);
  for (const text of await pagesOf(downloads[0])) expect(text.split('\n').filter((l) => l.trim() === 'ลับที่สุด')).toHaveLength(2);
  expect(native).toBe(0);
});
