import { expect, test } from './fixtures';

test.use({ demo: true, viewport: { width: 1366, height: 768 } });

test('Ctrl+K searches the record in Thai and opens the decree item at its place in the meeting', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'ค้นหาในบันทึกการประชุมทั้งหมด' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('คำค้น').fill('อาชญากรรม');
  const items = dialog.getByRole('region', { name: /^ระเบียบวาระ/ });
  const decree = items.getByRole('link', { name: /พระราชกำหนด/ }).first();
  await expect(decree).toBeVisible();
  // The place and the marked words, as text (never HTML).
  await expect(decree).toContainText('ครั้งที่ 2/2568 ระเบียบวาระที่');
  await expect(decree.locator('mark').first()).toHaveText('อาชญากรรม');
  await page.screenshot({ path: 'test-results/screenshots/search.png' });

  const number = /ระเบียบวาระที่ (\d+(?:\.\d+)*)/.exec((await decree.textContent()) ?? '')![1];
  await decree.click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/meetings\/[^?]+\?item=/);
  const item = page.locator(`[data-testid="agenda-item"][data-number="${number}"]`);
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  await expect(item).toContainText('พระราชกำหนด');
});

test('the search button, filters by kind and year, and a query with nothing to find', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  await page.getByRole('button', { name: /^ค้นหา/ }).click();
  const dialog = page.getByRole('dialog', { name: 'ค้นหาในบันทึกการประชุมทั้งหมด' });
  await dialog.getByLabel('คำค้น').fill('อาชญากรรม');
  await dialog.getByLabel('ประเภท').selectOption({ label: 'นโยบายและกฎหมาย' });
  await expect(dialog.getByRole('region')).toHaveCount(1);
  await expect(dialog.getByRole('region', { name: /^นโยบายและกฎหมาย/ })).toBeVisible();
  await dialog.getByLabel('ประเภท').selectOption({ label: 'ทุกประเภท' });
  await dialog.getByLabel('ตั้งแต่ปี พ.ศ.').fill('2569');
  await expect(dialog.getByRole('region', { name: /^ระเบียบวาระ/ })).toHaveCount(0);
  await dialog.getByLabel('คำค้น').fill('ฟฟฟฟฟฟ');
  await expect(dialog.getByRole('status')).toHaveText('ไม่พบคำที่ค้นหา');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test.describe('a year of record', () => {
  test.use({ demo: false, years: 1 });

  test('a glance over every kind counts to twenty and offers more of one kind: eight hits a group, then thirty of the kind chosen', async ({ page, lekha }) => {
    await page.goto(lekha.url);
    // Ctrl+K is heard once the app has drawn its page.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: 'ค้นหาในบันทึกการประชุมทั้งหมด' });
    await dialog.getByLabel('คำค้น').fill('การ');
    const items = dialog.getByRole('region', { name: /^ระเบียบวาระ/ });
    await expect(items.getByRole('link')).toHaveCount(8);
    await expect(items.getByRole('heading')).toHaveText('ระเบียบวาระ (20+)');
    await page.screenshot({ path: 'test-results/screenshots/search-glance.png' });
    await items.getByRole('button', { name: 'ดูเพิ่มเติมเฉพาะระเบียบวาระ' }).click();
    await expect(dialog.getByLabel('ประเภท')).toHaveValue('item');
    await expect(dialog.getByRole('region')).toHaveCount(1);
    // The kind alone: thirty shown, counted to a hundred, and no further link.
    await expect(items.getByRole('link')).toHaveCount(30);
    await expect(items.getByRole('heading')).toHaveText(/^ระเบียบวาระ \((100\+|\d+)\)$/);
    await expect(items.getByRole('heading')).not.toHaveText('ระเบียบวาระ (20+)');
    await expect(items.getByRole('button', { name: /ดูเพิ่มเติม/ })).toHaveCount(0);
  });
});
