import { expect, test } from './fixtures';

test.use({ demo: true, viewport: { width: 1366, height: 768 } });

test('the home page lists the minutes waiting and the overdue directives by agency; a count opens the tracker filtered to them', async ({ page, lekha }) => {
  // The app opens on หน้าแรก, the first entry of the menu; the brand and the menu lead back to it.
  await page.goto(lekha.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('หน้าแรก');
  const nav = page.getByRole('navigation', { name: 'เมนูหลัก' });
  await expect(nav.getByRole('link').first()).toHaveText('หน้าแรก');
  await expect(nav.getByRole('link', { name: 'หน้าแรก' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'รายการประชุม' }).click();
  await expect(page).toHaveURL(/#\/meetings$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('รายการประชุม');
  await page.getByRole('banner').getByRole('link', { name: /^เลขา/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('หน้าแรก');

  // The demo meeting was held in 2568 and its minutes are still a draft.
  const minutes = page.getByRole('region', { name: 'รายงานการประชุมที่รอดำเนินการ' });
  await expect(minutes).toContainText('รอแจ้งเวียน 1 ครั้ง · รอรับรอง 0 ครั้ง');
  await expect(minutes.getByRole('link', { name: /ครั้งที่ 2\/2568/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'การประชุมครั้งถัดไป' })).toContainText('ยังไม่มีการประชุมที่นัดไว้');

  const overdue = page.getByRole('region', { name: 'ข้อสั่งการที่เกินกำหนด' });
  const nso = overdue.getByRole('row').filter({ has: page.getByRole('link', { name: 'สสช.', exact: true }) });
  await expect(nso.getByRole('cell').last()).toHaveText('1');
  await page.screenshot({ path: 'test-results/screenshots/home.png', fullPage: true });

  await nso.getByRole('link', { name: 'สสช.', exact: true }).click();
  await expect(page).toHaveURL(/#\/actions\?org=.+&overdue=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ติดตามข้อสั่งการของ สสช.');
  await expect(page.getByLabel('เฉพาะที่เกินกำหนด')).toBeChecked();
  await expect(page.getByTestId('tracker-total')).toHaveText('พบ 1 รายการ');
});
