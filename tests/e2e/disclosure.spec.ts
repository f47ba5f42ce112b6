import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openAgendaItem, openDemoMeeting, test } from './fixtures';

test.use({ demo: true });

const execFileAsync = promisify(execFile);
const squash = (s: string) => s.replace(/\s+/g, '');

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('an item set withheld is left out of the public version, which names the category and reason instead', async ({ page, lekha }) => {
  const dir = await mkdtemp(join(tmpdir(), 'lekha-public-'));
  try {
    await openDemoMeeting(page, lekha.url);
    const resolution = 'ที่ประชุมพิจารณาแล้ว';
    await openAgendaItem(page, '4.1');
    const form = page.getByRole('form', { name: 'แก้ไขเรื่อง 4.1' });
    await expect(form).toBeVisible();
    const saved = await form.getByLabel('มติที่ประชุม').inputValue();
    expect(saved.length).toBeGreaterThan(resolution.length);
    await form.getByLabel('ไม่เปิดเผย', { exact: true }).check();
    // Saving without the category and reason ม.15 asks for is stopped at the first missing one.
    await form.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(form.getByText('ต้องเลือกประเภทข้อมูลข่าวสารตามมาตรา 15')).toBeVisible();
    await form.getByLabel('ประเภทข้อมูลข่าวสารตามมาตรา 15').selectOption('2');
    const reason = 'อยู่ระหว่างการยกร่างร่วมกับสำนักงานคณะกรรมการกฤษฎีกา หากเปิดเผยก่อนอาจทำให้การบังคับใช้กฎหมายไม่บรรลุผล';
    await form.getByLabel('เหตุผลที่ไม่เปิดเผย').fill(reason);
    expect(await seriousViolations(page)).toEqual([]);
    await form.screenshot({ path: 'test-results/screenshots/disclosure-form.png' });
    await form.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(form).toBeHidden();

    await page.getByRole('button', { name: 'ส่งออกเอกสาร' }).click();
    const dialog = page.getByRole('dialog', { name: 'ส่งออกเอกสาร' });
    await dialog.getByLabel('ฉบับเผยแพร่ (มติที่เปิดเผยได้ ไม่รวมเรื่องลับ)').check();
    await dialog.getByLabel('PDF (สำหรับพิมพ์และแจ้งเวียน)').check();
    expect(await seriousViolations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('มติการประชุม ครั้งที่ 2-2568 ฉบับเผยแพร่.pdf');
    const path = join(dir, 'public.pdf');
    await file.saveAs(path);
    const { stdout } = await execFileAsync('pdftotext', ['-raw', path, '-'], { maxBuffer: 16 * 1024 * 1024 });
    const text = squash(stdout);
    expect(text).toContain('มาตรา15(2)');
    expect(text).toContain(squash(reason));
    expect(text).not.toContain(squash(saved));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the settings screen keeps retention and shows the yearly list past retention, axe clean', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${lekha.url.split('?')[0]}#/settings`);
  await expect(page.getByRole('heading', { name: 'อายุการเก็บเอกสารและการขอทำลาย' })).toBeVisible();
  const attachments = page.getByRole('group', { name: 'อายุการเก็บ: เอกสารแนบระเบียบวาระ' });
  await expect(attachments.getByLabel('จำนวนปี')).toHaveValue('10');
  // The minutes are permanent until the officer says otherwise; here they are kept one year, to list them.
  const minutes = page.getByRole('group', { name: 'อายุการเก็บ: รายงานการประชุม' });
  await expect(minutes.getByLabel('เก็บไว้ตลอดไป')).toBeChecked();
  await minutes.getByLabel('เก็บไว้ตลอดไป').uncheck();
  await minutes.getByLabel('จำนวนปี').fill('1');
  await page.getByRole('button', { name: 'บันทึกอายุการเก็บ' }).click();
  await expect(page.getByText('บันทึกแล้ว')).toBeVisible();
  await page.getByLabel('ประจำปี พ.ศ.').fill('2568');
  await page.getByRole('button', { name: 'แสดงรายการ' }).click();
  await expect(page.getByText('ไม่มีหนังสือที่ครบกำหนดอายุการเก็บในปีนี้')).toBeVisible();
  await page.getByLabel('ประจำปี พ.ศ.').fill('2569');
  await page.getByRole('button', { name: 'แสดงรายการ' }).click();
  const table = page.getByRole('table');
  await expect(table).toContainText('ครั้งที่ 2/2568');
  await table.getByRole('button', { name: 'บันทึกการอนุมัติ' }).click();
  const decision = table.getByRole('form', { name: 'บันทึกการอนุมัติให้ทำลาย' });
  await decision.getByLabel('อ้างอิงการอนุมัติ (เช่น หนังสือกรมศิลปากร ที่ … ลงวันที่ …)').fill('หนังสือกรมศิลปากร ที่ วธ 0410/77');
  await decision.getByLabel('วันที่อนุมัติ').fill('1/3/2570');
  expect(await seriousViolations(page)).toEqual([]);
  await decision.getByRole('button', { name: 'บันทึกการอนุมัติให้ทำลาย' }).click();
  await expect(table).toContainText('อนุมัติแล้ว: หนังสือกรมศิลปากร ที่ วธ 0410/77');
  await expect(table.getByRole('button', { name: 'ทำลายตามที่อนุมัติ' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/retention-settings.png', fullPage: true });
});
