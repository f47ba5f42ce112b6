import { readFileSync } from 'node:fs';
import { expect, openDemoMeeting, openMeetingsList, test } from './fixtures';

test.use({ demo: true });

const demo = JSON.parse(readFileSync(new URL('../../resources/demo/meeting-2-2568.json', import.meta.url), 'utf8')) as {
  agendaItems: { subject: string }[];
};

/** The five matters of the press release (DOMAIN.md, "Facts in the seed meeting"). */
const fiveMatters = [
  'การพัฒนาระบบฐานข้อมูล Big Data กองทุนหมู่บ้าน',
  'การจัดตั้งศูนย์กลางข้อมูลสถิติด้านดิจิทัลของประเทศไทย (TDDC)',
  'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568',
  '(ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....',
  'ความคืบหน้าบัญชีบริการดิจิทัล',
];

test('the demo database lists meeting 2/2568 and its page shows the five matters on its agenda', async ({ page, lekha }) => {
  await openMeetingsList(page, lekha.url);
  // The token leaves the visible address at once.
  await expect(page).not.toHaveURL(/token=/);
  const link = page.getByRole('link', { name: 'ครั้งที่ 2/2568' });
  await expect(link).toBeVisible();
  await link.click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('ครั้งที่ 2/2568');
  const items = page.getByTestId('agenda-item');
  await expect(items).toHaveCount(demo.agendaItems.length);
  for (const subject of fiveMatters) await expect(items.filter({ hasText: subject })).toHaveCount(1);
  // Items are numbered within their section, as the core numbers them.
  await expect(page.getByTestId('agenda-section-4').getByTestId('agenda-item').first()).toContainText('4.1');
  await expect(page.getByTestId('agenda-section-3')).toContainText('ไม่มี');

  await page.screenshot({ path: 'test-results/screenshots/demo-meeting.png', fullPage: true });
});

test("a refusal from the core appears in Thai by the form, and what was typed stays", async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  const details = page.getByRole('form', { name: 'ข้อมูลการประชุม' });
  const venue = details.getByLabel('สถานที่', { exact: true });
  const tooLong = 'ห้องประชุม '.repeat(50);
  await venue.fill(tooLong);
  await expect(details.getByRole('status')).toHaveText('มีการแก้ไขที่ยังไม่ได้บันทึก');
  await details.getByRole('button', { name: 'บันทึก' }).click();
  await expect(details.getByRole('alert')).toContainText('ยาวเกิน 500 ตัวอักษร');
  await expect(venue).toHaveAttribute('aria-invalid', 'true');
  await expect(venue).toHaveValue(tooLong);
});

test('switches to English and back to Thai', async ({ page, lekha }) => {
  await openMeetingsList(page, lekha.url);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');
  await expect(page.getByRole('link', { name: 'No. 2/2568' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'ไทย' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('รายการประชุม');
});
