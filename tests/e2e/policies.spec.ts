import { agendaItem, expect, openAgendaItem, openDemoMeeting, test } from './fixtures';

test.use({ demo: true });

const bill = 'ร่าง พ.ร.บ. ส่งเสริมอุตสาหกรรมเกม';
const nextStage = 'รับฟังความคิดเห็นและวิเคราะห์ผลกระทบ (มาตรา 77 ของรัฐธรรมนูญ)';

test('moves the game bill to its next stage from item 4.1 and sees it on the policy timeline', async ({ page, lekha }) => {
  await openDemoMeeting(page, lekha.url);

  const item = agendaItem(page, '4.1');
  await openAgendaItem(page, '4.1');
  const policies = item.getByTestId('item-policies').first();
  await expect(policies.getByRole('link', { name: bill })).toBeVisible();
  await expect(policies).toContainText('ยกร่างโดยหน่วยงาน');
  await policies.getByRole('button', { name: `เลื่อนขั้นตอน ${bill}` }).click();
  const confirm = policies.getByRole('group', { name: 'เลื่อนขั้นตอน' });
  await expect(confirm).toContainText(nextStage);
  await expect(confirm).toContainText('ระเบียบวาระที่ 4.1');
  await confirm.getByRole('button', { name: 'ยืนยันการเลื่อนขั้นตอน' }).click();
  await expect(policies.getByRole('status')).toHaveText(`เลื่อน “${bill}” ไปขั้นตอน “${nextStage}” แล้ว`);
  await expect(policies).toContainText(nextStage);
  await item.screenshot({ path: 'test-results/screenshots/agenda-item-policies.png' });

  await policies.getByRole('link', { name: bill }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ร่างพระราชบัญญัติส่งเสริมอุตสาหกรรมเกม พ.ศ. ....');
  await expect(page.getByTestId('policy-current-stage')).toHaveText(nextStage);
  const latest = page.getByTestId('policy-history').last();
  await expect(latest).toContainText(nextStage);
  await expect(latest.getByRole('link', { name: 'ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1' })).toBeVisible();
  // The template's stages, the current one marked.
  await expect(page.getByRole('list', { name: 'ขั้นตอนตามแม่แบบ' }).locator('[aria-current="step"]')).toContainText(nextStage);
  await page.screenshot({ path: 'test-results/screenshots/policy-page.png', fullPage: true });

  // The timeline's reference leads back to the meeting.
  await latest.getByRole('link', { name: 'ครั้งที่ 2/2568 ระเบียบวาระที่ 4.1' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ครั้งที่ 2/2568');
});

test('lists the demo policies and opens the decree with its liability question', async ({ page, lekha }) => {
  await page.goto(lekha.url);
  await page.getByRole('link', { name: 'นโยบายและกฎหมาย' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('นโยบายและร่างกฎหมายที่ติดตาม');
  await expect(page.locator('.policies-table tbody tr')).toHaveCount(6);
  await page.screenshot({ path: 'test-results/screenshots/policies-page.png', fullPage: true });
  await page.getByRole('link', { name: 'พ.ร.ก. อาชญากรรมทางเทคโนโลยี' }).click();
  const question = page.getByRole('article', { name: 'ความรับผิดชอบในการชดใช้ความเสียหายจากอาชญากรรมออนไลน์' });
  for (const party of ['สถาบันการเงิน', 'ผู้ให้บริการโทรคมนาคม', 'แพลตฟอร์มดิจิทัล']) await expect(question.getByRole('cell', { name: party, exact: true })).toBeVisible();
});
