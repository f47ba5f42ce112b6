import type { Browser, Page } from '@playwright/test';
import { agendaItem, agendaRow, expect, openAgendaItem, test } from './fixtures';
import { importRealMeeting } from './real-meeting-import';

/**
 * The first officer's page names her (team sign-in gives each officer a name; here the settings' name),
 * and a second officer's page opens in a browser context of its own.
 */
async function secondOfficer(page: Page, browser: Browser, url: string): Promise<Page> {
  await page.goto(url);
  await page.getByRole('navigation').getByRole('link', { name: 'ตั้งค่า' }).click();
  await page.getByLabel('ชื่อเจ้าหน้าที่').fill('สมหญิง ใจดี');
  await page.getByRole('button', { name: 'บันทึกชื่อ', exact: true }).click();
  await expect(page.getByText('บันทึกแล้ว')).toBeVisible();
  return (await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1280, height: 900 } })).newPage();
}

/**
 * Issue 15, point 2, as two officers see it: two browser pages on one `lekha serve` open agenda item 4.1
 * of the real Cabinet meeting; the first saves; the second is told at once that a newer copy exists, and
 * its own save, made on the older copy, is refused naming the first officer; it opens the newer copy and
 * what it had typed stays on screen to copy.
 */
test('two officers on one agenda item: the second save is refused naming the first, and the newer copy is offered', async ({ page, browser, lekha }) => {
  const id = importRealMeeting(lekha.dbPath, 'cabinet-style');
  const meetingUrl = `${lekha.url.split('?')[0]}#/meetings/${id}`;
  const second = await secondOfficer(page, browser, lekha.url);
  for (const p of [page, second]) {
    await p.goto(lekha.url);
    await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
    await p.goto(meetingUrl);
    await openAgendaItem(p, '4.1');
  }
  const resolution = (p: typeof page) => agendaItem(p, '4.1').getByRole('textbox', { name: 'มติที่ประชุม', exact: true });
  const firstWords = 'ที่ประชุมรับทราบ และมอบหมายให้กระทรวงการต่างประเทศประสานหน่วยงานที่เกี่ยวข้อง';
  const secondWords = 'ที่ประชุมเห็นชอบตามที่เสนอ';

  await resolution(page).fill(firstWords);
  await agendaItem(page, '4.1').getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(agendaRow(page, '4.1')).toHaveAttribute('aria-expanded', 'false');

  // The second page learns of it while its form is open (live update), and keeps what it types.
  const form = agendaItem(second, '4.1');
  await expect(form.locator('.newer-copy')).toContainText('มีฉบับใหม่กว่า');
  await resolution(second).fill(secondWords);
  await form.getByRole('button', { name: 'บันทึก', exact: true }).click();
  const refusal = form.getByRole('alert');
  await expect(refusal).toContainText('เรื่องนี้มีผู้แก้ไขแล้ว: สมหญิง ใจดี เมื่อ');
  await expect(refusal).toContainText(/เวลา \d{2}\.\d{2} น\./);
  await second.locator('.agenda').screenshot({ path: 'test-results/screenshots/two-officers-refused.png' });

  // The newer copy, with the second officer's own words beside it to copy from.
  await form.getByRole('button', { name: 'เปิดฉบับล่าสุด' }).click();
  await expect(resolution(second)).toHaveValue(firstWords);
  await expect(form.getByRole('region', { name: /ข้อความที่ท่านพิมพ์ไว้/ }).getByRole('textbox', { name: 'มติที่ประชุม (ที่ท่านพิมพ์ไว้)' })).toHaveValue(secondWords);
  await expect(form.getByRole('alert')).toHaveCount(0);
  await second.locator('.agenda').screenshot({ path: 'test-results/screenshots/two-officers-latest.png' });

  // Saved on the newer copy, it goes through.
  await resolution(second).fill(`${firstWords} ภายในเดือนธันวาคม`);
  await form.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(agendaRow(second, '4.1')).toHaveAttribute('aria-expanded', 'false');
  await second.context().close();
});

/**
 * The same on another form: a person in the directory (people.update), opened on two pages; the first
 * officer saves a new position; the second, editing the older copy, is refused naming the first and
 * offered the newer copy, with its own words kept beside it.
 */
test('two officers on one person in the directory: the stale save is refused naming the first, and the newer copy is offered', async ({ page, browser, lekha }) => {
  importRealMeeting(lekha.dbPath, 'cabinet-style');
  const second = await secondOfficer(page, browser, lekha.url);
  const peopleUrl = `${lekha.url.split('?')[0]}#/directory?tab=people`;
  let name = '';
  for (const p of [page, second]) {
    await p.goto(lekha.url);
    await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
    await p.goto(peopleUrl);
    const row = p.getByTestId('person-row').first();
    await expect(row).toBeVisible();
    const edit = row.getByRole('button', { name: /^แก้ไข ข้อมูล / });
    name = ((await edit.getAttribute('aria-label')) ?? '').replace('แก้ไข ข้อมูล ', '');
    await edit.click();
  }
  const form = (p: typeof page) => p.getByRole('form', { name: `แก้ไขข้อมูล ${name}` });
  const position = (p: typeof page) => form(p).getByRole('textbox', { name: 'ตำแหน่ง', exact: true });
  const firstWords = 'ผู้อำนวยการกองการประชุมคณะรัฐมนตรี';
  const secondWords = 'รองเลขาธิการคณะรัฐมนตรี';

  await position(page).fill(firstWords);
  await form(page).getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(form(page)).toHaveCount(0);

  // Told at once (live update) that a newer copy exists; its own save on the older copy is refused.
  await expect(form(second).locator('.newer-copy')).toContainText('มีฉบับใหม่กว่า');
  await position(second).fill(secondWords);
  await form(second).getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(form(second)).toContainText('เรื่องนี้มีผู้แก้ไขแล้ว: สมหญิง ใจดี เมื่อ');
  await expect(position(second)).toHaveValue(secondWords);
  await second.screenshot({ path: 'test-results/screenshots/two-officers-person-refused.png' });

  await form(second).getByRole('button', { name: 'เปิดฉบับล่าสุด' }).click();
  await expect(position(second)).toHaveValue(firstWords);
  await expect(form(second).getByRole('textbox', { name: 'ตำแหน่ง (ที่ท่านพิมพ์ไว้)' })).toHaveValue(secondWords);
  await expect(form(second)).not.toContainText('เรื่องนี้มีผู้แก้ไขแล้ว');
  await second.screenshot({ path: 'test-results/screenshots/two-officers-person-latest.png' });

  await position(second).fill(`${firstWords} (รักษาการ)`);
  await form(second).getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(form(second)).toHaveCount(0);
  await expect(second.getByRole('status')).toContainText('บันทึกข้อมูล');
  await second.context().close();
});
