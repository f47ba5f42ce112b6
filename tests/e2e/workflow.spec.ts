import type { Locator, Page } from '@playwright/test';
import { API_INVOKE_PATH, TOKEN_HEADER } from '../../shared/bridge';
import { addAgendaItem, addNewAttendee, chooseAgendaAction, createSeries, expect, openAgendaItem, openTab, test } from './fixtures';

/*
 * Issue 4, "How it is checked": the secretariat's month from an empty database — a meeting, its
 * attendance and agenda, the minutes and the chair's directives, circulation, the next meeting
 * preparing itself, certification with an amendment, and then nothing of the certified meeting moves.
 */

const SERIES = 'การประชุมผู้บริหารกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม';
/** Its short name, which the meetings list shows in each meeting's row. */
const SHORT = 'ผู้บริหาร ดศ.';
const SHOTS = 'test-results/screenshots';

async function createMeeting(page: Page, date: string, number: string): Promise<void> {
  await page.getByRole('textbox', { name: 'วันที่ประชุม', exact: true }).fill(date);
  await expect(page.getByTestId('number-preview')).toHaveText(number);
  await page.getByLabel('เวลาเริ่มประชุม', { exact: true }).fill('9.30');
  await page.getByLabel('เวลาเลิกประชุม', { exact: true }).fill('12.00');
  await page.getByLabel('สถานที่', { exact: true }).fill('ห้องประชุม 801 อาคารสำนักงานใหญ่ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน)');
  await page.getByLabel('แบบผสม (ณ สถานที่และผ่านสื่ออิเล็กทรอนิกส์)', { exact: true }).check();
  await page.getByLabel('ระบบประชุมผ่านสื่ออิเล็กทรอนิกส์', { exact: true }).fill('Cisco Webex');
  await page.getByRole('button', { name: 'สร้างการประชุม' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`ครั้งที่ ${number}`);
}

const navItem = (page: Page, number: string): Locator =>
  page.getByRole('navigation', { name: 'ระเบียบวาระการประชุม' }).getByTestId('minutes-nav-item').filter({ hasText: new RegExp(`^${number.replace('.', '\\.')}`) });
const editorTitle = (page: Page): Locator => page.getByTestId('minutes-editor').getByRole('heading', { level: 3 });
const resolution = (page: Page): Locator => page.getByTestId('minutes-editor').getByRole('textbox', { name: 'มติที่ประชุม' });
const discussion = (page: Page): Locator => page.getByTestId('minutes-editor').getByRole('textbox', { name: 'สาระการพิจารณาของที่ประชุม' });
const saved = (page: Page): Locator => page.getByTestId('minutes-editor').getByTestId('save-state');

async function openMeeting(page: Page, number: string): Promise<void> {
  await page.getByRole('link', { name: 'กลับไปรายการประชุม' }).click();
  // The meetings list, a row per meeting with its series.
  const row = page.getByRole('row').filter({ hasText: SHORT }).filter({ has: page.getByRole('link', { name: `ครั้งที่ ${number}`, exact: true }) });
  await row.getByRole('link', { name: `ครั้งที่ ${number}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`ครั้งที่ ${number}`);
}

/** Call the core the way the page does, with the session token: what any other client could try. */
async function invoke(page: Page, method: string, args: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(
    async ({ path, header, method, args }) => {
      const token = sessionStorage.getItem('lekha.token') ?? '';
      const response = await fetch(`${path}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: token },
        body: JSON.stringify(args),
      });
      return response.json();
    },
    { path: API_INVOKE_PATH, header: TOKEN_HEADER, method, args },
  );
}

