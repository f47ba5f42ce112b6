import { agendaItem, agendaRow, expect, openAgendaItem, test } from './fixtures';
import { importRealMeeting } from './real-meeting-import';

/**
 * Issue 15, point 2, as two officers see it: two browser pages on one `lekha serve` open agenda item 4.1
 * of the real Cabinet meeting; the first saves; the second is told at once that a newer copy exists, and
 * its own save, made on the older copy, is refused naming the first officer; it opens the newer copy and
 * what it had typed stays on screen to copy.
 */
test('two officers on one agenda item: the second save is refused naming the first, and the newer copy is offered', async ({ page, browser, lekha }) => {
  const id = importRealMeeting(lekha.dbPath, 'cabinet-style');
  const meetingUrl = `${lekha.url.split('?')[0]}#/meetings/${id}`;
  // The name the first officer's saves are recorded under (team sign-in gives each officer theirs).
  await page.goto(lekha.url);
  await page.getByRole('navigation').getByRole('link', { name: 'ตั้งค่า' }).click();
  await page.getByLabel('ชื่อเจ้าหน้าที่').fill('สมหญิง ใจดี');
  await page.getByRole('button', { name: 'บันทึกชื่อ', exact: true }).click();
  await expect(page.getByText('บันทึกแล้ว')).toBeVisible();

  const second = await (await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1280, height: 900 } })).newPage();
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
