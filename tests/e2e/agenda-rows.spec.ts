import type { Locator, Page } from '@playwright/test';
import { agendaItem, agendaRow, chooseAgendaAction, DEMO_MEETING, expect, openAgendaItem, openDemoMeeting, test } from './fixtures';
import { cutOffWhileScrolling, LAPTOP } from './layout-checks';
import { importRealMeeting } from './real-meeting-import';

test.use({ demo: true, viewport: LAPTOP });

/**
 * The calmer meeting page (issue 12, point 4): each agenda item one line (number, subject,
 * presenter, badges), opened one at a time, its actions behind one menu, all by keys as well.
 */

/** The heights of the rows' open buttons: one line of text each, so all alike. */
async function rowHeights(page: Page): Promise<number[]> {
  return page.locator('.agenda-item__toggle').evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
}

/** The height of one line of the rows' subject text. */
const lineHeight = (page: Page) =>
  page.locator('.agenda-item__subject').first().evaluate((s) => Number.parseFloat(getComputedStyle(s).lineHeight));

async function expectOneLineEach(page: Page, count: number) {
  const heights = await rowHeights(page);
  expect(heights).toHaveLength(count);
  const line = await lineHeight(page);
  // Padding and border around one line; two lines would add a whole line height.
  for (const [i, h] of heights.entries()) expect(h, `row ${i + 1} is ${h}px for a ${line}px line`).toBeLessThan(line * 2);
}

const subject = (item: Locator) => item.getByRole('textbox', { name: 'เรื่อง', exact: true });