test('from an empty database: meeting 1/2569 is written, circulated, prepared into 2/2569, certified there with an amendment, then locked', async ({ page, lekha }) => {
  test.setTimeout(180_000);
  await page.goto(lekha.url);

  // ── The series and meeting 1/2569 ──
  await page.getByRole('link', { name: 'สร้างชุดการประชุม' }).click();
  await createSeries(page, SERIES, SHORT);
  await createMeeting(page, '25/11/2569', '1/2569');

  // ── Attendance: the chair on site, a member by video conference, an absent member and the one sitting in ──
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
  await expect(page.getByTestId('attendance-row').filter({ hasText: 'นางสาวพรทิพย์ ศรีสุข' })).toContainText('ประชุมผ่านสื่ออิเล็กทรอนิกส์');
  await expect(page.getByTestId('attendance-row').filter({ hasText: 'นางสุดา ดีงาม' })).toContainText('แทน นายสมชาย ใจดี');

  // ── The agenda across sections, with a reorder ──
  await addAgendaItem(page, 1, 'การเชื่อมโยงระบบ e-Office ระหว่างหน่วยงานภาครัฐ');
  await addAgendaItem(page, 4, '(ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....', 'ดีป้า — สำนักงานส่งเสริมเศรษฐกิจดิจิทัล');
  await addAgendaItem(page, 4, 'บัญชีบริการดิจิทัลสำหรับหน่วยงานภาครัฐ', 'ดีป้า — สำนักงานส่งเสริมเศรษฐกิจดิจิทัล');
  await addAgendaItem(page, 5, 'โครงการสำมะโนประชากรและเคหะ พ.ศ. 2568', 'สสช. — สำนักงานสถิติแห่งชาติ');
  await chooseAgendaAction(page, '4.2', 'เลื่อนขึ้น');
  const section4 = page.getByTestId('agenda-section-4').getByTestId('agenda-item');
  await expect(section4.first()).toContainText('บัญชีบริการดิจิทัลสำหรับหน่วยงานภาครัฐ');
  await expect(section4.nth(1)).toContainText('(ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');

  // ── The minutes, beside the agenda ──
  await openTab(page, 'บันทึกรายงานการประชุม');
  await expect(navItem(page, '1.1')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('navigation', { name: 'ระเบียบวาระการประชุม' }).getByTestId('minutes-nav-item')).toHaveCount(4);
  await page.getByRole('button', { name: 'ที่ประชุมรับทราบ' }).click();
  await expect(resolution(page)).toHaveValue('ที่ประชุมรับทราบ');
  await expect(saved(page)).toHaveText(/^บันทึกแล้ว \d{2}\.\d{2} น\.$/);

  // Alt+↓: the next item, 4.1 (moved up a moment ago).
  await resolution(page).press('Alt+ArrowDown');
  await expect(editorTitle(page)).toContainText('4.1 เรื่อง บัญชีบริการดิจิทัลสำหรับหน่วยงานภาครัฐ');
  await discussion(page).fill('ดีป้ารายงานบัญชีบริการดิจิทัล 615 รายการ จากผู้ประกอบการ 91 ราย ที่ประชุมมีข้อสังเกตให้เร่งประชาสัมพันธ์แก่หน่วยงานภาครัฐ');
  await page.getByRole('button', { name: 'ที่ประชุมพิจารณาแล้วมีมติเห็นชอบ' }).click();
  await resolution(page).press('End');
  await resolution(page).pressSequentially('บัญชีบริการดิจิทัลตามที่เสนอ');
  await expect(saved(page)).toHaveText(/^บันทึกแล้ว/);

  await resolution(page).press('Alt+ArrowDown');
  await expect(editorTitle(page)).toContainText('4.2 เรื่อง (ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');
  await page.getByRole('button', { name: 'ที่ประชุมเห็นชอบในหลักการ' }).click();
  await page.getByRole('button', { name: 'มอบหมายให้ … ดำเนินการต่อไป' }).click();
  // The … is selected: typing the agency replaces it.
  await page.keyboard.type('ดีป้า');
  await expect(resolution(page)).toHaveValue('ที่ประชุมเห็นชอบในหลักการ มอบหมายให้ ดีป้า ดำเนินการต่อไป');
  await expect(page.getByLabel('ประเภทมติ')).toHaveValue('approved_in_principle');
  await page.getByLabel('ยกไปพิจารณาต่อในการประชุมครั้งถัดไป').check();
  await expect(saved(page)).toHaveText(/^บันทึกแล้ว/);

  // Two directives of the chair, inline.
  for (const d of [
    { text: 'ให้ ดีป้า รับฟังความคิดเห็นต่อร่างพระราชบัญญัติจากผู้ประกอบการและผู้มีส่วนได้เสีย', lead: 'ดีป้า — สำนักงานส่งเสริมเศรษฐกิจดิจิทัล', support: 'สสช.', due: '31/1/2570' },
    { text: 'ให้ สสช. จัดทำข้อมูลสถิติอุตสาหกรรมเกมประกอบการพิจารณา', lead: 'สสช. — สำนักงานสถิติแห่งชาติ', support: 'ดีป้า', due: '28/2/2570' },
  ]) {
    await page.getByRole('button', { name: '+ เพิ่มข้อสั่งการ' }).click();
    const form = page.getByRole('form', { name: 'เพิ่มข้อสั่งการ' });
    await form.getByRole('textbox', { name: 'ข้อความ' }).fill(d.text);
    await form.getByLabel('หน่วยงานหลัก').selectOption({ label: d.lead });
    await form.getByLabel(d.support, { exact: true }).check();
    await form.getByLabel('กำหนดเสร็จ').fill(d.due);
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(page.getByTestId('action-row').filter({ hasText: d.text })).toContainText('ยังไม่ดำเนินการ');
  }
  await expect(page.getByTestId('action-row')).toHaveCount(2);
  await expect(page.getByTestId('action-row').first()).toContainText('หน่วยงานหลัก: ดีป้า · หน่วยงานสนับสนุน: สสช. · กำหนดเสร็จ 31 ม.ค. 2570');

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/minutes-drafting.png`, fullPage: true });

  await navItem(page, '5.1').click();
  await page.getByRole('button', { name: 'ที่ประชุมรับทราบ' }).click();
  await expect(saved(page)).toHaveText(/^บันทึกแล้ว/);

  // Nothing typed is lost: after a reload the tab, the item and the text are back.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'บันทึกรายงานการประชุม' })).toHaveAttribute('aria-selected', 'true');
  await expect(editorTitle(page)).toContainText('5.1');
  await navItem(page, '4.2').click();
  await expect(resolution(page)).toHaveValue('ที่ประชุมเห็นชอบในหลักการ มอบหมายให้ ดีป้า ดำเนินการต่อไป');
  await expect(page.getByLabel('ยกไปพิจารณาต่อในการประชุมครั้งถัดไป')).toBeChecked();

  // ── Circulate: version 1 ──
  await openTab(page, 'การรับรองและฉบับต่าง ๆ');
  await page.getByRole('button', { name: 'แจ้งเวียน', exact: true }).click();
  await expect(page.getByText('แจ้งเวียนแล้ว จัดเก็บเป็นฉบับที่ 1')).toBeVisible();
  await expect(page.getByTestId('minutes-steps').getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('version-row')).toHaveCount(1);

  // ── Meeting 2/2569 prepares itself ──
  await page.getByRole('link', { name: 'กลับไปรายการประชุม' }).click();
  await page.getByRole('link', { name: '+ สร้างการประชุม', exact: true }).click();
  await createMeeting(page, '23/12/2569', '2/2569');
  const certificationItems = page.getByTestId('agenda-section-2').getByTestId('agenda-item');
  await expect(certificationItems).toHaveCount(1);
  await expect(certificationItems).toContainText('รับรองรายงานการประชุมครั้งที่ 1/2569 เมื่อวันที่ 25 พฤศจิกายน 2569');
  const continuing = page.getByTestId('agenda-section-3').getByTestId('agenda-item');
  await expect(continuing).toHaveCount(1);
  await expect(continuing).toContainText('(ร่าง) พระราชบัญญัติส่งเสริมอุตสาหกรรมเกม');
  // What it carries over is in its summary: opened, the item shows it in the form.
  await openAgendaItem(page, '3.1');
  const carried = continuing.getByRole('textbox', { name: 'สรุปสาระสำคัญ', exact: true });
  for (const text of ['สืบเนื่องจากการประชุมครั้งที่ 1/2569 ระเบียบวาระที่ 4.2', 'ให้ ดีป้า รับฟังความคิดเห็นต่อร่างพระราชบัญญัติ', 'ให้ สสช. จัดทำข้อมูลสถิติอุตสาหกรรมเกม']) {
    await expect.poll(() => carried.inputValue()).toContain(text);
  }

  // ── At 2/2569 the meeting amends and certifies 1/2569 ──
  await openMeeting(page, '1/2569');
  await openTab(page, 'บันทึกรายงานการประชุม');
  await navItem(page, '4.1').click();
  await resolution(page).fill('ที่ประชุมพิจารณาแล้วมีมติเห็นชอบบัญชีบริการดิจิทัลตามที่เสนอ และให้ดีป้าเผยแพร่แก่หน่วยงานภาครัฐภายในเดือนมกราคม 2570');
  await expect(saved(page)).toHaveText(/^บันทึกแล้ว/);

  await openTab(page, 'การรับรองและฉบับต่าง ๆ');
  const form = page.getByRole('form', { name: 'รับรองรายงานการประชุม' });
  await expect(form.getByLabel('รับรองในการประชุมครั้งถัดไป (ระเบียบวาระที่ 2)')).toBeChecked();
  await expect(form.getByLabel('การประชุมที่รับรอง')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(form.getByLabel('การประชุมที่รับรอง').locator('option:checked')).toHaveText('ครั้งที่ 2/2569 (23 ธ.ค. 2569)');
  await expect(form.getByLabel('ระเบียบวาระที่รับรอง').locator('option:checked')).toHaveText(/^2\.1 รับรองรายงานการประชุมครั้งที่ 1\/2569/);
  await expect(form.getByLabel('วันที่รับรอง')).toHaveValue('23/12/2569');
  await form.getByLabel('โดยมีการแก้ไข', { exact: true }).check();
  const amendment = 'ระเบียบวาระที่ 4.1 มติที่ประชุม เพิ่มข้อความ “และให้ดีป้าเผยแพร่แก่หน่วยงานภาครัฐภายในเดือนมกราคม 2570”';
  await form.getByRole('textbox', { name: 'ข้อความที่แก้ไข' }).fill(amendment);
  await form.getByRole('button', { name: 'รับรองรายงานการประชุม' }).click();
  await form.getByRole('button', { name: 'ยืนยันการรับรอง' }).click();

  const record = page.getByTestId('certification-record');
  await expect(record).toContainText('รับรองในการประชุมครั้งที่ 2/2569 ระเบียบวาระที่ 2.1');
  await expect(record).toContainText('วันพุธที่ 23 ธันวาคม 2569');
  await expect(page.getByTestId('amendment-text')).toHaveText(amendment);
  await expect(page.getByTestId('content-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('minutes-steps').getByRole('listitem').nth(2)).toHaveAttribute('aria-current', 'step');

  // ── Its version history shows the amendment ──
  const versions = page.getByTestId('version-row');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('แจ้งเวียนแล้ว');
  await expect(versions.nth(1)).toContainText('รับรองแล้ว');
  await expect(versions.nth(1)).toContainText(`รับรองโดยมีการแก้ไข: ${amendment}`);
  await versions.nth(0).getByRole('button', { name: 'เทียบกับฉบับที่ 2' }).click();
  const diff = page.getByTestId('versions-diff');
  // Only the amended paragraph changed; within it, the added words are marked.
  await expect(diff.locator('[data-kind="removed"]')).toHaveCount(1);
  await expect(diff.locator('[data-kind="removed"]')).toContainText('ที่ประชุมพิจารณาแล้วมีมติเห็นชอบบัญชีบริการดิจิทัลตามที่เสนอ');
  await expect(diff.locator('[data-kind="added"]')).toHaveCount(1);
  await expect(diff.locator('[data-kind="added"]')).toContainText('และให้ดีป้าเผยแพร่แก่หน่วยงานภาครัฐภายในเดือนมกราคม 2570');
  await expect(diff.locator('[data-kind="added"] mark').first()).toBeVisible();
  await diff.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/certification-diff.png`, fullPage: true });

  // ── 1/2569 is read-only now: on screen ──
  await expect(page.getByTestId('meeting-locked')).toContainText('รายงานการประชุมครั้งที่ 1/2569 รับรองแล้วเมื่อวันพุธที่ 23 ธันวาคม 2569');
  await openTab(page, 'บันทึกรายงานการประชุม');
  await expect(resolution(page)).not.toBeEditable();
  await expect(discussion(page)).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'ที่ประชุมรับทราบ' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '+ เพิ่มข้อสั่งการ' })).toHaveCount(0);
  await openTab(page, 'ข้อมูลการประชุม');
  await expect(page.getByRole('textbox', { name: 'วันที่ประชุม', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^เพิ่มเรื่องในระเบียบวาระที่/ })).toHaveCount(0);

  // ── …and to anyone calling the core directly: LOCKED, in Thai ──
  const found = await invoke(page, 'meetings.find', { number: '1/2569' });
  const meetingId = (found.value as { id: string }).id;
  const detail = await invoke(page, 'meetings.get', { id: meetingId });
  const itemId = (detail.value as { agendaItems: { id: string }[] }).agendaItems[0].id;
  const refused = await invoke(page, 'agenda.update', { id: itemId, resolution: 'แก้ไขหลังรับรอง' });
  expect(refused).toEqual({ ok: false, error: { code: 'LOCKED', message: 'รายงานการประชุมครั้งที่ 1/2569 ได้รับรองแล้ว จึงแก้ไขไม่ได้' } });

  // ── The history of 1/2569, readable ──
  await openTab(page, 'ประวัติการแก้ไข');
  const history = page.getByTestId('history-entry');
  await expect(history.first()).toContainText('รับรองรายงานการประชุม');
  await expect(history.filter({ hasText: 'แจ้งเวียนรายงานการประชุม' })).toHaveCount(1);
  await expect(history.filter({ hasText: 'เพิ่มข้อสั่งการ' })).toHaveCount(2);
  await expect(history.filter({ hasText: 'เปลี่ยนลำดับระเบียบวาระ' }).first()).toContainText('ลำดับในระเบียบวาระ');
  await expect(page.getByRole('heading', { level: 3, name: /^วัน.+ที่ \d+ .+ 25\d\d$/ }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/history.png`, fullPage: true });

  // At 2/2569, item 2.1 carries the resolution that certified 1/2569.
  await openMeeting(page, '2/2569');
  await openTab(page, 'บันทึกรายงานการประชุม');
  await navItem(page, '2.1').click();
  await expect(resolution(page)).toHaveValue(`ที่ประชุมรับรองรายงานการประชุมครั้งที่ 1/2569 โดยมีการแก้ไข ดังนี้ ${amendment}`);
});
