import { resolve } from 'node:path';
import { expect, openDemoMeeting, openTab, test } from './fixtures';

test.use({ demo: true });

const zoom = resolve(import.meta.dirname, '../fixtures/participants/zoom-participants-2-2568.csv');

test('the officer records identity checks, imports a Zoom report, matches a Latin name by hand and records the recording', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  await openTab(page, 'หลักฐานการประชุมออนไลน์');
  const panel = page.getByRole('tabpanel');

  await panel.getByLabel('วิธีตรวจสอบตัวตน: นายวิชัย รุ่งเรือง').selectOption({ label: 'รหัสผ่านใช้ครั้งเดียว (OTP)' });
  await panel.getByLabel('เวลา: นายวิชัย รุ่งเรือง').fill('9.21');
  await panel.getByLabel('วิธีตรวจสอบตัวตน: นางมาลี สายสุวรรณ').selectOption({ label: 'ผู้เข้าประชุมอีกคนหนึ่งรับรอง' });
  await panel.getByLabel('ผู้รับรอง: นางมาลี สายสุวรรณ').selectOption({ label: 'นางสุดา แก้วมณี' });
  await panel.getByLabel('เวลา: นางมาลี สายสุวรรณ').fill('09.25');
  await panel.getByRole('button', { name: 'บันทึกการแสดงตน' }).click();
  await expect(panel.getByText('บันทึกการแสดงตนแล้ว')).toBeVisible();

  await panel.getByLabel('นำเข้ารายงานผู้เข้าร่วม (CSV จาก Zoom, Webex หรือ Microsoft Teams)').setInputFiles(zoom);
  await expect(panel.getByTestId('evidence-import-status')).toHaveText(
    'นำเข้ารายงาน zoom-participants-2-2568.csv ของ Zoom แล้ว: ตรงกับผู้เข้าประชุม 3 แถว ไม่ตรงกับผู้ใด 4 แถว',
  );
  const traffic = panel.getByTestId('evidence-traffic');
  await expect(traffic.getByRole('row', { name: /นายวิชัย รุ่งเรือง/ })).toContainText('09.2112.001572');
  await expect(panel.getByTestId('evidence-not-in-report')).toHaveText('ผู้ประชุมผ่านสื่ออิเล็กทรอนิกส์ที่ไม่พบในรายงาน: นางมาลี สายสุวรรณ');
  const unmatched = panel.getByTestId('evidence-unmatched');
  await expect(unmatched.getByRole('listitem')).toHaveCount(4);

  // The Latin display name is hers: matched by hand, she is no longer missing from the report.
  await unmatched.getByLabel('เป็นผู้ใดในรายชื่อ (แถว Malee Saisuwan, DGA)').selectOption({ label: 'นางมาลี สายสุวรรณ' });
  await unmatched.getByRole('listitem').filter({ hasText: 'Malee Saisuwan' }).getByRole('button', { name: 'จับคู่' }).click();
  await expect(unmatched.getByRole('listitem')).toHaveCount(3);
  await expect(panel.getByTestId('evidence-not-in-report')).toHaveCount(0);
  await expect(traffic.getByRole('row', { name: /นางมาลี สายสุวรรณ/ })).toContainText('09.2412.011561');
  // The meeting-room account is nobody: set aside.
  await unmatched.getByRole('listitem').filter({ hasText: 'MDES Meeting Room 801' }).getByRole('button', { name: 'ไม่ใช่ผู้เข้าประชุม (เช่น บัญชีห้องประชุม)' }).click();
  await expect(unmatched.getByRole('listitem')).toHaveCount(2);

  await panel.getByLabel('ชื่อไฟล์').fill('GMT20250224-020512_Recording.mp4');
  await panel.getByLabel('SHA-256', { exact: true }).fill('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  await panel.getByLabel('ความยาว (นาที)').fill('179');
  await panel.getByLabel('ที่จัดเก็บไฟล์บันทึก').fill('เครื่องแม่ข่ายกลุ่มงานประชุม สป.ดศ.');
  await panel.getByRole('button', { name: 'บันทึกข้อมูลไฟล์บันทึก' }).click();
  await expect(panel.getByTestId('evidence-recording')).toHaveText(
    'GMT20250224-020512_Recording.mp4 ความยาว 179 นาที จัดเก็บที่ เครื่องแม่ข่ายกลุ่มงานประชุม สป.ดศ. (SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08)',
  );
  await expect(panel.getByTestId('evidence-manifest')).toHaveText(/ค่า SHA-256 ของบัญชีหลักฐาน: [0-9a-f]{64}/);
});

test('a second officer removing the report over an older copy is refused naming who matched a row meanwhile', async ({ page, browser, lekha }) => {
  // The name the first officer's saves are recorded under (team sign-in gives each officer theirs).
  await page.goto(lekha.url);
  await page.getByRole('navigation').getByRole('link', { name: 'ตั้งค่า' }).click();
  await page.getByLabel('ชื่อเจ้าหน้าที่').fill('สมหญิง ใจดี');
  await page.getByRole('button', { name: 'บันทึกชื่อ', exact: true }).click();
  await expect(page.getByText('บันทึกแล้ว')).toBeVisible();
  await openDemoMeeting(page, lekha.url);
  await openTab(page, 'หลักฐานการประชุมออนไลน์');
  const first = page.getByRole('tabpanel');
  await first.getByLabel('นำเข้ารายงานผู้เข้าร่วม (CSV จาก Zoom, Webex หรือ Microsoft Teams)').setInputFiles(zoom);
  await expect(first.getByTestId('evidence-import-status')).toContainText('นำเข้ารายงาน zoom-participants-2-2568.csv');

  // The second officer opens the evidence, with the report as imported.
  const other = await (await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', viewport: { width: 1280, height: 900 } })).newPage();
  await openDemoMeeting(other, lekha.url);
  await openTab(other, 'หลักฐานการประชุมออนไลน์');
  const second = other.getByRole('tabpanel');
  const remove = second.getByRole('button', { name: /^ลบรายงาน/ });
  await expect(remove).toBeVisible();

  // The first matches a Latin name by hand.
  const unmatched = first.getByTestId('evidence-unmatched');
  await unmatched.getByLabel('เป็นผู้ใดในรายชื่อ (แถว Malee Saisuwan, DGA)').selectOption({ label: 'นางมาลี สายสุวรรณ' });
  await unmatched.getByRole('listitem').filter({ hasText: 'Malee Saisuwan' }).getByRole('button', { name: 'จับคู่' }).click();
  await expect(unmatched.getByRole('listitem')).toHaveCount(3);

  // The second's removal, made on the copy from before that, is refused: the work is not thrown away.
  await remove.click();
  await expect(second.getByRole('alert')).toContainText('เรื่องนี้มีผู้แก้ไขแล้ว: สมหญิง ใจดี เมื่อ');
  await expect(remove).toBeVisible();
  // The newer copy is on screen at once: her match shows, and the removal can be decided again on it.
  await expect(second.getByTestId('evidence-unmatched').getByRole('listitem')).toHaveCount(3);
  await other.context().close();
});