test('the demo agenda: one line per item with its badges, one item open at a time, an unsaved edit kept as a draft', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  const items = page.getByTestId('agenda-item');
  await expect(items.first()).toBeVisible();
  await expectOneLineEach(page, await items.count());
  await expect(page.locator('.agenda-item__toggle[aria-expanded="true"]')).toHaveCount(0);
  // What a secretary wants at a glance: 4.1 is decided and has a directive of the chair.
  await expect(agendaRow(page, '4.1')).toContainText('มีมติ');
  await expect(agendaRow(page, '4.1')).toContainText('ข้อสั่งการ 1');
  await expect(agendaRow(page, '4.1')).toContainText('ดีป้า');
  await page.locator('.agenda').screenshot({ path: 'test-results/screenshots/agenda-rows-demo.png' });

  // Keys only: to 4.1 with the arrows, Enter opens it.
  await agendaRow(page, '1.1').focus();
  for (let i = 0; i < 30 && !(await agendaRow(page, '4.1').evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(agendaRow(page, '4.1')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(agendaRow(page, '4.1')).toHaveAttribute('aria-expanded', 'true');
  const bill = agendaItem(page, '4.1');
  const original = await subject(bill).inputValue();
  await subject(bill).fill(`${original} (ฉบับปรับปรุง)`);

  // Opening 4.2 closes 4.1; what was typed there is kept, and the row says so.
  await openAgendaItem(page, '4.2');
  await expect(agendaRow(page, '4.1')).toHaveAttribute('aria-expanded', 'false');
  await expect(subject(bill)).toHaveCount(0);
  await expect(agendaRow(page, '4.1')).toContainText('ร่างยังไม่บันทึก');
  await expect(page.locator('.agenda__announce')).toHaveText(/เก็บการแก้ไขเรื่อง 4\.1 ที่ยังไม่ได้บันทึกไว้เป็นร่างแล้ว/);
  await page.locator('.agenda').screenshot({ path: 'test-results/screenshots/agenda-rows-open.png' });

  // Leaving the page would lose the draft: the officer is asked in the app's own dialog (not the
  // browser's box), which starts on cancel, and may stay.
  let native = 0;
  page.on('dialog', (d) => {
    native += 1;
    void d.dismiss();
  });
  await page.getByRole('link', { name: 'กลับไปรายการประชุม' }).click();
  const leave = page.getByRole('dialog', { name: 'ออกจากหน้านี้โดยไม่บันทึก' });
  await expect(leave).toContainText('มีข้อมูลที่ยังไม่ได้บันทึก');
  await expect(leave.getByRole('button', { name: 'ยกเลิก' })).toBeFocused();
  await leave.getByRole('button', { name: 'ยกเลิก' }).click();
  await expect(leave).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(DEMO_MEETING);
  expect(page.url()).toContain('#/meetings/');
  expect(native).toBe(0);

  // Back to 4.1 (Escape closes 4.2 first, focus on its row): the draft is there; saved, it is in the database.
  await subject(agendaItem(page, '4.2')).press('Escape');
  await expect(agendaRow(page, '4.2')).toBeFocused();
  await openAgendaItem(page, '4.1');
  await expect(subject(bill)).toHaveValue(`${original} (ฉบับปรับปรุง)`);
  await bill.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(agendaRow(page, '4.1')).toHaveAttribute('aria-expanded', 'false');
  await expect(agendaRow(page, '4.1')).not.toContainText('ร่างยังไม่บันทึก');
  await page.reload();
  await expect(agendaRow(page, '4.1')).toContainText('(ฉบับปรับปรุง)');
});

test("an item's actions from its one menu, by keys: up, attach a file through the file chooser, delete after a confirmation", async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  const menuButton = page.getByRole('button', { name: 'จัดการ เรื่อง 5.2', exact: true });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'จัดการ เรื่อง 5.2' });
  await expect(menu.getByRole('menuitem', { name: 'เลื่อนขึ้น' })).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await page.locator('.agenda').screenshot({ path: 'test-results/screenshots/agenda-rows-menu.png' });
  const subjectOf52 = await agendaItem(page, '5.2').locator('.agenda-item__subject').textContent();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(agendaItem(page, '5.1').locator('.agenda-item__subject')).toHaveText(subjectOf52 ?? '');
  // Focus stays on the item's menu button, which moved with it.
  await expect(page.getByRole('button', { name: 'จัดการ เรื่อง 5.1', exact: true })).toBeFocused();

  // Attach: the menu opens the item and the browser's file chooser.
  const chooser = page.waitForEvent('filechooser');
  await chooseAgendaAction(page, '5.1', 'แนบไฟล์…');
  await (await chooser).setFiles({ name: 'สรุปผลการดำเนินงาน.txt', mimeType: 'text/plain', buffer: Buffer.from('สรุปผลการดำเนินงานไตรมาสที่ 1\n', 'utf8') });
  await expect(agendaItem(page, '5.1').getByTestId('attachment')).toContainText('สรุปผลการดำเนินงาน.txt');
  await expect(agendaRow(page, '5.1')).toContainText('ไฟล์แนบ 1');

  // Delete: a confirmation by the row; Escape on the menu first changes nothing.
  const before = await page.getByTestId('agenda-item').count();
  await page.getByRole('button', { name: 'จัดการ เรื่อง 5.1', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'จัดการ เรื่อง 5.1', exact: true })).toBeFocused();
  await chooseAgendaAction(page, '5.1', 'ลบเรื่อง…');
  const confirm = page.getByRole('group', { name: 'ลบเรื่อง 5.1 หรือไม่' });
  await expect(confirm.getByRole('button', { name: 'ยืนยันการลบ' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-item')).toHaveCount(before - 1);
  await page.reload();
  await expect(page.getByTestId('agenda-item')).toHaveCount(before - 1);
  await expect(page.getByTestId('agenda-section-5')).not.toContainText(subjectOf52 ?? '');
});

test('a long real meeting (the Cabinet of 14 March 2566, 51 items) reads as one line per item at 1366×768, nothing cut off', async ({ page, lekha }) => {
  const id = importRealMeeting(lekha.dbPath, 'cabinet-style');
  // The address with the session's token first, then the meeting's own page.
  await page.goto(lekha.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${lekha.url.split('?')[0]}#/meetings/${id}`);
  await expect(page.getByTestId('agenda-item')).toHaveCount(51);
  await expectOneLineEach(page, 51);
  expect(await cutOffWhileScrolling(page, 'test-results/screenshots/agenda-rows-real')).toEqual([]);
  const heights = await page.evaluate(() => ({
    page: document.documentElement.scrollHeight,
    agenda: Math.round(document.querySelector('.agenda')?.getBoundingClientRect().height ?? 0),
  }));
  // Printed for the record (benchmarks and sizes are read by people, not asserted).
  console.log(`[agenda-rows] real Cabinet meeting at 1366×768: page ${heights.page}px, agenda ${heights.agenda}px for 51 items`);

  // A long subject is cut with an ellipsis on the row; the row's button still carries all of it.
  const longest = page.locator('.agenda-item__subject').filter({ hasText: 'Intergovernmental Negotiation Body' });
  expect(await longest.evaluate((s) => s.scrollWidth > s.clientWidth)).toBe(true);
  await expect(page.getByRole('button', { name: /Working Group on Amendments to the International Health Regulations/ })).toHaveCount(1);
});
