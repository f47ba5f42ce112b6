import type { Locator, Page } from '@playwright/test';
import { addAgendaItem, agendaItem, chooseAgendaAction, createSeries, expect, openAgendaItem, test } from './fixtures';

/** A series and its meeting 1/2569, from an empty database, as an officer makes them. */
async function newMeeting(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('link', { name: 'สร้างชุดการประชุม' }).click();
  await createSeries(page, 'การประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
  await page.getByRole('textbox', { name: 'วันที่ประชุม', exact: true }).fill('25/11/2569');
  await page.getByRole('button', { name: 'สร้างการประชุม' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ครั้งที่ 1/2569');
}

const section = (page: Page, n: number): Locator => page.getByTestId(`agenda-section-${n}`);
const item = agendaItem;
/** The item's own block (without its sub-items): where a drop lands. */
const block = (page: Page, number: string): Locator => item(page, number).locator(':scope > .agenda-item__main');
const handle = (page: Page, number: string): Locator => page.getByRole('button', { name: `ย้ายเรื่อง ${number} (ลาก หรือกด Alt+ลูกศร)` });

/** `["4.1 …subject", …]` of a section, as numbered by the core. */
async function numbered(page: Page, n: number): Promise<string[]> {
  return section(page, n).getByTestId('agenda-item').evaluateAll((items) =>
    items.map((i) => `${i.getAttribute('data-number')} ${i.querySelector('.agenda-item__subject')?.textContent ?? ''}`),
  );
}

test('drags items within and across sections; the renumbering survives a reload', async ({ page, lekha }) => {
  await newMeeting(page, lekha.url);
  await addAgendaItem(page, 4, 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');
  await addAgendaItem(page, 4, 'บัญชีบริการดิจิทัลสำหรับภาครัฐ');
  await addAgendaItem(page, 5, 'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568');
  expect(await numbered(page, 4)).toEqual(['4.1 เรื่อง ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม', '4.2 เรื่อง บัญชีบริการดิจิทัลสำหรับภาครัฐ']);

  // 4.2 onto the upper half of 5.1: it goes before it, in section 5.
  await handle(page, '4.2').dragTo(block(page, '5.1'), { targetPosition: { x: 200, y: 4 } });
  await expect(section(page, 5).getByTestId('agenda-item')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'เป็นเรื่อง 5.1 แล้ว' })).toHaveCount(1);
  expect(await numbered(page, 4)).toEqual(['4.1 เรื่อง ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม']);
  expect(await numbered(page, 5)).toEqual(['5.1 เรื่อง บัญชีบริการดิจิทัลสำหรับภาครัฐ', '5.2 เรื่อง โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568']);

  // Within a section: 5.2 onto the upper half of 5.1.
  await handle(page, '5.2').dragTo(block(page, '5.1'), { targetPosition: { x: 200, y: 4 } });
  await expect(item(page, '5.1')).toContainText('สำมะโนประชากร');

  // Onto an empty section's heading: the end of that section. (Both in view first: a drag does not scroll.)
  await section(page, 3).scrollIntoViewIfNeeded();
  await handle(page, '4.1').dragTo(section(page, 3).getByRole('heading'));
  await expect(section(page, 3).getByTestId('agenda-item')).toHaveCount(1);
  await expect(section(page, 4)).toContainText('ไม่มี');

  await page.reload();
  await expect(section(page, 5).getByTestId('agenda-item')).toHaveCount(2);
  expect(await numbered(page, 3)).toEqual(['3.1 เรื่อง ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม']);
  expect(await numbered(page, 4)).toEqual([]);
  expect(await numbered(page, 5)).toEqual(['5.1 เรื่อง โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568', '5.2 เรื่อง บัญชีบริการดิจิทัลสำหรับภาครัฐ']);
});

test('moves items with the keyboard only: Alt+Arrow keys, "move to section…", sub-items', async ({ page, lekha }) => {
  await newMeeting(page, lekha.url);
  await addAgendaItem(page, 4, 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');
  await addAgendaItem(page, 4, 'บัญชีบริการดิจิทัลสำหรับภาครัฐ');
  await addAgendaItem(page, 5, 'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568');

  // Alt+ArrowDown on the last item of section 4 takes it to the top of section 5; focus stays with it.
  await handle(page, '4.2').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(item(page, '5.1')).toContainText('บัญชีบริการดิจิทัล');
  await expect(handle(page, '5.1')).toBeFocused();
  // Alt+ArrowDown again: below the census item.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(item(page, '5.2')).toContainText('บัญชีบริการดิจิทัล');
  await expect(handle(page, '5.2')).toBeFocused();
  // Alt+ArrowRight: a sub-item of the item above, numbered 5.1.1.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(item(page, '5.1.1')).toContainText('บัญชีบริการดิจิทัล');
  await expect(item(page, '5.1').locator('.agenda__items--sub').getByTestId('agenda-item')).toHaveCount(1);
  // Alt+ArrowLeft: an item again.
  await handle(page, '5.1.1').focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(item(page, '5.2')).toContainText('บัญชีบริการดิจิทัล');

  // The item's menu, then "move to another section…", then a section, all by keys.
  await page.getByRole('button', { name: 'จัดการ เรื่อง 4.1', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'เลื่อนขึ้น' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'ย้ายไประเบียบวาระอื่น หรือจัดเป็นเรื่องย่อย…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('ย้ายไประเบียบวาระ', { exact: true })).toBeFocused();
  await page.getByLabel('ย้ายไประเบียบวาระ', { exact: true }).selectOption({ label: 'ระเบียบวาระที่ 6 เรื่องอื่น ๆ (ถ้ามี)' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(item(page, '6.1')).toContainText('ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');
  await expect(handle(page, '6.1')).toBeFocused();

  await page.reload();
  await expect(item(page, '6.1')).toContainText('ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');
  expect(await numbered(page, 5)).toEqual(['5.1 เรื่อง โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568', '5.2 เรื่อง บัญชีบริการดิจิทัลสำหรับภาครัฐ']);
  await page.locator('.agenda').screenshot({ path: 'test-results/screenshots/agenda-builder.png' });
});

test('adds a sub-item with its presenting organisation, attaches a small file and lists it after a reload', async ({ page, lekha }) => {
  await newMeeting(page, lekha.url);
  await addAgendaItem(page, 4, 'ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');

  await chooseAgendaAction(page, '4.1', 'เพิ่มเรื่องย่อย');
  const form = page.getByRole('form', { name: 'เพิ่มเรื่องย่อยภายใต้เรื่อง 4.1' });
  await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill('ความเห็นของสำนักงานคณะกรรมการกฤษฎีกา');
  await form.getByLabel('หน่วยงานที่เสนอ', { exact: true }).selectOption({ label: 'ดีป้า — สำนักงานส่งเสริมเศรษฐกิจดิจิทัล' });
  await form.getByRole('button', { name: 'บันทึก' }).click();
  await expect(item(page, '4.1.1')).toContainText('ความเห็นของสำนักงานคณะกรรมการกฤษฎีกา');
  await expect(item(page, '4.1.1')).toContainText('หน่วยงานที่เสนอ: ดีป้า');

  await openAgendaItem(page, '4.1.1');
  await page.getByLabel('แนบไฟล์ในเรื่อง 4.1.1', { exact: true }).setInputFiles({
    name: 'บันทึกความเห็น.txt', mimeType: 'text/plain', buffer: Buffer.from('ความเห็นประกอบการพิจารณา\n', 'utf8'),
  });
  const file = item(page, '4.1.1').getByTestId('attachment');
  await expect(file).toHaveCount(1);
  await expect(file).toContainText('บันทึกความเห็น.txt');
  // 73 bytes of UTF-8 Thai, and the start of its SHA-256.
  await expect(file).toContainText('73 ไบต์');
  await expect(file).toContainText(/SHA-256 [0-9a-f]{8}/);

  await page.reload();
  // Closed, the row counts the file; opened, the item lists it.
  await expect(item(page, '4.1.1')).toContainText('ไฟล์แนบ 1');
  await openAgendaItem(page, '4.1.1');
  await expect(item(page, '4.1.1').getByTestId('attachment')).toContainText('บันทึกความเห็น.txt');
  // In browser mode the file cannot open in a desktop viewer: it is downloaded.
  const download = page.waitForEvent('download');
  await item(page, '4.1.1').getByRole('button', { name: 'เปิดไฟล์ บันทึกความเห็น.txt' }).click();
  expect((await download).suggestedFilename()).toBe('บันทึกความเห็น.txt');
});
