import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, openTracker, test } from './fixtures';

test.use({ demo: true });

const censusAction = 'ให้หน่วยงานในสังกัดกระทรวงประชาสัมพันธ์การตอบแบบสอบถามสำมะโนประชากรออนไลน์ผ่านแอปพลิเคชัน ทางรัฐ';

test('filters actions to the overdue ones of one agency and exports them as XLSX', async ({ page, lekha }, info) => {
  await openTracker(page, lekha.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ติดตามข้อสั่งการและมติที่ประชุม');
  await expect(page.getByTestId('tracker-total')).toHaveText('พบ 3 รายการ');

  await page.getByLabel('หน่วยงาน', { exact: true }).selectOption({ label: 'สสช. — สำนักงานสถิติแห่งชาติ' });
  await expect(page).toHaveURL(/#\/actions\?org=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ติดตามข้อสั่งการของ สสช.');
  await page.getByLabel('เฉพาะที่เกินกำหนด').check();
  await expect(page.getByTestId('tracker-total')).toHaveText('พบ 1 รายการ');
  const row = page.getByTestId('tracker-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(censusAction);
  await expect(row.getByText('เกินกำหนด', { exact: true })).toBeVisible();

  // The progress panel beside the list.
  await row.getByRole('button', { name: /^ความคืบหน้า ของ/ }).click();
  const panel = page.getByRole('complementary', { name: 'ความคืบหน้า' });
  await expect(panel).toContainText('ยังไม่มีรายงานความคืบหน้า');
  await page.screenshot({ path: 'test-results/screenshots/actions-page.png', fullPage: true });

  const exporter = page.getByRole('group', { name: 'ส่งออกตามตัวกรอง' });
  await exporter.getByLabel('รูปแบบไฟล์').selectOption('xlsx');
  const download = page.waitForEvent('download');
  await exporter.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = info.outputPath('actions.xlsx');
  await file.saveAs(path);
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const texts = book.worksheets.map((sheet) => {
    const cells: string[] = [];
    sheet.eachRow((r) => r.eachCell((c) => cells.push(String(c.text))));
    return { name: sheet.name, cells };
  });
  const withAction = texts.filter((s) => s.cells.some((c) => c.includes(censusAction)));
  expect(withAction.length, `sheets: ${texts.map((s) => s.name).join(', ')}`).toBeGreaterThan(0);
  // Only that agency's overdue action is in the file.
  for (const s of texts) expect(s.cells.some((c) => c.includes('จัดรับฟังความคิดเห็นต่อ (ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม'))).toBe(false);

  // The agency is remembered: the top bar's link opens on it next time.
  await page.getByRole('link', { name: 'นโยบายและกฎหมาย' }).click();
  await page.getByRole('link', { name: 'ติดตามข้อสั่งการ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ติดตามข้อสั่งการของ สสช.');
});
