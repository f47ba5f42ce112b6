import { expect, openAgendaItem, openMeetingsList, openTab, test } from './fixtures';

test.use({ demo: true });

/**
 * Issue 8, the officer's path on the demo database: a new meeting refused empty, dated in the
 * Gregorian year by habit, prepared from 2/2568 (3.1 carried with its policy), attendance marked,
 * 2/2568 certified there (the amendment claim checked against the text), then a bulk change undone.
 */
test('from an empty form to 3/2568 prepared, attendance marked, 2/2568 certified, a bulk change undone', async ({ page, lekha }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openMeetingsList(page, lekha.url);

  // ── An empty form creates nothing ──
  await page.getByRole('link', { name: '+ สร้างการประชุม' }).first().click();
  await page.getByRole('button', { name: 'สร้างการประชุม' }).click();
  await expect(page.getByText(/การประชุมต้องมีวันที่ประชุม/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'วันที่ประชุม', exact: true })).toBeFocused();

  // ── Dated as officers sometimes type it: the Gregorian year is read as such and said so ──
  await page.getByRole('textbox', { name: 'วันที่ประชุม', exact: true }).fill('24/3/2025');
  await expect(page.getByText(/อ่านปี 2025 เป็น ค\.ศ\. จึงบันทึกเป็น พ\.ศ\. 2568/)).toBeVisible();
  await expect(page.getByTestId('number-preview')).toHaveText('3/2568');
  await page.getByRole('button', { name: 'สร้างการประชุม' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ครั้งที่ 3/2568');

  // ── Prepared from 2/2568: 2.1 certifies it, section 3 starts at 3.1 and keeps the policy links ──
  const items = page.getByTestId('agenda-item');
  await expect(items.filter({ hasText: 'รับรองรายงานการประชุมครั้งที่ 2/2568' })).toHaveAttribute('data-number', '2.1');
  const carried = page.getByTestId('agenda-section-3').getByTestId('agenda-item');
  await expect(carried.first()).toHaveAttribute('data-number', '3.1');
  const bill = carried.filter({ hasText: 'พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม' });
  await openAgendaItem(page, (await bill.getAttribute('data-number')) ?? '');
  await expect(bill.getByTestId('item-policies')).toBeVisible();
  await expect(bill.getByTestId('item-policies')).not.toContainText('ยังไม่ได้เชื่อมโยงกับนโยบาย');

  // ── Attendance: nobody is present yet; one absent with a reason in one action, the rest in one press ──
  await expect(page.getByTestId('quorum')).toContainText('ยังไม่ยืนยันการเข้าประชุม');
  const first = page.getByTestId('attendance-row').first();
  await first.getByRole('combobox').selectOption({ label: 'ไม่มาประชุม: ติดราชการ' });
  await expect(page.getByRole('region', { name: /ผู้ไม่มาประชุม/ })).toContainText('ไม่มาประชุม: ติดราชการ');
  await page.getByRole('button', { name: /ทุกคนที่ยังไม่ยืนยัน: มาประชุม ณ สถานที่/ }).click();
  await expect(page.getByTestId('quorum')).toContainText('ครบองค์ประชุม');
  await expect(page.getByTestId('quorum')).not.toContainText('ยังไม่ยืนยัน');
  await page.screenshot({ path: 'test-results/screenshots/meeting-3-2568.png', fullPage: true });

  // ── 2/2568: circulated, then certified at 3/2568 item 2.1 ──
  await page.goto(`${lekha.url.split('?')[0]}#/meetings`);
  await page.getByRole('link', { name: 'ครั้งที่ 2/2568' }).click();
  await openTab(page, 'การรับรองและฉบับต่าง ๆ');
  await page.getByRole('button', { name: 'แจ้งเวียน', exact: true }).click();
  await expect(page.getByText('แจ้งเวียนแล้ว จัดเก็บเป็นฉบับที่ 1')).toBeVisible();
  const form = page.getByRole('form', { name: 'รับรองรายงานการประชุม' });
  await expect(form.getByLabel('การประชุมที่รับรอง')).toHaveValue(/.+/);
  // "With amendments" while nothing was amended: said before confirming, and nothing is sent.
  await form.getByLabel('โดยมีการแก้ไข').check();
  await form.getByLabel(/^ข้อความที่แก้ไข/).fill('ระเบียบวาระที่ 4.1 แก้ไขถ้อยคำ');
  await form.getByRole('button', { name: 'รับรองรายงานการประชุม' }).click();
  await expect(form.getByText(/ยังไม่ได้แก้ไขข้อความ/)).toBeVisible();
  await expect(form.getByRole('button', { name: 'ยืนยันการรับรอง' })).toHaveCount(0);
  await form.getByLabel('โดยไม่มีการแก้ไข').check();
  await form.getByRole('button', { name: 'รับรองรายงานการประชุม' }).click();
  await form.getByRole('button', { name: 'ยืนยันการรับรอง' }).click();
  await expect(page.getByTestId('certification-record')).toContainText('รับรองในการประชุมครั้งที่ 3/2568 ระเบียบวาระที่ 2.1');

  // ── A bulk change, confirmed by its count, then undone ──
  await page.getByRole('link', { name: 'ติดตามข้อสั่งการ' }).click();
  await expect(page.getByTestId('tracker-total')).toHaveText('พบ 3 รายการ');
  const rows = page.getByTestId('tracker-row');
  for (const i of [0, 1]) await rows.nth(i).getByRole('checkbox').check();
  await expect(page.getByLabel('เปลี่ยนเป็น')).toHaveValue('');
  await page.getByLabel('เปลี่ยนเป็น').selectOption({ label: 'ดำเนินการแล้วเสร็จ' });
  await page.getByRole('button', { name: 'เปลี่ยนสถานะ' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('เปลี่ยนสถานะ 2 รายการเป็น “ดำเนินการแล้วเสร็จ” ใช่หรือไม่');
  await page.getByRole('button', { name: 'ยืนยัน เปลี่ยน' }).click();
  await expect(page.getByText('เปลี่ยนสถานะ 2 รายการเป็น “ดำเนินการแล้วเสร็จ” แล้ว')).toBeVisible();
  await expect(rows.filter({ hasText: 'ดำเนินการแล้วเสร็จ' })).toHaveCount(2);
  await page.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(page.getByText('เลิกทำแล้ว คืนสถานะเดิมให้ 2 รายการ')).toBeVisible();
  await expect(rows.filter({ hasText: 'ดำเนินการแล้วเสร็จ' })).toHaveCount(0);
});
