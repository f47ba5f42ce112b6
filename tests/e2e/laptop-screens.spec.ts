import { expect, openDemoMeeting, openMeetingsList, openTab, openTracker, test } from './fixtures';
import { boxOf, coveredParts, cutOff, cutOffWhileScrolling, inside, LAPTOP } from './layout-checks';

test.use({ demo: true, viewport: LAPTOP });

/**
 * The officer's review at 1366×768 (E20–E23 and a walk through every main page): nothing an
 * officer needs is cut off, covered, or below the fold of a dialog. Screenshots of each screen are
 * kept in test-results/screenshots/laptop-*.png for a person to look at.
 */
const shots = 'test-results/screenshots/laptop';

test('E21 actions: every progress button lies whole inside the table, with the side panel shut and open', async ({ page, lekha }) => {
  await openTracker(page, lekha.url);
  await expect(page.getByTestId('tracker-total')).toHaveText('พบ 3 รายการ');
  const rows = page.getByTestId('tracker-row');
  const table = page.getByTestId('tracker-scroll');
  const check = async () => {
    const frame = await boxOf(table);
    for (let i = 0; i < (await rows.count()); i++) {
      const button = rows.nth(i).getByRole('button', { name: /^ความคืบหน้า ของ/ });
      const box = await boxOf(button);
      expect(inside(box, frame), `row ${i + 1}: button ${JSON.stringify(box)} in table ${JSON.stringify(frame)}`).toBe(true);
      expect(box.x + box.width).toBeLessThanOrEqual(LAPTOP.width);
      // Its own cell does not clip it either.
      expect(inside(box, await boxOf(rows.nth(i).locator('.tracker__cell--progress')))).toBe(true);
    }
    expect(await cutOff(page)).toEqual([]);
  };
  await check();
  await page.screenshot({ path: `${shots}-actions.png` });

  await rows.first().getByRole('button', { name: /^ความคืบหน้า ของ/ }).click();
  await expect(page.getByRole('complementary', { name: 'ความคืบหน้า' })).toBeVisible();
  await check();
  await page.screenshot({ path: `${shots}-actions-panel.png` });
});

test('E21 actions: the bulk status confirmation is readable, nothing lies over it or touches it', async ({ page, lekha }) => {
  await openTracker(page, lekha.url);
  const rows = page.getByTestId('tracker-row');
  await expect(rows).toHaveCount(3);
  const confirm = async (count: number, status: string) => {
    for (let i = 0; i < count; i++) await rows.nth(i).getByRole('checkbox').check();
    await page.getByLabel('เปลี่ยนเป็น').selectOption({ label: status });
    await page.getByRole('button', { name: 'เปลี่ยนสถานะ' }).click();
    const question = page.getByRole('alertdialog');
    await expect(question).toContainText(`เปลี่ยนสถานะ ${count} รายการเป็น “${status}” ใช่หรือไม่`);
    const text = page.locator('#tracker-bulk-confirm-text');
    expect(await coveredParts(text)).toEqual([]);
    expect(await cutOff(page)).toEqual([]);
    return question;
  };
  await confirm(2, 'ดำเนินการแล้วเสร็จ');
  await page.screenshot({ path: `${shots}-actions-confirm.png` });
  await page.getByRole('button', { name: 'ยืนยัน เปลี่ยน' }).click();
  await expect(page.getByText('เปลี่ยนสถานะ 2 รายการเป็น “ดำเนินการแล้วเสร็จ” แล้ว')).toBeVisible();

  // Again with the last change and its undo button on show: the line is fuller.
  await confirm(3, 'อยู่ระหว่างดำเนินการ');
  const undo = page.getByRole('button', { name: 'เลิกทำ' });
  await expect(undo).toBeVisible();
  expect(await coveredParts(page.locator('.tracker-bulk__undo'))).toEqual([]);
  await page.screenshot({ path: `${shots}-actions-confirm-again.png` });
});

test('E23 export dialog: fits the window at 1366×768, its body scrolls and the export button stays in view', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  await page.getByRole('button', { name: 'ส่งออกเอกสาร' }).click();
  const dialog = page.getByRole('dialog', { name: 'ส่งออกเอกสาร' });
  await expect(dialog).toBeVisible();
  const screen = { x: 0, y: 0, ...LAPTOP };
  const exportButton = dialog.getByRole('button', { name: 'ส่งออก', exact: true });
  const closeButton = dialog.getByRole('button', { name: 'ปิด', exact: true });
  const check = async () => {
    expect(inside(await boxOf(dialog), screen), `dialog ${JSON.stringify(await boxOf(dialog))}`).toBe(true);
    for (const button of [exportButton, closeButton]) {
      const box = await boxOf(button);
      expect(inside(box, screen), `button ${JSON.stringify(box)}`).toBe(true);
      // Nothing lies over it: a click at its centre reaches it.
      expect(await button.evaluate((b) => {
        const r = b.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!top && (top === b || b.contains(top));
      })).toBe(true);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await cutOff(page)).toEqual([]);
  };
  await check();
  await page.screenshot({ path: `${shots}-export.png` });
  // As it opens (the minutes, PDF, the settings of the series), the whole form is in view: nothing to scroll to.
  const body = dialog.getByTestId('dialog-scroll');
  const overflow = await body.evaluate((b) => b.scrollHeight - b.clientHeight);
  console.log(`[laptop] export dialog body at 1366×768: ${overflow}px more than it shows`);
  expect(overflow).toBeLessThanOrEqual(0);

  // Opening the further settings makes the form longer still: its body scrolls, the buttons stay.
  await dialog.locator('summary', { hasText: 'ตั้งค่าเพิ่มเติม' }).click();
  await check();
  expect(await body.evaluate((b) => b.scrollHeight > b.clientHeight)).toBe(true);
  await body.evaluate((b) => b.scrollTo(0, b.scrollHeight));
  await check();
  await page.screenshot({ path: `${shots}-export-scrolled.png` });
});

