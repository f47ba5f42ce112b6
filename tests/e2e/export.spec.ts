import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, openDemoMeeting, test } from './fixtures';

test.use({ demo: true });

const execFileAsync = promisify(execFile);

let dir = '';
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lekha-export-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openExport(page: Page, url: string) {
  await openDemoMeeting(page, url);
  await page.getByRole('button', { name: 'ส่งออกเอกสาร' }).click();
  const dialog = page.getByRole('dialog', { name: 'ส่งออกเอกสาร' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('exports the minutes of 2/2568 as a PDF with Thai digits, then as DOCX', async ({ page, lekha }) => {
  const dialog = await openExport(page, lekha.url);
  await expect(dialog.getByLabel('รายงานการประชุม', { exact: true })).toBeChecked();
  await dialog.getByLabel('PDF (สำหรับพิมพ์และแจ้งเวียน)').check();
  await dialog.getByLabel('เลขไทย (๑ ๒ ๓)').check();
  await expect(dialog.getByText('ปรับสำหรับครั้งนี้ 1 รายการ')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/export-dialog.png' });

  // Hold the request at the door, to see the dialog while the core works.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/invoke/documents.export', async (route) => {
    await held;
    await route.continue();
  });
  const pdfDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'ความคืบหน้าการจัดทำเอกสาร' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'กำลังส่งออก…' })).toHaveAttribute('aria-disabled', 'true');
  await expect(dialog.locator('#export-status')).toHaveText('กำลังจัดทำรายงานการประชุม…');
  await page.screenshot({ path: 'test-results/screenshots/export-busy.png' });
  release();
  const pdf = await pdfDownload;
  await page.unroute('**/api/invoke/documents.export');
  expect(pdf.suggestedFilename()).toBe('รายงานการประชุม ครั้งที่ 2-2568.pdf');
  const pdfPath = join(dir, 'minutes.pdf');
  await pdf.saveAs(pdfPath);
  await expect(dialog.locator('#export-status')).toHaveText('ส่งออกไฟล์ “รายงานการประชุม ครั้งที่ 2-2568.pdf” แล้ว');
  // The keyboard focus stayed on the button through the busy state.
  await expect(dialog.getByRole('button', { name: 'ส่งออก', exact: true })).toBeFocused();
  const { stdout: text } = await execFileAsync('pdftotext', ['-raw', pdfPath, '-'], { maxBuffer: 16 * 1024 * 1024 });
  expect(text).toContain('ครั้งที่ ๒/๒๕๖๘');
  expect(text).toContain('๗๙,๖๑๐');

  await dialog.getByLabel('Word (DOCX) สำหรับแก้ไขต่อ').check();
  const docxDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe('รายงานการประชุม ครั้งที่ 2-2568.docx');
  const docxPath = join(dir, 'minutes.docx');
  await docx.saveAs(docxPath);
  const bytes = await readFile(docxPath);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('a refusal from the core appears in Thai in the export dialog', async ({ page, lekha }) => {
  const dialog = await openExport(page, lekha.url);
  await dialog.getByText('ตั้งค่าเพิ่มเติม (ระยะขอบ ย่อหน้า ไฟล์ฟอนต์)').click();
  const font = dialog.getByLabel('ไฟล์ฟอนต์ตัวปกติ (.ttf) สำหรับ PDF');
  await font.fill(join(dir, 'no-such-font.ttf'));
  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('ส่งออกเอกสารไม่สำเร็จ');
  await expect(alert).toContainText('ใช้ไฟล์ฟอนต์ที่ตั้งไว้ไม่ได้');
  await expect(alert).toBeFocused();
  await expect(font).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screenshots/export-refused.png' });
});

test('the export dialog works from the keyboard and gives focus back when closed', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  const opener = page.getByRole('button', { name: 'ส่งออกเอกสาร' });
  await opener.focus();
  await page.screenshot({ path: 'test-results/screenshots/meeting-head-export.png' });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'ส่งออกเอกสาร' });
  await expect(dialog.getByLabel('รายงานการประชุม', { exact: true })).toBeFocused();
  // Arrow keys move between the radio choices, as everywhere.
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('ระเบียบวาระการประชุม', { exact: true })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('saves the series’ document settings, which the next export starts from', async ({ page, lekha }) => {
  let dialog = await openExport(page, lekha.url);
  await dialog.getByLabel('เลขไทย (๑ ๒ ๓)').check();
  await dialog.getByLabel('ชั้นความเร็ว').selectOption('urgent');
  await dialog.getByRole('button', { name: 'บันทึกเป็นค่าตั้งต้นของชุดการประชุม' }).click();
  await expect(dialog.getByText('บันทึกเป็นค่าตั้งต้นของชุดการประชุมแล้ว')).toBeVisible();
  dialog = await openExport(page, lekha.url);
  await expect(dialog.getByLabel('เลขไทย (๑ ๒ ๓)')).toBeChecked();
  await expect(dialog.getByLabel('ชั้นความเร็ว')).toHaveValue('urgent');
});
