import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openAgendaItem, openDemoMeeting, openTab, test } from './fixtures';

test.use({ demo: true, viewport: { width: 1366, height: 768 } });

/** Serious and critical violations on the page as shown, each with the elements it names. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 4 ? ` … ${v.nodes.length} in all` : ''}`);
}

test('no page has a serious or critical axe-core violation', async ({ page, lekha }) => {
  test.setTimeout(120_000);
  const base = lekha.url.split('?')[0];
  const found: Record<string, string[]> = {};
  const check = async (name: string) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    found[name] = await violations(page);
  };
  // The start page is หน้าแรก.
  await page.goto(lekha.url);
  await check('home');
  for (const [name, hash] of [['meetings', '#/meetings'], ['meetings of one year', '#/meetings?year=2568'], ['tracker', '#/actions'], ['policies', '#/policies'], ['directory', '#/directory'],
    ['people', '#/directory?tab=people'], ['settings', '#/settings'], ['series', '#/series'], ['new meeting', '#/meetings/new']] as const) {
    await page.goto(`${base}${hash}`);
    await check(name);
  }
  await page.keyboard.press('Control+K');
  await page.getByRole('dialog').getByLabel('คำค้น').fill('อาชญากรรม');
  await expect(page.getByRole('dialog').locator('mark').first()).toBeVisible();
  found.search = await violations(page);
  await page.keyboard.press('Escape');
  await openDemoMeeting(page, lekha.url);
  await check('meeting: details');
  // The agenda with an item open for editing and another item's menu open.
  await openAgendaItem(page, '4.1');
  await page.getByRole('button', { name: 'จัดการ เรื่อง 4.2', exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await check('meeting: agenda item open, menu open');
  await page.keyboard.press('Escape');
  for (const tab of ['บันทึกรายงานการประชุม', 'การรับรองและฉบับต่าง ๆ', 'หลักฐานการประชุมออนไลน์', 'ประวัติการแก้ไข']) {
    await openTab(page, tab);
    await check(`meeting: ${tab}`);
  }
  // The export dialog with the letters chosen, and the series page its note leads to (the letterhead form).
  await openTab(page, 'ข้อมูลการประชุม');
  await page.getByRole('button', { name: 'ส่งออกเอกสาร' }).click();
  const dialog = page.getByRole('dialog', { name: 'ส่งออกเอกสาร' });
  await dialog.getByLabel('หนังสือแจ้งมติและข้อสั่งการ (ฉบับละหน่วยงาน)').check();
  await expect(dialog.getByTestId('letters-note')).toBeVisible();
  found['export dialog: letters'] = await violations(page);
  await dialog.getByTestId('letters-note').getByRole('link').click();
  await expect(page.getByRole('form', { name: 'หัวหนังสือราชการ' })).toBeVisible();
  await check('series page with its letterhead');
  expect(Object.entries(found).filter(([, v]) => v.length)).toEqual([]);
});

test('moving to another page puts the focus on its heading, whether its code was loaded before or not', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  const nav = page.getByRole('navigation', { name: 'เมนูหลัก' });
  const heading = page.getByRole('heading', { level: 1 });
  for (const [link, title] of [['ติดตามข้อสั่งการ', 'ติดตามข้อสั่งการและมติที่ประชุม'], ['รายการประชุม', 'รายการประชุม'], ['ติดตามข้อสั่งการ', 'ติดตามข้อสั่งการและมติที่ประชุม']]) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(heading).toHaveText(title);
    await expect(heading).toBeFocused();
  }
});