test('E22 meeting: the quorum reads as an officer writes it, and nothing on the meeting page is cut off', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);
  // 2/2568: eight members, one absent with a substitute who came, so eight of eight.
  await expect(page.getByTestId('quorum').getByRole('status')).toHaveText('ครบองค์ประชุม (มาประชุม 8 จาก 8 คน ต้องการอย่างน้อย 5 คน)');
  expect(await cutOffWhileScrolling(page, `${shots}-meeting`)).toEqual([]);

  // One member put back to "not yet confirmed": no longer counted, and the line says so.
  const somchai = page.getByTestId('attendance-row').filter({ hasText: 'นายสมชาย ใจดี' });
  await somchai.getByRole('button', { name: 'แก้ไข' }).click();
  const form = page.locator('.attendance__row--editing');
  await form.getByLabel('ยังไม่ยืนยัน').check();
  await form.getByRole('button', { name: 'บันทึก' }).click();
  const quorum = page.getByTestId('quorum');
  await expect(quorum.getByRole('status')).toHaveText('ครบองค์ประชุม (มาประชุม 7 จาก 8 คน ต้องการอย่างน้อย 5 คน ยังไม่ยืนยันการเข้าประชุม 1 คน)');
  await quorum.scrollIntoViewIfNeeded();
  expect(await cutOff(page)).toEqual([]);
  await page.screenshot({ path: `${shots}-meeting-quorum-unconfirmed.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const [tab, name] of [['บันทึกรายงานการประชุม', 'minutes'], ['การรับรองและฉบับต่าง ๆ', 'certification'], ['ประวัติการแก้ไข', 'history']]) {
    await openTab(page, tab);
    expect(await cutOffWhileScrolling(page, `${shots}-meeting-${name}`), tab).toEqual([]);
  }
});

test('E20 series: its standing members are ผู้เข้าประชุมประจำ, never องค์ประชุมประจำ, and nothing is cut off', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('หน้าแรก');
  await page.goto(`${lekha.url.split('?')[0]}#/series`);
  await expect(page.getByRole('columnheader', { name: 'ผู้เข้าประชุมประจำ' })).toBeVisible();
  expect(await cutOffWhileScrolling(page, `${shots}-series-list`)).toEqual([]);
  await page.getByRole('link', { name: /Top Executives/ }).click();
  await expect(page.getByRole('region', { name: 'ผู้เข้าประชุมประจำ' }).getByTestId('member-row')).toHaveCount(8);
  await expect(page.getByRole('form', { name: 'เพิ่มผู้เข้าประชุมประจำ' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('องค์ประชุมประจำ');
  expect(await cutOffWhileScrolling(page, `${shots}-series`)).toEqual([]);

  // The officers, each the person of the longest "name — position": the drop-downs show it whole.
  for (const id of ['series-secretaryId', 'series-minuteTakerId', 'series-reviewerId']) {
    const select = page.locator(`#${id}`);
    const longest = await select.evaluate((s: HTMLSelectElement) => [...s.options].sort((a, b) => b.text.length - a.text.length)[0].value);
    await select.selectOption(longest);
  }
  await page.locator('#series-reviewerId').scrollIntoViewIfNeeded();
  expect(await cutOff(page)).toEqual([]);
  await page.screenshot({ path: `${shots}-series-officers.png` });
});

test('the other main pages at 1366×768: nothing cut off', async ({ page, lekha }) => {
  const base = lekha.url.split('?')[0];
  // The start page, then the meetings list.
  await page.goto(lekha.url);
  await expect(page.getByRole('region', { name: 'ข้อสั่งการที่เกินกำหนด' }).getByRole('row').nth(1)).toBeVisible();
  expect(await cutOffWhileScrolling(page, `${shots}-home`), 'home').toEqual([]);
  // The header's navigation keeps to one line (ตั้งค่า went to a second one at 1280 px).
  const tops = await page.getByRole('navigation').getByRole('link').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
  expect(new Set(tops).size, `navigation link tops ${tops.join(', ')}`).toBe(1);
  await openMeetingsList(page, lekha.url);
  await expect(page.getByRole('link', { name: 'ครั้งที่ 2/2568' })).toBeVisible();
  expect(await cutOffWhileScrolling(page, `${shots}-meetings`), 'meetings').toEqual([]);
  await page.getByRole('link', { name: '+ สร้างการประชุม' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('สร้างการประชุมใหม่');
  expect(await cutOffWhileScrolling(page, `${shots}-new-meeting`), 'new meeting').toEqual([]);
  await page.goto(`${base}#/directory`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ทะเบียนหน่วยงานและบุคคล');
  await expect(page.getByText('กระทรวงการคลัง', { exact: true })).toBeVisible();
  expect(await cutOffWhileScrolling(page, `${shots}-directory`), 'organisations').toEqual([]);
  await page.goto(`${base}#/directory?tab=people`);
  await expect(page.getByRole('button', { name: '+ เพิ่มบุคคล' })).toBeVisible();
  expect(await cutOffWhileScrolling(page, `${shots}-directory-people`), 'people').toEqual([]);
  await page.goto(`${base}#/policies`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('นโยบายและร่างกฎหมายที่ติดตาม');
  expect(await cutOffWhileScrolling(page, `${shots}-policies`), 'policies').toEqual([]);
});
