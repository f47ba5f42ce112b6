import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { letterheadLabels } from '../../shared/schemas/letters';
import { testLetterhead } from '../helpers/letterhead';
import { expect, openDemoMeeting, test } from './fixtures';

/**
 * Issue 13 point 2, the officer's side: the series' letterhead filled in on its page (checked by the
 * contract's schema, every problem named at once), then the meeting's letters made from the export
 * dialog and read back as documents: PDF through pdftotext, DOCX through LibreOffice.
 */
test.use({ demo: true, viewport: { width: 1366, height: 768 } });

const execFileAsync = promisify(execFile);
const demoLetterhead = JSON.parse(await readFile(new URL('../../resources/demo/letterhead-2-2568.json', import.meta.url), 'utf8')).letterhead;
const shots = 'test-results/screenshots';

let dir = '';
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lekha-letters-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openExport(page: Page, url: string): Promise<Locator> {
  await openDemoMeeting(page, url);
  await page.getByRole('button', { name: 'ส่งออกเอกสาร' }).click();
  const dialog = page.getByRole('dialog', { name: 'ส่งออกเอกสาร' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** From the export dialog's note to the series page's letterhead form. */
async function letterheadFromDialog(page: Page, dialog: Locator): Promise<Locator> {
  await dialog.getByLabel('หนังสือแจ้งมติและข้อสั่งการ (ฉบับละหน่วยงาน)').check();
  await dialog.getByTestId('letters-note').getByRole('link', { name: 'การตั้งค่าชุดการประชุม' }).click();
  const form = page.getByRole('form', { name: 'หัวหนังสือราชการ' });
  await expect(form).toBeVisible();
  return form;
}

const field = (form: Locator, key: keyof typeof letterheadLabels) => form.getByRole('textbox', { name: letterheadLabels[key], exact: true });

async function exportLetters(page: Page, dialog: Locator, kind: string, format: string): Promise<{ name: string; bytes: Uint8Array }> {
  await dialog.getByLabel(kind).check();
  await dialog.getByLabel(format).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  const file = await download;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const path = join(await mkdtemp(join(dir, 'pdf-')), 'letter.pdf');
  await writeFile(path, bytes);
  return (await execFileAsync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;
}

test('the letterhead form names every problem at once, saves an incomplete letterhead and says what letters still need', async ({ page, lekha }) => {
  const form = await letterheadFromDialog(page, await openExport(page, lekha.url));
  // The series' stored letterhead, as the demo set it.
  await expect(field(form, 'agencyName')).toHaveValue(demoLetterhead.agencyName);
  await expect(field(form, 'signerName')).toHaveValue(demoLetterhead.signerName);
  await expect(form.getByTestId('letterhead-readiness')).toHaveText(/^หัวหนังสือครบแล้ว/);

  // Two fields too long: both named in one refusal, before anything is sent.
  await field(form, 'agencyName').fill('สำนักงาน'.repeat(40));
  await field(form, 'referenceNo').fill('ดศ 0201.3/'.repeat(7));
  await form.getByRole('button', { name: 'บันทึก', exact: true }).click();
  const problems = form.getByRole('alert');
  await expect(problems).toContainText('แก้ไขหัวหนังสือก่อนบันทึก (2 จุด)');
  await expect(problems.getByRole('listitem')).toHaveText([`${letterheadLabels.agencyName}: ยาวเกิน 300 ตัวอักษร`, `${letterheadLabels.referenceNo}: ยาวเกิน 60 ตัวอักษร`]);
  await expect(problems).toBeFocused();
  await expect(field(form, 'agencyName')).toHaveAttribute('aria-invalid', 'true');
  await form.screenshot({ path: `${shots}/letterhead-problems.png` });

  // Put back, then empty the agency and the signer: saved, and the form says letters wait for them.
  await form.getByRole('button', { name: 'คืนค่าเดิม' }).click();
  await expect(problems).toHaveCount(0);
  await field(form, 'agencyName').fill('');
  await field(form, 'signerName').fill('');
  await form.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(form.getByRole('status')).toHaveText('บันทึกแล้ว');
  await expect(form.getByTestId('letterhead-readiness')).toHaveText(`ยังทำหนังสือไม่ได้จนกว่าจะกรอก: ${letterheadLabels.agencyName}, ${letterheadLabels.signerName}`);

  // The meeting's letters are refused, naming both fields at once.
  const dialog = await openExport(page, lekha.url);
  await dialog.getByLabel('หนังสือเชิญประชุม (พร้อมระเบียบวาระ)').check();
  await dialog.getByRole('button', { name: 'ส่งออก', exact: true }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('ยังทำหนังสือไม่ได้ (2 จุด)');
  await expect(refusal).toContainText(`ยังไม่ได้กรอก "${letterheadLabels.agencyName}"`);
  await expect(refusal).toContainText(`ยังไม่ได้กรอก "${letterheadLabels.signerName}"`);
});

test('a letterhead filled in on the series page prints on the letters of directives (PDF) and the invitations (DOCX)', async ({ page, lekha }) => {
  test.setTimeout(150_000);
  const form = await letterheadFromDialog(page, await openExport(page, lekha.url));
  for (const key of Object.keys(testLetterhead) as (keyof typeof testLetterhead)[]) await field(form, key).fill(testLetterhead[key]);
  await form.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(form.getByRole('status')).toHaveText('บันทึกแล้ว');
  await expect(form.getByTestId('letterhead-readiness')).toHaveText(/^หัวหนังสือครบแล้ว/);
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/letterhead-form.png` });
  // Stored, not only shown: it comes back on a fresh load of the page.
  await page.reload();
  await expect(field(page.getByRole('form', { name: 'หัวหนังสือราชการ' }), 'signerPosition')).toHaveValue(testLetterhead.signerPosition);

  // The letters of directives, one PDF per agency, come as one ZIP of the core's files.
  const dialog = await openExport(page, lekha.url);
  await dialog.getByLabel('หนังสือแจ้งมติและข้อสั่งการ (ฉบับละหน่วยงาน)').check();
  await expect(dialog.getByTestId('letters-note')).toBeVisible();
  await page.screenshot({ path: `${shots}/export-letters.png` });
  const directives = await exportLetters(page, dialog, 'หนังสือแจ้งมติและข้อสั่งการ (ฉบับละหน่วยงาน)', 'PDF (สำหรับพิมพ์และแจ้งเวียน)');
  expect(directives.name).toBe('หนังสือแจ้งมติและข้อสั่งการ (ฉบับละหน่วยงาน) ครั้งที่ 2-2568.zip');
  await expect(dialog.getByRole('status').filter({ hasText: 'ส่งออกไฟล์' })).toContainText(directives.name);
  const pdfs = unzipSync(directives.bytes);
  // The same letters the command line makes from the same database.
  await execFileAsync(process.execPath, ['bin/lekha.mjs', 'export', 'letters', '--meeting', '2/2568', '--kind', 'directives', '--format', 'pdf', '--out', join(dir, 'cli'), '--db', lekha.dbPath]);
  expect(Object.keys(pdfs).sort()).toEqual((await readdir(join(dir, 'cli'))).sort());
  expect(Object.keys(pdfs).length).toBeGreaterThan(1);
  for (const [name, bytes] of Object.entries(pdfs)) {
    expect(Buffer.from(bytes.subarray(0, 5)).toString(), name).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text, name).toContain(testLetterhead.agencyName);
    expect(text, name).toContain(`(${testLetterhead.signerName})`);
    expect(text, name).toContain('ครั้งที่ 2/2568');
    expect(text, name).toMatch(/^เรียน\s+\S/m);
  }

  // The invitations as DOCX, with the agenda they enclose, read back through LibreOffice.
  const invitations = await exportLetters(page, dialog, 'หนังสือเชิญประชุม (พร้อมระเบียบวาระ)', 'Word (DOCX) สำหรับแก้ไขต่อ');
  const docxs = unzipSync(invitations.bytes);
  const names = Object.keys(docxs);
  expect(names.filter((n) => n.startsWith('ระเบียบวาระการประชุม'))).toHaveLength(1);
  const letterName = names.find((n) => n.startsWith('หนังสือเชิญประชุม'))!;
  await writeFile(join(dir, 'invitation.docx'), docxs[letterName]);
  await execFileAsync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'invitation.docx')], { timeout: 120_000 });
  const invitation = await pdfText(new Uint8Array(await readFile(join(dir, 'invitation.pdf'))));
  expect(invitation).toContain(testLetterhead.agencyName);
  expect(invitation).toContain(testLetterhead.ownerUnit);
  expect(invitation).toContain(`(${testLetterhead.signerName})`);
  expect(invitation).toContain('ขอเชิญ');
});
