import { expect, test } from './fixtures';

test.use({ demo: true, viewport: { width: 1366, height: 768 } });

const minister = 'นายประเสริฐ จันทรรวงทอง';

test('adds an organisation, finds it, deactivates it (gone from pickers), and merges two records of one person', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'หน่วยงานและบุคคล' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ทะเบียนหน่วยงานและบุคคล');
  await expect(page.getByTestId('organisation-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/directory-organisations.png' });

  // Add the National Research Council of Thailand, which the shipped reference data lacks.
  await page.getByRole('button', { name: '+ เพิ่มหน่วยงาน' }).click();
  const form = page.getByRole('form', { name: 'เพิ่มหน่วยงาน' });
  await expect(form.getByRole('heading', { name: 'เพิ่มหน่วยงาน' })).toBeFocused();
  await form.getByLabel('ชื่อหน่วยงาน').fill('สำนักงานการวิจัยแห่งชาติ');
  await form.getByRole('textbox', { name: 'อักษรย่อ', exact: true }).fill('วช.');
  await form.getByLabel('ชื่อภาษาอังกฤษ').fill('National Research Council of Thailand');
  await form.getByLabel('ประเภท').selectOption({ label: 'ส่วนราชการระดับกรม' });
  await form.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
  await expect(page.getByRole('status')).toHaveText('เพิ่มหน่วยงาน วช. แล้ว');

  // Found without the dot, and by its English name.
  const find = page.getByRole('searchbox', { name: 'ค้นหา' });
  await find.fill('วช');
  await expect(page.getByTestId('organisation-row')).toHaveCount(1);
  await expect(page.getByTestId('organisation-row')).toContainText('สำนักงานการวิจัยแห่งชาติ');
  await find.fill('research council');
  await expect(page.getByTestId('organisation-row')).toHaveCount(1);

  await page.getByRole('button', { name: 'เลิกใช้ หน่วยงาน วช.' }).click();
  const dialog = page.getByRole('dialog', { name: 'เลิกใช้หน่วยงาน วช.?' });
  await expect(dialog).toContainText('รายงานการประชุมและเอกสารเดิมยังแสดงชื่อนี้ตามเดิม');
  await dialog.getByRole('button', { name: 'เลิกใช้หน่วยงาน' }).click();
  await expect(page.getByRole('status')).toContainText('เลิกใช้หน่วยงาน วช. แล้ว');
  await expect(page.getByTestId('organisation-row')).toHaveCount(0);
  await page.getByLabel('แสดงหน่วยงานที่เลิกใช้แล้ว').check();
  await expect(page.getByTestId('organisation-row')).toContainText('เลิกใช้แล้ว');
  // Still found by its English name: deactivating changed nothing else.
  await expect(page.getByTestId('organisation-row')).toContainText('National Research Council of Thailand');

  // The policy form no longer offers it as an owner.
  await page.getByRole('link', { name: 'นโยบายและกฎหมาย' }).click();
  await page.getByRole('button', { name: '+ เพิ่มเรื่องที่ติดตาม' }).click();
  const owners = page.getByLabel('หน่วยงานเจ้าของเรื่อง');
  await expect(owners.locator('option', { hasText: 'สดช.' })).toHaveCount(1);
  await expect(owners.locator('option', { hasText: 'วช.' })).toHaveCount(0);
  await page.getByRole('button', { name: 'ยกเลิก' }).click();

  // A second record of the minister, as a hurried import would leave it.
  await page.goto(`${lekha.url}#/directory?tab=people`);
  await expect(page.getByTestId('person-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/directory-people.png' });
  await page.getByRole('button', { name: '+ เพิ่มบุคคล' }).click();
  const personForm = page.getByRole('form', { name: 'เพิ่มบุคคล' });
  await personForm.getByLabel('คำนำหน้า').fill('นาย');
  await personForm.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill('ประเสริฐ');
  await personForm.getByLabel('นามสกุล').fill('จันทรรวงทอง');
  await personForm.getByLabel('ตำแหน่ง').fill('รมว.ดศ.');
  await personForm.getByRole('button', { name: 'เพิ่มบุคคล' }).click();
  await expect(page.getByRole('status')).toHaveText(`เพิ่ม ${minister} แล้ว`);

  const boxes = page.getByRole('checkbox', { name: `เลือก ${minister} เพื่อรวมรายการ` });
  await expect(boxes).toHaveCount(2);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: 'เปรียบเทียบและรวม' }).click();
  const panel = page.getByRole('region', { name: 'รวมรายการบุคคลที่ซ้ำกัน' });
  // Keep the record meetings already name: the one with the full position.
  const positions = await panel.getByRole('row', { name: /^ตำแหน่ง/ }).getByRole('cell').allTextContents();
  const keep = positions.findIndex((p) => p !== 'รมว.ดศ.');
  await panel.getByRole('radio', { name: `เก็บรายการที่ ${keep + 1} ไว้ ${minister}` }).check();
  await page.screenshot({ path: 'test-results/screenshots/directory-merge.png' });
  await panel.getByRole('button', { name: 'รวมรายการ…' }).click();
  const confirm = page.getByRole('dialog', { name: 'ยืนยันการรวมรายการบุคคล' });
  await expect(confirm).toContainText(`เข้ากับรายการที่ ${keep + 1} “${minister}”`);
  await confirm.getByRole('button', { name: 'รวมเป็นรายการเดียว' }).click();
  await expect(page.getByRole('status')).toHaveText(`รวม ${minister} เข้ากับ ${minister} แล้ว`);
  await expect(page.getByRole('checkbox', { name: `เลือก ${minister} เพื่อรวมรายการ` })).toHaveCount(1);
  await expect(page.getByRole('row', { name: new RegExp(minister) })).toContainText('รองนายกรัฐมนตรี');

  // The meeting still names him as its chair: the kept record.
  await page.getByRole('link', { name: 'รายการประชุม' }).click();
  await page.getByRole('link', { name: 'ครั้งที่ 2/2568' }).click();
  const chair = page.getByRole('combobox', { name: 'ประธานในที่ประชุม' });
  await expect(chair.locator('option:checked')).toHaveText(new RegExp(`^${minister} — รองนายกรัฐมนตรี`));
  await expect(chair.locator('option', { hasText: minister })).toHaveCount(1);
});
