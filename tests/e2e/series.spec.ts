import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { personName } from '../../shared/names';
import { expect, test } from './fixtures';

const execFileAsync = promisify(execFile);

// The officers' usual screen; the page must work at this size.
test.use({ viewport: { width: 1366, height: 768 } });

let dir = '';
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lekha-series-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rows = (page: Page): Locator => page.getByTestId('section-row');
const headings = (page: Page) => rows(page).locator('input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });

test('a Cabinet-style series: its own sections reach the meeting and the agenda PDF', async ({ page, lekha }) => {
  // From the settings page to the series list, and a new series with the Cabinet's headings.
  await page.goto(lekha.url);
  await page.getByRole('link', { name: 'ตั้งค่า', exact: true }).click();
  await page.getByRole('link', { name: 'ชุดการประชุม', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ชุดการประชุม');
  await page.getByRole('button', { name: '+ สร้างชุดการประชุมใหม่' }).click();
  await page.getByRole('textbox', { name: 'ชื่อชุดการประชุม (ภาษาไทย)', exact: true }).fill('การประชุมคณะรัฐมนตรี');
  await page.getByLabel('ชื่อย่อ', { exact: true }).fill('ครม.');
  await page.getByText('หมวดระเบียบวาระ: หมวดมาตรฐาน 6 หมวด').click();
  await page.getByRole('button', { name: 'ใช้หมวดแบบการประชุมคณะรัฐมนตรี' }).click();
  await expect(page.getByText('หมวดระเบียบวาระ: 4 หมวดตามที่กำหนด')).toBeVisible();
  expect(await headings(page)).toEqual(['เรื่องกฎหมาย', 'เรื่องเศรษฐกิจ-สังคม', 'เรื่องต่างประเทศ', 'เรื่องแต่งตั้ง']);
  await shot(page, 'series-create-cabinet');
  await page.getByRole('button', { name: 'บันทึกชุดการประชุม' }).click();

  // The series page: the four sections, in order, each left out of documents when empty.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('การประชุมคณะรัฐมนตรี');
  await expect(rows(page)).toHaveCount(4);
  await expect(rows(page).first().getByLabel('ไม่พิมพ์หมวดนี้')).toBeChecked();
  await shot(page, 'series-page-top');
  // The part links jump to a part and give it the focus.
  await page.getByRole('navigation', { name: 'ในหน้านี้' }).getByRole('button', { name: 'หมวดระเบียบวาระ' }).click();
  await expect(page.getByRole('heading', { name: 'หมวดระเบียบวาระ' })).toBeFocused();

  // Keyboard only: one of the series' own sections added, then moved up with Alt+ArrowUp from its handle.
  const sections = page.getByRole('form', { name: 'หมวดระเบียบวาระ' });
  await sections.getByLabel('หัวข้อหมวดใหม่').fill('เรื่องความมั่นคง');
  await sections.getByLabel('หัวข้อหมวดใหม่').press('Enter');
  await expect(rows(page)).toHaveCount(5);
  await page.getByRole('button', { name: 'ย้ายหมวด “เรื่องความมั่นคง” (ลาก หรือกด Alt+ลูกศรขึ้น/ลง)' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(sections.getByRole('status').filter({ hasText: 'เป็นระเบียบวาระที่ 4 จาก 5' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'ย้ายหมวด “เรื่องความมั่นคง” (ลาก หรือกด Alt+ลูกศรขึ้น/ลง)' })).toBeFocused();
  // And by dragging: เรื่องต่างประเทศ onto the upper half of เรื่องเศรษฐกิจ-สังคม.
  await page
    .getByRole('button', { name: 'ย้ายหมวด “เรื่องต่างประเทศ” (ลาก หรือกด Alt+ลูกศรขึ้น/ลง)' })
    .dragTo(rows(page).nth(1), { targetPosition: { x: 300, y: 6 } });
  expect(await headings(page)).toEqual(['เรื่องกฎหมาย', 'เรื่องต่างประเทศ', 'เรื่องเศรษฐกิจ-สังคม', 'เรื่องความมั่นคง', 'เรื่องแต่งตั้ง']);
  await sections.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(sections.getByRole('status').filter({ hasText: 'บันทึกแล้ว' })).toBeVisible();
  await page.getByRole('heading', { name: 'หมวดระเบียบวาระ' }).evaluate((h) => h.scrollIntoView());
  await shot(page, 'series-page-sections');

  // Adopting Lekha mid-year: the next meeting is number 5 of 2568.
  const next = page.getByRole('form', { name: 'เลขครั้งของการประชุมครั้งถัดไป' });
  await next.getByLabel('เริ่มนับครั้งที่').fill('5');
  await next.getByLabel('ปี พ.ศ.').fill('2568');
  await expect(next.getByTestId('next-number-draft')).toHaveText('5/2568');
  await expect(next.getByTestId('next-number-now')).toHaveText('1/2568');
  await next.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(next.getByTestId('next-number-now')).toHaveText('5/2568');
  await next.scrollIntoViewIfNeeded();
  await shot(page, 'series-page-next-number');

  // A meeting in the series takes number 5/2568 and the series' sections.
  await page.getByRole('link', { name: 'รายการประชุม', exact: true }).click();
  await page.getByRole('link', { name: '+ สร้างการประชุม', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'ชุดการประชุม', exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByRole('textbox', { name: 'วันที่ประชุม', exact: true }).fill('19/08/2568');
  await expect(page.getByTestId('number-preview')).toHaveText('5/2568');
  await page.getByRole('button', { name: 'สร้างการประชุม' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ครั้งที่ 5/2568');

  // An item under เรื่องกฎหมาย (a subject from the Cabinet summary of 19 August 2568).
  const subject = 'ร่างพระราชบัญญัติสถาบันค้ำประกันเครดิตแห่งชาติ พ.ศ. ....';
  await page.getByRole('button', { name: 'เพิ่มเรื่องในระเบียบวาระที่ 1' }).click();
  const form = page.getByRole('form', { name: 'เพิ่มเรื่องในระเบียบวาระที่ 1' });
  await form.getByRole('textbox', { name: 'เรื่อง', exact: true }).fill(subject);
  await form.getByRole('button', { name: 'บันทึก' }).click();
  await expect(page.getByTestId('agenda-section-1')).toContainText('เรื่องกฎหมาย');
  await expect(page.getByTestId('agenda-item').filter({ hasText: 'สถาบันค้ำประกันเครดิต' })).toHaveCount(1);

  // The agenda PDF: the series' heading over the item; the empty sections are left out.
  await page.getByRole('button', { name: 'ส่งออกเอกสาร' }).click();
  const dialog = page.getByRole('dialog', { name: 'ส่งออกเอกสาร' });
  await dialog.getByLabel('ระเบียบวาระการประชุม', { exact: true }).check();
  await dialog.getByLabel('PDF (สำหรับพิมพ์และแจ้งเวียน)').check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  const pdfPath = join(dir, 'agenda.pdf');
  await (await download).saveAs(pdfPath);
  const { stdout: text } = await execFileAsync('pdftotext', ['-raw', pdfPath, '-'], { maxBuffer: 16 * 1024 * 1024 });
  expect(text).toMatch(/ระเบียบวาระที่\s*1\s*เรื่องกฎหมาย/);
  expect(text).toContain('สถาบันค้ำประกันเครดิตแห่งชาติ');
  expect(text).not.toContain('เรื่องต่างประเทศ');
  expect(text).not.toContain('เรื่องแต่งตั้ง');
  await page.keyboard.press('Escape');

  await expect(dialog).toBeHidden();

  // Back on the series page (from the meetings list), the section with the item says so and is not removed.
  await page.getByRole('link', { name: 'รายการประชุม', exact: true }).click();
  await page.getByRole('combobox', { name: 'ชุดการประชุม', exact: true }).selectOption({ label: 'การประชุมคณะรัฐมนตรี' });
  await page.getByRole('link', { name: 'ตั้งค่าชุดการประชุม การประชุมคณะรัฐมนตรี' }).click();
  const law = rows(page).first();
  await expect(law).toContainText('มี 1 เรื่องในหมวดนี้');
  await law.getByRole('button', { name: 'ลบหมวด “เรื่องกฎหมาย”' }).click();
  await expect(law).toContainText('หมวด “เรื่องกฎหมาย” มีระเบียบวาระอยู่ 1 เรื่อง ย้ายเรื่องไปหมวดอื่นก่อน จึงจะลบหมวดนี้ได้');
  await expect(rows(page)).toHaveCount(5);
  await shot(page, 'series-page-blocked-remove');
});

test('standing members and default officers are kept by the series', async ({ page, lekha }) => {
  await page.goto(`${lekha.url}#/series`);
  await page.getByRole('button', { name: '+ สร้างชุดการประชุมใหม่' }).click();
  await page.getByRole('textbox', { name: 'ชื่อชุดการประชุม (ภาษาไทย)', exact: true }).fill('การประชุมผู้บริหารกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม');
  await page.getByRole('button', { name: 'บันทึกชุดการประชุม' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('การประชุมผู้บริหารกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม');

  // Two people typed in as new, each added with a role (names and positions from the ministry's release 3/2566).
  const members = page.getByRole('region', { name: 'ผู้เข้าประชุมประจำ' });
  const add = page.getByRole('form', { name: 'เพิ่มผู้เข้าประชุมประจำ' });
  for (const [title, firstName, lastName, position, role] of [
    ['พลตำรวจเอก', 'พัชรวาท', 'วงษ์สุวรรณ', 'รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม', 'chair'],
    ['นาย', 'จตุพร', 'บุรุษพัฒน์', 'ปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม', 'member_secretary'],
  ] as const) {
    await add.getByRole('button', { name: /เพิ่มบุคคลใหม่/ }).click();
    await add.getByLabel('คำนำหน้า', { exact: true }).fill(title);
    await add.getByRole('textbox', { name: 'ชื่อ', exact: true }).fill(firstName);
    await add.getByLabel('นามสกุล', { exact: true }).fill(lastName);
    await add.getByLabel('ตำแหน่ง', { exact: true }).fill(position);
    await add.getByLabel('ตำแหน่งในที่ประชุม', { exact: true }).selectOption(role);
    await add.getByRole('button', { name: '+ เพิ่มเป็นผู้เข้าประชุมประจำ' }).click();
    // A rank written in full is followed by a space (shared/names.ts), นาย is not.
    const shown = personName({ title, firstName, lastName });
    await expect(members.getByTestId('member-row').filter({ hasText: shown })).toHaveCount(1);
  }
  await members.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(members.getByRole('status').filter({ hasText: 'บันทึกแล้ว' })).toBeVisible();

  const officers = page.getByRole('form', { name: 'ผู้จดและผู้ตรวจรายงานการประชุม' });
  await officers.getByLabel('ผู้จดรายงานการประชุม').selectOption({ label: 'นายจตุพร บุรุษพัฒน์ — ปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม' });
  await officers.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(officers.getByRole('status').filter({ hasText: 'บันทึกแล้ว' })).toBeVisible();
  await members.scrollIntoViewIfNeeded();
  await shot(page, 'series-page-members');
  await shot(page, 'series-page-full', true);

  // After a reload both are what the core kept.
  await page.reload();
  await expect(page.getByRole('region', { name: 'ผู้เข้าประชุมประจำ' }).getByTestId('member-row')).toHaveCount(2);
  await expect(page.getByRole('form', { name: 'ผู้จดและผู้ตรวจรายงานการประชุม' }).getByLabel('ผู้จดรายงานการประชุม')).toHaveValue(/[0-9a-f-]{36}/);
});
