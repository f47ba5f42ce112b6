import { expect, openDemoMeeting, openTab, test } from './fixtures';

test.use({ demo: true, viewport: { width: 1366, height: 768 } });

test('the meeting page\'s header and tab bar stay where they are whichever tab is chosen', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  const boxes = async () => {
    const tabs = await page.getByRole('tab').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',')));
    const heading = await page.getByRole('heading', { level: 1 }).evaluate((e) => Math.round(e.getBoundingClientRect().x));
    return { tabs, heading };
  };
  const first = await boxes();
  for (const tab of ['บันทึกรายงานการประชุม', 'การรับรองและฉบับต่าง ๆ', 'หลักฐานการประชุมออนไลน์', 'ประวัติการแก้ไข', 'ข้อมูลการประชุม']) {
    await openTab(page, tab);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await boxes(), tab).toEqual(first);
  }
});
