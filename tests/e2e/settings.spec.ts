import { expect, test } from './fixtures';

test('the no-break word list is edited on the settings page and kept', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  await page.getByRole('navigation').getByRole('link', { name: 'ตั้งค่า' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ตั้งค่า');
  await expect(page.getByRole('link', { name: 'ตั้งค่า' })).toHaveAttribute('aria-current', 'page');
  const words = page.getByLabel('รายการคำ (บรรทัดละหนึ่งคำ)');
  await expect(words).toHaveValue('');
  await words.fill('ศูนย์กลางข้อมูลสถิติ\nกองทุนหมู่บ้าน\n\nกองทุนหมู่บ้าน');
  await expect(page.getByRole('status')).toHaveText('มีการแก้ไขที่ยังไม่ได้บันทึก');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('บันทึกแล้ว');
  await expect(words).toHaveValue('ศูนย์กลางข้อมูลสถิติ\nกองทุนหมู่บ้าน');

  await page.goto(lekha.url);
  await page.getByRole('link', { name: 'ตั้งค่า' }).click();
  await expect(page.getByLabel('รายการคำ (บรรทัดละหนึ่งคำ)')).toHaveValue('ศูนย์กลางข้อมูลสถิติ\nกองทุนหมู่บ้าน');
  await expect(page.getByText('2 คำ')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/settings.png', fullPage: true });
});
