import type { Locator, Page } from '@playwright/test';
import { addNewAttendee, createSeries, expect, test } from './fixtures';

const row = (page: Page, name: string): Locator => page.getByTestId('attendance-row').filter({ hasText: name });

test('from an empty database: a series, a meeting, its attendees and an agenda item survive a reload', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  await expect(page.getByText(/ยังไม่มีชุดการประชุม/)).toBeVisible();
  await page.getByRole('link', { name: 'สร้างชุดการประชุม' }).click();

  // The series, with its Thai name.
  await createSeries(page, 'การประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 'ผู้บริหาร ดศ.');

  // The meeting: Buddhist-era date as typed by officers, times as `9.30`.
  await page.getByRole('textbox', { name: 'วันที่ประชุม', exact: true }).fill('25/11/2569');
  await expect(page.getByText('วันพุธที่ 25 พฤศจิกายน 2569')).toBeVisible();
  await expect(page.getByTestId('number-preview')).toHaveText('1/2569');
  await page.getByLabel('เวลาเริ่มประชุม', { exact: true }).fill('9.30');
  await page.getByLabel('เวลาเลิกประชุม', { exact: true }).fill('12.00');
  await page.getByLabel('สถานที่', { exact: true }).fill('ห้องประชุม 801 อาคารสำนักงานใหญ่ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน)');
  await page.getByLabel('แบบผสม (ณ สถานที่และผ่านสื่ออิเล็กทรอนิกส์)', { exact: true }).check();
  await page.getByLabel('ระบบประชุมผ่านสื่ออิเล็กทรอนิกส์', { exact: true }).fill('Cisco Webex');
  await page.getByRole('button', { name: 'สร้างการประชุม' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ครั้งที่ 1/2569');

  // Attendees: on site, electronic, an absent member and a substitute for them.
  await addNewAttendee(page, {
    title: 'นาย', firstName: 'ประเสริฐ', lastName: 'จันทรรวงทอง', position: 'รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
    presence: 'มาประชุม ณ สถานที่', meetingRole: 'ประธาน',
  });
  await addNewAttendee(page, {
    title: 'นางสาว', firstName: 'พรทิพย์', lastName: 'ศรีสุข', position: 'ผู้อำนวยการสำนักงานส่งเสริมเศรษฐกิจดิจิทัล', presence: 'ประชุมผ่านสื่ออิเล็กทรอนิกส์',
  });
  await addNewAttendee(page, {
    title: 'นาย', firstName: 'สมชาย', lastName: 'ใจดี', position: 'ผู้อำนวยการสำนักงานสถิติแห่งชาติ', presence: 'ไม่มาประชุม', reason: 'ติดราชการ',
  });
  await addNewAttendee(page, {
    title: 'นาง', firstName: 'สุดา', lastName: 'ดีงาม', position: 'รองผู้อำนวยการสำนักงานสถิติแห่งชาติ', role: 'substitute',
    substituteFor: 'นายสมชาย ใจดี — ผู้อำนวยการสำนักงานสถิติแห่งชาติ', presence: 'มาประชุม ณ สถานที่',
  });

  // An agenda item under ระเบียบวาระที่ 4.
  await page.getByRole('button', { name: 'เพิ่มเรื่องในระเบียบวาระที่ 4' }).click();
  const itemForm = page.getByRole('form', { name: 'เพิ่มเรื่องในระเบียบวาระที่ 4' });
  await itemForm.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill('(ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....');
  await itemForm.getByLabel('หน่วยงานที่เสนอ', { exact: true }).selectOption({ label: 'ดีป้า — สำนักงานส่งเสริมเศรษฐกิจดิจิทัล' });
  await itemForm.getByLabel('สรุปสาระสำคัญ', { exact: true }).fill('ดีป้าเสนอร่างพระราชบัญญัติเพื่อส่งเสริมอุตสาหกรรมเกม แยกจากพระราชบัญญัติภาพยนตร์และวีดิทัศน์');
  await itemForm.getByLabel('ข้อเสนอเพื่อพิจารณา', { exact: true }).fill('จึงเสนอที่ประชุมเพื่อโปรดพิจารณา');
  await itemForm.getByRole('button', { name: 'บันทึก' }).click();
  const section4 = page.getByTestId('agenda-section-4');
  await expect(section4.getByTestId('agenda-item')).toHaveCount(1);

  // Everything is in the database, not only on screen.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ครั้งที่ 1/2569');
  await expect(page.locator('.meeting-head__when')).toHaveText('วันพุธที่ 25 พฤศจิกายน 2569 · เวลา 09.30 น. – 12.00 น.');
  await expect(page.getByRole('textbox', { name: 'วันที่ประชุม', exact: true })).toHaveValue('25/11/2569');
  await expect(page.getByLabel('ระบบประชุมผ่านสื่ออิเล็กทรอนิกส์', { exact: true })).toHaveValue('Cisco Webex');
  await expect(page.getByTestId('attendance-row')).toHaveCount(4);
  await expect(row(page, 'นายประเสริฐ จันทรรวงทอง')).toContainText('มาประชุม ณ สถานที่');
  await expect(row(page, 'นางสาวพรทิพย์ ศรีสุข')).toContainText('ประชุมผ่านสื่ออิเล็กทรอนิกส์');
  const absent = page.getByRole('region', { name: /ผู้ไม่มาประชุม/ }).getByTestId('attendance-row');
  await expect(absent).toHaveCount(1);
  await expect(absent).toContainText('นายสมชาย ใจดี');
  await expect(absent).toContainText('ติดราชการ');
  await expect(row(page, 'นางสุดา ดีงาม')).toContainText('แทน นายสมชาย ใจดี');
  const item = section4.getByTestId('agenda-item');
  await expect(item).toContainText('4.1');
  await expect(item).toContainText('(ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....');
  await expect(item).toContainText('ดีป้า');

  // The meetings list shows it with its series (by its short name) and its date, and counts it.
  await page.getByRole('link', { name: 'กลับไปรายการประชุม' }).click();
  await expect(page.getByTestId('meetings-total')).toHaveText('พบ 1 ครั้ง');
  const listed = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'ครั้งที่ 1/2569' }) });
  await expect(listed).toContainText('ผู้บริหาร ดศ.');
  await expect(listed).toContainText('25 พ.ย. 2569');
  await listed.getByRole('link', { name: 'ครั้งที่ 1/2569' }).click();
  await expect(page.getByTestId('attendance-row')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/screenshots/meeting-page.png', fullPage: true });
});
